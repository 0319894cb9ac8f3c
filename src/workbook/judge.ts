/**
 * The workbook's rules in TypeScript: the same answers as the formulas in formulas.ts, for
 * `check` (which reads cells back) and for tests.
 */
import type { Comparator } from '../core/model';
import { isoToSerial } from './a1';
import { DONE, DUE_SOON_DAYS, TIMELINESS } from './formulas';

export type Timeliness = (typeof TIMELINESS)[keyof typeof TIMELINESS];

/** due/completed/asOf: date serials (or null); progress: the typed text. */
export function judgeTimeliness(due: number | null, progress: string, completed: number | null, asOf: number): Timeliness {
  if (progress.trim() === DONE) {
    return due === null || completed === null || completed <= due ? TIMELINESS.doneOnTime : TIMELINESS.doneLate;
  }
  if (due === null) return TIMELINESS.noDue;
  if (asOf > due) return TIMELINESS.overdue;
  if (due - asOf <= DUE_SOON_DAYS) return TIMELINESS.dueSoon;
  return TIMELINESS.onTrack;
}

export function meets(comparator: string, threshold: number, figure: number): boolean {
  switch (comparator.trim() as Comparator) {
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
