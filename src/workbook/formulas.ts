/**
 * Excel formulas the workbook carries (English function names, "," separators, no leading "=").
 * The rules are contract.md's "Status conventions", implemented once in src/core/status (labels,
 * timeliness(), timelinessFormula()); this file keeps the workbook's other formulas (verdicts,
 * summary counts) and names the status labels the layout uses.
 */
import type { Comparator } from '../core/model';
import { DUE_SOON_DAYS, PROGRESS, TIMELINESS as TIMELINESS_LABELS, timelinessFormula as statusFormula } from '../core/status';
import { COMPARATOR_WORDS } from './comparator-words';

export { DUE_SOON_DAYS, PROGRESS };
export const DONE = PROGRESS[2];

const [doneOnTime, doneLate, onTrack, dueSoon, overdue, noDue] = TIMELINESS_LABELS;
export const TIMELINESS = { doneOnTime, doneLate, onTrack, dueSoon, overdue, noDue } as const;

export interface TimelinessCells {
  due: string;
  progress: string;
  completed: string;
  /** Absolute reference of the as-of date. */
  asOf: string;
}

/** Timeliness of one task, from its cells (src/core/status builds it; same rules as timeliness()). */
export function timelinessFormula(c: TimelinessCells): string {
  return statusFormula(c);
}

/** Written in the timeliness cell of a task that left the plan but holds typed values. */
export const DROPPED_MARK = 'Đã bỏ khỏi kế hoạch';

export const VERDICT = { pass: 'Đạt', reached: 'Kết quả ', asked: ' – yêu cầu ' } as const;

/** Excel string literal: quotes doubled. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export interface TargetCells {
  comparator: string;
  threshold: string;
  figure: string;
  /** The unit cell, for the verdict's wording ("Kết quả 2,6% – yêu cầu dưới 2%"). */
  unit?: string;
}

/** The comparator cell holds `c`, as its word ("tối thiểu") or its sign (">=", workbooks written before). */
function holds(k: string, c: Comparator): string {
  return `OR(${k}=${str(c)},${k}=${str(COMPARATOR_WORDS[c])})`;
}

/** TRUE when the figure meets the target, for each comparator the contract allows. */
export function meetsExpression(c: TargetCells): string {
  const { comparator: k, threshold: t, figure: f } = c;
  return `IF(${holds(k, '>=')},${f}>=${t},IF(${holds(k, '>')},${f}>${t},IF(${holds(k, '<=')},${f}<=${t},IF(${holds(k, '<')},${f}<${t},${f}=${t}))))`;
}

/** A number as Vietnamese writes it (decimal comma), then the unit ("2,6%", "10 ngày"). */
function shownFigure(n: string, unit: string | undefined): string {
  const num = `SUBSTITUTE(${n}&"",".",",")`;
  if (!unit) return num;
  return `${num}&IF(${unit}="%","%",IF(${unit}="",""," "&${unit}))`;
}

/** The comparator's word, whichever form the cell holds. */
function comparatorWord(k: string): string {
  const signs: Comparator[] = ['>=', '>', '<=', '<', '='];
  return signs.reduceRight((rest, c) => `IF(${k}=${str(c)},${str(COMPARATOR_WORDS[c])},${rest})`, k);
}

/** Both numbers present: a figure typed and a threshold that is a number. */
function judgeable(c: TargetCells): string {
  return `AND(ISNUMBER(${c.figure}),ISNUMBER(${c.threshold}))`;
}

/**
 * "Đạt" when the figure meets the target; a miss says what was reached against what was asked,
 * "Kết quả 2,6% – yêu cầu dưới 2%" (never "Đạt"); blank while no figure is typed (or the
 * threshold is no number).
 */
export function verdictFormula(c: TargetCells): string {
  const miss = `${str(VERDICT.reached)}&${shownFigure(c.figure, c.unit)}&${str(VERDICT.asked)}&${comparatorWord(c.comparator)}&" "&${shownFigure(c.threshold, c.unit)}`;
  return `IF(${judgeable(c)},IF(${meetsExpression(c)},${str(VERDICT.pass)},${miss}),"")`;
}

/** Conditional-format expression: a typed figure that misses its target (lower-is-better too). */
export function breachExpression(c: TargetCells): string {
  return `AND(${judgeable(c)},NOT(${meetsExpression(c)}))`;
}

/** Conditional-format expression: a typed figure that meets its target. */
export function passExpression(c: TargetCells): string {
  return `AND(${judgeable(c)},${meetsExpression(c)})`;
}

export interface SummaryRanges {
  /** Absolute ranges on the tasks sheet, with the sheet prefix. */
  timeliness: string;
  /** The hidden column of canonical lead units, ";name;name;". */
  units: string;
  /** The "Văn bản giao" column (a register): counts per document. */
  documents?: string;
}

/**
 * COUNTIFS criteria pairs for one lead unit (a cell holding its canonical name) or every unit
 * (null). "~", "*" and "?" in a name are escaped: COUNTIFS reads them as wildcards.
 */
/** A document's rows: the label in its cell, compared whole (wildcards in a label taken literally). */
function documentCriteria(r: SummaryRanges, documentCell: string | null | undefined): string {
  if (!documentCell || !r.documents) return '';
  return `,${r.documents},"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${documentCell},"~","~~"),"*","~*"),"?","~?")`;
}

function unitCriteria(r: SummaryRanges, unitCell: string | null, documentCell?: string | null): string {
  if (!unitCell) return documentCriteria(r, documentCell);
  const escaped = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${unitCell},"~","~~"),"*","~*"),"?","~?")`;
  return `,${r.units},"*;"&${escaped}&";*"`;
}

export function countTasksFormula(r: SummaryRanges, unitCell: string | null, documentCell?: string | null): string {
  return `COUNTIFS(${r.timeliness},"?*",${r.timeliness},"<>"&${str(DROPPED_MARK)}${unitCriteria(r, unitCell, documentCell)})`;
}

export function countWhereFormula(r: SummaryRanges, unitCell: string | null, label: string, documentCell?: string | null): string {
  return `COUNTIFS(${r.timeliness},${str(label)}${unitCriteria(r, unitCell, documentCell)})`;
}

/** Done = either kind of completion ("Hoàn thành đúng hạn" or "Hoàn thành quá hạn"). */
export function countDoneFormula(r: SummaryRanges, unitCell: string | null, documentCell?: string | null): string {
  return `COUNTIFS(${r.timeliness},${str(DONE + '*')}${unitCriteria(r, unitCell, documentCell)})`;
}

/** % hoàn thành = done ÷ (done + open tasks past due); blank when nothing counts yet. */
export function percentDoneFormula(done: string, overdue: string): string {
  return `IF(${done}+${overdue}=0,"",${done}/(${done}+${overdue}))`;
}

/** % đúng hạn = done on time ÷ done. */
export function percentOnTimeFormula(onTime: string, done: string): string {
  return `IF(${done}=0,"",${onTime}/${done})`;
}
