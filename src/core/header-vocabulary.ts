/**
 * The one vocabulary of column headers: how plans and departments title the columns of their
 * tables. Both the import (src/core/import/columns.ts, a plan's appendix) and the workbook
 * (src/workbook/header-match.ts, a department's template) read headers with it; a test checks
 * that every template wording of a plan column is read as the same column by the import.
 *
 * Template side: written as departments print them; matching folds case and diacritics
 * (core/text `key`), so "THỜI HẠN", "Thoi han" and "Thời hạn" meet. A header matches a synonym
 * when it equals it or starts with it followed by a space or punctuation; the longest matching
 * synonym wins ("Tiến độ thực hiện" is progress, "Tiến độ" alone is the deadline, or progress
 * when the table has another deadline column: HEADER_SECOND_ROLE).
 */

export type TaskRole =
  | 'stt'
  | 'task'
  | 'products'
  | 'lead'
  | 'coordinators'
  | 'deadline'
  | 'notes'
  | 'due'
  | 'progress'
  | 'completed'
  | 'timeliness'
  | 'result'
  | 'units'
  | 'id'
  /** The document that assigned the task ("Văn bản giao"): a register holds many. */
  | 'document';

export type TargetRole =
  | 'stt'
  | 'id'
  | 'text'
  | 'comparator'
  | 'threshold'
  | 'unit'
  | 'scope'
  | 'figure'
  | 'verdict'
  | 'notes'
  | 'document';

export const TASK_HEADER_SYNONYMS: Record<TaskRole, string[]> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'Thứ tự'],
  task: [
    'Nhiệm vụ',
    'Nhiệm vụ cụ thể',
    'Nội dung',
    'Nội dung công việc',
    'Nội dung nhiệm vụ',
    'Công việc',
    'Tên nhiệm vụ',
    'Nhiệm vụ, giải pháp',
  ],
  products: ['Sản phẩm', 'Kết quả, sản phẩm', 'Kết quả/sản phẩm', 'Sản phẩm đầu ra', 'Hình thức sản phẩm'],
  lead: [
    'Cơ quan chủ trì',
    'Đơn vị chủ trì',
    'Cơ quan, đơn vị chủ trì',
    'Chủ trì',
    'Chủ trì thực hiện',
    'Đơn vị thực hiện',
    'Cơ quan thực hiện',
    'Đơn vị chủ trì thực hiện',
    'Cơ quan chủ trì thực hiện',
    'Đơn vị được giao',
  ],
  coordinators: [
    'Cơ quan phối hợp',
    'Đơn vị phối hợp',
    'Cơ quan, đơn vị phối hợp',
    'Phối hợp',
    'Phối hợp thực hiện',
    'Đơn vị phối hợp thực hiện',
  ],
  deadline: [
    'Thời gian',
    'Thời gian hoàn thành',
    'Thời gian thực hiện',
    'Thời hạn',
    'Thời hạn hoàn thành',
    'Tiến độ',
    'Tiến độ hoàn thành',
    'Thời gian dự kiến',
  ],
  notes: ['Ghi chú'],
  due: ['Hạn chót', 'Hạn hoàn thành', 'Ngày đến hạn', 'Hạn xử lý', 'Hạn'],
  progress: ['Tình trạng', 'Tiến độ thực hiện', 'Tình hình thực hiện', 'Trạng thái', 'Tình trạng thực hiện'],
  completed: ['Ngày hoàn thành', 'Ngày hoàn thành thực tế', 'Hoàn thành ngày'],
  timeliness: ['Đánh giá tiến độ', 'Đúng hạn/quá hạn', 'Tình trạng thời hạn', 'Đánh giá thời hạn'],
  result: ['Kết quả thực hiện', 'Kết quả thực hiện/Ghi chú', 'Kết quả', 'Kết quả đạt được'],
  units: ['Đơn vị chủ trì (chuẩn hóa)'],
  id: ['Mã nhiệm vụ', 'Mã NV'],
  document: ['Văn bản giao', 'Văn bản giao nhiệm vụ', 'Số, ngày văn bản', 'Số ký hiệu văn bản', 'Văn bản chỉ đạo', 'Nguồn giao'],
};

/**
 * A wording that names one role, or a second one when a stronger header of the same table
 * already names the first: in a table with "Thời hạn" and "Tiến độ", "Tiến độ" is the progress.
 */
export const HEADER_SECOND_ROLE: Record<string, TaskRole> = {
  'Tiến độ': 'progress',
};

export const TARGET_HEADER_SYNONYMS: Record<TargetRole, string[]> = {
  stt: ['STT', 'TT', 'Số TT'],
  id: ['Mã chỉ tiêu', 'Mã', 'Mã CT'],
  text: ['Chỉ tiêu', 'Nội dung chỉ tiêu', 'Tên chỉ tiêu', 'Chỉ tiêu chủ yếu'],
  comparator: ['Điều kiện', 'So sánh', 'Phép so sánh', 'Toán tử'],
  threshold: ['Ngưỡng', 'Mức chỉ tiêu', 'Giá trị chỉ tiêu', 'Chỉ tiêu giao', 'Kế hoạch', 'Mục tiêu', 'Ngưỡng chỉ tiêu'],
  unit: ['Đơn vị tính', 'ĐVT', 'Đơn vị đo'],
  scope: ['Phạm vi', 'Đối tượng', 'Phạm vi áp dụng'],
  figure: ['Kết quả thực hiện', 'Kết quả', 'Thực hiện', 'Số liệu thực hiện', 'Kết quả đạt được', 'Số liệu'],
  verdict: ['Đánh giá', 'Kết luận', 'Đạt/Không đạt', 'Đánh giá kết quả'],
  notes: ['Ghi chú'],
  document: ['Văn bản giao', 'Văn bản giao nhiệm vụ', 'Số, ngày văn bản', 'Số ký hiệu văn bản', 'Văn bản chỉ đạo', 'Nguồn giao'],
};

/** Headers the layout writes for columns it adds or for the built-in template. */
export const TASK_HEADERS: Record<TaskRole, string> = {
  stt: 'STT',
  task: 'Nhiệm vụ cụ thể',
  products: 'Sản phẩm',
  lead: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  deadline: 'Thời gian hoàn thành',
  notes: 'Ghi chú',
  due: 'Hạn chót',
  progress: 'Tình trạng',
  completed: 'Ngày hoàn thành',
  timeliness: 'Đánh giá tiến độ',
  result: 'Kết quả thực hiện/Ghi chú',
  units: 'Đơn vị chủ trì (chuẩn hóa)',
  id: 'Mã nhiệm vụ (Plan Tracker)',
  document: 'Văn bản giao',
};

export const TARGET_HEADERS: Record<TargetRole, string> = {
  stt: 'STT',
  id: 'Mã chỉ tiêu',
  text: 'Chỉ tiêu',
  comparator: 'Điều kiện',
  threshold: 'Ngưỡng',
  unit: 'Đơn vị tính',
  scope: 'Phạm vi',
  figure: 'Kết quả thực hiện',
  verdict: 'Đánh giá',
  notes: 'Ghi chú',
  document: 'Văn bản giao',
};

/** What a column of a plan's appendix holds (the import's roles: the plan's columns). */
export type ColumnRole = 'stt' | 'task' | 'products' | 'lead' | 'coordinators' | 'deadline' | 'notes';

/**
 * Import side: header wordings per role, folded (no accents, lower case), matched anywhere in
 * the header. Order matters: the first role whose pattern matches wins, so "phối hợp" is tested
 * before "chủ trì" and both before "cơ quan". Vocabulary is data so new wordings are one line each.
 */
export const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu|s\.?t\.?t\.?)$/],
  ['coordinators', /phoi hop/],
  ['lead', /chu tri|thuc hien chinh|don vi thuc hien|co quan thuc hien|trach nhiem|phu trach|don vi duoc giao/],
  ['deadline', /thoi gian|thoi han|tien do|han hoan thanh|han chot|thoi diem/],
  ['notes', /^ghi chu/],
  ['products', /san pham|ket qua/],
  ['task', /nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten (de an|nhiem vu)/],
];
