import { failure, warning } from '../../i18n/coded';
import { PLAN_SCHEMA, type Plan, type ReadDocument, type Section, type Source, type Warning } from '../model';
import { ok, type Result } from '../result';
import { clean } from '../text';
import { DEFAULT_UNIT_DIRECTORY, resolveUnit, type UnitDirectory } from '../units';
import { assemble } from './assemble';
import { findAppendix, type Appendix } from './appendix';
import type { TaskDraft } from './draft';
import { finishTexts, type TextFinisher } from './finish-texts';
import { detectNoise, learnVocabulary, tailFragment, type Fragment, type NoiseModel } from './noise';
import { decidePlanYear, finishTasks, readBodyTargets } from './phrases';
import { readLetterhead } from './prose/letterhead';
import { readProse } from './prose/read';
import { findTitle } from './title';

export interface ParseOptions {
  /** The plan's year for deadlines that name none (--year). */
  year?: number;
  /** The user's own noise patterns: literals (accent-insensitive) or "/regex/". */
  noise?: string[];
  /** "Trước ngày d/m/y": by that day (default) or the day before. */
  beforeDay?: 'inclusive' | 'exclusive';
  /** The units directory prose leads are checked against and OCR restoration draws on (default: the built-in one). */
  units?: UnitDirectory;
  /** The text stage (default `finishTexts`: OCR restoration, which leaves clean text as it is). */
  finishTexts?: TextFinisher;
}

/** What the structure step found: sections, task drafts (texts as printed), and the text around. */
interface Structure {
  sections: Section[];
  drafts: TaskDraft[];
  warnings: Warning[];
  /** The running text the title, date line and body targets are looked for in. */
  text: string;
  prose: boolean;
}

/**
 * A read document to a Plan, in one straight line: structure (the appendix table, else the
 * assignments in prose) -> task drafts with texts as printed -> finishTexts (the one place texts
 * may still change: OCR restoration) -> title, year and the phrase readers (deadlines, targets)
 * on the final texts -> finished tasks.
 */
export function buildPlan(doc: ReadDocument, fileName: string, options: ParseOptions = {}): Result<Plan> {
  const structure = readStructure(doc, fileName, options);
  if (!structure.ok) return structure;
  const letterhead: Source = { file: fileName, format: doc.format, ...readLetterhead(structure.value.text) };
  if (!structure.value.prose && letterhead.kind !== undefined && letterhead.kind !== 'plan') letterhead.kind = 'appendix';
  const texts = (options.finishTexts ?? finishTexts)(
    { drafts: structure.value.drafts, sections: structure.value.sections, text: structure.value.text, source: letterhead },
    options.units ? { units: options.units } : {},
  );
  const { sections, text, source } = texts;
  const title = findTitle(text);
  const year = decidePlanYear({ ...(title !== undefined ? { title } : {}), text }, options);
  const finished = finishTasks(texts.drafts, year, options);
  const body = readBodyTargets(text, finished.tasks);
  // What the text stage said comes first: "this was OCR text, restored" colours every other line.
  const warnings: Warning[] = [...texts.warnings, ...doc.warnings, ...structure.value.warnings];
  for (const w of [...year.warnings, ...finished.warnings, ...body.warnings]) warnings.push(w);
  const plan: Plan = {
    schema: PLAN_SCHEMA,
    source,
    ...(title !== undefined ? { title } : {}),
    year: year.year,
    yearSource: year.yearSource,
    ...(year.date !== null ? { date: year.date } : {}),
    sections,
    tasks: finished.tasks,
    targets: body.targets,
    warnings,
  };
  return ok(plan, plan.warnings);
}

function readStructure(doc: ReadDocument, fileName: string, options: ParseOptions): Result<Structure> {
  const appendix = findAppendix(doc.tables);
  if (!appendix) {
    // No task table: a letter or notice that assigns its tasks in prose.
    const prose = readProse(doc.text);
    // Sentences that assign to nobody ("Đề nghị thực hiện.") do not make a document of tasks.
    if (!prose.drafts.some((d) => d.lead.length > 0)) {
      return doc.tables.length > 0
        ? failure('no-task-table', { file: fileName, tables: doc.tables.length }, fileName)
        : failure('no-assignments', { file: fileName }, fileName);
    }
    const drafts = proseIds(prose.drafts, prose.warnings);
    const warnings = [...prose.warnings, ...unknownUnits(drafts, options.units ?? DEFAULT_UNIT_DIRECTORY)];
    return ok({ sections: prose.sections, drafts, warnings, text: doc.text, prose: true });
  }
  const noise = learnNoise(doc, appendix, options.noise ?? []);
  const { sections, drafts, warnings } = assemble(appendix, noise);
  if (drafts.length === 0) {
    return failure('no-tasks', { file: fileName }, fileName);
  }
  // The letterhead is often a table of its own (number and date line side by side); its text
  // belongs in front of the running text, where the date line and title are looked for.
  const firstIndex = appendix.parts[0]?.table.index ?? 0;
  const letterhead = doc.tables
    .filter((t) => t.index < firstIndex)
    .flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.lines.map((l) => l.text))));
  const text = [...letterhead, ...doc.text.split('\n')]
    .map((l) => noise.strip(l).text)
    .join('\n');
  return ok({ sections, drafts, warnings: [...unrecognisedColumns(appendix), ...warnings], text, prose: false });
}

/** Ids for prose tasks: the stt, and "#2" on a number printed twice (with a warning). */
function proseIds(drafts: TaskDraft[], warnings: Warning[]): TaskDraft[] {
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const n = (used.get(d.stt) ?? 0) + 1;
    used.set(d.stt, n);
    const id = n > 1 ? `${d.stt}#${n}` : d.stt;
    if (n > 1) warnings.push(warning('duplicate-stt', { stt: d.stt, section: d.section, task: id }, { task: id }));
    return { ...d, id };
  });
}

/** Lead and coordinator units the directory does not know: kept as printed, said once each. */
function unknownUnits(drafts: TaskDraft[], dir: UnitDirectory): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const d of drafts) {
    for (const u of [...d.lead, ...d.coordinators]) {
      const r = resolveUnit(u, dir);
      if (r.known || seen.has(r.canonical)) continue;
      seen.add(r.canonical);
      out.push(warning('prose-unit-unknown', { unit: u, ...(d.origin.line !== undefined ? { line: d.origin.line } : {}) }, { task: d.id }));
    }
  }
  return out;
}

function unrecognisedColumns(appendix: Appendix): Warning[] {
  return appendix.columns.roles.flatMap((r, i): Warning[] => {
    const h = clean(appendix.columns.headers[i] ?? '');
    if (r !== null || h === '') return [];
    return [warning('column-not-recognised', { column: i + 1, header: h })];
  });
}

/** Noise is learned from the document as a whole: its cells, its paragraphs and their tails. */
function learnNoise(doc: ReadDocument, appendix: Appendix, userPatterns: string[]): NoiseModel {
  const fragments: Fragment[] = [];
  const longLines: string[] = [];
  for (const part of appendix.parts) {
    const place = part.table.page ?? part.table.index;
    for (const row of part.grid.slice(part.bodyStart)) {
      row.cells.forEach((cell, col) => {
        if (cell.spanned) return;
        const context = `col:${col}`;
        for (const line of cell.lines) {
          fragments.push({ text: line.text, place, context });
          const tail = tailFragment(line.text);
          if (tail) fragments.push({ text: tail, place, context });
          // Line by line: a stamp on a line of its own must not teach the vocabulary its words.
          longLines.push(line.text);
        }
      });
    }
  }
  for (const line of doc.text.split('\n')) {
    const t = clean(line.replace(/^[#*\s]+/, ''));
    if (t === '') continue;
    longLines.push(t);
    fragments.push({ text: t, place: -1 - fragments.length, context: 'text' });
    const tail = tailFragment(t);
    if (tail) fragments.push({ text: tail, place: -1 - fragments.length, context: 'text' });
  }
  return detectNoise(fragments, learnVocabulary(longLines), userPatterns);
}
