/**
 * Splitting a line into word tokens and what lies between them, so a line can be put back
 * together exactly with some words replaced. A word may hold what an English-model OCR puts
 * inside Vietnamese words: digits ("s6", "d6i"), "¢", "€", "®", quotes ("phu‘Ong").
 */

export interface Piece {
  text: string;
  /** A word (letters, with OCR debris inside) or anything else (spaces, punctuation, numbers...). */
  word: boolean;
}

/** Characters an English model reads Vietnamese marks as, found inside words. */
export const OCR_DEBRIS = '¢€£§®©@&‘’\'`';
const WORD = new RegExp(`[\\p{L}\\p{N}${OCR_DEBRIS}]+`, 'gu');
const EDGE = new RegExp(`^[${OCR_DEBRIS}]+|[${OCR_DEBRIS}]+$`, 'gu');

export function splitLine(line: string): Piece[] {
  const out: Piece[] = [];
  let last = 0;
  for (const m of line.matchAll(WORD)) {
    const start = m.index;
    let text = m[0];
    // Quotes at a word's edges are punctuation, not debris ("‘Giao’").
    const lead = /^[‘’'`]+/.exec(text)?.[0].length ?? 0;
    const trail = /[‘’'`]+$/.exec(text.slice(lead))?.[0].length ?? 0;
    const core = text.slice(lead, text.length - trail);
    if (start > last || lead > 0) out.push({ text: line.slice(last, start + lead), word: false });
    if (core !== '') out.push({ text: core, word: true });
    last = start + text.length - trail;
    text = '';
  }
  if (last < line.length) out.push({ text: line.slice(last), word: false });
  return out.filter((p) => p.text !== '');
}

/** The words of a text in order (for alignment and counting). */
export function words(text: string): string[] {
  return splitLine(text.normalize('NFC')).filter((p) => p.word).map((p) => p.text.replace(EDGE, ''));
}
