/**
 * Vietnamese text typed with the legacy 8-bit font encodings, read as if it were Latin-1 /
 * Windows-1252 (which is what a Unicode program shows):
 * - TCVN3 (ABC, .VnTime fonts) puts whole letters on single bytes, many of them symbols:
 *   "Céng hßa x· héi chñ nghÜa ViÖt Nam", "§éc lËp - Tù do - H¹nh phóc".
 * - VNI (VNI-Times fonts) writes a base letter followed by a mark byte:
 *   "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Ñoäc laäp - Töï do - Haïnh phuùc".
 * Both leave characters that Unicode Vietnamese never has inside its words.
 */

export type LegacyEncoding = 'TCVN3' | 'VNI';

/** Symbols TCVN3 uses as letters (ă â ê ô ơ ư đ à ả ã á ạ ...); « » ° ± ² ³ ´ left out: they occur in real text. */
const TCVN3_SYMBOLS = '¡¢£¤¥¦§¨©ª¬\u00ad®¯µ¶·¸¹º»¼½¾¿';
/** Latin-1 letters that are not Vietnamese letters; both encodings produce them. */
const FOREIGN_LETTERS = 'ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïðñö÷øûüþÿ';
/** VNI's mark bytes after a vowel (ø grave, û hook, ï dot, ä å ë ü with a circumflex or breve), ö for ư, ñ for đ. */
const VNI_MARKS = /[aeiouyôAEIOUYÔ][øûïäåëüæØÛÏÄÅËÜÆ]|[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z][öÖ]|[ñÑ][aeiouôöAEIOUÔÖ]/g;

/** Per Latin-1 code: 1 = a TCVN3 symbol-letter, 2 = a non-Vietnamese Latin-1 letter. */
const KIND = new Uint8Array(256);
for (const c of TCVN3_SYMBOLS) KIND[c.charCodeAt(0)] = 1;
for (const c of FOREIGN_LETTERS) KIND[c.charCodeAt(0)] = 2;

function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * The legacy encoding the text was typed in, or null. A word counts as suspect when one of
 * those characters touches an ASCII letter; it takes several suspects, a sixth or so of the
 * words and one encoding's own signature, so that German names or OCR slips do not trigger it.
 * One pass over char codes: it runs on every file read.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const n = Math.min(text.length, 200000);
  let words = 0;
  let suspects = 0;
  let tcvn = 0;
  let ascii = false;
  let suspect = false;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 32;
    if (isSpace(code)) {
      if (ascii) {
        words++;
        if (suspect) suspects++;
      }
      ascii = suspect = false;
      continue;
    }
    if (isAsciiLetter(code)) ascii = true;
    const kind = code < 256 ? (KIND[code] as number) : 0;
    if (kind === 0) continue;
    if ((i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) || (i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1)))) {
      suspect = true;
      if (kind === 1) tcvn++;
    }
  }
  if (suspects < 3 || suspects < words * 0.15) return null;
  const vni = (text.slice(0, n).match(VNI_MARKS) ?? []).length;
  // Foreign letters alone (ü, ç) are not enough: one encoding's own signature must show.
  if (tcvn === 0 && vni === 0) return null;
  return tcvn >= vni ? 'TCVN3' : 'VNI';
}
