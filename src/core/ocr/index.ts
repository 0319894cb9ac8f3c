/** Restoring Vietnamese read by an English-model OCR (issue 12; contract "OCR"). */
export { detectDamage, type Damage } from './detect';
export { restoreText, type Restored, type RestoreOptions } from './restore';
export { restorePlanTexts, directoryVocabulary } from './plan-texts';
export { isSyllable, validSyllables } from './syllables';
