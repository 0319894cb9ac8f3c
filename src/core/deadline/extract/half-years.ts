import { L, MONTH_WORD, NUMBER_WORDS, R, YEAR_NUM, YEAR_WORD } from '../constants';
import { months, year, type Found, type Pattern } from './scan';

const COUNT = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})`;

/** "6 tháng đầu năm", "6 tháng cuối năm 2024", "9 tháng đầu năm", "sáu tháng", "nửa cuối năm". */
export const HALF_YEAR_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${L}${COUNT}\\s*${MONTH_WORD}\\s*(?:(dau|cuoi)\\s*)?${YEAR_WORD}${R}(?:\\s*${YEAR_NUM})?`, 'gu'),
    build: (m) => {
      const n = NUMBER_WORDS[m[1] ?? ''] ?? Number(m[1]);
      if (!(n >= 1 && n <= 12)) return null;
      return [span(m[2] === 'cuoi' ? months(13 - n, 12) : months(1, n), year(m[3]))];
    },
  },
  {
    re: new RegExp(`${L}nua\\s*(dau|cuoi)\\s*${YEAR_WORD}${R}(?:\\s*${YEAR_NUM})?`, 'gu'),
    build: (m) => [span(m[1] === 'cuoi' ? months(7, 12) : months(1, 6), year(m[2]))],
  },
];

function span(f: Found, y: number | null): Found {
  return { ...f, year: y };
}
