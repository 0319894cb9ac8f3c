/** A week of a month is due on the week's last day (weeks count from the 1st: days 1-7, 8-14, ...). */
import { runCases } from './case';
import type { DeadlineCase } from './case';

const WEEKS: DeadlineCase[] = [
  { input: 'Tuần đầu tiên của tháng 5 năm 2025', due: '2025-05-07', kind: 'period' },
  { input: 'tuần đầu tháng 5/2025', due: '2025-05-07', kind: 'period' },
  { input: 'Trong tuần đầu tiên tháng 3', due: '2024-03-07', kind: 'period' },
  { input: 'Tuần thứ hai của tháng 6 năm 2024', due: '2024-06-14', kind: 'period' },
  { input: 'tuần thứ 3 tháng 9/2024', due: '2024-09-21', kind: 'period' },
  { input: 'Tuần thứ tư tháng 10 năm 2024', due: '2024-10-28', kind: 'period' },
  { input: 'Tuần cuối tháng 2 năm 2024', due: '2024-02-29', kind: 'period' },
  { input: 'Tuần cuối cùng của tháng 12/2024', due: '2024-12-31', kind: 'period' },
  // OCR without diacritics.
  { input: 'Tuan dau tien cua thang 5 nam 2025', due: '2025-05-07', kind: 'period' },
];

/** Not weeks of a month: the month (or nothing) decides. */
const NOT_WEEKS: DeadlineCase[] = [
  { input: 'Tháng 5 năm 2025', due: '2025-05-31', kind: 'period' },
  { input: 'Tổ chức Tuần lễ văn hóa trong tháng 5/2025', due: '2025-05-31', kind: 'period' },
  { input: 'Ngày 3 tháng 9 năm 2024', due: '2024-09-03', kind: 'date' },
];

describe('parseDeadline: weeks of a month', () => runCases(WEEKS));
describe('parseDeadline: not weeks of a month', () => runCases(NOT_WEEKS));
