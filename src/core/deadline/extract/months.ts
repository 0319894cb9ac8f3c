import { L, LIST_JOIN, MONTH_PART_DAYS, MONTH_WORD, PERIOD_PART, PERIOD_PARTS, YEAR_SUFFIX } from '../constants';
import { listItems, year, type Found, type Pattern } from './scan';

/** "tháng 10 năm 2024", "Tháng 4/2025", "cuối tháng 6", "tháng 10 2024", "tháng 3 đến tháng 6/2024". */
export const MONTH_PATTERNS: Pattern[] = [
  {
    re: new RegExp(
      `${L}${PERIOD_PART}${MONTH_WORD}\\s*(\\d{1,2})(?!\\d)((?:${LIST_JOIN}(?:${MONTH_WORD}\\s*)?\\d{1,2}(?!\\d))*)${YEAR_SUFFIX}`,
      'gu',
    ),
    build: (m) => {
      const where = m[1] ? PERIOD_PARTS[m[1]] : undefined;
      const [first, last] = MONTH_PART_DAYS[where ?? 'end'];
      const nums = [m[2] ?? '', ...listItems(m[3], ITEM)];
      return nums.map(
        (n): Found => ({ exact: false, year: year(m[4]), from: { month: Number(n), day: first }, to: { month: Number(n), day: last } }),
      );
    },
  },
];

const ITEM = /(\d{1,2})/g;
