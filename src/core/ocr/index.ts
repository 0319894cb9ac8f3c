/** Restoring Vietnamese read by an English-model OCR (issue 12; contract "OCR"). */
export { detectDamage, type Damage } from './detect';
export { restoreText, type Restored, type RestoreOptions } from './restore';
export { restoreDocumentTexts, directoryVocabulary } from './finish';
export { isSyllable, validSyllables } from './syllables';
