import type { Section, Source, Warning } from '../model';
import { restoreDocumentTexts } from '../ocr/finish';
import type { UnitDirectory } from '../units/types';
import type { TaskDraft } from './draft';

/** The texts a document's tasks are read from, as the structure readers found them. */
export interface DocumentTexts {
  drafts: readonly TaskDraft[];
  sections: readonly Section[];
  /** The document's running text (letterhead and body), one paragraph per line. */
  text: string;
  /** What the letterhead says (number, date, issuer, subject). */
  source: Source;
}

/** The same texts made final, and what was said about them (new objects: the input is left as it is). */
export interface FinishedTexts {
  drafts: TaskDraft[];
  sections: Section[];
  text: string;
  source: Source;
  warnings: Warning[];
}

export interface FinishOptions {
  /** The user's units directory: its names are strong evidence when text is given back. */
  units?: UnitDirectory;
}

/**
 * THE one step where a document's texts become final, between the structure readers (table or
 * prose: texts as printed) and the phrase readers (deadlines, targets), which read what this
 * returns. By default it is OCR restoration (src/core/ocr/finish.ts): text read by an
 * English-model OCR is given back as Vietnamese, each changed task keeping what was read in its
 * `ocr`; clean text comes back unchanged.
 */
export type TextFinisher = (texts: DocumentTexts, options: FinishOptions) => FinishedTexts;

export const finishTexts: TextFinisher = restoreDocumentTexts;
