/**
 * Excel holds at most 32,767 characters in a cell. A plan text longer than that cannot be
 * written whole, and cutting it would lose part of the plan without a word: the layout refuses
 * instead, naming the task and field, before anything is written.
 */
import type { Plan } from '../core/model';
import { EXCEL_CELL_LIMIT } from '../core/text';
import { BULLETED } from './cells';

export interface Overlong {
  /** The task id, "§<stt>" for a section title, or a target id. */
  task: string;
  field: string;
  length: number;
}

/**
 * Length of a list cell as `listText` writes it (one item a line, "- " before each of several
 * that has no bullet of its own), counted without building the text: this runs on every build.
 */
function listLength(items: string[]): number {
  let n = 0;
  let kept = 0;
  let bare = 0;
  for (const raw of items) {
    const s = raw.trim();
    if (s === '') continue;
    kept++;
    n += s.length;
    if (!BULLETED.test(s)) bare++;
  }
  return kept <= 1 ? n : n + (kept - 1) + 2 * bare;
}

/** The first text of the plan too long for one cell, in plan order; null when all fit. */
export function findOverlong(plan: Plan): Overlong | null {
  for (const s of plan.sections) if (s.title.length > EXCEL_CELL_LIMIT) return { task: `§${s.stt}`, field: 'title', length: s.title.length };
  for (const t of plan.tasks) {
    const fields: [string, number][] = [
      ['task', t.task.length],
      ['products', listLength(t.products)],
      ['lead', listLength(t.lead)],
      ['coordinators', listLength(t.coordinators)],
      ['deadline', t.deadline.text.length],
      ['notes', t.notes.length],
      ...Object.entries(t.extra).map(([k, v]): [string, number] => [k, v.length]),
    ];
    for (const [field, length] of fields) if (length > EXCEL_CELL_LIMIT) return { task: t.id, field, length };
  }
  for (const g of [...plan.targets, ...plan.tasks.flatMap((t) => t.targets)]) {
    if (g.text.length > EXCEL_CELL_LIMIT) return { task: g.id, field: 'target', length: g.text.length };
  }
  return null;
}
