/**
 * Text primitives shared by every stage. Input is made NFC once where it enters (readers);
 * comparisons go through `fold`, which removes case and diacritics so "Thời hạn", "THOI HAN"
 * and OCR's "thoi han" meet.
 */

/** NFC, NBSP and other Unicode spaces to a plain space, runs of whitespace collapsed, trimmed. */
export function clean(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\r\n\f\v]+/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * Lower case without diacritics; đ/Đ folded by hand because NFD does not decompose them.
 * Keeps length-independent shape (punctuation and digits stay) so regexes work on the result.
 */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** `fold` plus `clean`: the key for accent- and case-insensitive matching of phrases. */
export function key(s: string): string {
  return fold(clean(s));
}

/** True when the string holds no letter or digit (empty cells, lone dashes, dots). */
export function isBlank(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Roman numeral to number (I..MMMCMXCIX), or null. Upper case only: "i" is not a numeral in STT. */
export function romanToInt(s: string): number | null {
  if (!ROMAN.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i] as string] ?? 0;
    const next = v[s[i + 1] as string] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** Parses "95,5", "95.5", "1.000" (thousands) and "1,5" the Vietnamese way; null when not a number. */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, '');
  if (!/^[+-]?\d[\d.,]*$/.test(s)) return null;
  // "1.000.000" or "1.000" with groups of three after dots: thousands separators.
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^[+-]?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return Number(s);
  return null;
}

/** Excel's limit for the characters in one cell (ECMA-376 / Excel specifications). */
export const EXCEL_CELL_LIMIT = 32767;
