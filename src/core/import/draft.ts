import type { OcrRestoration, Origin, Target } from '../model';

/**
 * A task as the structure reader (table or prose) found it, before any phrase is read: every
 * text field as printed. `finishTexts` may still rewrite the texts; the phrase readers then turn
 * `deadlineText` into a Deadline and the task's words into targets (phrases.ts `finishTasks`).
 */
export interface TaskDraft {
  id: string;
  stt: string;
  section: string;
  task: string;
  products: string[];
  lead: string[];
  coordinators: string[];
  notes: string;
  extra: Record<string, string>;
  /** The words that say when ("Thời gian thực hiện trong tháng 9 năm 2023"), as printed. */
  deadlineText: string;
  origin: Origin;
  /** Targets the task inherits from the topic heading it sits under (prose). */
  headingTargets?: Target[];
  /** What was read, when finishTexts gave OCR-damaged text back (contract: `ocr`). */
  ocr?: OcrRestoration;
}
