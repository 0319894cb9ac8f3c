/**
 * What restoration must never touch: numbers, document numbers ("413/KH-UBND"), acronyms
 * (CCHC, PAPI, UBND...), and names of people. These cannot be known from the OCR reading, so
 * they stay exactly as read (contract: "never changed by guesswork").
 */
import { isSyllable } from './syllables';
import type { Piece } from './tokens';

/** Folded surnames that open a person's name ("Nguyễn", "Lê", "Trần" ...). */
const SURNAMES = new Set(
  ('nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh doan luong trinh lam mai ' +
    'ha cao luu ta thai chau quach to kieu tong diep la vuong')
    .split(' '),
);

export function loose(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z]/g, '');
}

export function isSurname(word: string): boolean {
  return SURNAMES.has(loose(word));
}

const UPPER = /^\p{Lu}/u;
export const isCapitalised = (w: string): boolean => UPPER.test(w);
export const isAllCaps = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase() && w !== w.toLowerCase();

/** A heading set in capitals ("ỦY BAN NHÂN DÂN"): its capitals are words, not acronyms. */
export function isCapsLine(pieces: readonly Piece[]): boolean {
  const ws = pieces.filter((p) => p.word && /\p{L}/u.test(p.text));
  if (ws.length === 0) return false;
  return ws.filter((p) => isAllCaps(p.text)).length / ws.length >= 0.6;
}

/**
 * For each piece, whether it is a word that must stay as read: a number; a word of a chunk
 * (text between spaces) holding "/" or a number with a decimal mark, or a hyphenated acronym
 * ("PAR-Index", "KH-UBND"); a word in capitals that is no syllable, outside a capitals heading.
 */
export function protectedWords(pieces: readonly Piece[]): boolean[] {
  const caps = isCapsLine(pieces);
  const out = pieces.map(() => false);
  // Chunks: runs of pieces not separated by white space.
  let start = 0;
  const flush = (end: number): void => {
    const chunk = pieces.slice(start, end).map((p) => p.text).join('');
    const hard = /\//.test(chunk) || /\d[.,]\d/.test(chunk) || /\p{Lu}{2,}-|-\p{Lu}{2,}/u.test(chunk);
    for (let i = start; i < end; i++) {
      const p = pieces[i] as Piece;
      if (!p.word) continue;
      const t = p.text;
      out[i] =
        hard ||
        /^\d+$/.test(t) ||
        // An acronym: capitals that are no syllable (UBND, CCHC, PAPI); "PHONG" in a letterhead is.
        (!caps && t.replace(/[^\p{L}]/gu, '').length >= 2 && isAllCaps(t) && !isSyllable(t)) ||
        // A word with letters after digits after letters, or two digit runs ("201 8", "Q3a").
        /^\d+\p{L}+\d/u.test(t);
    }
  };
  pieces.forEach((p, i) => {
    if (!p.word && /\s/.test(p.text)) {
      // A piece with a space ends the chunk before it; text after the space starts a new one.
      flush(i);
      start = i;
    }
  });
  flush(pieces.length);
  return out;
}
