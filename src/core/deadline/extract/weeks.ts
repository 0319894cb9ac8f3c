import { L, MONTH_WORD, YEAR_SUFFIX } from '../constants';
import { year, type Found, type Pattern } from './scan';

/**
 * "Tuần đầu tiên của tháng 5 năm 2025", "tuần thứ hai tháng 6", "tuần cuối tháng 12/2024": a
 * week of a month. Weeks count from the 1st (docs/contract.md): the first week is days 1-7, the
 * second 8-14, the third 15-21, the fourth 22-28, the last the month's last seven days; the
 * deadline is the week's last day, not the month's.
 */
const WEEK: Record<string, number | 'last'> = {
  'dau tien': 1,
  dau: 1,
  'thu nhat': 1,
  'thu 1': 1,
  'thu hai': 2,
  'thu 2': 2,
  'thu ba': 3,
  'thu 3': 3,
  'thu tu': 4,
  'thu 4': 4,
  'cuoi cung': 'last',
  cuoi: 'last',
};

const WHICH = Object.keys(WEEK)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const WEEK_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`${L}tuan\\s+(${WHICH})\\s+(?:cua\\s+|trong\\s+)?${MONTH_WORD}\\s*(\\d{1,2})(?!\\d)${YEAR_SUFFIX}`, 'gu'),
    build: (m) => {
      const month = Number(m[2]);
      const week = WEEK[m[1] ?? ''];
      if (week === undefined || month < 1 || month > 12) return null;
      const found: Found =
        week === 'last'
          ? // The last seven days: from the 22nd at the latest (February), to the month's end.
            { exact: false, year: year(m[3]), from: { month, day: 22 }, to: { month, day: 'end' } }
          : { exact: false, year: year(m[3]), from: { month, day: (week - 1) * 7 + 1 }, to: { month, day: week * 7 } };
      return [found];
    },
  },
];
