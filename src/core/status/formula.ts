import { PROGRESS } from './progress';
import { DUE_SOON_DAYS } from './timeliness';

/** Cell references (or any Excel expression) for the formula's inputs: "F5", "$C$2", "'Tổng hợp'!$B$2". */
export interface TimelinessCells {
  due: string;
  progress: string;
  completed: string;
  asOf: string;
}

export interface TimelinessFormulaOptions {
  /** Progress texts that mean done, compared case-insensitively by Excel. Default ["Hoàn thành"]. */
  doneLabels?: readonly string[];
}

function text(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * An Excel formula, WITHOUT the leading "=" (exceljs wants it so; Office.js callers add "="),
 * English function names and comma separators, that computes the same label as timeliness()
 * from cells: dates as Excel date serials (a blank or text due/completion cell means none),
 * progress as the typed text.
 *
 * Only IF, AND, OR, ISNUMBER, INT and TRIM, so it runs in Excel 2016. INT drops a time of day.
 * Dates are compared only inside IF(ISNUMBER(...)) branches: Excel's AND evaluates every
 * argument, so INT() on a text cell inside AND would turn the whole cell into #VALUE!.
 */
export function timelinessFormula(cells: TimelinessCells, opts: TimelinessFormulaOptions = {}): string {
  const { due, progress, completed, asOf } = cells;
  const labels = opts.doneLabels && opts.doneLabels.length > 0 ? opts.doneLabels : [PROGRESS[2]];
  const tests = labels.map((l) => `TRIM(${progress})=${text(l)}`);
  const isDone = tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(',')})`;
  const doneBranch =
    `IF(AND(ISNUMBER(${completed}),ISNUMBER(${due})),` +
    `IF(INT(${completed})>INT(${due}),"Hoàn thành quá hạn","Hoàn thành đúng hạn"),"Hoàn thành đúng hạn")`;
  const openBranch =
    `IF(ISNUMBER(${due}),IF(INT(${asOf})>INT(${due}),"Quá hạn",` +
    `IF(INT(${due})-INT(${asOf})<=${DUE_SOON_DAYS},"Sắp đến hạn","Trong hạn")),"Không hạn")`;
  return `IF(${isDone},${doneBranch},${openBranch})`;
}
