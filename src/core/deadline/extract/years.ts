import { BARE_YEAR_LEADS, L, LIST_JOIN, PERIOD_PART, PERIOD_PARTS, R, YEAR_NO_NUMBER, YEAR_NUM, YEAR_WORD, type PeriodPart } from '../constants';
import { listItems, months, type Found, type Pattern } from './scan';

const LIST = `((?:${LIST_JOIN}(?:${YEAR_WORD}\\s*)?(?:19|20)\\d{2}(?!\\d))*)`;
const ITEM = /((?:19|20)\d{2})/g;

/** "Trong năm 2024", "Đến hết năm 2024", "giai đoạn 2024 - 2025", "cuối năm", "trong năm", "2024". */
export const YEAR_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${L}${PERIOD_PART}(?:${YEAR_WORD}|giai doan)\\s*${YEAR_NUM}${LIST}`, 'gu'),
    build: (m) => years([m[2] ?? '', ...listItems(m[3], ITEM)], m[1]),
  },
  {
    re: new RegExp(`${L}(?:${BARE_YEAR_LEADS.join('|')})\\s+${YEAR_NUM}${LIST}`, 'gu'),
    build: (m) => years([m[1] ?? '', ...listItems(m[2], ITEM)], undefined),
  },
  {
    // A cell that holds only a year: "2024", "2024 - 2025".
    re: new RegExp(`^\\s*${YEAR_NUM}${LIST}\\s*[.;,]?\\s*$`, 'gu'),
    build: (m) => years([m[1] ?? '', ...listItems(m[2], ITEM)], undefined),
  },
  {
    // No number: the plan's year ("trong năm", "tổng kết năm", "năm nay"); strictly "nam" here,
    // the OCR-tolerant word would read "trong nhóm" as a year.
    re: new RegExp(`${L}(?:(${YEAR_NO_NUMBER.join('|')})\\s+nam|nam\\s+nay)${R}(?!\\s*\\d)`, 'gu'),
    build: (m) => years([''], m[1]),
  },
];

/** "đầu năm" is its first quarter, "giữa năm" its middle (30/6); otherwise the whole year. */
const YEAR_PART_MONTHS: Record<PeriodPart, [number, number]> = { early: [1, 3], mid: [6, 6], end: [1, 12] };

function years(list: string[], part: string | undefined): Found[] {
  const [from, to] = YEAR_PART_MONTHS[(part && PERIOD_PARTS[part]) || 'end'];
  return list.map((y) => ({ ...months(from, to), year: y === '' ? null : Number(y) }));
}
