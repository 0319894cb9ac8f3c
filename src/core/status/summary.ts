import { resolveUnits } from '../units/resolve';
import type { UnitDirectory } from '../units/types';
import type { Progress } from './progress';
import { timeliness, type Timeliness } from './timeliness';

export interface Summary {
  tasks: number;
  done: number;
  doneOnTime: number;
  doneLate: number;
  /** Open tasks (not "Hoàn thành") already past their due date. */
  overdue: number;
  /** Open tasks due today or within DUE_SOON_DAYS. */
  dueSoon: number;
  /** % hoàn thành = done ÷ (done + overdue), 0..100, unrounded; null when nothing is done or overdue. */
  percentDone: number | null;
  /** % đúng hạn = done on time ÷ done, 0..100, unrounded; null when nothing is done. */
  percentOnTime: number | null;
}

export interface SummaryTask {
  /** Lead items as the plan lists them; each may name several units. */
  lead: readonly string[];
  due: string | null;
  progress: Progress | null;
  completed: string | null;
}

export interface SummaryOptions {
  /** Canonicalise lead units with this directory; without one, units are keyed as written. */
  directory?: UnitDirectory;
}

export interface PlanSummary {
  overall: Summary;
  /** By canonical lead unit, in order of first appearance. */
  byUnit: Record<string, Summary>;
}

const NO_DIRECTORY: UnitDirectory = { units: [] };

function empty(): Summary {
  return { tasks: 0, done: 0, doneOnTime: 0, doneLate: 0, overdue: 0, dueSoon: 0, percentDone: null, percentOnTime: null };
}

function count(s: Summary, t: Timeliness): void {
  s.tasks++;
  if (t === 'Hoàn thành đúng hạn' || t === 'Hoàn thành quá hạn') s.done++;
  if (t === 'Hoàn thành đúng hạn') s.doneOnTime++;
  if (t === 'Hoàn thành quá hạn') s.doneLate++;
  if (t === 'Quá hạn') s.overdue++;
  if (t === 'Sắp đến hạn') s.dueSoon++;
}

function finish(s: Summary): Summary {
  const doneOrLate = s.done + s.overdue;
  s.percentDone = doneOrLate === 0 ? null : (100 * s.done) / doneOrLate;
  s.percentOnTime = s.done === 0 ? null : (100 * s.doneOnTime) / s.done;
  return s;
}

/**
 * The plan's figures the Government Office's way (contract): % hoàn thành = done ÷ (done + open
 * tasks already past due); % đúng hạn = done on time ÷ done. A task counts once overall and once
 * for each distinct lead unit it names (a lead item may name several: "Thủ trưởng cơ quan,
 * đơn vị; Chủ tịch UBND 10 phường").
 */
export function summarize(tasks: readonly SummaryTask[], asOf: string, opts: SummaryOptions = {}): PlanSummary {
  const dir = opts.directory ?? NO_DIRECTORY;
  const overall = empty();
  const byUnit = new Map<string, Summary>();
  for (const task of tasks) {
    const t = timeliness({ due: task.due, progress: task.progress, completed: task.completed, asOf });
    count(overall, t);
    const units = new Set(task.lead.flatMap((item) => resolveUnits(item, dir).map((u) => u.canonical)));
    for (const unit of units) {
      let s = byUnit.get(unit);
      if (!s) byUnit.set(unit, (s = empty()));
      count(s, t);
    }
  }
  const result: Record<string, Summary> = {};
  for (const [unit, s] of byUnit) result[unit] = finish(s);
  return { overall: finish(overall), byUnit: result };
}
