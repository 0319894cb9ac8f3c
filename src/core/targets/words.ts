/**
 * Syllable tokens of a text with their lower-case and folded forms, and phrase matching over
 * them. A phrase word matches a token written the same way (any case), or a token with no
 * diacritics at all that folds the same (OCR drops them); "đất" never matches "đạt".
 */
import { fold, foldOcr } from '../text';

export interface Token {
  lower: string;
  /** No diacritics: an OCR token that may stand for any accented spelling. */
  ascii: boolean;
  /**
   * For a token written in Latin-1 letters only (what an OCR engine without a Vietnamese model
   * writes: "t6i", "thiéu", "trén"), its OCR-folded form, which may stand for any spelling that
   * folds the same; null for a token with Vietnamese-only letters (ấ, ạ, đ, ư ...), which is read as written.
   */
  loose: string | null;
  start: number;
  end: number;
}

const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;

/**
 * Letter or digit; Vietnamese letters sit in Latin-1/Extended (00C0-024F) and 1E00-1EFF. Takes
 * the char code only: indexing (src[i]) made a one-character string per character, and only
 * rare scripts need the Unicode test.
 */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows, ≥ ≤
  return LETTER_RE.test(String.fromCharCode(c));
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

function isLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return false;
  return true;
}

/** Letters and digits mixed ("t6i", "1én"): OCR read a letter as a digit. */
const MIXED = /\d\p{L}|\p{L}\d/u;

/** Letters only Vietnamese writes (ạ ấ đ ư ơ ă ĩ ...): text with none of them was not typed in Vietnamese. */
const VIETNAMESE_ONLY = /[\u0100-\u024f\u1e00-\u1eff]/;

function looseForm(lower: string, ascii: boolean, ocrText: boolean): string | null {
  if (ascii) return MIXED.test(lower) ? foldOcr(lower) : lower;
  return ocrText && isLatin1(lower) ? foldOcr(lower) : null;
}

/** Runs of letters and digits (what /[\p{L}\p{N}]+/u finds), with a hand loop for speed. */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  // Latin-1 accents stand for any Vietnamese one only in text an English-model OCR wrote.
  const ocrText = !VIETNAMESE_ONLY.test(src);
  let start = -1;
  for (let i = 0; i <= src.length; i++) {
    const c = i < src.length ? src.charCodeAt(i) : 32;
    const word = i < src.length && isWordChar(c);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      // Per token: slicing a lower-cased copy of the whole text measured ten times slower in V8.
      const lower = src.slice(start, i).toLowerCase();
      const ascii = isAscii(lower);
      out.push({ lower, ascii, loose: looseForm(lower, ascii, ocrText), start, end: i });
      start = -1;
    }
  }
  return out;
}

/** A phrase compiled for matching: its words in lower case and folded. */
export interface Phrase {
  lower: string[];
  folded: string[];
}

export function phrase(words: string): Phrase {
  const lower = words.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
  return { lower, folded: lower.map((w) => fold(w)) };
}

/** For an ASCII token its lower case is already its folded form. */
export function tokenIs(t: Token, lower: string, folded: string): boolean {
  return t.lower === lower || (t.loose !== null && t.loose === folded);
}

/** Only spaces between two tokens (no comma, bracket or full stop). */
export function tight(src: string, a: Token, b: Token): boolean {
  return /^\s*$/.test(src.slice(a.end, b.start));
}

/** Does `p` match the tokens starting at index i, written with only spaces between? */
export function matchAt(src: string, tokens: readonly Token[], i: number, p: Phrase): boolean {
  const n = p.lower.length;
  if (i < 0 || i + n > tokens.length) return false;
  for (let k = 0; k < n; k++) {
    const t = tokens[i + k] as Token;
    if (!tokenIs(t, p.lower[k] as string, p.folded[k] as string)) return false;
    if (k > 0 && !tight(src, tokens[i + k - 1] as Token, t)) return false;
  }
  return true;
}

/** The first phrase of `list` (longest first) that ends at token index j, or undefined. */
export function matchEndingAt<T extends { p: Phrase }>(
  src: string,
  tokens: readonly Token[],
  j: number,
  list: readonly T[],
): T | undefined {
  for (const item of list) {
    if (matchAt(src, tokens, j - item.p.lower.length + 1, item.p)) return item;
  }
  return undefined;
}

/** The first phrase of `list` (longest first) that starts at token index i, or undefined. */
export function matchStartingAt<T extends { p: Phrase }>(
  src: string,
  tokens: readonly Token[],
  i: number,
  list: readonly T[],
): T | undefined {
  for (const item of list) {
    if (matchAt(src, tokens, i, item.p)) return item;
  }
  return undefined;
}

/** Compile a word list, longest phrase first so "không vượt quá" wins over "vượt". */
export function compile<T extends { words: string }>(list: readonly T[]): (T & { p: Phrase })[] {
  return list
    .map((item) => ({ ...item, p: phrase(item.words) }))
    .sort((a, b) => b.p.lower.length - a.p.lower.length);
}

export function compileWords(list: readonly string[]): { words: string; p: Phrase }[] {
  return compile(list.map((words) => ({ words })));
}

/** Index of the first token starting at or after `pos` (tokens.length when none). */
export function tokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
