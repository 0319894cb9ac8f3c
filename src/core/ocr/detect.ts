/**
 * Is this text Vietnamese read by an English OCR model? The signs: many words that are no
 * Vietnamese syllable ("Quén", "ciia", "nhiém"), syllables bare of the marks Vietnamese text
 * is full of ("Phong Noi vu", "thang 4 nam 2025"), and what such a model puts inside words
 * ("N¢i", "D€", "s6", "d6i"). Numbers, document numbers and acronyms are not counted.
 */
import { protectedWords } from './protect';
import { isSyllable } from './syllables';
import { OCR_DEBRIS, splitLine } from './tokens';

export interface Damage {
  /** Words counted (letters, not protected). */
  words: number;
  /** Of those, words that are no Vietnamese syllable. */
  notSyllables: number;
  /** notSyllables / words (0 when there are no words). */
  share: number;
  /** Share of the syllables that carry no Vietnamese mark at all ("Phong", "nam"). */
  bare: number;
  /** Words with OCR debris or digits inside ("N¢i", "s6"). */
  debris: number;
  damaged: boolean;
}

/** Fewer words than this say nothing either way. */
const MIN_WORDS = 12;
const DEBRIS = new RegExp(`[${OCR_DEBRIS.replace(/['‘’`&]/g, '')}]|\\p{L}\\d|\\d\\p{L}`, 'u');

/** Marked letters an English model never writes (ă, ơ, ư, đ, ạ, ả, ...; it does write é). */
const VIETNAMESE_ONLY = /[ăâđơưạảãầấẩẫậằắẳẵặẹẻẽềếểễệìỉĩịòọỏõồốổỗộờớởỡợùụủũừứửữựỳỵỷỹ]/iu;

/**
 * A quick yes for ordinary Vietnamese: most of its words carry a mark an English model never
 * writes. Lets a clean document skip building the syllable set (the first call's cost).
 */
export function looksVietnamese(text: string): boolean {
  let words = 0;
  let marked = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    words++;
    if (VIETNAMESE_ONLY.test(m[0])) marked++;
  }
  return words >= MIN_WORDS && marked / words >= 0.3;
}

export function detectDamage(text: string): Damage {
  let words = 0;
  let notSyllables = 0;
  let syllables = 0;
  let bareCount = 0;
  let debris = 0;
  for (const line of text.normalize('NFC').split('\n')) {
    const pieces = splitLine(line);
    const prot = protectedWords(pieces);
    pieces.forEach((p, i) => {
      if (!p.word || prot[i] || !/\p{L}/u.test(p.text)) return;
      words++;
      if (DEBRIS.test(p.text)) debris++;
      if (!isSyllable(p.text)) {
        notSyllables++;
        return;
      }
      syllables++;
      if (/^[\x00-\x7f]*$/.test(p.text)) bareCount++;
    });
  }
  const share = words === 0 ? 0 : notSyllables / words;
  const bare = syllables === 0 ? 0 : bareCount / syllables;
  // Clean Vietnamese leaves about a third of its syllables bare and nearly none invalid; text
  // typed without marks is all bare but valid; an English-model reading is both.
  const damaged = words >= MIN_WORDS && share >= 0.06 && (bare >= 0.6 || debris / words >= 0.02);
  return { words, notSyllables, share, bare, debris, damaged };
}
