/**
 * What the task pane asks of Excel. The React components receive an Operations object as a
 * prop (as Microsoft's React task-pane template does), so they are tested without Office; the
 * real one is made in src/excel (the only code that touches `Excel.*`), a scripted stand-in in
 * the end-to-end tests.
 */
import type { Plan, Warning } from '../core/model';
import type { Result } from '../core/result';
import type { StatusReport } from '../workbook/status-read';

/** Office capabilities found at run time (requirement sets); what is missing is explained. */
export interface Capabilities {
  /** ExcelApi 1.6: conditional formats. */
  conditionalFormats: boolean;
  /** ExcelApi 1.8: data validation. */
  dataValidation: boolean;
  /** ExcelApi 1.9: page layout (print settings). */
  pageLayout: boolean;
  /** ExcelApi 1.7: worksheet copy (the safety copy before changing people's work). */
  sheetCopy: boolean;
  /** Office's display language, e.g. "vi-VN", "en-US". */
  displayLanguage: string;
  /** ExcelApi 1.10: comments (the text as read on OCR-restored cells). */
  comments?: boolean;
}

export interface WriteOptions {
  /** ISO as-of date; absent: =TODAY(). */
  today?: string;
  /**
   * The user agreed to change a sheet holding people's work without a safety copy (this Excel
   * cannot copy sheets: ExcelApi 1.7). Asked after a failure coded BACKUP_CONSENT_CODE.
   */
  allowWithoutBackup?: boolean;
}

/** The failure writePlan returns when it needs allowWithoutBackup before changing people's work. */
export const BACKUP_CONSENT_CODE = 'excel-backup-needs-consent';

/** What a write did, for the user to read. */
export interface WriteReport {
  /** Sheet the tasks went to. */
  sheet: string;
  mode: 'new-sheet' | 'template' | 'update';
  added: number;
  updated: number;
  kept: number;
  /** Tasks that left the plan but hold typed values: marked, not deleted. */
  marked: number;
  /** Name of the safety copy made before changing a sheet with people's work, if any. */
  backupSheet?: string;
  /** Features skipped because this Office lacks the requirement set, in plain words. */
  degraded: Warning[];
  /** Which document of the register the plan was written as (new, or the one it revised). */
  document?: DocumentPreview;
}

/** The plan's document in the workbook's register, as the preview shows it before anything is written. */
export interface DocumentPreview {
  status: 'new' | 'revision';
  /** "57/TB-UBND 03/04/2024", as the "Văn bản giao" column writes it. */
  label: string;
  /** "Thông báo số 57/TB-UBND ngày 03/04/2024: ..." */
  heading: string;
  /** The register's documents after the write, in order. */
  documents: string[];
}

export type { BreachItem, StatusReport, TaskStatusItem } from '../workbook/status-read';

export interface Settings {
  /** Extra watermark patterns (literal or /regex/). */
  noise: string[];
  /** "Trước ngày d/m/y": by that day, or the day before. */
  beforeDay: 'inclusive' | 'exclusive';
  /** The units directory as JSON text the user edits. */
  unitsDirectory: string;
}

/** Settings before anyone changed them: no extra noise, "trước ngày" inclusive, the built-in units. */
export const DEFAULT_SETTINGS: Settings = { noise: [], beforeDay: 'inclusive', unitsDirectory: '' };

export interface Operations {
  capabilities(): Promise<Capabilities>;
  /** Reads the active workbook and says whether the plan is new to its register or a revision of a document there; writes nothing. */
  previewDocument?(plan: Plan): Promise<Result<DocumentPreview>>;
  /** Writes the plan into the active workbook: its task table, an earlier import, or a new sheet. */
  writePlan(plan: Plan, options: WriteOptions): Promise<Result<WriteReport>>;
  /** Reads figures, progress and dates back from the cells and judges them. */
  readStatus(asOf?: string): Promise<Result<StatusReport>>;
  /** Selects a cell ("'Chỉ tiêu'!F9") so the user lands on it. */
  goToCell(address: string): Promise<Result<true>>;
  /** Applies the print settings (Decree 30/2020) to the tracking sheets. */
  applyPrintSettings(): Promise<Result<{ sheets: string[]; degraded: Warning[] }>>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<Result<true>>;
}
