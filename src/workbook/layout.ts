/**
 * The workbook description: what the layout step (pure) hands to a writer. Two writers carry
 * it out: src/xlsx (exceljs, Node) and src/excel (Office.js). Everything here is plain data
 * (JSON-serialisable), addressed in 1-based rows and columns of the sheet *after* the sheet's
 * row operations have run.
 *
 * Order in which a writer applies one SheetLayout:
 *   1. action: create the sheet (at `position`), or delete and recreate it ('replace'), or edit it;
 *   2. rowOps, in order (insert or delete whole rows; everything below moves, as Excel's own
 *      Insert/Delete rows does: cells, merges, formulas that point there, rules, print titles);
 *   3. clearRulesIn: remove conditional formats and data validations lying inside these ranges;
 *   4. columns, rows (heights), blocks (values + styles), merges;
 *   5. conditionalFormats, validations, autoFilter, freeze, print.
 */
import type { Warning } from '../core/model';
import type { StyleKey, Emphasis } from './styles';

export const WORKBOOK_SCHEMA = 'plan-tracker/workbook@1' as const;

/**
 * A cell's value. `text` is always written as a string cell (never parsed: "1.10" stays "1.10",
 * "- Kế hoạch" and "=x" stay text); `formula` is Excel's English syntax without the leading "=".
 */
export type CellValue =
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** ISO date (YYYY-MM-DD), written as a date serial. */
  | { kind: 'date'; iso: string }
  | { kind: 'formula'; formula: string }
  /** Clears the value, keeps nothing. */
  | { kind: 'blank' };

export interface LayoutCell {
  /** Absent: leave the value as it is (style only). */
  value?: CellValue;
  /** Absent: leave the format as it is. */
  style?: StyleKey;
  emphasis?: Emphasis;
  /** A cell note (Excel comment): text restored from OCR damage keeps what was read here. */
  note?: string;
  /** Copy the whole format (font, fill, border, alignment, number format) of this cell first. */
  copyFormatFrom?: { row: number; col: number };
}

/** A rectangle of cells, row-major; null leaves a cell alone. */
export interface CellBlock {
  top: number;
  left: number;
  cells: (LayoutCell | null)[][];
}

/** count > 0 inserts rows before `at`; count < 0 deletes rows at..at-count-1. */
export interface RowOp {
  at: number;
  count: number;
}

export interface ColumnLayout {
  col: number;
  width?: number;
  hidden?: boolean;
}

export interface RowLayout {
  row: number;
  /** Points. */
  height: number;
}

export interface ConditionalRule {
  /** A boolean expression relative to the top-left cell of the format's first range. */
  formula: string;
  /** RRGGBB */
  fill: string;
  fontColor?: string;
  stopIfTrue?: boolean;
  /** What the colour means (the legend says the same). */
  meaning: string;
}

export interface ConditionalFormat {
  /** One or more ranges, space-separated (an sqref). */
  ref: string;
  rules: ConditionalRule[];
}

export interface Message {
  title: string;
  text: string;
}

export type Validation =
  | { kind: 'list'; ref: string; items: string[]; error: Message; prompt?: Message }
  | { kind: 'decimal'; ref: string; min: number; max: number; error: Message; prompt?: Message }
  | { kind: 'date'; ref: string; min: string; max: string; error: Message; prompt?: Message };

export interface PrintLayout {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Millimetres (Decree 30/2020: top 20-25, bottom 20-25, left 30-35, right 15-20). */
  marginsMm: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  fitToWidth: number;
  /**
   * Percent to print at, when the layout chose column widths that fit the page at that size
   * (print-fit.ts); then fitToWidth is not applied (a program fitting to width may shrink further
   * for reasons of its own). Absent: fit to `fitToWidth` pages wide.
   */
  scale?: number;
  /** 0: as many pages tall as needed. */
  fitToHeight: number;
  /** Rows repeated at the top of every page. */
  titleRows?: { first: number; last: number };
  /** A1 range; absent: leave the sheet's print area as it is. */
  printArea?: string;
  /** Header/footer in Excel's codes (&C centre, &P page number); the first page gets `firstHeader`. */
  oddHeader: string;
  firstHeader: string;
  oddFooter: string;
  differentFirst: boolean;
  /** Each sheet is its own printed document, numbered from this page. */
  firstPageNumber: number;
  horizontalCentered: boolean;
  fontName: string;
}

export interface SheetLayout {
  name: string;
  action: 'create' | 'edit' | 'replace';
  /** For create/replace: index among the workbook's sheets (0-based); absent: at the end. */
  position?: number;
  state: 'visible' | 'hidden';
  /** What this sheet is for: lets the Office.js writer and tests find it. */
  role: 'tasks' | 'targets' | 'summary' | 'marker';
  rowOps: RowOp[];
  clearRulesIn: string[];
  columns: ColumnLayout[];
  /** Heights for rows of wrapped text (estimated: programs do not fit rows on opening). */
  rows: RowLayout[];
  blocks: CellBlock[];
  merges: string[];
  conditionalFormats: ConditionalFormat[];
  validations: Validation[];
  /** A1 range for the filter buttons; absent: leave as is. */
  autoFilter?: string;
  /** First scrolling cell (rows above and columns left of it stay put); absent: leave as is. */
  freeze?: { row: number; col: number };
  print?: PrintLayout;
}

export interface DefinedName {
  name: string;
  /** Absolute reference with its sheet: 'Tổng hợp'!$C$4 */
  ref: string;
}

export interface ChangeList {
  added: string[];
  updated: { id: string; fields: string[] }[];
  renumbered: { from: string; to: string }[];
  /** Left the plan but hold typed values: kept and marked. */
  kept: string[];
  /** Rows people added by hand (no id) in a workbook Plan Tracker filled: kept as they are, still tracked. */
  byHand: string[];
  /** Left the plan with nothing typed: removed. */
  removed: string[];
  unchanged: number;
}

export interface ChangeReport {
  /** True when the workbook was one Plan Tracker filled earlier. */
  update: boolean;
  tasks: ChangeList;
  targets: ChangeList;
  /** Sheets created, e.g. ["Tổng hợp"]. */
  sheetsCreated: string[];
  /** Tracking columns added to the template's task table, by header. */
  columnsAdded: string[];
  /** Which document of the register the build brought in, new or a revision (optional: older callers). */
  document?: DocumentReport;
}

/** The plan's document in the register ("One register, many documents"). */
export interface DocumentReport {
  /** "57/TB-UBND 03/04/2024", as the "Văn bản giao" column writes it. */
  label: string;
  /** "Thông báo số 57/TB-UBND ngày 03/04/2024: ..." */
  heading: string;
  status: 'new' | 'revision';
  /** What told it was a revision: number, kind-issuer (most tasks alike), title, file, tasks (most alike, a workbook of one plan). */
  by?: 'number' | 'kind-issuer' | 'title' | 'file' | 'tasks';
  /** The label its rows bore before, when the revision changed it. */
  previousLabel?: string;
  /** Every document of the register after the build, in order, with its task count. */
  documents: { label: string; tasks: number }[];
}

/** Where the layout put things: the reader, `check` and the add-in use it. */
export interface LayoutMap {
  tasksSheet: string;
  targetsSheet: string | null;
  summarySheet: string;
  /** Absolute reference of the as-of date cell. */
  asOf: string;
}

export interface WorkbookLayout {
  schema: typeof WORKBOOK_SCHEMA;
  sheets: SheetLayout[];
  definedNames: DefinedName[];
  /** Sheet to show when the workbook opens. */
  activeSheet: string;
  map: LayoutMap;
  report: ChangeReport;
  warnings: Warning[];
}
