/**
 * One register, many documents (issue 13), as a property: a random sequence of documents coming
 * into one workbook (new ones, and revisions of those already there, each revision as random as
 * the people's-data test makes them: tasks added, removed, reworded, moved, sections added and
 * removed), with a person typing progress and notes between builds. After every build:
 *   - every task of every document is there exactly once, under its document, with its id and text;
 *   - every value typed is on the row of the (document, task) it was typed for; a task that left
 *     its document keeps its row in that document, marked;
 *   - no row holds a value typed for another.
 * Reuses the people's-data history (test/hardening/people-data/history.ts): each document has its
 * own history, with uids that never change.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { DocumentKind, Plan } from '../../src/core/model';
import { DROPPED_MARK, PROGRESS } from '../../src/workbook';
import { buildWorkbook, readSnapshot } from '../../src/xlsx';
import { unseenTemplate } from '../support/unseen-template';
import { readXlsx } from '../support/xlsx';
import { registerRows, taskRows, type RegisterRow } from '../workbook/register-read';
import { cloneState, initialPlan, planShape, revise, revisionArb, toPlan, type Numbered, type PlanState, type Revision } from './people-data/history';

const SEED = Number(process.env.REGISTER_SEED ?? 20261206);
/** Modest in the suite (about 20 s here); raise with REGISTER_RUNS for a longer hunt. */
const RUNS = Number(process.env.REGISTER_RUNS ?? 12);

const KINDS: DocumentKind[] = ['notice', 'letter', 'plan'];

interface Doc {
  /** 0-based order of arrival. */
  n: number;
  state: PlanState;
  numbered: Numbered;
  /** Every 4th document has no number: it is known by its issuer, title and file. */
  withNumber: boolean;
}

function planOf(d: Doc): Plan {
  const kind = KINDS[d.n % KINDS.length] as DocumentKind;
  const source: Plan['source'] = {
    file: `van-ban-${d.n + 1}.docx`,
    format: 'docx',
    kind,
    date: `2024-${String((d.n % 12) + 1).padStart(2, '0')}-1${d.n % 10}`,
    issuer: d.withNumber ? 'Ủy ban nhân dân Quận 5' : `Phòng chuyên môn số ${d.n + 1}`,
    subject: `Văn bản thử nghiệm số ${d.n + 1}`,
  };
  if (d.withNumber) source.number = `${d.n + 11}/${kind === 'notice' ? 'TB' : kind === 'letter' ? 'UBND-VP' : 'KH'}-UBND`;
  return { ...d.numbered.plan, source, title: source.subject as string };
}

type Step =
  | { kind: 'new'; shape: { sections: number[][]; body: number[] } }
  | { kind: 'revise'; which: number; revisions: Revision[] };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('new' as const), shape: planShape }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('revise' as const), which: fc.nat(), revisions: fc.array(revisionArb, { minLength: 1, maxLength: 4 }) }) },
);

/** A person's typing: a task (by document and uid) gets a progress and a note. */
const typingArb = fc.array(fc.record({ doc: fc.nat(), task: fc.nat(), progress: fc.nat() }), { maxLength: 5 });

interface Typed {
  doc: number;
  uid: number;
  progress: string;
  note: string;
}

const TEMPLATES = ['builtin', 'unseen', 'real'] as const;

async function template(kind: (typeof TEMPLATES)[number]): Promise<Uint8Array | null> {
  if (kind === 'builtin') return null;
  if (kind === 'unseen') return unseenTemplate();
  return new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx')));
}

async function build(plan: Plan, bytes: Uint8Array | null): Promise<Uint8Array> {
  const r = await buildWorkbook(plan, { template: bytes, today: '2024-06-15' });
  if (!r.ok) throw new Error(`build failed: ${r.error.message}`);
  return r.value.bytes;
}

function labelOf(rows: RegisterRow[], docs: Doc[], d: Doc): string {
  // The label the register gives each document: the heading rows name them in arrival order;
  // with one document there is no heading and every row bears the register's first label.
  const headings = rows.filter((r) => r.heading).map((r) => r.document);
  return headings.length > 0 ? (headings[docs.indexOf(d)] as string) : (rows[0]?.document ?? '');
}

function uidsOf(d: Doc): number[] {
  return [...d.numbered.taskId.keys()];
}

function textOf(d: Doc, uid: number): string {
  for (const sec of d.state.sections) for (const t of sec.tasks) if (t.uid === uid) return t.text;
  return '';
}

function problems(rows: RegisterRow[], docs: Doc[], typed: Typed[]): string[] {
  const out: string[] = [];
  const tasks = taskRows(rows);
  const live = tasks.filter((r) => r.timeliness !== DROPPED_MARK && !r.id.endsWith('(đã bỏ)'));
  for (const d of docs) {
    const label = labelOf(rows, docs, d);
    const mine = live.filter((r) => r.document === label);
    const expected = uidsOf(d).map((uid) => `${d.numbered.taskId.get(uid)}|${textOf(d, uid)}`);
    const got = mine.map((r) => `${r.id}|${r.task}`);
    if (JSON.stringify(got) !== JSON.stringify(expected)) out.push(`document ${d.n} (${label}): rows ${JSON.stringify(got)} expected ${JSON.stringify(expected)}`);
  }
  // The last value typed for each task is where it must be.
  const last = new Map<string, Typed>();
  for (const t of typed) last.set(`${t.doc}|${t.uid}`, t);
  for (const t of last.values()) {
    const d = docs[t.doc] as Doc;
    const label = labelOf(rows, docs, d);
    const id = d.numbered.taskId.get(t.uid);
    const row = id !== undefined ? live.find((r) => r.document === label && r.id === id) : tasks.find((r) => r.document === label && r.notes === t.note && r.id.endsWith('(đã bỏ)'));
    if (!row) out.push(`document ${d.n} task ${t.uid} (${id ?? 'left its document'}): no row with "${t.note}"`);
    else if (row.notes !== t.note || row.progress !== t.progress) out.push(`document ${d.n} task ${t.uid} (${id ?? 'dropped'}) row ${row.row}: ${row.progress}/${row.notes}, typed ${t.progress}/${t.note}`);
  }
  // No note on a row it was not typed for.
  const notes = new Set([...last.values()].map((t) => t.note));
  for (const r of tasks) if (r.notes && !notes.has(r.notes)) out.push(`row ${r.row} (${r.document} ${r.id}) holds "${r.notes}", typed for no task still there`);
  return out;
}

async function typeInto(bytes: Uint8Array, docs: Doc[], picks: { doc: number; task: number; progress: number }[], typed: Typed[], stamp: string): Promise<Uint8Array> {
  const wb = await readXlsx(bytes);
  const { rows, typing } = registerRows(readSnapshot(wb).snapshot);
  const ws = wb.getWorksheet(typing.sheet) as ExcelJS.Worksheet;
  const progressCol = typing.progress;
  const noteCol = typing.note;
  picks.forEach((p, i) => {
    const d = docs[p.doc % docs.length] as Doc;
    const uids = uidsOf(d);
    if (uids.length === 0) return;
    const uid = uids[p.task % uids.length] as number;
    const label = labelOf(rows, docs, d);
    const row = rows.find((r) => r.document === label && r.id === d.numbered.taskId.get(uid));
    if (!row) throw new Error(`no row to type in for document ${d.n} task ${uid}`);
    const t: Typed = { doc: d.n, uid, progress: PROGRESS[p.progress % PROGRESS.length] as string, note: `Ghi chú ${stamp}.${i}` };
    ws.getCell(row.row, progressCol).value = t.progress;
    ws.getCell(row.row, noteCol).value = t.note;
    typed.push(t);
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('one register, many documents: every typed value stays with its (document, task)', () => {
  it(`random sequences of documents and revisions (${RUNS} runs, seed ${SEED})`, async () => {
    await fc.assert(
      fc.asyncProperty(planShape, fc.constantFrom(...TEMPLATES), fc.array(fc.record({ step: stepArb, typing: typingArb }), { minLength: 2, maxLength: 5 }), async (first, kind, steps) => {
        const docs: Doc[] = [];
        const typed: Typed[] = [];
        const add = (shape: { sections: number[][]; body: number[] }): Doc => {
          const state = initialPlan(shape);
          const d: Doc = { n: docs.length, state, numbered: toPlan(state), withNumber: docs.length % 4 !== 3 };
          docs.push(d);
          return d;
        };
        let bytes = await build(planOf(add(first)), await template(kind));
        for (const [g, { step, typing }] of steps.entries()) {
          const rows = registerRows(readSnapshot(await readXlsx(bytes)).snapshot).rows;
          const before = problems(rows, docs, typed);
          if (before.length) throw new Error(`after build ${g}:\n${before.slice(0, 10).join('\n')}`);
          const edited = await typeInto(bytes, docs, typing, typed, String(g));
          let d: Doc;
          if (step.kind === 'new') d = add(step.shape);
          else {
            d = docs[step.which % docs.length] as Doc;
            const state = cloneState(d.state);
            for (const r of step.revisions) revise(state, r);
            d.state = state;
            d.numbered = toPlan(state);
            // A task that left its document is found by its note, on its marked row.
          }
          bytes = await build(planOf(d), edited);
        }
        const rows = registerRows(readSnapshot(await readXlsx(bytes)).snapshot).rows;
        const after = problems(rows, docs, typed);
        if (after.length) throw new Error(`after the last build:\n${after.slice(0, 10).join('\n')}`);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 60_000 + RUNS * 4_000);
});
