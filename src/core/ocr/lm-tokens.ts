/**
 * What the syllable language model sees: lower-case syllables, "<n>" for a number, "<x>" for
 * anything else (an acronym, a document number); sentences end at . ; : ! ? brackets, quotes
 * and line ends. Shared by the learning script and the restorer so both cut text alike.
 */
import { isSyllable } from './syllables';
import { splitLine } from './tokens';

export const NUMBER = '<n>';
export const OTHER = '<x>';
export const START = '<s>';
export const END = '</s>';

/** Between two words, what ends a sentence for the model (a comma or a hyphen does not). */
export const BREAK = /[.;:!?()[\]{}"“”…|]/;

export function lmToken(word: string): string {
  if (/^\d+$/.test(word)) return NUMBER;
  return isSyllable(word) ? word.normalize('NFC').toLowerCase() : OTHER;
}

/** The sentences of a clean text as model tokens. */
export function sentences(text: string): string[][] {
  const out: string[][] = [];
  for (const line of text.normalize('NFC').split('\n')) {
    let cur: string[] = [];
    for (const p of splitLine(line)) {
      if (p.word) cur.push(lmToken(p.text));
      else if (BREAK.test(p.text) && cur.length > 0) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length > 0) out.push(cur);
  }
  return out;
}
