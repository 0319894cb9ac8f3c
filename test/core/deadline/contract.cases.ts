import type { DeadlineCase } from './case';

/** Every row of the contract's "Deadline conventions" table, plan year 2024 unless stated. */
export const CONTRACT_ROWS: DeadlineCase[] = [
  // (Trong) năm Y; Năm Y; Đến hết năm Y; Từ nay đến cuối năm Y
  { input: 'Trong năm 2024', due: '2024-12-31', kind: 'period', yearImplied: false },
  { input: 'Năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Đến hết năm 2024', due: '2024-12-31', kind: 'period' },
  { input: 'Từ nay đến cuối năm 2024', due: '2024-12-31', kind: 'period' },
  // (Trong) Quý I..IV (năm Y); Quý 1..4/Y; Quý I/Y
  { input: 'Quý I', due: '2024-03-31', kind: 'period', yearImplied: true },
  { input: 'Trong Quý II năm 2024', due: '2024-06-30', kind: 'period', yearImplied: false },
  { input: 'quý 2', due: '2024-06-30', kind: 'period' },
  { input: 'Quý 3/2025', due: '2025-09-30', kind: 'period' },
  { input: 'Quý III/2025', due: '2025-09-30', kind: 'period' },
  { input: 'Quý IV', due: '2024-12-31', kind: 'period' },
  // Quý II và quý III; Quý I, II
  { input: 'Quý II và quý III', due: '2024-09-30', kind: 'period' },
  { input: 'Quý I, II', due: '2024-06-30', kind: 'period' },
  // (Trong / Hoàn thành trong) tháng M (năm) Y; Tháng M/Y; cuối tháng M
  { input: 'tháng 10 năm 2024', due: '2024-10-31', kind: 'period' },
  { input: 'Trong tháng 10 2024', due: '2024-10-31', kind: 'period' },
  { input: 'Hoàn thành trong tháng 10 năm 2024', due: '2024-10-31', kind: 'period' },
  { input: 'Tháng 4/2025', due: '2025-04-30', kind: 'period' },
  { input: 'cuối tháng 6', due: '2024-06-30', kind: 'period', yearImplied: true },
  // 6 tháng đầu năm / 6 tháng cuối năm
  { input: '6 tháng đầu năm', due: '2024-06-30', kind: 'period' },
  { input: '6 tháng cuối năm', due: '2024-12-31', kind: 'period' },
  // dd/mm/yyyy; ngày d tháng m năm y; chậm nhất / đến hết ngày ...
  { input: '31/12/2025', due: '2025-12-31', kind: 'date' },
  { input: '31-12-2025', due: '2025-12-31', kind: 'date' },
  { input: '31.12.2025', due: '2025-12-31', kind: 'date' },
  { input: '1/7/2025', due: '2025-07-01', kind: 'date' },
  { input: 'ngày 15 tháng 11 năm 2024', due: '2024-11-15', kind: 'date' },
  { input: 'Chậm nhất ngày 15/11/2024', due: '2024-11-15', kind: 'date' },
  { input: 'Đến hết ngày 30/6/2025', due: '2025-06-30', kind: 'date' },
  // Trước ngày d/m/y: by that day; the setting switches to the day before
  { input: 'Trước ngày 15/10/2024', due: '2024-10-15', kind: 'date' },
  { input: 'Trước ngày 15/10/2024', ctx: { beforeDay: 'inclusive' }, due: '2024-10-15', kind: 'date' },
  { input: 'Trước ngày 15/10/2024', ctx: { beforeDay: 'exclusive' }, due: '2024-10-14', kind: 'date' },
  // Several parts: milestones; due = the latest
  {
    input: 'Quý I: trình kế hoạch; Quý II và quý III năm 2024 tiến hành kiểm tra và báo cáo kết quả; Hoàn thành tháng 10 năm 2024',
    due: '2024-10-31', kind: 'period', milestones: ['2024-03-31', '2024-09-30', '2024-10-31'],
  },
  // Thường xuyên; Khi (có) phát sinh; Khi có yêu cầu / văn bản chỉ đạo; Theo hướng dẫn ...; Sau khi ...
  { input: 'Thường xuyên', due: null, kind: 'event', yearImplied: false },
  { input: 'Khi có phát sinh', due: null, kind: 'event' },
  { input: 'Khi phát sinh', due: null, kind: 'event' },
  { input: 'Khi có yêu cầu', due: null, kind: 'event' },
  { input: 'Khi có văn bản chỉ đạo của Trung ương và Thành phố', due: null, kind: 'event' },
  { input: 'Theo hướng dẫn của Bộ Nội vụ, Sở Nội vụ', due: null, kind: 'event' },
  { input: 'Sau khi công bố Chỉ số CCHC', due: null, kind: 'event' },
  // Hằng tháng / hàng quý / định kỳ ...: recurring; due null, or Y-12-31 (the year's last occurrence)
  { input: 'Hằng tháng', due: '2024-12-31', kind: 'recurring', recurrence: 'month', yearImplied: true },
  { input: 'hàng quý', due: '2024-12-31', kind: 'recurring', recurrence: 'quarter' },
  { input: 'Định kỳ hàng quý', due: '2024-12-31', kind: 'recurring', recurrence: 'quarter' },
  { input: 'hằng năm', due: '2024-12-31', kind: 'recurring', recurrence: 'year' },
  { input: 'Hằng tháng', ctx: { year: null }, due: null, kind: 'recurring', recurrence: 'month', yearImplied: false },
];
