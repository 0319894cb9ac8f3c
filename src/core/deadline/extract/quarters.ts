import { L, LIST_JOIN, PERIOD_PART, PERIOD_PARTS, QUARTER_NUM, QUARTER_VALUES, QUARTER_WORD, R, YEAR_SUFFIX } from '../constants';
import { listItems, months, year, type Found, type Pattern } from './scan';

/** "Quý I", "quý 2", "Quý III/2025", "Quý II và quý III năm 2024", "Quý I, II", "cuối quý II", "Q1/2025". */
export const QUARTER_PATTERNS: Pattern[] = [
  {
    re: new RegExp(
      `${L}${PERIOD_PART}${QUARTER_WORD}\\s*${QUARTER_NUM}${R}((?:${LIST_JOIN}(?:${QUARTER_WORD}\\s*)?${QUARTER_NUM}${R})*)${YEAR_SUFFIX}`,
      'gu',
    ),
    build: (m) => {
      const nums = [m[2] ?? '', ...listItems(m[3], ITEM)];
      return quarters(nums, m[1], year(m[5]));
    },
  },
  { re: new RegExp(`${L}q([1-4])${R}${YEAR_SUFFIX}`, 'gu'), build: (m) => quarters([m[1] ?? ''], undefined, year(m[2])) },
];

const ITEM = new RegExp(`${L}${QUARTER_NUM}${R}`, 'gu');

function quarters(nums: string[], part: string | undefined, y: number | null): Found[] {
  const where = part ? PERIOD_PARTS[part] : undefined;
  return nums.map((n) => {
    const q = QUARTER_VALUES[n.replace(/l/g, 'i')] ?? 0;
    const first = 3 * q - 2;
    // "đầu quý" is its first month, "giữa quý" its second; "cuối quý" the whole quarter's end.
    const span = where === 'early' ? months(first, first) : where === 'mid' ? months(first + 1, first + 1) : months(first, 3 * q);
    return { ...span, year: y };
  });
}
