import { DAY_WORD, DEADLINE_WORDS, EVENT_PREFIXES, EVENT_PREFIX_EXCEPTIONS, L, MONTH_WORD, YEAR_WORD } from './constants';

/**
 * What blanked text is made of: neither letter, digit nor space, so it still parts words but no
 * `\s*` runs over it (long blank runs made whitespace patterns slow).
 */
export const BLANK = '\u0001';

/** Replaces [start, start+length) with BLANK: later patterns no longer see it, offsets stay. */
export function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + BLANK.repeat(length) + text.slice(start + length);
}

/** Blanks ranges (in order, not overlapping) in one pass: one copy per pattern, not per match. */
export function blankAll(text: string, ranges: [number, number][]): string {
  if (ranges.length === 0) return text;
  const pieces: string[] = [];
  let at = 0;
  for (const [start, length] of ranges) {
    pieces.push(text.slice(at, start), BLANK.repeat(length));
    at = start + length;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** OCR reads 0 as o inside numbers ("2o24"); folded text only. */
export function repairOcrDigits(folded: string): string {
  return folded
    .replace(/(?<=\d)o(?=\d)|(?<=\d{3})o(?!\p{L})/gu, '0')
    // A year with a letter read for a digit ("2O25", "20l4", "202S"): the shape 2-0-d-d is enough.
    .replace(/(?<![\p{L}\d])2[0o][0-9oils]{2}(?![\p{L}\d])/gu, (y) => y.replace(/o/g, '0').replace(/[il]/g, '1').replace(/s/g, '5'));
}

/** A date right after a document reference belongs to the document ("... ngày 10 tháng 8 năm 2022"). */
const REF_DATE =
  `(?:\\s*,?\\s*(?:ban hanh\\s*)?${DAY_WORD}\\s*\\d{1,2}\\s*(?:${MONTH_WORD}|[/\\-.])\\s*\\d{1,2}` +
  `(?:\\s*,?\\s*(?:${YEAR_WORD}|[/\\-.])\\s*\\d{2,4})?)?`;

/**
 * Document numbers and the dates that go with them are not deadlines: "số 2709/QĐ-UBND ngày
 * 10 tháng 8 năm 2022", "98/2023/QH15", "ISO 9001:2015" (contract: numbers that are not ...).
 */
const DOCUMENT_REFS = [
  new RegExp(`${L}so\\s*:?\\s*\\d+[\\p{L}\\d/.\\-]*${REF_DATE}`, 'gu'),
  new RegExp(`${L}\\d+/(?:(?:19|20)\\d{2}/)?\\p{L}[\\p{L}\\d\\-]*${REF_DATE}`, 'gu'),
  new RegExp(`${L}(?:iso|tcvn)\\s*[\\d:.\\-]+`, 'gu'),
];

export function maskDocumentRefs(folded: string): string {
  if (!/\d/.test(folded)) return folded; // every reference holds a number
  let out = folded;
  for (const re of DOCUMENT_REFS) out = blankAll(out, [...out.matchAll(re)].map((m): [number, number] => [m.index, m[0].length]));
  return out;
}

const EVENT_OBJECT = new RegExp(
  `^\\s*(?:${EVENT_PREFIXES.join('|')})(?![\\p{L}])(?!\\s+(?:${EVENT_PREFIX_EXCEPTIONS.join('|')})(?![\\p{L}]))` +
    `.*?(?=,|;|${DEADLINE_WORDS.join('|')}|$)`,
  'u',
);

/** "Sau khi Thành phố công bố Chỉ số năm 2023": the object names an event, its year is no deadline. */
export function maskEventObject(folded: string): string {
  const m = EVENT_OBJECT.exec(folded);
  return m ? blank(folded, m.index, m[0].length) : folded;
}
