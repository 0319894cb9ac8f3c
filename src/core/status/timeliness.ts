import { isoToDay } from './dates';
import type { Progress } from './progress';

/** Timeliness, computed (contract, "Status conventions"). */
export const TIMELINESS = [
  'Hoàn thành đúng hạn',
  'Hoàn thành quá hạn',
  'Trong hạn',
  'Sắp đến hạn',
  'Quá hạn',
  'Không hạn',
] as const;
export type Timeliness = (typeof TIMELINESS)[number];

/** "Sắp đến hạn": the due date is today or within this many days after the as-of date. */
export const DUE_SOON_DAYS = 7;

const DONE: Progress = 'Hoàn thành';

/**
 * The rules in the order they are applied, worded for a legend or a help page. timeliness()
 * and timelinessFormula() implement exactly these; the tests hold them together.
 */
export const TIMELINESS_RULES: readonly { label: Timeliness; vi: string; en: string }[] = [
  {
    label: 'Hoàn thành quá hạn',
    vi: 'Tiến độ "Hoàn thành" và ngày hoàn thành sau thời hạn.',
    en: 'Progress is "Hoàn thành" and the completion date is after the due date.',
  },
  {
    label: 'Hoàn thành đúng hạn',
    vi: 'Tiến độ "Hoàn thành" và hoàn thành không muộn hơn thời hạn, hoặc không có thời hạn, hoặc chưa ghi ngày hoàn thành.',
    en: 'Progress is "Hoàn thành" and it was completed on or before the due date, or there is no due date, or no completion date was entered.',
  },
  { label: 'Không hạn', vi: 'Chưa hoàn thành và nhiệm vụ không có thời hạn cụ thể.', en: 'Not done and the task has no due date.' },
  { label: 'Quá hạn', vi: 'Chưa hoàn thành và ngày theo dõi đã qua thời hạn.', en: 'Not done and the as-of date is after the due date.' },
  {
    label: 'Sắp đến hạn',
    vi: `Chưa hoàn thành và thời hạn là hôm nay hoặc trong ${DUE_SOON_DAYS} ngày tới.`,
    en: `Not done and the due date is today or within the next ${DUE_SOON_DAYS} days.`,
  },
  {
    label: 'Trong hạn',
    vi: `Chưa hoàn thành và thời hạn còn hơn ${DUE_SOON_DAYS} ngày.`,
    en: `Not done and the due date is more than ${DUE_SOON_DAYS} days away.`,
  },
];

export interface TimelinessInput {
  /** ISO due date; null (or not a date) when the task has none. */
  due: string | null;
  progress: Progress | null;
  /** ISO completion date; null (or not a date) when none was entered. */
  completed: string | null;
  /** ISO as-of date. Must be a valid date: callers validate it (--today, the as-of cell). */
  asOf: string;
}

/**
 * Only progress "Hoàn thành" counts as done: a completion date with any other progress does
 * not finish a task, and "Tạm dừng" past its due date is "Quá hạn". A done task without a
 * completion date is "Hoàn thành đúng hạn": nothing shows it was late.
 */
export function timeliness(input: TimelinessInput): Timeliness {
  const asOf = isoToDay(input.asOf);
  if (asOf === null) throw new RangeError(`timeliness: as-of date "${input.asOf}" is not an ISO date (YYYY-MM-DD)`);
  const due = isoToDay(input.due);
  if (input.progress === DONE) {
    const completed = isoToDay(input.completed);
    return due !== null && completed !== null && completed > due ? 'Hoàn thành quá hạn' : 'Hoàn thành đúng hạn';
  }
  if (due === null) return 'Không hạn';
  if (asOf > due) return 'Quá hạn';
  if (due - asOf <= DUE_SOON_DAYS) return 'Sắp đến hạn';
  return 'Trong hạn';
}
