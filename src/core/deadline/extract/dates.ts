import { DAY_WORD, L, MONTH_WORD, R, YEAR_JOIN, YEAR_NUM } from '../constants';
import { day, type Found, type Pattern } from './scan';

/** Exact days: "31/12/2025", "31-12-2025", "31.12.2025", "1/7/2025", "ngày 15 tháng 11 năm 2024", "2024-09-15". */
export const DATE_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${L}${YEAR_NUM}-(\\d{1,2})-(\\d{1,2})${R}`, 'gu'),
    build: (m) => [day(Number(m[2]), Number(m[3]), Number(m[1]))],
  },
  {
    // The same separator twice: "10-12/2024" is a range of months, not the 10th of December.
    re: new RegExp(
      `(?<![\\p{L}\\d/.\\-])(?<!${MONTH_WORD}\\s*)(\\d{1,2})\\s*([/\\-.])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4}|\\d{2})(?!\\d|[/\\-.]\\d)`,
      'gu',
    ),
    build: (m) => [numericDay(m[1], m[3], m[4])],
  },
  {
    // "ngày 15/10", "trước 15/10": no year, so only where a day is expected. The mention starts at
    // the day (group 1), so that "trước" stays in front of it.
    re: new RegExp(
      `${L}(?:${DAY_WORD}|truoc|den|het|nhat|han|chot|la)\\s*:?\\s*(\\d{1,2})\\s*([/\\-.])\\s*(\\d{1,2})(?!\\d|\\s*[/\\-.]\\s*\\d)`,
      'dgu',
    ),
    at: 1,
    build: (m) => [day(Number(m[3]), Number(m[1]), null)],
  },
  {
    // "ngày 15 tháng 11 năm 2024"; without "ngày" only with a year ("6 tháng đầu năm" is no day).
    re: new RegExp(`${L}(${DAY_WORD}\\s*)?(\\d{1,2})\\s*${MONTH_WORD}\\s*(\\d{1,2})(?!\\d)(?:${YEAR_JOIN}${YEAR_NUM})?`, 'gu'),
    build: (m) => (m[1] === undefined && m[4] === undefined ? null : [day(Number(m[3]), Number(m[2]), m[4] ? Number(m[4]) : null)]),
  },
];

function numericDay(d: string | undefined, month: string | undefined, y: string | undefined): Found {
  const twoDigit = y?.length === 2;
  // Two-digit years are this century's: plans do not look back to the 1900s.
  const full = twoDigit ? 2000 + Number(y) : Number(y);
  const found = day(Number(month), Number(d), full);
  return twoDigit ? { ...found, twoDigitYear: true } : found;
}
