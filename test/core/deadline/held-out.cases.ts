import type { DeadlineCase } from './case';

/**
 * Held-out phrases: written before the parser, never tuned against one by one. Same families as
 * the contract's table, other wordings. Plan year 2024 unless the row says otherwise.
 */
export const HELD_OUT: DeadlineCase[] = [
  // years
  { input: 'Hoàn thành trong năm 2025', due: '2025-12-31', kind: 'period', yearImplied: false },
  { input: 'Cả năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Đến cuối năm 2025', due: '2025-12-31', kind: 'period' },
  { input: 'Trong suốt năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Trong năm', due: '2024-12-31', kind: 'period', yearImplied: true },
  { input: 'Giai đoạn 2024 - 2025', due: '2025-12-31', kind: 'period' },
  { input: 'Nam 2026', due: '2026-12-31', kind: 'period' },
  { input: '2024', due: '2024-12-31', kind: 'period' },
  // quarters
  { input: 'Quý IV năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Trong quý 3/2025', due: '2025-09-30', kind: 'period' },
  { input: 'quý 1 năm 2025', due: '2025-03-31', kind: 'period' },
  { input: 'Quý III, IV năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Quý I và quý II năm 2025', due: '2025-06-30', kind: 'period' },
  { input: 'Cuối quý II', due: '2024-06-30', kind: 'period', yearImplied: true },
  { input: 'QUÝ II/2024', due: '2024-06-30', kind: 'period', yearImplied: false },
  { input: 'quy IV nam 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Quý 4-2024', due: '2024-12-31', kind: 'period' },
  { input: 'Trong Quý\u00a02 năm\u00a02024', due: '2024-06-30', kind: 'period' },
  // months
  { input: 'Tháng 12/2024', due: '2024-12-31', kind: 'period' },
  { input: 'tháng 2 năm 2024', due: '2024-02-29', kind: 'period' },
  { input: 'tháng 2/2025', due: '2025-02-28', kind: 'period' },
  { input: 'Cuối tháng 11/2024', due: '2024-11-30', kind: 'period' },
  { input: 'trong thang 7 nam 2025', due: '2025-07-31', kind: 'period' },
  { input: 'Tháng 3 - 2025', due: '2025-03-31', kind: 'period' },
  { input: 'Tháng 6', due: '2024-06-30', kind: 'period', yearImplied: true },
  { input: 'Từ tháng 3 đến tháng 6 năm 2024', due: '2024-06-30', kind: 'period' },
  { input: 'Tháng 06/2024', due: '2024-06-30', kind: 'period' },
  // half-years
  { input: '6 tháng đầu năm 2025', due: '2025-06-30', kind: 'period' },
  { input: '06 tháng cuối năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Sáu tháng đầu năm', due: '2024-06-30', kind: 'period', yearImplied: true },
  { input: '6 thang cuoi nam 2025', due: '2025-12-31', kind: 'period' },
  { input: '9 tháng đầu năm 2024', due: '2024-09-30', kind: 'period' },
  // exact dates
  { input: 'Trước 30/6/2024', due: '2024-06-30', kind: 'date' },
  { input: 'Chậm nhất là ngày 20/12/2024', due: '2024-12-20', kind: 'date' },
  { input: 'Hạn chót: 05.11.2024', due: '2024-11-05', kind: 'date' },
  { input: 'ngay 1 thang 7 nam 2025', due: '2025-07-01', kind: 'date' },
  { input: 'Đến hết ngày 31 tháng 12 năm 2025', due: '2025-12-31', kind: 'date' },
  { input: 'trước ngày 01/7/2024', ctx: { beforeDay: 'exclusive' }, due: '2024-06-30', kind: 'date' },
  { input: 'Trước ngày 1/1/2025', ctx: { beforeDay: 'exclusive' }, due: '2024-12-31', kind: 'date' },
  { input: '29/02/2023', due: null, kind: 'date', warnings: ['deadline-invalid-date'] },
  { input: '30/6/24', due: '2024-06-30', kind: 'date', warnings: ['deadline-two-digit-year'] },
  { input: '2024-09-15', due: '2024-09-15', kind: 'date' },
  // recurring
  { input: 'Hàng tháng', due: '2024-12-31', kind: 'recurring', recurrence: 'month' },
  { input: 'Định kỳ hằng năm', due: '2024-12-31', kind: 'recurring', recurrence: 'year' },
  { input: 'Báo cáo định kỳ 6 tháng', due: '2024-12-31', kind: 'recurring', recurrence: 'half-year' },
  { input: 'hang quy', ctx: { year: null }, due: null, kind: 'recurring', recurrence: 'quarter' },
  { input: 'Mỗi quý một lần', due: '2024-12-31', kind: 'recurring', recurrence: 'quarter' },
  { input: 'Hằng tuần', due: '2024-12-31', kind: 'recurring', recurrence: 'week' },
  // event-bound
  { input: 'Khi có chỉ đạo của UBND Thành phố', due: null, kind: 'event' },
  { input: 'Theo yêu cầu của Sở Nội vụ', due: null, kind: 'event' },
  { input: 'Sau khi có hướng dẫn của Bộ Tài chính', due: null, kind: 'event' },
  { input: 'thuong xuyen', due: null, kind: 'event' },
  { input: 'Theo kế hoạch của Thành phố', due: null, kind: 'event' },
  { input: 'Liên tục', due: null, kind: 'event' },
  { input: 'Theo Quyết định số 1234/QĐ-UBND ngày 12/3/2024', due: null, kind: 'event' },
  { input: 'Khi có phát sinh, chậm nhất 05 ngày làm việc', due: null, kind: 'event' },
  // several parts
  {
    input: 'Quý II: xây dựng dự thảo; Quý IV năm 2024: ban hành',
    due: '2024-12-31', kind: 'period', milestones: ['2024-06-30', '2024-12-31'],
  },
  {
    input: '- Tháng 3/2024: Kế hoạch\n- Tháng 12/2024: Báo cáo',
    due: '2024-12-31', kind: 'period', milestones: ['2024-03-31', '2024-12-31'],
  },
  {
    input: 'Năm 2024: rà soát. Năm 2025: hoàn thành',
    due: '2025-12-31', kind: 'period', milestones: ['2024-12-31', '2025-12-31'],
  },
  {
    input: 'Thường xuyên; báo cáo trước ngày 15/12/2024',
    due: '2024-12-15', kind: 'date', milestones: [null, '2024-12-15'],
  },
  // nothing understood, and the plan's own date
  { input: 'Quén 1', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'Chưa xác định', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: '', due: null, kind: 'none' },
  {
    input: 'Trong năm 2023', ctx: { planDate: '2024-01-04' },
    due: '2023-12-31', kind: 'period', warnings: ['deadline-before-plan'],
  },
];
