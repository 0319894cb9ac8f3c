import { fold } from '../text';
import { isValidDate, iso } from './calendar';
import { DAY_WORD, L, MONTH_WORD, YEAR_WORD } from './constants';

/** "năm 2024" (also OCR's "nim 2025"), not "đến năm 2030", "tầm nhìn đến năm 2030", "giai đoạn". */
const YEAR_MENTION = new RegExp(`(?<!(?:den|nhin|doan)\\s+)${L}${YEAR_WORD}\\s*((?:19|20)\\d{2})(?!\\d)`, 'gu');
/** A full date "ngày d tháng m năm y": its year dates a referenced document, not the plan. */
const FULL_DATE = new RegExp(`${DAY_WORD}\\s*(\\d{1,2})\\s*${MONTH_WORD}\\s*(\\d{1,2})\\s*,?\\s*${YEAR_WORD}\\s*((?:19|20)\\d{2})`, 'gu');
/**
 * The date line: "<place>, ngày 04 tháng 01 năm 2024" ending its line (OCR: "S6: 77/TB-VP Qudn 7,
 * ngay 03 thang 4 nam 2025"). A list of referenced documents' dates also has ", ngày ...".
 */
const DATE_LINE = new RegExp(
  `,\\s*${DAY_WORD}\\s*(\\d{1,2})\\s*${MONTH_WORD}\\s*(\\d{1,2})\\s*,?\\s*${YEAR_WORD}\\s*((?:19|20)\\d{2})\\s*\\.?\\s*$`,
  'u',
);
/** ... so the place before the comma holds no year and no other date. */
const NOT_A_PLACE = new RegExp(`\\d{4}|${DAY_WORD}\\s*\\d`, 'u');
const PLACE_MAX = 60;

/** How far into a document its header (number, date line) and its opening part reach. */
const HEADER_LINES = 40;
const OPENING_CHARS = 6000;

/**
 * The plan's own date (ISO): the "<place>, ngày ... tháng ... năm ..." line under the document
 * number, among the first lines; null when there is none.
 */
export function findPlanDate(text: string): string | null {
  const lines = text.split(/\r?\n/).slice(0, HEADER_LINES);
  for (const line of lines) {
    const folded = fold(line);
    const m = DATE_LINE.exec(folded);
    if (!m) continue;
    const place = folded.slice(0, m.index).split(',').pop() ?? '';
    if (NOT_A_PLACE.test(place) || place.trim().length > PLACE_MAX) continue;
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isValidDate(y, mo, d)) return iso(y, mo, d);
  }
  return null;
}

/**
 * The year a plan is for, when the caller gives none: the title's "năm 2024", else the date
 * line's year, else the most frequent "năm YYYY" in the opening text (dates of referenced
 * documents left out; a tie goes to the later year, plans look ahead).
 */
export function inferPlanYear(doc: { title?: string; text: string }): { year: number; from: string } | null {
  if (doc.title !== undefined) {
    const m = [...fold(doc.title).matchAll(YEAR_MENTION)][0];
    if (m) return { year: Number(m[1]), from: 'title' };
  }
  const date = findPlanDate(doc.text);
  if (date !== null) return { year: Number(date.slice(0, 4)), from: 'date-line' };
  const opening = fold(doc.text.slice(0, OPENING_CHARS)).replace(FULL_DATE, ' ');
  const counts = new Map<number, number>();
  for (const m of opening.matchAll(YEAR_MENTION)) {
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const [y, n] of counts) if (!best || n > best[1] || (n === best[1] && y > best[0])) best = [y, n];
  return best ? { year: best[0], from: 'text' } : null;
}
