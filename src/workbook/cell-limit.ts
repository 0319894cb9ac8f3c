/**
 * Excel holds at most 32,767 characters in a cell. A plan text longer than that cannot be
 * written whole, and cutting it would lose part of the plan without a word: the layout refuses
 * instead, naming the task and field, before anything is written. The lengths are counted by
 * src/core/cell-limit.ts, the rule `parse` warns by too.
 */
import type { Plan } from '../core/model';
import { EXCEL_CELL_LIMIT, overlongCells } from '../core/cell-limit';

export interface Overlong {
  /** The task id, "§<stt>" for a section title, or a target id. */
  task: string;
  field: string;
  length: number;
}

/** The first text of the plan too long for one cell, in plan order; null when all fit. */
export function findOverlong(plan: Plan): Overlong | null {
  for (const s of plan.sections) if (s.title.length > EXCEL_CELL_LIMIT) return { task: `§${s.stt}`, field: 'title', length: s.title.length };
  for (const t of plan.tasks) {
    const [over] = overlongCells(t);
    if (over) return { task: t.id, field: over[0], length: over[1] };
  }
  for (const g of [...plan.targets, ...plan.tasks.flatMap((t) => t.targets)]) {
    if (g.text.length > EXCEL_CELL_LIMIT) return { task: g.id, field: 'target', length: g.text.length };
  }
  return null;
}
