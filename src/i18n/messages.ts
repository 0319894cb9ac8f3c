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

/** Comparators as words, the way plans write them ("tối thiểu 98%"), never ">=". */
const COMPARATOR_WORD: Record<Locale, Record<string, string>> = {
  vi: { '>=': 'tối thiểu', '>': 'trên', '<=': 'tối đa', '<': 'dưới', '=': 'bằng' },
  en: { '>=': 'at least', '>': 'more than', '<=': 'at most', '<': 'less than', '=': 'exactly' },
};

/** A comparator sign as its word; anything else (already a word) as it is. */
function comparatorWord(comparator: Param, locale: Locale): string {
  return COMPARATOR_WORD[locale][String(comparator).trim()] ?? String(comparator);
}

/** A target's comparison as printed: "tối thiểu 98%", "dưới 2 ngày"; Vietnamese writes a decimal comma. */
function figure(comparator: Param, value: Param, unit: Param | undefined, locale: Locale): string {
  const v = locale === 'vi' ? String(value).replace('.', ',') : String(value);
  const u = unit === undefined || unit === '' ? '' : unit === '%' ? '%' : ` ${String(unit)}`;
  return `${comparatorWord(comparator, locale)} ${v}${u}`.trim();
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

/** The steps of a write, named in failure messages ("Excel refused the write (writing cells)"). */
const PHASE = {
  read: { vi: 'đọc sổ', en: 'reading the workbook' },
  inspect: { vi: 'đọc danh sách sheet', en: 'listing the sheets' },
  backup: { vi: 'tạo bản sao lưu', en: 'making the backup copy' },
  sheets: { vi: 'tạo sheet, chèn và xóa dòng', en: 'creating sheets, inserting and deleting rows' },
  cells: { vi: 'ghi ô và định dạng', en: 'writing cells and formats' },
  rules: { vi: 'tô màu có điều kiện và kiểm tra dữ liệu', en: 'conditional colours and data validation' },
  finish: { vi: 'bộ lọc, cố định tiêu đề, trang in', en: 'filters, frozen headers, print settings' },
  print: { vi: 'trang in', en: 'print settings' },
} as const satisfies Record<string, Record<Locale, string>>;

/** A write's step in words; a step this table does not name shows as itself. */
export function phaseName(phase: string, locale: Locale): string {
  return (PHASE as Record<string, Record<Locale, string>>)[phase]?.[locale] ?? phase;
}

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
  'ocr-stt-dot-restored': m(['from', 'to'], {
    vi: (p: { from: string; to: string }) => `Số thứ tự "${p.from}" được đọc thành "${p.to}": bản quét mất dấu chấm, thứ tự các dòng trong mục cho thấy đúng là "${p.to}".`,
    en: (p) => `Number "${p.from}" was read as "${p.to}": the scan lost its dot, and the order of the rows in the section shows it is "${p.to}".`,
  }),
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
  'no-assignments': m(['file'], {
    vi: (p: { file: string }) => `Không tìm thấy bảng nào trong tệp ${p.file}, và văn bản không giao nhiệm vụ cho đơn vị nào (không có "Giao ...", "Đề nghị ...", "Yêu cầu ..." hay "<đơn vị>: ...")`,
    en: (p) => `${p.file} holds no table and assigns no task to any unit (no "Giao ...", "Đề nghị ...", "Yêu cầu ..." or "<unit>: ...")`,
  }),
  'prose-lead-not-found': m(['line', 'text'], {
    vi: (p: { line: number; text: string }) => `Dòng ${p.line}: không tìm thấy đơn vị được giao cho nhiệm vụ "${p.text}"`,
    en: (p) => `Line ${p.line}: no unit found that the task "${p.text}" is assigned to`,
  }),
  'prose-paragraph-joined': m(['line', 'task'], {
    vi: (p: { line: number; task: string }) => `Dòng ${p.line}: đoạn không có gạch đầu dòng được coi là phần tiếp của nhiệm vụ ${p.task} (có thể là một nhiệm vụ riêng)`,
    en: (p) => `Line ${p.line}: an undashed paragraph was taken as more of task ${p.task} (it may be a task of its own)`,
  }),
  'prose-unit-unknown': m(['unit'], {
    vi: (p: { unit: string; line?: number }) => `${p.line !== undefined ? `Dòng ${p.line}: ` : ''}đơn vị "${p.unit}" không có trong danh mục đơn vị; được giữ như văn bản ghi`,
    en: (p) => `${p.line !== undefined ? `Line ${p.line}: ` : ''}unit "${p.unit}" is not in the units directory; kept as printed`,
  }),
  'prose-target-from-heading': m(['task', 'section'], {
    vi: (p: { task: string; section: string }) => `Nhiệm vụ ${p.task} nhận chỉ tiêu ghi ở tiêu đề mục ${p.section}`,
    en: (p) => `Task ${p.task} takes the target stated in the heading of section ${p.section}`,
  }),

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
  'ocr-damaged': m(['share'], {
    vi: (p: { share: number; changed?: number; tasks?: number }) =>
      `Văn bản có vẻ được nhận dạng (OCR) bằng mô hình tiếng Anh: ${p.share}% số từ không phải âm tiết tiếng Việt.` +
      (p.changed !== undefined
        ? ` Đã khôi phục dấu tiếng Việt cho ${p.changed} âm tiết${p.tasks !== undefined ? ` trong ${p.tasks} nhiệm vụ` : ''}; các ô đã sửa được tô màu và ghi chú văn bản gốc, cần kiểm tra lại trước khi in.`
        : ' Cần kiểm tra lại nội dung.'),
    en: (p) =>
      `The text looks OCR'd with an English model: ${p.share}% of its words are not Vietnamese syllables.` +
      (p.changed !== undefined
        ? ` ${p.changed} syllables were given back their Vietnamese marks${p.tasks !== undefined ? ` in ${p.tasks} tasks` : ''}; the restored cells are coloured and carry the text as read in a note: check them before printing.`
        : ' Check the text.'),
  }),

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
    vi: () => 'Không tìm thấy bảng nhiệm vụ (dòng tiêu đề STT, Nhiệm vụ, ...) trong mẫu: đã thêm trang tính theo mẫu có sẵn.',
    en: () => 'No task table (a header row with STT, Nhiệm vụ, ...) was found in the template: a sheet was added from the built-in template.',
  }),
  'template-column-missing': m(['column'], {
    vi: (p: { role: string; column: string }) => `Bảng trong mẫu không có cột "${p.column}": nội dung cột này của kế hoạch không được ghi.`,
    en: (p) => `The template's table has no "${p.column}" column: the plan's content for it is not written.`,
  }),
  'print-too-wide': m(['sheet', 'columns'], {
    vi: (p: { sheet: string; columns: number }) =>
      `Trang "${p.sheet}" có ${p.columns} cột được in: dù thu hẹp hết mức vẫn không vừa khổ A4 ngang với chữ từ 11 pt, nên bản in sẽ thu nhỏ hơn. Muốn chữ in dễ đọc, hãy ẩn bớt cột không cần in.`,
    en: (p) => `Sheet "${p.sheet}" prints ${p.columns} columns: even at their narrowest they do not fit A4 landscape with text of 11 pt or more, so the printout will be smaller. Hide columns that need not be printed to keep it legible.`,
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
  'register-revision-inferred': m(['document', 'by'], {
    vi: (p: { document: string; by: string }) =>
      `Văn bản không có số: đã coi là bản sửa đổi của văn bản ${p.document} trong sổ theo dõi (${p.by === 'title' ? 'cùng trích yếu, cùng ngày' : p.by === 'file' ? 'cùng tên tệp' : p.by === 'tasks' ? 'phần lớn nhiệm vụ giống nhau' : 'cùng loại, cùng cơ quan ban hành, phần lớn nhiệm vụ giống nhau'}); nếu là văn bản mới, hãy ghi số văn bản`,
    en: (p) =>
      `The document has no number: taken as a revision of ${p.document} in the register (${p.by === 'title' ? 'same subject, same date' : p.by === 'file' ? 'same file name' : p.by === 'tasks' ? 'most tasks alike' : 'same kind and issuer, most tasks alike'}); give its number if it is a new document`,
  }),
  'register.new-document': m(['document', 'heading'], {
    vi: (p: { document: string; heading: string }) => `  Văn bản mới trong sổ theo dõi: ${p.document} (${p.heading}), thêm vào cuối bảng nhiệm vụ`,
    en: (p) => `  New document in the register: ${p.document} (${p.heading}), added at the end of the task table`,
  }),
  'register.revised-document': m(['document', 'heading'], {
    vi: (p: { document: string; heading: string; previous?: string }) =>
      `  Đã cập nhật văn bản ${p.document}${p.previous ? ` (trước đây ${p.previous})` : ''} (${p.heading}); các văn bản khác giữ nguyên`,
    en: (p) => `  Updated document ${p.document}${p.previous ? ` (was ${p.previous})` : ''} (${p.heading}); other documents left as they were`,
  }),
  'register.documents': m(['count'], {
    vi: (p: { count: number }) => `  Sổ theo dõi có ${p.count} văn bản`,
    en: (p) => `  The register holds ${p.count} documents`,
  }),
  'register.overdue-task': m(['task', 'due', 'document'], {
    vi: (p: { task: string; due: string; document: string }) => `  ${p.task} (${p.document}): hạn ${p.due}`,
    en: (p) => `  ${p.task} (${p.document}): due ${p.due}`,
  }),
  'list.heading': m(['book', 'count', 'tasks'], {
    vi: (p: { book: string; count: number; tasks: number }) => `${p.book}: ${p.count} văn bản, ${p.tasks} nhiệm vụ`,
    en: (p) => `${p.book}: ${p.count} documents, ${p.tasks} tasks`,
  }),
  'list.document': m(['index', 'document', 'tasks'], {
    vi: (p: { index: number; document: string; tasks: number; heading?: string }) => `  ${p.index}. ${p.document}: ${p.tasks} nhiệm vụ${p.heading ? ` (${p.heading})` : ''}`,
    en: (p) => `  ${p.index}. ${p.document}: ${p.tasks} tasks${p.heading ? ` (${p.heading})` : ''}`,
  }),
  'list.no-tasks': m(['book'], {
    vi: (p: { book: string }) => `${p.book}: không thấy bảng nhiệm vụ (dòng tiêu đề có STT, Nhiệm vụ, ...)`,
    en: (p) => `${p.book}: no task table found (a header row with STT, Nhiệm vụ, ...)`,
  }),

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
  // Features an older Excel lacks (requirement sets, checked at run time): warnings of a write.
  // No API names: the people reading them know Excel by its year, not by its requirement sets.
  'excel-no-conditional-formats': m([], {
    vi: () => 'Excel này chưa hỗ trợ định dạng có điều kiện: ô quá hạn, sắp đến hạn và chỉ tiêu không đạt sẽ không tự tô màu. Cột "Đánh giá tiến độ" và "Đánh giá" vẫn tính đúng.',
    en: () => 'This Excel lacks conditional formatting: overdue, soon-due and missed targets will not be coloured. The timeliness and verdict columns still compute.',
  }),
  'excel-no-data-validation': m([], {
    vi: () => 'Excel này chưa hỗ trợ kiểm tra dữ liệu nhập: danh sách chọn tình trạng và kiểm tra số liệu không được thêm.',
    en: () => 'This Excel lacks data validation: the progress drop-down and the figure checks were not added.',
  }),
  'excel-no-page-layout': m([], {
    vi: () => 'Excel này chưa hỗ trợ thiết lập trang in (Office 2019 trở về trước không có): hãy đặt khổ A4 ngang, lề 20/20/30/15 mm và số trang bằng tay trong Bố trí Trang.',
    en: () => 'This Excel cannot set up printing (Office 2019 and earlier lack it): set A4 landscape, margins 20/20/30/15 mm and page numbers by hand in Page Layout.',
  }),
  'excel-no-autofilter': m([], {
    vi: () => 'Excel này chưa hỗ trợ bật bộ lọc bằng tiện ích: bấm Dữ liệu > Lọc trên dòng tiêu đề nếu cần.',
    en: () => 'This Excel cannot turn on filters from an add-in: use Data > Filter on the header row if needed.',
  }),
  'excel-no-copy-formats': m([], {
    vi: () => 'Excel này chưa hỗ trợ chép định dạng: các cột mới thêm vào mẫu chưa mang định dạng của tiêu đề mẫu.',
    en: () => 'This Excel cannot copy formats: the columns added to the template do not carry its header format.',
  }),
  'excel-no-freeze-panes': m([], {
    vi: () => 'Excel này chưa hỗ trợ cố định dòng tiêu đề.',
    en: () => 'This Excel cannot freeze the header rows.',
  }),
  'excel-backup-unsupported': m(['sheet'], {
    vi: (p: { sheet: string }) => `Excel này không tạo được bản sao sheet: sheet "${p.sheet}" được ghi mà không có bản sao lưu, và thao tác của tiện ích không hoàn tác (Ctrl+Z) được.`,
    en: (p) => `This Excel cannot copy sheets: "${p.sheet}" was written without a backup copy, and add-in changes cannot be undone (Ctrl+Z).`,
  }),
  'excel-snapshot-merges-unread': m(['detail'], {
    vi: (p: { detail: string }) => `Không đọc được các ô gộp của sổ (Excel báo: ${p.detail}); việc ghi vẫn tiếp tục.`,
    en: (p) => `The merged cells of the workbook could not be read (Excel said: ${p.detail}); writing goes on.`,
  }),
  'excel-settings-local': m([], {
    vi: () => 'Thiết lập được lưu trong trình duyệt của máy này, không lưu trong sổ Excel.',
    en: () => "Settings are kept in this computer's browser storage, not in the workbook.",
  }),
  'settings-units-invalid': m(['detail'], {
    vi: (p: { detail: string }) => `Danh bạ đơn vị trong thiết lập không hợp lệ (${p.detail}): dùng danh bạ có sẵn.`,
    en: (p) => `The units directory in the settings is invalid (${p.detail}): the built-in one was used.`,
  }),
  // Failures of the Office.js operations (Result.error.code); `phase` is a step of a write (PHASE).
  'excel-backup-needs-consent': m(['sheet'], {
    vi: (p: { sheet: string }) => `Excel này không tạo được bản sao lưu sheet "${p.sheet}" trước khi ghi, và thao tác của tiện ích không hoàn tác được. Chỉ ghi khi bạn đồng ý ghi không có bản sao.`,
    en: (p) => `This Excel cannot keep a backup copy of "${p.sheet}" before writing, and add-in changes cannot be undone. Write only if you agree to go on without a copy.`,
  }),
  'excel-unavailable': m([], {
    vi: () => 'Không kết nối được với Excel: tiện ích này chạy bên trong Excel (Trang đầu > Bổ trợ).',
    en: () => 'Excel is not available: this add-in runs inside Excel (Home > Add-ins).',
  }),
  'excel-write-failed': m(['phase', 'detail'], {
    vi: (p: { phase: string; detail: string }) => `Excel từ chối thao tác ghi (${phaseName(p.phase, 'vi')}): ${p.detail}`,
    en: (p) => `Excel refused the write (${phaseName(p.phase, 'en')}): ${p.detail}`,
  }),
  'excel-read-failed': m(['detail'], {
    vi: (p: { detail: string; phase?: string }) => `Không đọc được sổ Excel: ${p.detail}`,
    en: (p) => `The workbook could not be read: ${p.detail}`,
  }),
  'excel-request-too-large': m(['phase'], {
    vi: (p: { phase: string; detail?: string }) => `Dữ liệu gửi sang Excel quá lớn trong một lần (${phaseName(p.phase, 'vi')}); hãy chia kế hoạch thành nhiều phần.`,
    en: (p) => `Too much data for one request to Excel (${phaseName(p.phase, 'en')}); split the plan into parts.`,
  }),
  'excel-sheet-missing': m(['sheet'], {
    vi: (p: { sheet: string }) => `Không tìm thấy sheet "${p.sheet}" trong sổ đang mở (có thể vừa bị đổi tên hoặc xóa). Hãy thử lại.`,
    en: (p) => `Sheet "${p.sheet}" is not in the open workbook (renamed or deleted meanwhile?). Try again.`,
  }),
  'excel-go-to-failed': m(['address', 'detail'], {
    vi: (p: { address: string; detail: string; phase?: string }) => `Không chuyển được tới ô ${p.address}: ${p.detail}`,
    en: (p) => `Could not go to ${p.address}: ${p.detail}`,
  }),
  'excel-bad-address': m(['address'], {
    vi: (p: { address: string }) => `Địa chỉ ô "${p.address}" không hợp lệ.`,
    en: (p) => `"${p.address}" is not a cell address.`,
  }),
  'excel-no-tracking': m([], {
    vi: () => 'Sổ đang mở không có bảng nhiệm vụ hay bảng chỉ tiêu (dòng tiêu đề STT, Nhiệm vụ, ... hoặc Chỉ tiêu, Ngưỡng, ...).',
    en: () => 'The open workbook holds no task table or targets table (a header row with STT, Nhiệm vụ, ... or Chỉ tiêu, Ngưỡng, ...).',
  }),
  'excel-print-failed': m(['detail'], {
    vi: (p: { detail: string; phase?: string }) => `Không thiết lập được trang in: ${p.detail}`,
    en: (p) => `Print settings could not be applied: ${p.detail}`,
  }),
  'settings-save-failed': m(['detail'], {
    vi: (p: { detail: string }) => `Không lưu được thiết lập: ${p.detail}`,
    en: (p) => `Settings could not be saved: ${p.detail}`,
  }),
  // The task pane's plainer sentence for a failure, shown above the failure's own message.
  'pane.no-task-table': m([], {
    vi: () => 'Không tìm thấy bảng nhiệm vụ (cần các cột như STT, Nhiệm vụ, Cơ quan chủ trì, Thời gian hoàn thành).',
    en: () => 'No task table found (it needs columns such as STT, Nhiệm vụ, Cơ quan chủ trì, Thời gian hoàn thành).',
  }),
  'pane.no-assignments': m([], {
    vi: () => 'Không có bảng nhiệm vụ, và văn bản không giao việc cho đơn vị nào (không có "Giao ...", "Đề nghị ...", "Yêu cầu ..." hay "<đơn vị>: ...").',
    en: () => 'There is no task table, and the text assigns nothing to any unit (no "Giao ...", "Đề nghị ...", "Yêu cầu ..." or "<unit>: ...").',
  }),
  'pane.no-tasks': m([], {
    vi: () => 'Bảng có dòng tiêu đề nhưng không có dòng nhiệm vụ nào.',
    en: () => 'The table has a header row but no task rows.',
  }),
  'pane.binary-file': m([], {
    vi: () => 'Tệp này không phải văn bản hay tài liệu Word.',
    en: () => 'This file is neither text nor a Word document.',
  }),
  'pane.docx-not-word': m([], {
    vi: () => 'Tệp này là một tệp Office khác, không phải tài liệu Word (.docx).',
    en: () => 'This is another kind of Office file, not a Word document (.docx).',
  }),
  'pane.docx-unreadable': m([], {
    vi: () => 'Tài liệu Word bị hỏng hoặc không mở được.',
    en: () => 'The Word document is damaged or cannot be opened.',
  }),
  'pane.legacy-encoding': m([], {
    vi: () => 'Văn bản dùng bảng mã cũ (TCVN3/VNI). Hãy chuyển sang Unicode rồi thử lại.',
    en: () => 'The text uses an old Vietnamese encoding (TCVN3/VNI). Convert it to Unicode and try again.',
  }),
  'pane.unsupported-format': m([], {
    vi: () => 'Chưa hỗ trợ định dạng tệp này.',
    en: () => 'This file format is not supported.',
  }),
  'pane.parse-crashed': m([], {
    vi: () => 'Có lỗi trong lúc đọc.',
    en: () => 'Something went wrong while reading.',
  }),
  'pane.details': m(['message'], {
    vi: (p: { message: string }) => `Chi tiết: ${p.message}`,
    en: (p) => `Details: ${p.message}`,
  }),


  'cli.usage': m(['commands'], {
    vi: (p: { commands: string }) => `Plan Tracker: đưa phụ lục kế hoạch vào sổ theo dõi Excel.

${p.commands}

  Ngôn ngữ: --lang vi|en (hoặc biến môi trường PLAN_TRACKER_LANG); mặc định là tiếng Việt.`,
    en: (p) => `Plan Tracker: Vietnamese plan appendices to tracking workbooks.

${p.commands}

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

  /* What each command and option does, for --help (the table is src/cli/commands.ts) */
  'cli.help.parse': m([], {
    vi: () => 'Đọc kế hoạch; in bản tóm tắt, hoặc Plan JSON với --json',
    en: () => 'Read a plan; print a summary, or the Plan JSON with --json',
  }),
  'cli.help.build': m([], {
    vi: () => 'Lập bảng tính theo dõi từ kế hoạch (hoặc từ Plan JSON), vào mẫu của đơn vị nếu có',
    en: () => 'Build the tracking workbook from a plan (or a Plan JSON), into the office template if given',
  }),
  'cli.help.check': m([], {
    vi: () => 'Đọc lại bảng tính theo dõi: chỉ tiêu không đạt, nhiệm vụ quá hạn (mã thoát 1 nếu có)',
    en: () => 'Read a tracking workbook back: targets missed, tasks overdue (exit code 1 when there are any)',
  }),
  'cli.help.list': m([], {
    vi: () => 'Liệt kê các văn bản trong sổ theo dõi, với số nhiệm vụ của mỗi văn bản',
    en: () => 'List the documents a tracking register holds, with their task counts',
  }),
  'cli.help.year': m([], {
    vi: () => 'năm của kế hoạch, khi văn bản không ghi rõ',
    en: () => "the plan's year, when the document does not say",
  }),
  'cli.help.today': m([], {
    vi: () => 'ngày tính quá hạn (mặc định: hôm nay)',
    en: () => 'the date lateness is judged at (default: today)',
  }),
  'cli.help.json': m([], {
    vi: () => 'in JSON thay cho bản tóm tắt',
    en: () => 'print JSON instead of the summary',
  }),
  'cli.help.noise': m([], {
    vi: () => 'chữ in chìm cần bỏ: chữ nguyên văn (không phân biệt dấu, hoa thường) hoặc /regex/; dùng được nhiều lần',
    en: () => 'a watermark to remove: literal text (accents and case ignored) or /regex/; may be repeated',
  }),
  'cli.help.output': m([], {
    vi: () => 'tệp .xlsx kết quả (không bao giờ ghi đè tệp đầu vào)',
    en: () => 'the .xlsx file to write (never one of the inputs)',
  }),
  'cli.help.template': m([], {
    vi: () => 'mẫu của đơn vị, hoặc bảng tính theo dõi lập trước đây để cập nhật (chỉ đọc)',
    en: () => 'the office template, or an earlier tracking workbook to update (only read)',
  }),
  'cli.help.figures': m([], {
    vi: () => 'số liệu chỉ tiêu: mỗi dòng một mã chỉ tiêu và số liệu',
    en: () => 'target figures: one target id and its figure a line',
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
    vi: (p: { count: number }) =>
      `  Khi đọc kế hoạch có ${p.count} cảnh báo: những chỗ công cụ đã tự xử lý, nên xem lại trong sổ (sổ vẫn được ghi; lệnh plan-tracker parse liệt kê đủ):`,
    en: (p) => `  Reading the plan gave ${p.count} warnings: things the tool handled itself, worth a look in the workbook (it was written; plan-tracker parse lists them all):`,
  }),
  'report.warning-group': m(['example', 'more'], {
    vi: (p: { example: string; more: number }) => `    - ${p.example}${p.more > 0 ? ` (và ${p.more} chỗ tương tự)` : ''}`,
    en: (p) => `    - ${p.example}${p.more > 0 ? ` (and ${p.more} more like it)` : ''}`,
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
    vi: () => '  (Tệp chưa có biểu đồ: trang Tổng hợp có đủ số liệu; cần biểu đồ thì chèn trong Excel)',
    en: () => '  (The file has no chart: the summary sheet has the figures; insert a chart in Excel if wanted)',
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
    vi: (p: { target: string; value: number; comparator: string; threshold: number; cell: string; unit?: string; document?: string }) =>
      `  ${p.target}${p.document ? ` (${p.document})` : ''}: kết quả ${figure('', p.value, p.unit, 'vi')} – yêu cầu ${figure(p.comparator, p.threshold, p.unit, 'vi')} (ô ${p.cell})`,
    en: (p) => `  ${p.target}${p.document ? ` (${p.document})` : ''}: reached ${figure('', p.value, p.unit, 'en')}, asked ${figure(p.comparator, p.threshold, p.unit, 'en')} (cell ${p.cell})`,
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

/**
 * The codes a failure (Result.error) carries; every other code is a warning's. A new failure
 * code goes here, or the task pane's grouping (src/taskpane/warnings.ts) asks where to show it.
 */
const FAILURE_CODES = [
  // Reading the input (src/core/import) and the command line (src/cli)
  'binary-file', 'legacy-encoding', 'unsupported-format', 'docx-not-word', 'docx-unreadable', 'empty-file', 'no-task-table', 'no-tasks',
  'no-assignments', 'pdf-unreadable', 'pdf-no-text', 'image-unreadable', 'ocr-failed', 'read-cancelled', 'docx-too-large',
  'unit-directory-invalid', 'input-not-found', 'input-is-directory', 'input-too-large', 'input-unreadable', 'bad-year', 'bad-today', 'bad-arguments',
  // The workbook and figures (src/workbook, src/xlsx)
  'cell-over-limit', 'figures-bad-header', 'figures-bad-line', 'figures-bad-value', 'figures-duplicate', 'workbook-unreadable', 'bad-plan-json',
  // Office.js (src/excel)
  'excel-backup-needs-consent', 'excel-unavailable', 'excel-write-failed', 'excel-read-failed', 'excel-request-too-large', 'excel-sheet-missing',
  'excel-go-to-failed', 'excel-bad-address', 'excel-no-tracking', 'excel-print-failed', 'settings-save-failed',
] as const satisfies readonly MessageCode[];

/* ---------- Rendering ---------- */

export type MessageKey = keyof typeof CATALOG;
/** Keys without a dot: the codes warnings and errors carry. */
export type MessageCode = Exclude<MessageKey, `${string}.${string}`>;
export type FailureCode = (typeof FAILURE_CODES)[number];
/** The codes a Warning carries: the catalog's codes less the failures'. */
export type WarningCode = Exclude<MessageCode, FailureCode>;

export function isFailureCode(code: string): code is FailureCode {
  return (FAILURE_CODES as readonly string[]).includes(code);
}

export function isWarningCode(code: string): code is WarningCode {
  return isMessageKey(code) && !code.includes('.') && !isFailureCode(code);
}

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
