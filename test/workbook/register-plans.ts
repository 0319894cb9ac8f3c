/**
 * The documents an office brings into one register through the year, built as Plans directly
 * (the prose readers are tested elsewhere): a conclusion notice, a directive letter, a revision of
 * the notice (one task removed, one added, one reworded). Numbers, dates and issuers are made up.
 */
import type { DocumentKind, Plan, Task } from '../../src/core/model';
import { makePlan, makeTask } from '../support/generate-plan';

export interface DocSpec {
  kind: DocumentKind;
  number?: string;
  date: string;
  issuer: string;
  subject: string;
  file: string;
}

export function documentPlan(spec: DocSpec, tasks: Task[]): Plan {
  const source: Plan['source'] = { file: spec.file, format: 'text', kind: spec.kind, date: spec.date, issuer: spec.issuer, subject: spec.subject };
  if (spec.number) source.number = spec.number;
  return makePlan(tasks, [], [], { source, title: spec.subject, date: spec.date, year: Number(spec.date.slice(0, 4)) });
}

/** A task of a notice or letter: numbered items, no sections, one lead unit. */
export function item(n: number, text: string, lead: string, due: string | null): Task {
  return makeTask(String(n), '', text, due, { lead: [lead], products: [], coordinators: [] });
}

export const NOTICE: DocSpec = {
  kind: 'notice',
  number: '57/TB-UBND',
  date: '2024-04-03',
  issuer: 'Ủy ban nhân dân Quận 3',
  subject: 'Kết luận của Chủ tịch UBND quận tại cuộc họp giao ban tháng 3 năm 2024',
  file: 'thong-bao-57.pdf',
};

export const NOTICE_TASKS: Task[] = [
  item(1, 'Phòng Tài nguyên và Môi trường rà soát các điểm tập kết rác tự phát, báo cáo đề xuất xử lý', 'Phòng Tài nguyên và Môi trường', '2024-04-30'),
  item(2, 'Phòng Quản lý đô thị kiểm tra tình trạng lấn chiếm vỉa hè trên các tuyến đường chính', 'Phòng Quản lý đô thị', '2024-05-15'),
  item(3, 'Văn phòng HĐND và UBND tổng hợp kiến nghị của cử tri gửi các phòng chuyên môn', 'Văn phòng HĐND và UBND', '2024-04-20'),
  item(4, 'Phòng Giáo dục và Đào tạo chuẩn bị kỳ thi tuyển sinh lớp 10 năm học 2024-2025', 'Phòng Giáo dục và Đào tạo', '2024-06-01'),
  item(5, 'UBND các phường tuyên truyền phòng chống sốt xuất huyết trong mùa mưa', 'UBND các phường', null),
];

export const LETTER: DocSpec = {
  kind: 'letter',
  number: '1203/UBND-VP',
  date: '2024-05-10',
  issuer: 'Ủy ban nhân dân Quận 3',
  subject: 'V/v triển khai thực hiện chuyển đổi số năm 2024',
  file: 'cong-van-1203.docx',
};

export const LETTER_TASKS: Task[] = [
  item(1, 'Các phòng chuyên môn cập nhật dữ liệu hồ sơ công việc lên hệ thống quản lý văn bản', 'Văn phòng HĐND và UBND', '2024-06-30'),
  item(2, 'Phòng Văn hóa - Khoa học và Thông tin hướng dẫn các phường triển khai chữ ký số', 'Phòng Văn hóa - Khoa học và Thông tin', '2024-05-31'),
  item(3, 'Phòng Nội vụ tổ chức tập huấn kỹ năng số cho cán bộ, công chức', 'Phòng Nội vụ', '2024-07-15'),
];

/** The notice revised: task 3 removed, task 2 reworded, a new task added at the end (renumbered 1..5). */
export function noticeRevision(): { plan: Plan; removed: string; reworded: { from: string; to: string }; added: string } {
  const [t1, t2, , t4, t5] = NOTICE_TASKS as [Task, Task, Task, Task, Task];
  const reworded = { ...t2, task: 'Phòng Quản lý đô thị kiểm tra và xử lý tình trạng lấn chiếm vỉa hè, lòng đường trên các tuyến đường chính' };
  const added = item(5, 'Công an quận phối hợp các phường bảo đảm trật tự an toàn giao thông khu vực trường học', 'Công an quận', '2024-09-05');
  const tasks = [t1, reworded, { ...t4, id: '3', stt: '3' }, { ...t5, id: '4', stt: '4' }, added];
  return { plan: documentPlan(NOTICE, tasks), removed: '3', reworded: { from: '2', to: '2' }, added: '5' };
}
