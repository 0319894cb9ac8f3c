/**
 * The workbook's rules in TypeScript, for `check` (which reads cells back) and for tests:
 * timeliness is src/core/status's; comparisons follow the verdict formula.
 */
import type { Comparator } from '../core/model';
import { timeliness, type Timeliness } from '../core/status';
import { isoToSerial, serialToIso } from './a1';
import { comparatorOf } from './comparator-words';
import { DONE } from './formulas';

export type { Timeliness };

/**
 * due/completed/asOf: date serials (or null); progress: the typed text, compared as the formula
 * does (TRIM, and Excel's "=" ignores case), so a cell and `check` never disagree.
 */
export function judgeTimeliness(due: number | null, progress: string, completed: number | null, asOf: number): Timeliness {
  const done = progress.trim().toLowerCase() === DONE.toLowerCase();
  return timeliness({
    due: due === null ? null : serialToIso(due),
    progress: done ? DONE : null,
    completed: completed === null ? null : serialToIso(completed),
    asOf: serialToIso(asOf),
  });
}
/** As the verdict formula: the comparator cell holds a word ("tối thiểu") or a sign (">="). */
export function meets(comparator: string, threshold: number, figure: number): boolean {
  switch (comparatorOf(comparator) as Comparator) {
    case '>=':
      return figure >= threshold;
    case '>':
      return figure > threshold;
    case '<=':
      return figure <= threshold;
    case '<':
      return figure < threshold;
    default:
      return figure === threshold;
  }
}

export function isoSerial(iso: string): number {
  const s = isoToSerial(iso);
  if (s === null) throw new Error(`not an ISO date: ${iso}`);
  return s;
}
