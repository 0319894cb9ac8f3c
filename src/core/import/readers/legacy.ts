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

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

/**
 * The legacy encoding the text was typed in, or null. A word counts as suspect when one of
 * those characters touches an ASCII letter; it takes several suspects, a sixth or so of the
 * words and one encoding's own signature, so that German names or OCR slips do not trigger it.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.length > 200000 ? text.slice(0, 200000) : text;
  let words = 0;
  let suspects = 0;
  let tcvn = 0;
  for (const token of sample.split(/\s+/)) {
    if (!/[A-Za-z]/.test(token)) continue;
    words++;
    let suspect = false;
    for (let i = 0; i < token.length; i++) {
      const c = token[i] as string;
      const symbol = TCVN3_SYMBOLS.includes(c);
      if (!symbol && !FOREIGN_LETTERS.includes(c)) continue;
      if (isAsciiLetter(token[i - 1]) || isAsciiLetter(token[i + 1])) {
        suspect = true;
        if (symbol) tcvn++;
      }
    }
    if (suspect) suspects++;
  }
  if (suspects < 3 || suspects < words * 0.15) return null;
  const vni = (sample.match(VNI_MARKS) ?? []).length;
  // Foreign letters alone (ü, ç) are not enough: one encoding's own signature must show.
  if (tcvn === 0 && vni === 0) return null;
  return tcvn >= vni ? 'TCVN3' : 'VNI';
}

export function legacyEncodingMessage(encoding: LegacyEncoding): string {
  return `This file uses the legacy ${encoding} Vietnamese encoding; convert it to Unicode (e.g. Unikey > Convert) and try again.`;
}
