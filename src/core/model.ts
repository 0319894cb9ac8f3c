/**
 * The Plan, as ../docs/contract.md (kept in README) defines it: the shape other tools read.
 * Add fields freely; never rename or drop one without bumping PLAN_SCHEMA.
 */
export const PLAN_SCHEMA = 'plan-tracker/plan@1' as const;

export type SourceFormat = 'markdown' | 'html' | 'tsv' | 'docx' | 'text' | 'pdf' | 'image';

/** What kind of document assigned the tasks (contract: "Documents in prose"). */
export type DocumentKind = 'plan' | 'notice' | 'letter' | 'appendix';

/** The document the Plan came from: the file, and what its letterhead says when it says it. */
export interface Source {
  file: string;
  format: SourceFormat;
  kind?: DocumentKind;
  /** The document's number as printed, spaces inside removed ("3815/UBND-NV"). */
  number?: string;
  /** ISO date of the document's date line ("Quận 1, ngày 05 tháng 11 năm 2024"). */
  date?: string;
  /** Who issued it ("Ủy ban nhân dân Quận 1"). */
  issuer?: string;
  /** The "V/v ..." line or the title. */
  subject?: string;
}

export interface Section {
  stt: string;
  title: string;
}

export type DeadlineKind = 'date' | 'period' | 'recurring' | 'event' | 'none';

export interface Milestone {
  text: string;
  due: string | null;
}

export interface Deadline {
  text: string;
  /** ISO date (YYYY-MM-DD) of the final completion, or null when the phrase names no date. */
  due: string | null;
  kind: DeadlineKind;
  milestones: Milestone[];
  /** True when the year came from the plan, not from the phrase (chrono's "implied"). */
  yearImplied?: boolean;
  /** For recurring phrases: the period ("month", "quarter", "year", ...). */
  recurrence?: string;
}

export type Comparator = '>=' | '>' | '<=' | '<' | '=';

export interface Target {
  id: string;
  text: string;
  comparator: Comparator;
  value: number;
  unit: string;
  scope: string;
  /** Body targets: the printed item number ("3.2"). */
  ref?: string;
  better?: 'higher' | 'lower';
  /** A "phấn đấu" figure next to a firm target. */
  stretch?: number | null;
}

export interface Origin {
  page?: number;
  row?: number;
  /** Documents in prose: 1-based line in the text as read. */
  line?: number;
  /** Documents in prose read from pages (PDF, scans): paragraph on that page. */
  paragraph?: number;
}

/** A task whose text was given back from OCR damage keeps what was read (contract). */
export interface OcrRestoration {
  raw: string;
  /** How many syllables were changed. */
  changed: number;
}

export interface Task {
  id: string;
  stt: string;
  section: string;
  task: string;
  products: string[];
  lead: string[];
  coordinators: string[];
  notes: string;
  extra: Record<string, string>;
  deadline: Deadline;
  targets: Target[];
  origin: Origin;
  ocr?: OcrRestoration;
}

export interface Warning {
  /** Stable code; tests and the task pane match on it, never on the wording. */
  code: string;
  message: string;
  task?: string;
  page?: number;
  row?: number;
  /** Structured details for the UI (what was merged, removed, guessed). */
  detail?: Record<string, string | number | boolean>;
}

export interface Plan {
  schema: typeof PLAN_SCHEMA;
  source: Source;
  title?: string;
  year: number | null;
  /** Where the year came from: the caller (--year), the document, or nowhere. */
  yearSource?: 'option' | 'document' | 'none';
  /** The plan's own date (its date line), ISO, when found. */
  date?: string;
  sections: Section[];
  tasks: Task[];
  targets: Target[];
  warnings: Warning[];
}

/* ---------- What readers hand to the core ---------- */

/**
 * One line of a cell as the source laid it out. `hard` is true when the source put a
 * break before it that can start a new item (<br>, <p>, <li>, a Word paragraph, a newline in a
 * clipboard cell); false when the line only continues the previous one (the first line of a
 * cell, or a soft wrap).
 */
export interface CellLine {
  /** Clean text: NFC, whitespace collapsed, trimmed, no markup (readers guarantee it). */
  text: string;
  hard: boolean;
  /** The source marked this line as a list item (<li>, a numbered Word paragraph). */
  bullet?: boolean;
}

export interface SourceCell {
  lines: CellLine[];
  /** Columns this cell spans (HTML colspan, w:gridSpan). */
  colSpan?: number;
  /** Rows this cell spans (HTML rowspan); readers of vMerge resolve to this too. */
  rowSpan?: number;
}

export interface SourceRow {
  cells: SourceCell[];
  /** Page of the source this row sits on, when the source has pages (markdown from PDF). */
  page?: number;
  /** 1-based row number within its table on that page (or within the table). */
  row?: number;
  /** The source marks this row as a repeated header (w:tblHeader, <thead>). */
  header?: boolean;
}

export interface SourceTable {
  rows: SourceRow[];
  /** Page the table starts on, when known. */
  page?: number;
  /** Index of the table in the document, 0-based. */
  index: number;
}

/** What a reader produces: the tables, the running text around them, and its messages. */
export interface ReadDocument {
  format: SourceFormat;
  tables: SourceTable[];
  /** The document's running text outside tables, one paragraph per line, NFC. */
  text: string;
  warnings: Warning[];
}
