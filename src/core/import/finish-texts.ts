import type { Source } from '../model';
import type { TaskDraft } from './draft';

/** What the text stage may know about the document the drafts come from. */
export interface PlanContext {
  source: Source;
  title?: string;
  /** The document's running text (letterhead and body), one paragraph per line. */
  text: string;
}

/**
 * THE one step where the drafts' texts become final, between the structure readers (table or
 * prose: texts as printed) and the phrase readers (deadlines, targets, units), which read what
 * this returns. It returns drafts, never changes the ones it is given, and by default changes
 * nothing. OCR restoration (src/core/ocr, issue 12) plugs in here: it may rewrite `task`,
 * `lead`, `coordinators` and `deadlineText` of OCR-damaged documents into proper Vietnamese and
 * record what was read in the task's `ocr` (contract) together with its warnings.
 */
export type TextFinisher = (drafts: readonly TaskDraft[], context: PlanContext) => TaskDraft[];

export const finishTexts: TextFinisher = (drafts) => drafts.slice();
