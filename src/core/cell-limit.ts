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

export type TaskTexts = Pick<Task, 'task' | 'products' | 'lead' | 'coordinators' | 'deadline' | 'notes' | 'extra'>;

/** Each cell a task writes, by field (an extra column by its header), with its written length. */
export function taskCellLengths(t: TaskTexts): [field: string, length: number][] {
  return [
    ['task', t.task.length],
    ['products', listCellLength(t.products)],
    ['lead', listCellLength(t.lead)],
    ['coordinators', listCellLength(t.coordinators)],
    ['deadline', t.deadline.text.length],
    ['notes', t.notes.length],
    ...Object.entries(t.extra).map(([k, v]): [string, number] => [k, v.length]),
  ];
}

/** The task's cells longer than one Excel cell holds, in column order. */
export function overlongCells(t: TaskTexts): [field: string, length: number][] {
  return taskCellLengths(t).filter(([, length]) => length > EXCEL_CELL_LIMIT);
}
