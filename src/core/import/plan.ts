import { failure, warning } from '../../i18n/coded';
import { PLAN_SCHEMA, type Plan, type ReadDocument, type Warning } from '../model';
import { ok, type Result } from '../result';
import { restorePlanTexts } from '../ocr/plan-texts';
import { clean } from '../text';
import type { UnitDirectory } from '../units/types';
import { assemble } from './assemble';
import { findAppendix, type Appendix } from './appendix';
import { detectNoise, learnVocabulary, tailFragment, type Fragment, type NoiseModel } from './noise';
import { readPhrases } from './phrases';
import { findTitle } from './title';

export interface ParseOptions {
  /** The plan's year for deadlines that name none (--year). */
  year?: number;
  /** The user's own noise patterns: literals (accent-insensitive) or "/regex/". */
  noise?: string[];
  /** "Trước ngày d/m/y": by that day (default) or the day before. */
  beforeDay?: 'inclusive' | 'exclusive';
  /** The user's units directory: its names help give OCR-damaged text back (src/core/ocr). */
  units?: UnitDirectory;
}

/** Tables to the Plan's tasks and sections, with title and noise handled; phrases come later. */
export function buildPlan(doc: ReadDocument, fileName: string, options: ParseOptions = {}): Result<Plan> {
  const appendix = findAppendix(doc.tables);
  if (!appendix) {
    return failure('no-task-table', { file: fileName, tables: doc.tables.length }, fileName);
  }
  const noise = learnNoise(doc, appendix, options.noise ?? []);
  const { sections, tasks, warnings } = assemble(appendix, noise);
  if (tasks.length === 0) {
    return failure('no-tasks', { file: fileName }, fileName);
  }
  const all: Warning[] = [...doc.warnings, ...unrecognisedColumns(appendix), ...warnings];
  // The letterhead is often a table of its own (number and date line side by side); its text
  // belongs in front of the running text, where the date line and title are looked for.
  const firstIndex = appendix.parts[0]?.table.index ?? 0;
  const letterhead = doc.tables
    .filter((t) => t.index < firstIndex)
    .flatMap((t) => t.rows.flatMap((r) => r.cells.flatMap((c) => c.lines.map((l) => l.text))));
  const text = [...letterhead, ...doc.text.split('\n')]
    .map((l) => noise.strip(l).text)
    .join('\n');
  const plan: Plan = {
    schema: PLAN_SCHEMA,
    source: { file: fileName, format: doc.format },
    year: options.year ?? null,
    yearSource: options.year !== undefined ? 'option' : 'none',
    sections,
    tasks,
    targets: [],
    warnings: all,
  };
  // English-model OCR text is given back as Vietnamese before the phrases are read (issue 12).
  const read = restorePlanTexts(plan, text, options.units);
  const title = findTitle(read);
  if (title !== undefined) plan.title = title;
  readPhrases(plan, read, options);
  return ok(plan, plan.warnings);
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
