/**
 * Excel formulas the workbook carries (English function names, "," separators, no leading "=").
 * The rules are contract.md's "Status conventions"; check-command judges with the same rules in
 * TypeScript (src/workbook/judge.ts), so a cell and the command line never disagree.
 * One small file on purpose: when src/core/status lands with its own labels and
 * timelinessFormula(), this file re-exports them.
 */

export const PROGRESS = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'] as const;
export const DONE = 'Hoàn thành';

export const TIMELINESS = {
  doneOnTime: 'Hoàn thành đúng hạn',
  doneLate: 'Hoàn thành quá hạn',
  onTrack: 'Trong hạn',
  dueSoon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  noDue: 'Không hạn',
} as const;

/** "Sắp đến hạn": due within this many days of the as-of date. */
export const DUE_SOON_DAYS = 7;

/** Written in the timeliness cell of a task that left the plan but holds typed values. */
export const DROPPED_MARK = 'Đã bỏ khỏi kế hoạch';

export const VERDICT = { pass: 'Đạt', fail: 'Không đạt' } as const;

/** Excel string literal: quotes doubled. */
export function str(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export interface TimelinessCells {
  due: string;
  progress: string;
  completed: string;
  /** Absolute reference of the as-of date. */
  asOf: string;
}

/**
 * Timeliness of one task. A due cell that holds no date (typed "Thường xuyên", left empty) is
 * "Không hạn"; a task done without a completion date counts as done on time.
 */
export function timelinessFormula(c: TimelinessCells): string {
  const T = TIMELINESS;
  const dueIsDate = `ISNUMBER(${c.due})`;
  const done = `IF(OR(NOT(${dueIsDate}),NOT(ISNUMBER(${c.completed})),${c.completed}<=${c.due}),${str(T.doneOnTime)},${str(T.doneLate)})`;
  const open = `IF(NOT(${dueIsDate}),${str(T.noDue)},IF(${c.asOf}>${c.due},${str(T.overdue)},IF(${c.due}-${c.asOf}<=${DUE_SOON_DAYS},${str(T.dueSoon)},${str(T.onTrack)})))`;
  return `IF(${c.progress}=${str(DONE)},${done},${open})`;
}

export interface TargetCells {
  comparator: string;
  threshold: string;
  figure: string;
}

/** TRUE when the figure meets the target, for each comparator the contract allows. */
export function meetsExpression(c: TargetCells): string {
  const { comparator: k, threshold: t, figure: f } = c;
  return `IF(${k}=">=",${f}>=${t},IF(${k}=">",${f}>${t},IF(${k}="<=",${f}<=${t},IF(${k}="<",${f}<${t},${f}=${t}))))`;
}

/** "Đạt" / "Không đạt", blank while no figure is typed. */
export function verdictFormula(c: TargetCells): string {
  return `IF(ISNUMBER(${c.figure}),IF(${meetsExpression(c)},${str(VERDICT.pass)},${str(VERDICT.fail)}),"")`;
}

/** Conditional-format expression: a typed figure that misses its target (lower-is-better too). */
export function breachExpression(c: TargetCells): string {
  return `AND(ISNUMBER(${c.figure}),NOT(${meetsExpression(c)}))`;
}

export interface SummaryRanges {
  /** Absolute ranges on the tasks sheet, with the sheet prefix. */
  timeliness: string;
  lead: string;
}

/** COUNTIFS criteria pairs for one lead unit (a cell holding its name) or every unit (null). */
function unitCriteria(r: SummaryRanges, unitCell: string | null): string {
  return unitCell ? `,${r.lead},"*"&${unitCell}&"*"` : '';
}

export function countTasksFormula(r: SummaryRanges, unitCell: string | null): string {
  return `COUNTIFS(${r.timeliness},"?*",${r.timeliness},"<>"&${str(DROPPED_MARK)}${unitCriteria(r, unitCell)})`;
}

export function countWhereFormula(r: SummaryRanges, unitCell: string | null, label: string): string {
  return `COUNTIFS(${r.timeliness},${str(label)}${unitCriteria(r, unitCell)})`;
}

/** Done = either kind of completion ("Hoàn thành đúng hạn" or "Hoàn thành quá hạn"). */
export function countDoneFormula(r: SummaryRanges, unitCell: string | null): string {
  return `COUNTIFS(${r.timeliness},${str(DONE + '*')}${unitCriteria(r, unitCell)})`;
}

/** % hoàn thành = done ÷ (done + open tasks past due); blank when nothing counts yet. */
export function percentDoneFormula(done: string, overdue: string): string {
  return `IF(${done}+${overdue}=0,"",${done}/(${done}+${overdue}))`;
}

/** % đúng hạn = done on time ÷ done. */
export function percentOnTimeFormula(onTime: string, done: string): string {
  return `IF(${done}=0,"",${onTime}/${done})`;
}
