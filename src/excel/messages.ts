/**
 * Every sentence the Office.js edge says to a person, in Vietnamese and English, by stable code.
 * Tests and the task pane match codes, never wording. (A central src/i18n catalog is being
 * built; these entries are meant to move there unchanged.)
 */
import type { Warning } from '../core/model';

export type Lang = 'vi' | 'en';

export const EXCEL_MESSAGES = {
  // Features an older Excel lacks (requirement sets, checked at run time).
  'excel-no-conditional-formats': {
    vi: 'Excel này chưa hỗ trợ định dạng có điều kiện (cần ExcelApi 1.6): ô quá hạn, sắp đến hạn và chỉ tiêu không đạt sẽ không tự tô màu. Cột "Đánh giá tiến độ" và "Đánh giá" vẫn tính đúng.',
    en: 'This Excel lacks conditional formatting (ExcelApi 1.6): overdue, soon-due and missed targets will not be coloured. The timeliness and verdict columns still compute.',
  },
  'excel-no-data-validation': {
    vi: 'Excel này chưa hỗ trợ kiểm tra dữ liệu nhập (cần ExcelApi 1.8): danh sách chọn tình trạng và kiểm tra số liệu không được thêm.',
    en: 'This Excel lacks data validation (ExcelApi 1.8): the progress drop-down and the figure checks were not added.',
  },
  'excel-no-page-layout': {
    vi: 'Excel này chưa hỗ trợ thiết lập trang in (cần ExcelApi 1.9, Office 2019 trở về trước không có): hãy đặt khổ A4 ngang, lề 20/20/30/15 mm và số trang bằng tay trong Bố trí Trang.',
    en: 'This Excel cannot set up printing (ExcelApi 1.9; Office 2019 and earlier lack it): set A4 landscape, margins 20/20/30/15 mm and page numbers by hand in Page Layout.',
  },
  'excel-no-autofilter': {
    vi: 'Excel này chưa hỗ trợ bật bộ lọc bằng tiện ích (cần ExcelApi 1.9): bấm Dữ liệu > Lọc trên dòng tiêu đề nếu cần.',
    en: 'This Excel cannot turn on filters from an add-in (ExcelApi 1.9): use Data > Filter on the header row if needed.',
  },
  'excel-no-copy-formats': {
    vi: 'Excel này chưa hỗ trợ chép định dạng (cần ExcelApi 1.9): các cột mới thêm vào mẫu chưa mang định dạng của tiêu đề mẫu.',
    en: 'This Excel cannot copy formats (ExcelApi 1.9): the columns added to the template do not carry its header format.',
  },
  'excel-no-freeze-panes': {
    vi: 'Excel này chưa hỗ trợ cố định dòng tiêu đề (cần ExcelApi 1.7).',
    en: 'This Excel cannot freeze the header rows (ExcelApi 1.7).',
  },
  'excel-backup-unsupported': {
    vi: 'Excel này không tạo được bản sao sheet (cần ExcelApi 1.7): sheet "{sheet}" được ghi mà không có bản sao lưu, và thao tác của tiện ích không hoàn tác (Ctrl+Z) được.',
    en: 'This Excel cannot copy sheets (ExcelApi 1.7): "{sheet}" was written without a backup copy, and add-in changes cannot be undone (Ctrl+Z).',
  },
  'excel-snapshot-merges-unread': {
    vi: 'Không đọc được các ô gộp của sổ (Excel báo: {detail}); việc ghi vẫn tiếp tục.',
    en: 'The merged cells of the workbook could not be read (Excel said: {detail}); writing goes on.',
  },
  'excel-settings-local': {
    vi: 'Thiết lập được lưu trong trình duyệt của máy này, không lưu trong sổ Excel.',
    en: 'Settings are kept in this computer\'s browser storage, not in the workbook.',
  },
  'settings-units-invalid': {
    vi: 'Danh bạ đơn vị trong thiết lập không hợp lệ ({detail}): dùng danh bạ có sẵn.',
    en: 'The units directory in the settings is invalid ({detail}): the built-in one was used.',
  },

  // Failures (Result.error.code).
  'excel-backup-needs-consent': {
    vi: 'Excel này không tạo được bản sao lưu sheet "{sheet}" trước khi ghi (cần ExcelApi 1.7), và thao tác của tiện ích không hoàn tác được. Chỉ ghi khi bạn đồng ý ghi không có bản sao.',
    en: 'This Excel cannot keep a backup copy of "{sheet}" before writing (ExcelApi 1.7), and add-in changes cannot be undone. Write only if you agree to go on without a copy.',
  },
  'excel-unavailable': {
    vi: 'Không kết nối được với Excel: tiện ích này chạy bên trong Excel (Trang đầu > Bổ trợ).',
    en: 'Excel is not available: this add-in runs inside Excel (Home > Add-ins).',
  },
  'excel-write-failed': {
    vi: 'Excel từ chối thao tác ghi ({phase}): {detail}',
    en: 'Excel refused the write ({phase}): {detail}',
  },
  'excel-read-failed': {
    vi: 'Không đọc được sổ Excel: {detail}',
    en: 'The workbook could not be read: {detail}',
  },
  'excel-request-too-large': {
    vi: 'Dữ liệu gửi sang Excel quá lớn trong một lần ({phase}); hãy chia kế hoạch thành nhiều phần.',
    en: 'Too much data for one request to Excel ({phase}); split the plan into parts.',
  },
  'excel-sheet-missing': {
    vi: 'Không tìm thấy sheet "{sheet}" trong sổ đang mở (có thể vừa bị đổi tên hoặc xóa). Hãy thử lại.',
    en: 'Sheet "{sheet}" is not in the open workbook (renamed or deleted meanwhile?). Try again.',
  },
  'excel-go-to-failed': {
    vi: 'Không chuyển được tới ô {address}: {detail}',
    en: 'Could not go to {address}: {detail}',
  },
  'excel-bad-address': {
    vi: 'Địa chỉ ô "{address}" không hợp lệ.',
    en: '"{address}" is not a cell address.',
  },
  'excel-no-tracking': {
    vi: 'Sổ đang mở không có bảng nhiệm vụ hay bảng chỉ tiêu (dòng tiêu đề STT, Nhiệm vụ, ... hoặc Chỉ tiêu, Ngưỡng, ...).',
    en: 'The open workbook holds no task table or targets table (a header row with STT, Nhiệm vụ, ... or Chỉ tiêu, Ngưỡng, ...).',
  },
  'excel-print-failed': {
    vi: 'Không thiết lập được trang in: {detail}',
    en: 'Print settings could not be applied: {detail}',
  },
  'settings-save-failed': {
    vi: 'Không lưu được thiết lập: {detail}',
    en: 'Settings could not be saved: {detail}',
  },
} as const satisfies Record<string, { vi: string; en: string }>;

export type ExcelMessageCode = keyof typeof EXCEL_MESSAGES;

/** The steps of a write, named in failure messages ("Excel refused the write (writing cells)"). */
export const PHASE_NAMES = {
  read: { vi: 'đọc sổ', en: 'reading the workbook' },
  inspect: { vi: 'đọc danh sách sheet', en: 'listing the sheets' },
  backup: { vi: 'tạo bản sao lưu', en: 'making the backup copy' },
  sheets: { vi: 'tạo sheet, chèn và xóa dòng', en: 'creating sheets, inserting and deleting rows' },
  cells: { vi: 'ghi ô và định dạng', en: 'writing cells and formats' },
  rules: { vi: 'tô màu có điều kiện và kiểm tra dữ liệu', en: 'conditional colours and data validation' },
  finish: { vi: 'bộ lọc, cố định tiêu đề, trang in', en: 'filters, frozen headers, print settings' },
  print: { vi: 'trang in', en: 'print settings' },
} as const satisfies Record<string, { vi: string; en: string }>;

export function phaseName(phase: string, lang: Lang): string {
  return phase in PHASE_NAMES ? PHASE_NAMES[phase as keyof typeof PHASE_NAMES][lang] : phase;
}

/** Vietnamese first; English when Office's display language is English (issue 5). */
export function langOf(displayLanguage: string | undefined): Lang {
  return /^en\b/i.test(displayLanguage ?? '') ? 'en' : 'vi';
}

export function say(code: ExcelMessageCode, lang: Lang, params: Record<string, string | number> = {}): string {
  return EXCEL_MESSAGES[code][lang].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function warning(
  code: ExcelMessageCode,
  lang: Lang,
  params: Record<string, string | number> = {},
  detail?: Record<string, string | number | boolean>,
): Warning {
  // Parameters travel in `detail` too, so a central catalog can render the warning again in another language.
  const w: Warning = { code, message: say(code, lang, params) };
  if (detail || Object.keys(params).length > 0) w.detail = { ...params, ...detail };
  return w;
}
