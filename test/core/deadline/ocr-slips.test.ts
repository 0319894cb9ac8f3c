/**
 * Deadline phrases as an OCR engine without a Vietnamese model writes them (issue 10): the
 * readers must give the same date as for the clean phrase.
 */
import { parseDeadline } from '../../../src/core/deadline';

describe('deadline phrases with OCR slips', () => {
  it.each([
    ['trong tháng 9 năm 2023', 'trong thdng 9 nam 2023', '2023-09-30'],
    ['trong tháng 9 năm 2023', 'trong thdang 9 nim 2023', '2023-09-30'],
    ['trong tháng 9 năm 2023', 'trong thang 9 ndm 2023', '2023-09-30'],
    ['trong quý III năm 2023', 'trong quy IIl nam 2023', '2023-09-30'],
    ['trong quý III năm 2023', 'trong Quy III nam 2023', '2023-09-30'],
    ['trước ngày 15 tháng 11 năm 2024', 'truoc ngay 15 thang 11 nam 2O24', '2024-11-15'],
    ['trong quý II năm 2025', 'trong quy II nam 2O2S', '2025-06-30'],
    ['trong năm 2021', 'trong nam 2o2l', '2021-12-31'],
    ['trong quý III năm 2025', 'trong quy HI nam 2025', '2025-09-30'],
    ['trong quý III năm 2025', 'trong quy IH nam 2025', '2025-09-30'],
    ['trước ngày 24/8/2025', "tru'6c ngay 24/8/2025", '2025-08-24'],
    ['trong năm 2025', 'trong ném 2025', '2025-12-31'],
  ])('%s / %s', (clean, damaged, due) => {
    expect(parseDeadline(clean, { year: 2020 }).deadline.due).toBe(due);
    expect(parseDeadline(damaged, { year: 2020 }).deadline.due).toBe(due);
  });

  it.each([
    ['a count, not a year', 'trong 2 thang', null],
    ['a number like a year, with a letter in front', 'so 2O24/QD-UBND', null],
    ['"hi" inside a word is no quarter', 'quy hiem', null],
  ])('%s: %s', (_what, text, due) => {
    expect(parseDeadline(text, { year: null }).deadline.due).toBe(due);
  });
});
