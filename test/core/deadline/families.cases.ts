import type { DeadlineCase } from './case';

/** The brief's phrases per family, the mixed phrases of the sample, and OCR/typing variants. */
export const FAMILY_CASES: DeadlineCase[] = [
  // quarters
  { input: 'Theo từng Quý (Quý I, II, III) và tổng kết năm', due: '2024-12-31', kind: 'recurring', recurrence: 'quarter' },
  { input: 'Trong quý I năm 2024', due: '2024-03-31', kind: 'period' },
  { input: 'Trong Quý I\nnăm 2024', due: '2024-03-31', kind: 'period', milestones: [] },
  { input: 'Trong Quý I; năm 2024', due: '2024-03-31', kind: 'period', milestones: [] },
  { input: 'Q4/2024', due: '2024-12-31', kind: 'period' },
  { input: 'Quý Il năm 2024', due: '2024-06-30', kind: 'period' },
  // months, half-years, years
  { input: 'Tháng 10-12/2024', due: '2024-12-31', kind: 'period' },
  { input: 'Đầu tháng 6/2024', due: '2024-06-10', kind: 'period' },
  { input: 'Giữa tháng 6/2024', due: '2024-06-20', kind: 'period' },
  { input: 'Nửa cuối năm 2025', due: '2025-12-31', kind: 'period' },
  { input: 'Giữa năm 2025', due: '2025-06-30', kind: 'period' },
  { input: 'Đầu năm 2025', due: '2025-03-31', kind: 'period' },
  { input: 'Trước quý III năm 2024', due: '2024-06-30', kind: 'period' },
  { input: 'Trước tháng 6/2024', due: '2024-05-31', kind: 'period' },
  // the sample's mixed phrases
  { input: 'Năm 2023 triển khai thực hiện, năm 2024 thực hiện thường xuyên.', due: '2024-12-31', kind: 'period' },
  { input: 'Khi phát sinh; Định kỳ hàng quý', due: '2024-12-31', kind: 'recurring', recurrence: 'quarter', milestones: [null, '2024-12-31'] },
  { input: 'Khi phát sinh\nĐịnh kỳ hàng quý', due: '2024-12-31', kind: 'recurring', milestones: [null, '2024-12-31'] },
  { input: 'Trong năm 2024 và các năm tiếp theo', due: '2024-12-31', kind: 'period' },
  { input: 'Triển khai thực hiện năm 2023, năm 2024 tiếp tục thực hiện', due: '2024-12-31', kind: 'period' },
  {
    input: 'Quý I năm 2024: Ban hành Kế hoạch; Kiểm tra thường xuyên trong năm 2024.; Báo cáo trong tháng 11 năm 2024',
    due: '2024-12-31', kind: 'period', milestones: ['2024-03-31', '2024-12-31', '2024-11-30'],
  },
  {
    input: '- Quý I: trình kê hoạch - Quý II và quý III năm 2024 tiến hành kiểm tra và báo cáo kết quả - Hoàn thành tháng 10 năm 2024',
    due: '2024-10-31', kind: 'period', milestones: ['2024-03-31', '2024-09-30', '2024-10-31'],
  },
  {
    input: 'Quý I năm 2024:\nban hành Kế hoạch.\nQuý II, III năm 2024: tổ chức thực hiện',
    due: '2024-09-30', kind: 'period', milestones: ['2024-03-31', '2024-09-30'],
  },
  {
    input: 'Quý I năm 2024:; ban hành Kế hoạch.; Quý II, III năm 2024: tổ chức thực hiện',
    due: '2024-09-30', kind: 'period', milestones: ['2024-03-31', '2024-09-30'],
  },
  { input: 'Sau khi Thành phố công bố Chỉ số CCHC năm 2023', due: null, kind: 'event' },
  { input: 'Trong vòng 30 ngày kể từ ngày ký', due: null, kind: 'event' },
  { input: 'Khi có yêu cầu, chậm nhất ngày 30/6/2024', due: '2024-06-30', kind: 'date' },
  { input: 'Báo cáo hằng năm trước ngày 15/12/2024', due: '2024-12-15', kind: 'recurring', recurrence: 'year' },
  { input: 'Quý I năm 2024: ban hành Kế hoạch; báo cáo hằng quý', due: '2024-12-31', kind: 'recurring', milestones: ['2024-03-31', '2024-12-31'] },
  { input: 'Tháng 10/2024 - Tháng 12/2024', due: '2024-12-31', kind: 'period', milestones: [] },
  { input: 'Quý I/2025 - Quý II/2025', due: '2025-06-30', kind: 'period', milestones: [] },
  // OCR and typing variants
  { input: 'Quy 2 nam 2025', due: '2025-06-30', kind: 'period' },
  { input: 'thang 9 nam 2023', due: '2023-09-30', kind: 'period' },
  { input: 'trong Quy 1 nim 2025', due: '2025-03-31', kind: 'period' },
  { input: 'Thoi gian hoan thanh trong Quy 2 ndm 2025.', due: '2025-06-30', kind: 'period' },
  { input: 'ngdy 15 thang 01 niam 2025', due: '2025-01-15', kind: 'date' },
  { input: 'Quý 2 năm 2O25', due: '2025-06-30', kind: 'period' },
  { input: '31 / 12 / 2025', due: '2025-12-31', kind: 'date' },
  { input: 'Trước\u00a0ngày\u00a015/10/2024', due: '2024-10-15', kind: 'date' },
  { input: 'Quí III/2025', due: '2025-09-30', kind: 'period' },
  { input: 'HẰNG THÁNG', due: '2024-12-31', kind: 'recurring', recurrence: 'month' },
  // dates that cannot be, two-digit years, years from the phrase not the plan
  { input: '31/02/2025', due: null, kind: 'date', warnings: ['deadline-invalid-date'] },
  { input: 'tháng 13/2024', due: null, kind: 'period', warnings: ['deadline-invalid-date'] },
  { input: '15/10/24', due: '2024-10-15', kind: 'date', warnings: ['deadline-two-digit-year'] },
  { input: 'Quý I', ctx: { year: null }, due: null, kind: 'period', yearImplied: false },
  { input: 'Quý I: trình kế hoạch; Quý II năm 2025', ctx: { year: null }, due: '2025-06-30', kind: 'period', yearImplied: false },
  { input: 'Trước ngày 15/10', due: '2024-10-15', kind: 'date', yearImplied: true },
];

/** Numbers that are not deadlines: document numbers and their dates, counts, standards, noise. */
export const MUST_NOT_MATCH: DeadlineCase[] = [
  { input: 'Theo Quyết định số 2709/QĐ-UBND ngày 10 tháng 8 năm 2022', due: null, kind: 'event' },
  { input: 'Thực hiện theo Nghị quyết số 98/2023/QH15', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'Kế hoạch số 175/KH-UBND ngày 28/5/2021', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'TCVN ISO 9001:2015', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: '10 phường', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'Trong 6 tháng', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'Trong nhóm 05 đơn vị dẫn đầu', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'Quén 1', due: null, kind: 'none', warnings: ['deadline-unrecognised'] },
  { input: 'Quý 5 năm 2024', due: '2024-12-31', kind: 'period' },
  { input: '   ', due: null, kind: 'none' },
  { input: '-', due: null, kind: 'none' },
];
