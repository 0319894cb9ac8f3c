import { clean, key } from '../text';
import { YEAR_WORD } from './constants';

/**
 * Splits a deadline cell into its parts (milestones): at ";", at line items ("- Quý I: ...",
 * also when a reader joined them into one line), at sentence ends ("... Kế hoạch. Quý II ..."),
 * and at line breaks that start a new line of thought. Whatever the reader did with the cell's
 * line breaks, the same parts come out: a line that starts in lower case, or follows a ":",
 * continues the line before ("Trong Quý I\nnăm 2024").
 */
export function splitParts(raw: string): string[] {
  const chunks: string[] = [];
  let joinNext = false;
  for (const line of raw.normalize('NFC').split(/\r?\n|\r/)) {
    const text = clean(line);
    if (text === '') continue;
    const last = chunks.length - 1;
    const continues = last >= 0 && !BULLET.test(text) && (joinNext || /^\p{Ll}/u.test(text));
    if (continues) chunks[last] = `${chunks[last]} ${text}`;
    else chunks.push(text);
    joinNext = /[:,]$/.test(text);
  }
  const parts = chunks.flatMap(splitChunk).map(tidy).filter((p) => p !== '');
  return mergeDangling(parts);
}

const BULLET = /^[-+•–*]\s*/;
/** " - Quý II": a bullet inside a line, before a capitalised word (not "2021 - 2025", "Quý I - II"). */
const INLINE_BULLET = /\s[-+•–]\s+(?=\p{Lu}\p{Ll})/u;
/** A sentence end before a capitalised word; not after "TP." or "Q." style abbreviations. */
const SENTENCE_END = /(?<!(?:^|[\s(])\p{Lu}{1,3}\.|Tp\.)(?<=[.!?])\s+(?=\p{Lu}\p{Ll})/u;

/** Inline bullets only split a cell whose items are bulleted: "Tháng 10/2024 - Tháng 12/2024" is a range. */
function splitChunk(chunk: string): string[] {
  const bulleted = BULLET.test(chunk);
  return chunk
    .split(';')
    .flatMap((s) => (bulleted ? s.split(INLINE_BULLET) : [s]))
    .flatMap((s) => s.split(SENTENCE_END));
}

function tidy(part: string): string {
  // The look-behind: a match starts only where the run begins, not again at each of its characters.
  return clean(part).replace(BULLET, '').replace(/(?<![;,\s])[;,\s]+$/, '').trim();
}

const YEAR_ONLY = new RegExp(`^(?:${YEAR_WORD}\\s*)?(?:19|20)\\d{2}\\.?$`);

/** "Quý I năm 2024:" + "ban hành Kế hoạch" is one part; so is "Trong Quý I" + "năm 2024". */
function mergeDangling(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const last = out.length - 1;
    const prev = out[last];
    if (prev !== undefined && (prev.endsWith(':') || YEAR_ONLY.test(key(part)))) out[last] = `${prev} ${part}`;
    else out.push(part);
  }
  return out;
}
