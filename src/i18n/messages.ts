/**
 * Every sentence Plan Tracker says to people, in Vietnamese and English, in one place.
 *
 * Keys without a dot are the stable codes of warnings and errors (Warning.code, PlanError.code).
 * A warning carries its code, its parameters (Warning.detail) and its message in DEFAULT_LOCALE,
 * so the task pane and the command line can show either language from the same Plan JSON
 * (renderWarning); an error carries code, params and a message (renderError). See coded.ts. Dotted keys ("cli.*", "summary.*") are labels of the command line.
 *
 * An entry is a pair of functions over typed parameters, so a call with a missing or misspelt
 * parameter does not compile. Vietnamese is written for the staff of People's Committees: plain
 * administrative wording, no jargon; English keeps the wording the tool has always used.
 * Pure TypeScript: no DOM, no Node API.
 */
import type { PlanError } from '../core/result';
import type { Warning } from '../core/model';
import { currentLocale, type Locale } from './locale';

export type Param = string | number | boolean;
type Params = Record<string, Param | undefined>;

export interface Entry<P> {
  readonly vi: (p: P) => string;
  readonly en: (p: P) => string;
  /** Whether `p` holds what the entry needs: a Plan saved by an older version may lack a detail. */
  readonly complete: (p: Readonly<Record<string, unknown>>) => boolean;
  /** For a code with several wordings: the values its `reason` parameter takes. */
  readonly reasons?: readonly string[];
}

type EntryParams<E> = E extends Entry<infer P> ? P : never;

/** One message: the parameters it cannot do without, and its two wordings. */
function m<P extends Params = Record<never, never>>(
  needs: readonly NoInfer<keyof P & string>[],
  text: { vi: (p: P) => string; en: (p: NoInfer<P>) => string },
): Entry<P> {
  return { ...text, complete: (p) => needs.every((k) => p[k] !== undefined) };
}

/** One code, several wordings told apart by the `reason` parameter (kept in detail / params). */
function byReason<V extends Record<string, Pick<Entry<never>, 'complete'>>>(
  variants: V,
): Entry<{ [K in keyof V & string]: { reason: K } & EntryParams<V[K]> }[keyof V & string]> {
  // The variant is chosen at run time by `reason`; the mapped type above is what callers see.
  const pick = (p: { reason?: unknown }) => (typeof p.reason === 'string' && Object.hasOwn(variants, p.reason) ? variants[p.reason] : undefined) as Entry<unknown> | undefined;
  return {
    vi: (p) => (pick(p) as Entry<unknown>).vi(p),
    en: (p) => (pick(p) as Entry<unknown>).en(p),
    complete: (p) => pick(p)?.complete(p) ?? false,
    reasons: Object.keys(variants),
  };
}

/* ---------- Formatting shared by the entries ---------- */

/** ISO date as people read it: 31/12/2024 in Vietnamese; English keeps ISO, as it always has. */
function dmy(iso: string): string {
  const x = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return x ? `${x[3]}/${x[2]}/${x[1]}` : iso;
}

/** Counts with Vietnamese thousands dots (32.767); English stays plain (32767). */
function countVi(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A target's comparison as printed: ">= 98%", "< 2 ngày"; Vietnamese writes a decimal comma. */
function figure(comparator: Param, value: Param, unit: Param | undefined, locale: Locale): string {
  const v = locale === 'vi' ? String(value).replace('.', ',') : String(value);
  const u = unit === undefined || unit === '' ? '' : unit === '%' ? '%' : ` ${String(unit)}`;
  return `${String(comparator)} ${v}${u}`.trim();
}

const ZIP_KIND = {
  xlsx: { vi: 'bảng tính Excel (.xlsx)', en: 'an Excel workbook (.xlsx)' },
  pptx: { vi: 'bản trình chiếu PowerPoint (.pptx)', en: 'a PowerPoint presentation (.pptx)' },
  odf: { vi: 'tệp OpenDocument (.odt/.ods)', en: 'an OpenDocument file (.odt/.ods)' },
  zip: { vi: 'tệp nén zip', en: 'a zip archive' },
} as const;
export type ZipKind = keyof typeof ZIP_KIND;

/** Lookups by a parameter read back from JSON: an unknown value shows as itself, never throws. */
function zipKind(kind: string, locale: Locale): string {
  return (ZIP_KIND as Record<string, Record<Locale, string>>)[kind]?.[locale] ?? kind;
}

const FORMAT_VI: Record<string, string> = {
  markdown: 'markdown', html: 'HTML', tsv: 'văn bản phân cách bằng dấu tab', docx: 'tài liệu Word (.docx)', text: 'văn bản thường',
};

/** The task fields a cell-too-long warning names (Task's keys). */
const FIELD_VI: Record<string, string> = {
  task: 'nội dung nhiệm vụ', products: 'sản phẩm', lead: 'cơ quan chủ trì', coordinators: 'cơ quan phối hợp',
  deadline: 'thời gian hoàn thành', notes: 'ghi chú', title: 'tên mục', target: 'chỉ tiêu',
};

/** What happened to rows on an update (src/workbook ChangeList), as the build report counts them. */
export type ChangeKind = 'added' | 'updated' | 'renumbered' | 'kept' | 'removed' | 'byHand' | 'unchanged';
const CHANGE_VI: Record<ChangeKind, string> = {
  added: 'thêm mới',
  updated: 'cập nhật',
  renumbered: 'đổi số thứ tự',
  kept: 'đã bỏ khỏi kế hoạch, giữ lại vì có số liệu đã nhập',
  removed: 'đã bỏ khỏi kế hoạch, xóa (chưa nhập gì)',
  byHand: 'do người dùng tự thêm, giữ nguyên',
  unchanged: 'không đổi',
};
const CHANGE_EN: Record<ChangeKind, string> = {
  added: 'added',
  updated: 'updated',
  renumbered: 'renumbered',
  kept: 'left the plan, kept with typed values',
  removed: 'left the plan, removed (nothing typed)',
  byHand: 'added by hand, kept',
  unchanged: 'unchanged',
};

/** "3 added": how many rows had one fate on an update. */
function changeCount(kind: ChangeKind) {
  return m(['count'], {
    vi: (p: { count: number }) => `${p.count} ${CHANGE_VI[kind]}`,
    en: (p) => `${p.count} ${CHANGE_EN[kind]}`,
  });
}

/** "    added: 1.3, 1.4": which rows. */
function changeList(kind: ChangeKind) {
  return m(['items'], {
    vi: (p: { items: string }) => `    ${CHANGE_VI[kind]}: ${p.items}`,
    en: (p) => `    ${CHANGE_EN[kind]}: ${p.items}`,
  });
}

const YEAR_FROM = {
  title: { vi: 'tiêu đề văn bản', en: 'the title' },
  'date-line': { vi: 'dòng ghi ngày tháng của văn bản', en: 'the date line' },
  text: { vi: 'cụm "năm YYYY" xuất hiện nhiều nhất ở phần mở đầu', en: 'the most frequent "năm YYYY" in the opening text' },
} as const;

const DEADLINE_KIND_VI: Record<string, string> = {
  date: 'ngày cụ thể', period: 'tháng, quý, năm', recurring: 'định kỳ', event: 'khi phát sinh', none: 'không rõ',
};

/** Papa Parse's error codes for a delimited row, as people would say them. */
const QUOTE_PROBLEM_VI: Record<string, string> = {
  MissingQuotes: 'thiếu dấu ngoặc kép đóng',
  InvalidQuotes: 'dấu ngoặc kép đặt sai chỗ',
  TooFewFields: 'thiếu ô',
  TooManyFields: 'thừa ô',
};

const unitVi = (entry: Param, name?: Param) => (name !== undefined ? `Đơn vị thứ ${entry} ("${name}")` : `Đơn vị thứ ${entry}`);
const unitEn = (entry: Param, name?: Param) => (name !== undefined ? `Unit ${entry} ("${name}")` : `Unit ${entry}`);

type TargetPair = {
  bodyTarget: string; taskTarget: string; bodyValue: number; taskValue: number;
  bodyComparator: string; taskComparator: string; unit: string;
};

/* ---------- The catalog ---------- */

export const CATALOG = {
  /* Reading the file (src/core/import/readers) */
  'binary-file': m(['file'], {
    vi: (p: { file: string }) => `Tệp ${p.file} không phải văn bản, trang HTML hay tài liệu Word; hãy mở tệp bằng chương trình đã tạo ra nó và lưu lại dưới dạng .docx, .html hoặc văn bản thường.`,
    en: (p) => `${p.file} is a binary file, not text, HTML or a Word document; open it in the program that made it and save it as .docx, .html or text.`,
  }),
  'encoding-guessed': m(['file'], {
    vi: (p: { file: string }) => `Tệp ${p.file} không dùng bảng mã UTF-8 và không ghi rõ bảng mã; đã đọc theo bảng mã Windows-1258 (tiếng Việt). Nếu chữ hiển thị sai, hãy lưu lại tệp với bảng mã UTF-8.`,
    en: (p) => `${p.file} is not UTF-8 and names no encoding; it was read as Windows-1258 (Vietnamese). Save it as UTF-8 if letters look wrong.`,
  }),
  'legacy-encoding': m(['encoding'], {
    vi: (p: { encoding: 'TCVN3' | 'VNI' }) => `Tệp này được gõ bằng bảng mã tiếng Việt cũ ${p.encoding}; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi thử lại.`,
    en: (p) => `This file uses the legacy ${p.encoding} Vietnamese encoding; convert it to Unicode (e.g. Unikey > Convert) and try again.`,
  }),
  'unsupported-format': m(['file', 'kind'], {
    vi: (p: { file: string; kind: 'ole' | 'pdf' | 'rtf' }) =>
      p.kind === 'pdf'
        ? `Tệp ${p.file} là tệp PDF; hãy chuyển sang Word (.docx) hoặc markdown trước, hoặc sao chép bảng của kế hoạch.`
        : p.kind === 'rtf'
          ? `Tệp ${p.file} là tài liệu RTF; hãy mở bằng Word và lưu lại dưới dạng .docx.`
          : `Tệp ${p.file} là tệp Office 97-2003 cũ (.doc/.xls); hãy mở bằng Word và lưu lại dưới dạng .docx.`,
    en: (p) =>
      p.kind === 'pdf'
        ? `${p.file} is a PDF; convert it to Word (.docx) or markdown first, or copy its table.`
        : p.kind === 'rtf'
          ? `${p.file} is an RTF document; open it in Word and save it as .docx.`
          : `${p.file} is an old Office 97-2003 file (.doc/.xls); open it in Word and save it as .docx.`,
  }),
  'docx-not-word': byReason({
    sniffed: m(['file', 'zip'], {
      vi: (p: { file: string; zip: ZipKind }) => `Tệp ${p.file} là ${zipKind(p.zip, 'vi')}, không phải tài liệu Word. Hãy mở kế hoạch bằng Word và lưu dưới dạng .docx, hoặc sao chép bảng của kế hoạch.`,
      en: (p) => `${p.file} is ${zipKind(p.zip, 'en')}, not a Word document. Open the plan in Word and save it as .docx, or copy its table.`,
    }),
    'no-main-part': m(['zip', 'part'], {
      vi: (p: { zip: ZipKind; part: string }) => `Tệp này là ${zipKind(p.zip, 'vi')}, không phải tài liệu Word: không có phần ${p.part}.`,
      en: (p) => `This file is ${zipKind(p.zip, 'en')}, not a Word document: it holds no ${p.part}.`,
    }),
  }),
  'docx-unreadable': byReason({
    'not-zip': m([], {
      vi: () => 'Tệp này không phải tài liệu Word .docx: tệp .docx là một tệp nén zip, nhưng phần đầu của tệp này không giống tệp zip.',
      en: () => 'This file is not a Word .docx document: a .docx is a zip archive, and this file does not start like one.',
    }),
    'zip-damaged': m(['error'], {
      vi: (p: { error: string }) => `Tệp .docx bị hỏng: không mở được phần nén zip của tệp (${p.error}).`,
      en: (p) => `This .docx file is damaged: its zip archive cannot be opened (${p.error}).`,
    }),
    'xml-damaged': m(['part', 'error'], {
      vi: (p: { part: string; error: string }) => `Tệp .docx bị hỏng: phần ${p.part} không phải XML hợp lệ (${p.error}).`,
      en: (p) => `This .docx file is damaged: ${p.part} is not well-formed XML (${p.error}).`,
    }),
  }),
  'docx-numbering-unreadable': m(['error'], {
    vi: (p: { error: string }) => `Không đọc được định nghĩa danh sách đánh số của tài liệu (${p.error}); các đoạn có đánh số vẫn được coi là mục danh sách.`,
    en: (p) => `The document's list definitions could not be read (${p.error}); numbered paragraphs are still marked as list items.`,
  }),
  /* ----- PDFs and scans (pdf.js, Tesseract): add their codes here ----- */
  'pdf-span-carried': m(['page', 'row'], {
    vi: (p: { page: number; row: number }) => `Trang ${p.page}, dòng ${p.row}: ô gộp nhiều dòng ở cuối trang trước kéo sang trang này; đã chép nội dung ô đó vào ô trống tương ứng.`,
    en: (p) => `Page ${p.page}, row ${p.row}: a cell merged over several rows ran on from the previous page; its text was copied into the empty cell below it.`,
  }),
  'pdf-unreadable': byReason({
    encrypted: m([], {
      vi: () => 'Tệp PDF được đặt mật khẩu hoặc mã hóa; hãy mở bằng trình đọc PDF, bỏ mật khẩu (in lại ra PDF) rồi thử lại.',
      en: () => 'This PDF is password-protected or encrypted; remove the password (print it again to PDF) and try again.',
    }),
    damaged: m(['error'], {
      vi: (p: { error: string }) => `Tệp PDF bị hỏng, không mở được (${p.error}).`,
      en: (p) => `This PDF is damaged and cannot be opened (${p.error}).`,
    }),
    'no-pages': m([], {
      vi: () => 'Tệp PDF không có trang nào.',
      en: () => 'This PDF has no pages.',
    }),
    'too-many-pages': m(['pages', 'limit'], {
      vi: (p: { pages: number; limit: number }) => `Tệp PDF là bản quét có ${p.pages} trang, quá ${p.limit} trang đọc được mỗi lần; hãy tách phần phụ lục (hoặc các trang cần đọc) ra tệp riêng.`,
      en: (p) => `This PDF is a scan of ${p.pages} pages, more than the ${p.limit} pages read at a time; split the appendix (or the pages needed) into a file of its own.`,
    }),
    'too-large': m(['error'], {
      vi: (p: { error: string }) => `Tệp PDF chứa ảnh hoặc nội dung quá lớn để đọc an toàn (${p.error}).`,
      en: (p) => `This PDF holds an image or content too large to read safely (${p.error}).`,
    }),
    page: m(['page', 'error'], {
      vi: (p: { page: number; error: string }) => `Không đọc được trang ${p.page} của tệp PDF (${p.error}).`,
      en: (p) => `Page ${p.page} of this PDF cannot be read (${p.error}).`,
    }),
  }),
  'pdf-no-text': m(['pages'], {
    vi: (p: { pages: number }) => `Tệp PDF có ${p.pages} trang nhưng không có chữ và không có ảnh trang quét nào để nhận dạng.`,
    en: (p) => `This PDF has ${p.pages} pages but no text and no scanned page images to recognise.`,
  }),
  'image-unreadable': m(['error'], {
    vi: (p: { error: string }) => `Không đọc được ảnh trang quét (${p.error}); hãy lưu lại ảnh dưới dạng PNG hoặc JPEG.`,
    en: (p) => `The page image cannot be read (${p.error}); save it again as PNG or JPEG.`,
  }),
  'ocr-failed': m(['page', 'error'], {
    vi: (p: { page: number; error: string }) => `Không nhận dạng được chữ trên trang ${p.page} (${p.error}).`,
    en: (p) => `The text on page ${p.page} could not be recognised (${p.error}).`,
  }),
  'ocr-pages': m(['pages'], {
    vi: (p: { pages: number }) => `Đã nhận dạng chữ (OCR, mô hình tiếng Việt) trên ${p.pages} trang quét; hãy đối chiếu các nhiệm vụ với bản gốc.`,
    en: (p) => `The text of ${p.pages} scanned pages was recognised (OCR, Vietnamese model); check the tasks against the original.`,
  }),
  'read-cancelled': m([], {
    vi: () => 'Đã hủy việc đọc tệp.',
    en: () => 'Reading the file was cancelled.',
  }),
  'docx-too-large': m(['part', 'limit'], {
    vi: (p: { part: string; limit: number }) => `Tệp .docx có phần ${p.part} khi giải nén lớn hơn ${p.limit} MB (có thể là tệp "bom nén"); không đọc tệp này.`,
    en: (p) => `This .docx file's part ${p.part} inflates to more than ${p.limit} MB (possibly a zip bomb); the file was not read.`,
  }),
  'cli.page-progress': m(['page', 'pages'], {
    vi: (p: { page: number; pages: number }) => `trang ${p.page}/${p.pages}`,
    en: (p) => `page ${p.page}/${p.pages}`,
  }),


  'format-sniffed': m(['file', 'extension', 'format'], {
    vi: (p: { file: string; extension: string; format: string }) => `Tệp ${p.file} có đuôi .${p.extension} nhưng nội dung là ${FORMAT_VI[p.format] ?? p.format}; đã đọc theo nội dung thực của tệp.`,
    en: (p) => `${p.file} is named .${p.extension} but holds ${p.format === 'tsv' ? 'tab-separated text' : p.format}; it was read as such.`,
  }),
  'ragged-row': byReason({
    markdown: m(['table', 'page', 'row', 'cells', 'expected'], {
      vi: (p: { table: number; page: number; row: number; cells: number; expected: number }) => `Bảng ${p.table + 1} (trang ${p.page}), dòng ${p.row} có ${p.cells} ô trong khi dòng đầu của bảng có ${p.expected} ô; đã giữ đủ các ô.`,
      en: (p) => `Table ${p.table + 1} (page ${p.page}), row ${p.row} has ${p.cells} cells where the table's first row has ${p.expected}; every cell was kept.`,
    }),
    delimited: m(['row', 'cells', 'expected'], {
      vi: (p: { table: number; row: number; cells: number; expected: number }) => `Dòng ${p.row} có ${p.cells} ô trong khi dòng đầu có ${p.expected} ô; đã giữ đủ các ô.`,
      en: (p) => `Row ${p.row} has ${p.cells} cells where the first row has ${p.expected}; every cell was kept.`,
    }),
    appendix: m(['cells', 'expected'], {
      vi: (p: { cells: number; expected: number }) => `Dòng có ${p.cells} ô trong khi dòng tiêu đề có ${p.expected} ô`,
      en: (p) => `Row has ${p.cells} cells where the header has ${p.expected}`,
    }),
  }),
  'delimited-quotes': m(['error'], {
    vi: (p: { row?: number; error: string; problem?: string }) => `Dòng ${p.row ?? '?'}: ${(p.problem !== undefined ? QUOTE_PROBLEM_VI[p.problem] : undefined) ?? `lỗi dấu ngoặc kép (${p.error})`}; dòng được đọc đúng như đã viết.`,
    en: (p) => `Row ${p.row ?? '?'}: ${p.error}; the row was read as written.`,
  }),

  /* The appendix table (src/core/import) */
  'empty-file': m(['file'], {
    vi: (p: { file: string }) => `Tệp ${p.file} trống, không có nội dung nào`,
    en: (p) => `${p.file} is empty`,
  }),
  'no-task-table': m(['file', 'tables'], {
    vi: (p: { file: string; tables: number }) =>
      p.tables === 0
        ? `Không tìm thấy bảng nào trong tệp ${p.file}`
        : `Không tìm thấy bảng nhiệm vụ trong tệp ${p.file}: tệp có ${p.tables} bảng nhưng không bảng nào có dòng tiêu đề của bảng nhiệm vụ (STT, Nhiệm vụ, chủ trì, thời gian)`,
    en: (p) => (p.tables === 0 ? `${p.file} holds no table` : `${p.file} has ${p.tables} table(s) but none with a task header (STT, Nhiệm vụ, chủ trì, thời gian)`),
  }),
  'no-tasks': m(['file'], {
    vi: (p: { file: string }) => `Tệp ${p.file}: bảng nhiệm vụ có dòng tiêu đề nhưng không có dòng nhiệm vụ nào`,
    en: (p) => `${p.file}: the task table has a header but no task rows`,
  }),
  /* ----- Documents in prose (letters, notices): add their codes here ----- */

  'column-not-recognised': m(['header'], {
    vi: (p: { column: number; header: string }) => `Cột "${p.header}" không phải cột Plan Tracker nhận biết; nội dung của cột vẫn được giữ nguyên`,
    en: (p) => `Column "${p.header}" is not one Plan Tracker knows; its cells are kept under extra`,
  }),
  'watermark-removed': m(['text'], {
    vi: (p: { text: string }) => `Đã bỏ mẫu in chìm hoặc chữ thừa ở đầu, chân trang "${p.text}"`,
    en: (p) => `Removed "${p.text}", a watermark or page-furniture fragment`,
  }),
  'continuation-merged': m(['stt'], {
    vi: (p: { stt: string }) => `Đã gộp dòng bị ngắt sang trang vào nhiệm vụ ${p.stt}`,
    en: (p) => `A row continued over a page break was merged into task ${p.stt}`,
  }),
  'orphan-continuation': m([], {
    vi: (_p: { text: string }) => 'Có dòng không ghi STT nằm trước mọi nhiệm vụ; nội dung dòng đó được giữ lại trong cảnh báo này',
    en: () => 'A row with no STT comes before any task; its text was kept in the warning',
  }),
  'duplicate-stt': m(['stt', 'section', 'task'], {
    vi: (p: { stt: string; section: string; task: string }) => `STT ${p.stt} xuất hiện hai lần trong mục ${p.section || '(không thuộc mục nào)'}; dòng này được đặt mã ${p.task}`,
    en: (p) => `STT ${p.stt} appears twice in section ${p.section || '(none)'}; this one is ${p.task}`,
  }),
  'empty-lead': m(['task'], {
    vi: (p: { task: string }) => `Nhiệm vụ ${p.task} không ghi cơ quan chủ trì`,
    en: (p) => `Task ${p.task} names no lead unit`,
  }),
  'cell-too-long': m(['task', 'field', 'length', 'limit'], {
    vi: (p: { task: string; field: string; length: number; limit: number }) =>
      `Nhiệm vụ ${p.task}: ô ${FIELD_VI[p.field] ?? p.field} có ${countVi(p.length)} ký tự, vượt giới hạn ${countVi(p.limit)} ký tự một ô của Excel`,
    en: (p) => `Task ${p.task}: ${p.field} holds ${p.length} characters, over Excel's ${p.limit} per cell`,
  }),
  'year-inferred': m(['year', 'from'], {
    vi: (p: { year: number; from: string }) => `Năm của kế hoạch (${p.year}) được lấy từ ${(YEAR_FROM as Record<string, { vi: string }>)[p.from]?.vi ?? p.from}; có thể chỉ định năm bằng --year`,
    en: (p) => `The plan's year ${p.year} was taken from ${(YEAR_FROM as Record<string, { en: string }>)[p.from]?.en ?? p.from}; pass --year to set it`,
  }),
  'year-unknown': m([], {
    vi: () => 'Không tìm thấy năm của kế hoạch trong văn bản; các thời hạn không ghi năm sẽ không có ngày cụ thể. Hãy chỉ định năm bằng --year.',
    en: () => 'No year found in the document; deadlines that name no year have no date. Pass --year.',
  }),

  /* Deadlines (src/core/deadline) */
  'deadline-invalid-date': m(['text'], {
    vi: (p: { text: string }) => `Ngày ghi trong "${p.text}" không có trên lịch.`,
    en: (p) => `No such day in "${p.text}".`,
  }),
  'deadline-two-digit-year': m(['text', 'year'], {
    vi: (p: { text: string; year: string }) => `Năm viết hai chữ số trong "${p.text}" được hiểu là năm ${p.year}.`,
    en: (p) => `Two-digit year in "${p.text}" read as ${p.year}.`,
  }),
  'deadline-before-plan': m(['due', 'planDate'], {
    vi: (p: { text: string; due: string; planDate: string }) => `Thời hạn ${dmy(p.due)} sớm hơn ngày ban hành kế hoạch ${dmy(p.planDate)}.`,
    en: (p) => `Deadline ${p.due} is before the plan's date ${p.planDate}.`,
  }),
  'deadline-unrecognised': m(['text'], {
    vi: (p: { text: string }) => `Không đọc được thời hạn trong "${p.text}".`,
    en: (p) => `No deadline understood in "${p.text}".`,
  }),

  /* Targets (src/core/targets) */
  'target-conflict': m(['bodyTarget', 'taskTarget', 'bodyValue', 'taskValue', 'bodyComparator', 'taskComparator'], {
    vi: (p: TargetPair) =>
      `Chỉ tiêu ${p.bodyTarget} (${figure(p.bodyComparator, p.bodyValue, p.unit, 'vi')}) và nhiệm vụ ${p.taskTarget} (${figure(p.taskComparator, p.taskValue, p.unit, 'vi')}) nói về cùng một chỉ tiêu nhưng khác số`,
    en: (p) =>
      `Body target ${p.bodyTarget} (${figure(p.bodyComparator, p.bodyValue, p.unit, 'en')}) and task target ${p.taskTarget} (${figure(p.taskComparator, p.taskValue, p.unit, 'en')}) speak of the same target with different figures`,
  }),
  'target-comparator-differs': m(['bodyTarget', 'taskTarget', 'bodyValue', 'taskValue', 'bodyComparator', 'taskComparator'], {
    vi: (p: TargetPair) =>
      `Chỉ tiêu ${p.bodyTarget} (${figure(p.bodyComparator, p.bodyValue, p.unit, 'vi')}) và nhiệm vụ ${p.taskTarget} (${figure(p.taskComparator, p.taskValue, p.unit, 'vi')}) cùng số nhưng khác cách so sánh`,
    en: (p) =>
      `Body target ${p.bodyTarget} (${figure(p.bodyComparator, p.bodyValue, p.unit, 'en')}) and task target ${p.taskTarget} (${figure(p.taskComparator, p.taskValue, p.unit, 'en')}) have the same figure but compare it differently`,
  }),
  'chi-tieu-junk-skipped': m(['text'], {
    vi: (p: { text: string; ref?: string }) => (p.ref !== undefined ? `Bỏ qua "${p.text}" trước mục ${p.ref} của phần Chỉ tiêu` : `Bỏ qua dòng "${p.text}" trong phần Chỉ tiêu`),
    en: (p) => (p.ref !== undefined ? `Skipped "${p.text}" before item ${p.ref} of the targets (Chỉ tiêu) section` : `Skipped the line "${p.text}" in the targets (Chỉ tiêu) section`),
  }),
  'chi-tieu-empty': m([], {
    vi: () => 'Có mục Chỉ tiêu nhưng không đọc được nội dung',
    en: () => 'The document has a targets (Chỉ tiêu) section but its content could not be read',
  }),
  'chi-tieu-duplicate-ref': m(['ref'], {
    vi: (p: { ref: string }) => `Số thứ tự ${p.ref} lặp lại trong phần Chỉ tiêu`,
    en: (p) => `Item number ${p.ref} appears more than once in the targets (Chỉ tiêu) section`,
  }),
  'target-unread': m(['ref'], {
    vi: (p: { ref: string }) => `Mục ${p.ref} của phần Chỉ tiêu có số liệu nhưng không đọc được chỉ tiêu`,
    en: (p) => `Item ${p.ref} of the targets (Chỉ tiêu) section holds figures, but no target could be read from it`,
  }),

  /* The units directory (src/core/units) */
  /* ----- OCR restoration (ocr-damaged and friends): add their codes here ----- */

  'unit-directory-invalid': byReason({
    'not-object': m([], {
      vi: () => 'Danh bạ đơn vị phải là một đối tượng JSON có trường "units" (danh sách đơn vị).',
      en: () => 'The units directory must be a JSON object with a "units" field (the list of units).',
    }),
    'no-units': m([], {
      vi: () => 'Thiếu trường "units" hoặc "units" không phải là danh sách.',
      en: () => 'The "units" field is missing or is not a list.',
    }),
    'entry-not-object': m(['entry'], {
      vi: (p: { entry: number }) => `${unitVi(p.entry)} phải là một đối tượng {"name", "aliases", "kind"}.`,
      en: (p) => `${unitEn(p.entry)} must be an object {"name", "aliases", "kind"}.`,
    }),
    'no-name': m(['entry'], {
      vi: (p: { entry: number }) => `${unitVi(p.entry)} thiếu tên: "name" phải là chuỗi không rỗng.`,
      en: (p) => `${unitEn(p.entry)} has no name: "name" must be a non-empty string.`,
    }),
    'aliases-not-list': m(['entry', 'name'], {
      vi: (p: { entry: number; name: string }) => `${unitVi(p.entry, p.name)}: "aliases" phải là danh sách chuỗi.`,
      en: (p) => `${unitEn(p.entry, p.name)}: "aliases" must be a list of strings.`,
    }),
    'alias-not-string': m(['entry', 'name', 'alias'], {
      vi: (p: { entry: number; name: string; alias: number }) => `${unitVi(p.entry, p.name)}: tên gọi khác thứ ${p.alias} phải là chuỗi.`,
      en: (p) => `${unitEn(p.entry, p.name)}: alias ${p.alias} must be a string.`,
    }),
    'kind-invalid': m(['entry', 'name', 'kinds'], {
      vi: (p: { entry: number; name: string; kinds: string }) => `${unitVi(p.entry, p.name)}: "kind" phải là một trong ${p.kinds}.`,
      en: (p) => `${unitEn(p.entry, p.name)}: "kind" must be one of ${p.kinds}.`,
    }),
    'abbreviations-not-object': m([], {
      vi: () => '"abbreviations" phải là một đối tượng {"viết tắt": "tên đầy đủ"}.',
      en: () => '"abbreviations" must be an object {"abbreviation": "full name"}.',
    }),
    'abbreviation-invalid': m(['abbreviation'], {
      vi: (p: { abbreviation: string }) => `Chữ viết tắt "${p.abbreviation}" phải có tên đầy đủ là chuỗi không rỗng.`,
      en: (p) => `The abbreviation "${p.abbreviation}" needs a full name that is a non-empty string.`,
    }),
  }),
  'unit-alias-empty': m(['entry', 'name', 'alias'], {
    vi: (p: { where: string; entry: number; name: string; alias: number }) => `${unitVi(p.entry, p.name)}: bỏ qua tên gọi khác rỗng (thứ ${p.alias}).`,
    en: (p) => `${unitEn(p.entry, p.name)}: skipped empty alias ${p.alias}.`,
  }),
  'unit-field-unknown': m(['entry', 'name', 'field'], {
    vi: (p: { where: string; entry: number; name: string; field: string }) => `${unitVi(p.entry, p.name)}: bỏ qua trường không biết "${p.field}".`,
    en: (p) => `${unitEn(p.entry, p.name)}: skipped the unknown field "${p.field}".`,
  }),
  'unit-directory-empty': m([], {
    vi: () => 'Danh bạ đơn vị không có đơn vị nào.',
    en: () => 'The units directory holds no unit.',
  }),
  'unit-alias-duplicate': m(['entry', 'name', 'written', 'keptBy', 'keptByName'], {
    vi: (p: { where: string; entry: number; name: string; written: string; keptBy: number; keptByName: string }) =>
      `${unitVi(p.entry, p.name)}: "${p.written}" trùng với ${unitVi(p.keptBy + 1, p.keptByName)}; giữ cho đơn vị thứ ${p.keptBy + 1}.`,
    en: (p) => `${unitEn(p.entry, p.name)}: "${p.written}" is also claimed by ${unitEn(p.keptBy + 1, p.keptByName)}; unit ${p.keptBy + 1} keeps it.`,
  }),

  /* The workbook and figures (src/workbook, src/xlsx, build and check commands: owned there, worded here) */
  'cell-over-limit': m(['task', 'field', 'length', 'limit'], {
    vi: (p: { task: string; field: string; length: number; limit: number }) =>
      `Không ghi: nhiệm vụ ${p.task}, ô ${FIELD_VI[p.field] ?? p.field} có ${countVi(p.length)} ký tự, vượt giới hạn ${countVi(p.limit)} ký tự một ô của Excel; hãy rút gọn trong văn bản rồi nhập lại (cắt bớt sẽ làm mất chữ của kế hoạch)`,
    en: (p) => `Not written: task ${p.task}, ${p.field} holds ${p.length} characters, over Excel's ${p.limit} per cell; shorten it in the document and import again (cutting it would lose part of the plan)`,
  }),
  'template-no-task-table': m([], {
    vi: () => 'Không tìm thấy bảng nhiệm vụ (dòng tiêu đề STT, Nhiệm vụ, ...) trong mẫu: đã thêm sheet theo mẫu có sẵn.',
    en: () => 'No task table (a header row with STT, Nhiệm vụ, ...) was found in the template: a sheet was added from the built-in template.',
  }),
  'template-column-missing': m(['column'], {
    vi: (p: { role: string; column: string }) => `Bảng trong mẫu không có cột "${p.column}": nội dung cột này của kế hoạch không được ghi.`,
    en: (p) => `The template's table has no "${p.column}" column: the plan's content for it is not written.`,
  }),
  'figure-unknown-target': m(['target'], {
    vi: (p: { target: string }) => `Không có chỉ tiêu mã "${p.target}" trong kế hoạch hay trong sổ theo dõi.`,
    en: (p) => `No target "${p.target}" in the plan or the workbook.`,
  }),
  'figures-bad-header': m(['file', 'line', 'header'], {
    vi: (p: { file: string; line: number; header: string }) => `${p.file} dòng ${p.line}: dòng tiêu đề phải là "target,value", nhưng lại là "${p.header}"`,
    en: (p) => `${p.file} line ${p.line}: expected the header "target,value", got "${p.header}"`,
  }),
  'figures-bad-line': byReason({
    'open-quote': m(['file', 'line'], {
      vi: (p: { file: string; line: number }) => `${p.file} dòng ${p.line}: thiếu dấu ngoặc kép đóng`,
      en: (p) => `${p.file} line ${p.line}: a quote is not closed`,
    }),
    'field-count': m(['file', 'line', 'fields'], {
      vi: (p: { file: string; line: number; fields: number; decimalComma?: boolean }) =>
        `${p.file} dòng ${p.line}: có ${p.fields} ô, cần đúng 2 ô${p.decimalComma ? ' (số có dấu phẩy thập phân phải đặt trong ngoặc kép: "95,5")' : ''}`,
      en: (p) => `${p.file} line ${p.line}: ${p.fields} fields, expected 2${p.decimalComma ? ' (a decimal comma needs quotes: "95,5")' : ''}`,
    }),
    'empty-target': m(['file', 'line'], {
      vi: (p: { file: string; line: number }) => `${p.file} dòng ${p.line}: thiếu mã chỉ tiêu`,
      en: (p) => `${p.file} line ${p.line}: the target id is empty`,
    }),
  }),
  'figures-bad-value': m(['file', 'line', 'value', 'target'], {
    vi: (p: { file: string; line: number; value: string; target: string }) => `${p.file} dòng ${p.line}: "${p.value}" của chỉ tiêu ${p.target} không phải là số`,
    en: (p) => `${p.file} line ${p.line}: "${p.value}" for ${p.target} is not a number`,
  }),
  'figures-duplicate': m(['file', 'line', 'target', 'firstLine'], {
    vi: (p: { file: string; line: number; target: string; firstLine: number }) => `${p.file} dòng ${p.line}: chỉ tiêu ${p.target} đã có số liệu ở dòng ${p.firstLine}`,
    en: (p) => `${p.file} line ${p.line}: ${p.target} already has a figure on line ${p.firstLine}`,
  }),
  /* ----- One register, many documents: add their codes here ----- */

  'workbook-unreadable': m(['file', 'error'], {
    vi: (p: { file: string; error: string }) => `Tệp ${p.file} không phải sổ Excel .xlsx mà Plan Tracker đọc được (${p.error})`,
    en: (p) => `${p.file} is not an .xlsx workbook Plan Tracker can read (${p.error})`,
  }),
  'bad-plan-json': m(['file'], {
    vi: (p: { file: string }) => `${p.file}: tệp JSON kế hoạch không có danh sách nhiệm vụ hoặc danh sách mục`,
    en: (p) => `${p.file}: a Plan JSON without tasks or sections`,
  }),

  /* The command line's own failures (src/cli) */
  'input-not-found': m(['path'], {
    vi: (p: { path: string }) => `Không tìm thấy tệp ${p.path}`,
    en: (p) => `${p.path}: no such file`,
  }),
  'input-is-directory': m(['path'], {
    vi: (p: { path: string }) => `${p.path} là thư mục, không phải tệp văn bản`,
    en: (p) => `${p.path} is a folder, not a document`,
  }),
  'input-too-large': m(['path', 'mb'], {
    vi: (p: { path: string; mb: number }) => `Tệp ${p.path} có dung lượng ${countVi(p.mb)} MB, quá lớn đối với một văn bản kế hoạch`,
    en: (p) => `${p.path} is ${p.mb} MB, more than a plan document can be`,
  }),
  'input-unreadable': m(['path'], {
    vi: (p: { path: string; error?: string }) =>
      p.error === 'EACCES' ? `Không có quyền đọc tệp ${p.path}` : `Không đọc được tệp ${p.path} (${p.error ?? 'lỗi không rõ'})`,
    en: (p) => (p.error === 'EACCES' ? `${p.path}: permission denied` : `${p.path}: cannot be read (${p.error ?? 'unknown error'})`),
  }),
  'bad-year': m(['value'], {
    vi: (p: { value: string }) => `--year phải là năm gồm bốn chữ số, nhận được "${p.value}"`,
    en: (p) => `--year must be a four-digit year, got "${p.value}"`,
  }),
  'bad-today': m(['value'], {
    vi: (p: { value: string }) => `--today phải là ngày viết theo dạng YYYY-MM-DD (năm-tháng-ngày), nhận được "${p.value}"`,
    en: (p) => `--today must be a date as YYYY-MM-DD, got "${p.value}"`,
  }),
  'bad-arguments': m(['problem', 'error'], {
    vi: (p: { problem: 'unknown-option' | 'missing-value' | 'takes-no-value' | 'other'; option?: string; error: string }) =>
      p.problem === 'unknown-option' && p.option !== undefined
        ? `không có tùy chọn ${p.option}`
        : p.problem === 'missing-value' && p.option !== undefined
          ? `tùy chọn ${p.option} cần có giá trị đi kèm`
          : p.problem === 'takes-no-value' && p.option !== undefined
            ? `tùy chọn ${p.option} không nhận giá trị`
            : `tham số không hợp lệ (${p.error})`,
    // Node's own wording, as the command has always shown it.
    en: (p) => p.error,
  }),

  /* Command-line labels */
  /* ----- Office.js and task pane errors (from src/excel/messages.ts and ui.ts): here ----- */

  'cli.usage': m([], {
    vi: () => `Plan Tracker: đưa phụ lục kế hoạch vào sổ theo dõi Excel.

  plan-tracker parse <input> [--year YYYY] [--json]
  plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>] [--year YYYY] [--today YYYY-MM-DD]
  plan-tracker check <book.xlsx> [--today YYYY-MM-DD] [--json]

  Ngôn ngữ: --lang vi|en (hoặc biến môi trường PLAN_TRACKER_LANG); mặc định là tiếng Việt.`,
    en: () => `Plan Tracker: Vietnamese plan appendices to tracking workbooks.

  plan-tracker parse <input> [--year YYYY] [--json]
  plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>] [--year YYYY] [--today YYYY-MM-DD]
  plan-tracker check <book.xlsx> [--today YYYY-MM-DD] [--json]

  Language: --lang vi|en (or the PLAN_TRACKER_LANG environment variable); Vietnamese by default.`,
  }),
  'cli.unknown-command': m(['name', 'commands'], {
    vi: (p: { name: string; commands: string }) => `plan-tracker: không có lệnh "${p.name}". Các lệnh: ${p.commands}`,
    en: (p) => `plan-tracker: unknown command "${p.name}". Commands: ${p.commands}`,
  }),
  'cli.internal-error': m(['command', 'error'], {
    vi: (p: { command: string; error: string }) => `plan-tracker ${p.command}: lỗi nội bộ: ${p.error} (xin báo lỗi này kèm theo tệp đầu vào)`,
    en: (p) => `plan-tracker ${p.command}: internal error: ${p.error} (please report this with the input file)`,
  }),
  'cli.usage-error': m(['command', 'problem', 'usage'], {
    vi: (p: { command: string; problem: string; usage: string }) => `plan-tracker ${p.command}: ${p.problem}. Cách dùng: ${p.usage}`,
    en: (p) => `plan-tracker ${p.command}: ${p.problem}. Usage: ${p.usage}`,
  }),
  'cli.unexpected-argument': m(['argument'], {
    vi: (p: { argument: string }) => `thừa tham số "${p.argument}"`,
    en: (p) => `unexpected argument "${p.argument}"`,
  }),
  'cli.missing-input': m([], {
    vi: () => 'thiếu <input> (tệp kế hoạch)',
    en: () => 'missing <input>',
  }),
  'cli.bad-lang': m(['value'], {
    vi: (p: { value: string }) => `plan-tracker: --lang phải là vi hoặc en, nhận được "${p.value}"`,
    en: (p) => `plan-tracker: --lang must be vi or en, got "${p.value}"`,
  }),

  /* The build and check commands' reports (src/cli/build-command.ts, check-command.ts) */
  'cli.missing-book': m([], {
    vi: () => 'thiếu <book.xlsx> (bảng tính theo dõi)',
    en: () => 'missing <book.xlsx>',
  }),
  'cli.missing-output': m([], {
    vi: () => 'thiếu -o <out.xlsx> (tệp kết quả)',
    en: () => 'missing -o <out.xlsx>',
  }),
  'cli.output-not-xlsx': m(['out'], {
    vi: (p: { out: string }) => `-o phải là tệp .xlsx, nhận được "${p.out}"`,
    en: (p) => `-o must name an .xlsx file, got "${p.out}"`,
  }),
  'cli.output-overwrites-input': m(['out'], {
    vi: (p: { out: string }) => `-o ${p.out} sẽ ghi đè lên tệp đầu vào; hãy ghi kết quả ra tệp khác`,
    en: (p) => `-o ${p.out} would overwrite an input; write the result to another file`,
  }),
  'cli.figure-unknown-target': m(['file', 'line', 'target'], {
    vi: (p: { file: string; line: number | string; target: string }) => `${p.file} dòng ${p.line}: không có chỉ tiêu "${p.target}" trong kế hoạch hay bảng tính`,
    en: (p) => `${p.file} line ${p.line}: no target "${p.target}" in the plan or the workbook`,
  }),
  'cli.cannot-write': m(['out', 'cause'], {
    vi: (p: { out: string; cause: string }) => `không ghi được ${p.out}: ${p.cause}`,
    en: (p) => `cannot write ${p.out}: ${p.cause}`,
  }),
  'report.wrote': m(['path'], {
    vi: (p: { path: string }) => `Đã ghi ${p.path}`,
    en: (p) => `Wrote ${p.path}`,
  }),
  'report.contents': m(['sections', 'tasks', 'sheets'], {
    vi: (p: { sections: number; tasks: number; sheets: string }) => `  ${p.sections} mục, ${p.tasks} nhiệm vụ; trang tính: ${p.sheets}`,
    en: (p) => `  ${p.sections} sections, ${p.tasks} tasks; sheets: ${p.sheets}`,
  }),
  'report.updated': m([], {
    vi: () => '  Đã cập nhật bảng tính mà Theo dõi kế hoạch điền lần trước:',
    en: () => '  Updated a workbook Plan Tracker filled earlier:',
  }),
  'report.changes': m(['what', 'counts'], {
    vi: (p: { what: 'tasks' | 'targets'; counts: string }) => `  ${p.what === 'tasks' ? 'Nhiệm vụ' : 'Chỉ tiêu'}: ${p.counts || 'không thay đổi'}`,
    en: (p) => `  ${p.what === 'tasks' ? 'Tasks' : 'Targets'}: ${p.counts || 'none'}`,
  }),
  'report.change-count': byReason({
    added: changeCount('added'),
    updated: changeCount('updated'),
    renumbered: changeCount('renumbered'),
    kept: changeCount('kept'),
    removed: changeCount('removed'),
    byHand: changeCount('byHand'),
    unchanged: changeCount('unchanged'),
  }),
  'report.change-list': byReason({
    added: changeList('added'),
    updated: changeList('updated'),
    renumbered: changeList('renumbered'),
    kept: changeList('kept'),
    removed: changeList('removed'),
    byHand: changeList('byHand'),
    unchanged: changeList('unchanged'),
  }),
  'report.columns-added': m(['columns'], {
    vi: (p: { columns: string }) => `  Cột đã thêm vào bảng nhiệm vụ: ${p.columns}`,
    en: (p) => `  Columns added to the task table: ${p.columns}`,
  }),
  'report.sheets-created': m(['sheets'], {
    vi: (p: { sheets: string }) => `  Trang tính đã tạo: ${p.sheets}`,
    en: (p) => `  Sheets created: ${p.sheets}`,
  }),
  'report.plan-warnings': m(['count'], {
    vi: (p: { count: number }) => `  Kế hoạch có ${p.count} cảnh báo (lệnh plan-tracker parse liệt kê)`,
    en: (p) => `  The plan has ${p.count} warnings (plan-tracker parse lists them)`,
  }),
  'report.breaches': m(['count', 'list'], {
    vi: (p: { count: number; list: string }) => `  Không đạt chỉ tiêu: ${p.count}${p.list ? ` (${p.list})` : ''}`,
    en: (p) => `  Breaches: ${p.count}${p.list ? ` (${p.list})` : ''}`,
  }),
  'report.overdue': m(['asOf', 'count', 'list'], {
    vi: (p: { asOf: string; count: number; list: string }) => `  Quá hạn tính đến ${dmy(p.asOf)}: ${p.count}${p.list ? ` (${p.list})` : ''}`,
    en: (p) => `  Overdue at ${p.asOf}: ${p.count}${p.list ? ` (${p.list})` : ''}`,
  }),
  'report.no-charts': m([], {
    vi: () => '  (exceljs không ghi được biểu đồ: trang Tổng hợp có đủ số liệu; cần biểu đồ thì chèn trong Excel)',
    en: () => '  (exceljs writes no charts: the summary sheet has the figures; insert a chart in Excel if wanted)',
  }),
  'check.no-tables': m(['book'], {
    vi: (p: { book: string }) => `${p.book}: không thấy bảng nhiệm vụ hay bảng chỉ tiêu nào (dòng tiêu đề có STT, Nhiệm vụ, ... hoặc Chỉ tiêu, Ngưỡng, ...)`,
    en: (p) => `${p.book}: no task table or targets table found (a header row with STT, Nhiệm vụ, ... or Chỉ tiêu, Ngưỡng, ...)`,
  }),
  'check.heading': m(['book', 'tasks', 'targets', 'asOf'], {
    vi: (p: { book: string; tasks: number; targets: number; asOf: string }) => `${p.book}: ${p.tasks} nhiệm vụ, ${p.targets} chỉ tiêu, tính đến ${p.asOf}`,
    en: (p) => `${p.book}: ${p.tasks} tasks, ${p.targets} targets, as of ${p.asOf}`,
  }),
  'check.breaches': m(['count'], {
    vi: (p: { count: number }) => `Không đạt chỉ tiêu: ${p.count}`,
    en: (p) => `Breaches: ${p.count}`,
  }),
  'check.breach': m(['target', 'value', 'comparator', 'threshold', 'cell'], {
    vi: (p: { target: string; value: number; comparator: string; threshold: number; cell: string }) =>
      `  ${p.target}: ${p.value} (chỉ tiêu ${p.comparator} ${p.threshold}) tại ô ${p.cell}`,
    en: (p) => `  ${p.target}: ${p.value} (target ${p.comparator} ${p.threshold}) at ${p.cell}`,
  }),
  'check.overdue': m(['count'], {
    vi: (p: { count: number }) => `Quá hạn: ${p.count}`,
    en: (p) => `Overdue: ${p.count}`,
  }),
  'check.overdue-task': m(['task', 'due'], {
    vi: (p: { task: string; due: string }) => `  ${p.task}: hạn ${p.due}`,
    en: (p) => `  ${p.task}: due ${p.due}`,
  }),
  'check.invalid': m(['count'], {
    vi: (p: { count: number }) => `Số liệu không hợp lệ: ${p.count}`,
    en: (p) => `Invalid figures: ${p.count}`,
  }),
  'check.invalid-figure': m(['target', 'value', 'cell'], {
    vi: (p: { target: string; value: string; cell: string }) => `  ${p.target}: "${p.value}" tại ô ${p.cell} không phải là số`,
    en: (p) => `  ${p.target}: "${p.value}" at ${p.cell} is not a number`,
  }),

  /* The parse command's summary (src/cli/summary.ts) */
  'summary.title': m(['title'], {
    vi: (p: { title: string }) => `Tiêu đề: ${p.title}`,
    en: (p) => `Title: ${p.title}`,
  }),
  'summary.year': m(['year', 'source'], {
    vi: (p: { year: string; source: 'option' | 'document' | 'none' }) =>
      `Năm: ${p.year} (${p.source === 'option' ? 'theo --year' : p.source === 'document' ? 'suy ra từ văn bản' : 'chưa rõ'})`,
    en: (p) => `Year: ${p.year} (${p.source === 'option' ? 'from --year' : p.source === 'document' ? 'inferred from the document' : 'unknown'})`,
  }),
  'summary.counts': m(['sections', 'tasks'], {
    vi: (p: { sections: number; tasks: number }) => `Số mục: ${p.sections}, số nhiệm vụ: ${p.tasks}`,
    en: (p) => `Sections: ${p.sections}, tasks: ${p.tasks}`,
  }),
  'summary.section': m(['stt', 'title', 'tasks'], {
    vi: (p: { stt: string; title: string; tasks: number }) => `${p.stt}. ${p.title} (${p.tasks} nhiệm vụ)`,
    en: (p) => `${p.stt}. ${p.title} (${p.tasks} tasks)`,
  }),
  'summary.deadlines': m(['dated', 'undated', 'kinds'], {
    vi: (p: { dated: number; undated: number; kinds: string }) => `Thời hạn: ${p.dated} có ngày, ${p.undated} không có ngày (${p.kinds})`,
    en: (p) => `Deadlines: ${p.dated} dated, ${p.undated} without a date (${p.kinds})`,
  }),
  /** A Deadline.kind as the summary counts it; English shows the JSON's own word. */
  'summary.deadline-kind': m(['kind'], {
    vi: (p: { kind: string }) => DEADLINE_KIND_VI[p.kind] ?? p.kind,
    en: (p) => p.kind,
  }),
  'summary.targets': m(['body', 'tasks'], {
    vi: (p: { body: number; tasks: number }) => `Chỉ tiêu: ${p.body} ở phần Chỉ tiêu của văn bản, ${p.tasks} trong các nhiệm vụ`,
    en: (p) => `Targets: ${p.body} in the body, ${p.tasks} in tasks`,
  }),
  'summary.warnings': m(['count'], {
    vi: (p: { count: number; codes?: string }) => `Cảnh báo: ${p.count}${p.codes ? ` (${p.codes})` : ''}`,
    en: (p) => `Warnings: ${p.count}${p.codes ? ` (${p.codes})` : ''}`,
  }),
  'summary.place': m([], {
    vi: (p: { task?: string; page?: number; row?: number }) =>
      [p.task ? `nhiệm vụ ${p.task}` : '', p.page ? `trang ${p.page}` : '', p.row ? `dòng ${p.row}` : ''].filter(Boolean).join(', '),
    en: (p) => [p.task ? `task ${p.task}` : '', p.page ? `page ${p.page}` : '', p.row ? `row ${p.row}` : ''].filter(Boolean).join(', '),
  }),
  'summary.more-warnings': m(['count'], {
    vi: (p: { count: number }) => `... và ${p.count} cảnh báo khác (xem đủ bằng --json)`,
    en: (p) => `... and ${p.count} more (use --json for all)`,
  }),
};
// Checked apart from the literal (and byReason's constraint names no parameters) because a
// contextual type Entry<never> would be inferred as every entry's parameters.
CATALOG satisfies Record<string, Entry<never>>;

/* ---------- Rendering ---------- */

export type MessageKey = keyof typeof CATALOG;
/** Keys without a dot: the codes warnings and errors carry. */
export type MessageCode = Exclude<MessageKey, `${string}.${string}`>;
/** A parameter a message can do without may be passed as undefined (coded.ts drops it). */
type OptionalKeys<P> = { [K in keyof P]-?: Record<never, never> extends Pick<P, K> ? K : never }[keyof P];
type Loose<P> = P extends unknown ? Omit<P, OptionalKeys<P>> & { [K in OptionalKeys<P>]?: P[K] | undefined } : never;
export type ParamsOf<K extends MessageKey> = Loose<EntryParams<(typeof CATALOG)[K]>>;

/** One catalog entry rendered; `locale` defaults to the interface's current language. */
export function msg<K extends MessageKey>(key: K, params: ParamsOf<K>, locale: Locale = currentLocale()): string {
  return (CATALOG[key] as Entry<ParamsOf<K>>)[locale](params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOG, key);
}

/**
 * A warning in the given language, from its code and detail (task, page and row count as
 * parameters too). A code the catalog does not know, or a detail an older Plan lacks, keeps the
 * message the Plan carries.
 */
export function renderWarning(w: Warning, locale: Locale = currentLocale()): string {
  const place: Record<string, Param> = {};
  if (w.task !== undefined) place.task = w.task;
  if (w.page !== undefined) place.page = w.page;
  if (w.row !== undefined) place.row = w.row;
  return render(w.code, { ...w.detail, ...place }, w.message, locale);
}

/** An error (Result failure) in the given language, from its code and params. */
export function renderError(e: PlanError, locale: Locale = currentLocale()): string {
  return render(e.code, e.params ?? {}, e.message, locale);
}

function render(code: string, params: Record<string, Param>, fallback: string, locale: Locale): string {
  if (!isMessageKey(code)) return fallback;
  const entry = CATALOG[code] as Entry<Record<string, Param>>;
  return entry.complete(params) ? entry[locale](params) : fallback;
}
