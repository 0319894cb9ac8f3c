/**
 * What `check` reports (contract.md): figures that miss their targets, tasks overdue at the
 * as-of date, figure cells that hold something other than a number. Same rules as the formulas.
 */
import { serialToIso } from './a1';
import { TIMELINESS } from './formulas';
import { comparatorOf } from './comparator-words';
import { judgeTimeliness, meets } from './judge';
import type { Tracking } from './read-back';

export interface Breach {
  target: string;
  value: number;
  comparator: string;
  threshold: number;
  /** "%", "ngày", '' when none: "Kết quả 2,6% – yêu cầu dưới 2%". */
  unit: string;
  cell: string | null;
  /** The document that set the target ("57/TB-UBND 03/04/2024"). */
  document: string;
}

export interface Overdue {
  task: string;
  due: string;
  cell: string | null;
  /** The document that assigned the task. */
  document: string;
}

export interface Invalid {
  target: string;
  cell: string | null;
  value: string;
}

export interface CheckResult {
  breaches: Breach[];
  overdue: Overdue[];
  invalid: Invalid[];
}

export function checkTracking(t: Tracking, asOfSerial: number): CheckResult {
  const out: CheckResult = { breaches: [], overdue: [], invalid: [] };
  for (const g of t.targets) {
    if (g.figureText !== null) {
      out.invalid.push({ target: g.id, cell: g.cell, value: g.figureText });
      continue;
    }
    if (g.figure === null || g.threshold === null) continue;
    if (!meets(g.comparator, g.threshold, g.figure)) {
      // The sign, whichever form the cell holds (the sheet prints words: "tối thiểu").
      const comparator = comparatorOf(g.comparator) ?? g.comparator;
      out.breaches.push({ target: g.id, value: g.figure, comparator, threshold: g.threshold, unit: g.unit, cell: g.cell, document: g.document });
    }
  }
  for (const task of t.tasks) {
    if (judgeTimeliness(task.due, task.progress, task.completed, asOfSerial) === TIMELINESS.overdue && task.due !== null) {
      out.overdue.push({
        task: task.id,
        due: serialToIso(task.due),
        cell: task.dueCell,
        document: task.document,
      });
    }
  }
  return out;
}
