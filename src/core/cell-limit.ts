/**
 * How long each of a task's texts is once written into its cell, and Excel's limit for one
 * cell: the one rule that `parse` warns by (cell-too-long) and `build` refuses by
 * (cell-over-limit), so a plan parse accepts without a word is one build can write.
 * A list cell is written one item a line, "- " before each of several items that has no bullet
 * of its own (src/workbook/cells.ts listText); its length counts what the writing adds.
 */
import type { Task } from './model';
import { EXCEL_CELL_LIMIT } from './text';

export { EXCEL_CELL_LIMIT };

/** An item that carries its own bullet: written as it is. */
export const BULLETED = /^[-+•]/;

/** Length of a list cell as it is written, counted without building the text (runs on every build). */
export function listCellLength(items: readonly string[]): number {
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

/** A task's texts: a finished Task, or a draft whose deadline is still its printed words. */
export type TaskTexts = Pick<Task, 'task' | 'products' | 'lead' | 'coordinators' | 'notes' | 'extra'> &
  ({ deadline: { text: string } } | { deadlineText: string });

/**
 * The task's cells longer than one Excel cell holds, in column order. Runs on every task of
 * every parse and build: a list whose items with every bullet and break added still fit is not
 * counted exactly, and nothing is built for a task that fits.
 */
export function overlongCells(t: TaskTexts): [field: string, length: number][] {
  let out: [string, number][] | null = null;
  const check = (field: string, length: number): void => {
    if (length > EXCEL_CELL_LIMIT) (out ??= []).push([field, length]);
  };
  const list = (field: string, items: readonly string[]): void => {
    let bound = 0;
    for (const s of items) bound += s.length + 3;
    if (bound > EXCEL_CELL_LIMIT) check(field, listCellLength(items));
  };
  check('task', t.task.length);
  list('products', t.products);
  list('lead', t.lead);
  list('coordinators', t.coordinators);
  check('deadline', ('deadlineText' in t ? t.deadlineText : t.deadline.text).length);
  check('notes', t.notes.length);
  for (const k in t.extra) check(k, (t.extra[k] as string).length);
  return out ?? [];
}
