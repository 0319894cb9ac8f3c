/**
 * The blind prose evaluation's scoring (test/fixtures/prose-blind, judged by hand): shared by
 * scripts/eval-prose-blind.ts (prints figures and mismatches) and blind.test.ts (holds the floors).
 */
import * as fs from 'fs';
import * as path from 'path';

interface ExpectedTask {
  id: string;
  section: string;
  task: string;
  lead: string[];
  coordinators: string[];
  due: string | null;
  dueAlt?: string;
  targets: string[];
}
interface Expected {
  source: { kind: string; number: string; date: string; issuer: string };
  year: number;
  error?: string;
  tasks: ExpectedTask[];
}
export interface ActualTarget {
  comparator: string;
  value: number;
  unit?: string;
}
export interface ActualTask {
  id: string;
  section?: string;
  task: string;
  lead?: string[];
  coordinators?: string[];
  deadline?: { due?: string | null };
  targets?: ActualTarget[];
}
export interface ActualPlan {
  source: { kind?: string; number?: string; date?: string; issuer?: string };
  year?: number | null;
  tasks: ActualTask[];
}
export type ParseResult = { ok: true; value: ActualPlan } | { ok: false; error: { code: string; message: string } };
export type ParsePlan = (file: { name: string; bytes: Uint8Array }) => ParseResult;

/** NFC, one space, case folded: the comparison of printed texts. */
const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
/** Without diacritics nor punctuation: how OCR'd text is compared with the clean text. */
const bare = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const targetText = (t: ActualTarget): string => `${t.comparator}${t.value}${(t.unit ?? '').split(/\s+/)[0] ?? ''}`;
const targetNorm = (s: string): string => s.replace(/\s+/g, ' ').trim().split(' ').slice(0, 2).join('').toLowerCase();
const sameSet = (a: string[], b: string[], f: (s: string) => string): boolean => {
  const x = a.map(f).sort();
  const y = b.map(f).sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
/** Share of the expected opening words found among the first words of the actual task. */
function openingOverlap(expected: string, actual: string): number {
  const want = bare(expected).split(' ').filter(Boolean);
  const have = new Set(
    bare(actual)
      .split(' ')
      .slice(0, want.length + 4),
  );
  return want.length === 0 ? 0 : want.filter((w) => have.has(w)).length / want.length;
}

export interface Score {
  docs: number;
  expected: number;
  byId: number;
  byText: number;
  falseTasks: number;
  section: number;
  lead: number;
  coordinators: number;
  due: number;
  targets: number;
  text: number;
  sourceFields: number;
  sourceOk: number;
  failuresOk: number;
  failuresExpected: number;
}
export const zero = (): Score => ({
  docs: 0,
  expected: 0,
  byId: 0,
  byText: 0,
  falseTasks: 0,
  section: 0,
  lead: 0,
  coordinators: 0,
  due: 0,
  targets: 0,
  text: 0,
  sourceFields: 0,
  sourceOk: 0,
  failuresOk: 0,
  failuresExpected: 0,
});
export const add = (a: Score, b: Score): void => {
  for (const k of Object.keys(a) as (keyof Score)[]) a[k] += b[k];
};

export interface BlindScores {
  clean: Score;
  ocr: Score;
  all: Score;
  /** One line per mismatch: "<kind> <document>: <what>". */
  mismatches: string[];
  /** One line of figures per document. */
  docLines: string[];
}

/** Runs `parsePlan` on every document of `fixtures` (clean and OCR'd twins) and scores it. */
export function scoreBlind(parsePlan: ParsePlan, fixtures: string): BlindScores {
  const mismatches: string[] = [];
  const totals = { clean: zero(), ocr: zero() };
  const docLines: string[] = [];
  const names = fs
    .readdirSync(fixtures)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
  for (const name of names) {
    const expected = JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.expected.json`), 'utf8')) as Expected;
    for (const variant of ['clean', 'ocr'] as const) {
      const file = path.join(fixtures, variant === 'clean' ? `${name}.txt` : `${name}.ocr.txt`);
      if (!fs.existsSync(file)) continue;
      const label = `${name}${variant === 'ocr' ? ' [ocr]' : ''}`;
      const miss = (kind: string, what: string): void => {
        mismatches.push(`${kind.padEnd(13)} ${label}: ${what}`);
      };
      const s = zero();
      s.docs = 1;
      const started = Date.now();
      let result: ParseResult;
      try {
        result = parsePlan({
          name: path.basename(file),
          bytes: new Uint8Array(fs.readFileSync(file)),
        });
      } catch (e) {
        miss('crash', String(e));
        result = { ok: false, error: { code: 'crash', message: String(e) } };
      }
      const ms = Date.now() - started;
      if (expected.error !== undefined) {
        s.failuresExpected = 1;
        if (!result.ok && result.error.code === expected.error) s.failuresOk = 1;
        else miss('failure', `expected failure ${expected.error}, got ${result.ok ? `${result.value.tasks.length} tasks` : result.error.code}`);
        if (result.ok) {
          s.falseTasks = result.value.tasks.length;
          for (const t of result.value.tasks) miss('false-task', `${t.id} "${t.task.slice(0, 70)}"`);
        }
        add(totals[variant], s);
        docLines.push(`${label.padEnd(52)} failure ${s.failuresOk ? 'as expected' : 'MISSED'} (${result.ok ? 'ok' : result.error.code}) ${ms} ms`);
        continue;
      }
      if (!result.ok) {
        s.expected = expected.tasks.length;
        miss('failure', `unexpected ${result.error.code}: ${result.error.message}`);
        add(totals[variant], s);
        docLines.push(`${label.padEnd(52)} FAILED ${result.error.code}`);
        continue;
      }
      const plan = result.value;
      // Source fields.
      const src = plan.source;
      const cmpSource: [string, string | undefined, string][] = [
        ['kind', src.kind, expected.source.kind],
        ['number', src.number, expected.source.number],
        ['date', src.date, expected.source.date],
        ['issuer', src.issuer, expected.source.issuer],
      ];
      for (const [field, got, want] of cmpSource) {
        s.sourceFields++;
        const same = got !== undefined && (variant === 'clean' || field !== 'issuer' ? norm(got) === norm(want) : bare(got) === bare(want));
        if (same) s.sourceOk++;
        else miss('source', `${field}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
      }
      s.sourceFields++;
      if (plan.year === expected.year) s.sourceOk++;
      else miss('source', `year: got ${String(plan.year)}, expected ${expected.year}`);
      // Match tasks: by id, then by opening words.
      const unmatched = new Set(plan.tasks);
      const pairs: [ExpectedTask, ActualTask, boolean][] = [];
      const pending: ExpectedTask[] = [];
      for (const e of expected.tasks) {
        const a = plan.tasks.find((t) => t.id === e.id && unmatched.has(t));
        // An OCR'd task keeps few words intact ("Ph6i hgp vGi"): there the same id in the same section is enough.
        const sameTask = a !== undefined && (openingOverlap(e.task, a.task) >= 0.5 || (variant === 'ocr' && a.section === e.section));
        if (a && sameTask) {
          pairs.push([e, a, true]);
          unmatched.delete(a);
        } else pending.push(e);
      }
      for (const e of pending) {
        let best: ActualTask | undefined;
        let bestScore = 0.6;
        for (const a of unmatched) {
          const o = openingOverlap(e.task, a.task);
          if (o >= bestScore) {
            best = a;
            bestScore = o;
          }
        }
        if (best) {
          pairs.push([e, best, false]);
          unmatched.delete(best);
          miss('id', `expected ${e.id} "${e.task}", got id ${best.id}`);
        } else miss('missed-task', `${e.id} "${e.task}" not found`);
      }
      s.expected = expected.tasks.length;
      s.falseTasks = unmatched.size;
      for (const a of unmatched) miss('false-task', `${a.id} (section ${String(a.section)}) "${a.task.slice(0, 80)}"`);
      for (const [e, a, byId] of pairs) {
        if (byId) s.byId++;
        else s.byText++;
        const at = `${e.id}`;
        if ((a.section ?? '') === e.section) s.section++;
        else miss('section', `${at}: got ${JSON.stringify(a.section)}, expected ${JSON.stringify(e.section)}`);
        const lead = a.lead ?? [];
        const leadOk = variant === 'clean' ? sameSet(lead, e.lead, norm) : lead.length === e.lead.length;
        if (leadOk) s.lead++;
        else
          miss(
            'lead',
            `${at}: got ${JSON.stringify(lead)}, expected ${variant === 'clean' ? JSON.stringify(e.lead) : `${e.lead.length} item(s) ${JSON.stringify(e.lead)}`}`,
          );
        const coord = a.coordinators ?? [];
        const coordOk = variant === 'clean' ? sameSet(coord, e.coordinators, norm) : coord.length === e.coordinators.length;
        if (coordOk) s.coordinators++;
        else miss('coordinators', `${at}: got ${JSON.stringify(coord)}, expected ${JSON.stringify(e.coordinators)}`);
        const due = a.deadline?.due ?? null;
        if (due === e.due || (e.dueAlt !== undefined && due === e.dueAlt)) s.due++;
        else miss('due', `${at}: got ${String(due)}, expected ${String(e.due)}${e.dueAlt ? ` or ${e.dueAlt}` : ''}`);
        const targets = (a.targets ?? []).map(targetText);
        if (sameSet(targets, e.targets, targetNorm)) s.targets++;
        else miss('targets', `${at}: got ${JSON.stringify(targets)}, expected ${JSON.stringify(e.targets)}`);
        const textOk = variant === 'clean' ? norm(a.task).startsWith(norm(e.task)) : openingOverlap(e.task, a.task) >= 0.25;
        if (textOk) s.text++;
        else miss('task-text', `${at}: starts "${a.task.slice(0, 60)}", expected "${e.task}"`);
      }
      add(totals[variant], s);
      const m = s.byId + s.byText;
      docLines.push(
        `${label.padEnd(52)} tasks ${m}/${s.expected} (by id ${s.byId}) false ${s.falseTasks} | section ${s.section}/${m} lead ${s.lead}/${m} coord ${s.coordinators}/${m} due ${s.due}/${m} targets ${s.targets}/${m} text ${s.text}/${m} | source ${s.sourceOk}/${s.sourceFields} | ${ms} ms`,
      );
    }
  }

  const all = zero();
  add(all, totals.clean);
  add(all, totals.ocr);
  return { clean: totals.clean, ocr: totals.ocr, all, mismatches, docLines };
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(0)}%`);

/** One line of figures. */
export function summary(label: string, s: Score): string {
  const m = s.byId + s.byText;
  return (
    `${label.padEnd(8)} docs ${s.docs}: tasks found ${m}/${s.expected} (${pct(m, s.expected)}), by id ${s.byId} (${pct(s.byId, s.expected)}), false tasks ${s.falseTasks}; ` +
    `of found: section ${pct(s.section, m)}, lead ${label === 'ocr' ? 'count' : 'exact'} ${pct(s.lead, m)}, coordinators ${pct(s.coordinators, m)}, due ${pct(s.due, m)}, targets ${pct(s.targets, m)}, task text ${pct(s.text, m)}; ` +
    `source fields ${s.sourceOk}/${s.sourceFields}; expected failures ${s.failuresOk}/${s.failuresExpected}`
  );
}
