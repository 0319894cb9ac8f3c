import type { Target, Task } from '../model';

/**
 * A task as the structure reader (table or prose) found it, before any phrase is read: the
 * Task's own fields, every text as printed, with its deadline still words. `finishTexts` may
 * still rewrite the texts (and set `ocr`); the phrase readers then turn `deadlineText` into a
 * Deadline and the task's words into targets (phrases.ts `finishTasks`).
 */
export interface TaskDraft extends Omit<Task, 'deadline' | 'targets'> {
  /** The words that say when ("Thời gian thực hiện trong tháng 9 năm 2023"), as printed. */
  deadlineText: string;
  /** Targets the task inherits from the topic heading it sits under (prose). */
  headingTargets?: Target[];
}
