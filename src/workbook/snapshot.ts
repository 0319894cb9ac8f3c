/**
 * What an existing workbook holds, as the layout needs it: cell values and formulas of every
 * sheet, merges and defined names. The Node reader (src/xlsx/snapshot.ts) and the Office.js
 * reader produce it; the layout never touches a workbook library.
 */

export interface SnapshotCell {
  /** Dates are serial numbers with `date: true`. Error values are strings ("#REF!"). */
  v: string | number | boolean | null;
  /** Formula without the leading "=", when the cell holds one (v is then its cached result). */
  f?: string;
  date?: boolean;
}

export interface SheetSnapshot {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** rows[row][col], 1-based, sparse. */
  rows: Record<number, Record<number, SnapshotCell>>;
  lastRow: number;
  lastCol: number;
  merges: string[];
  /** Column widths (Excel's character units) where the sheet sets them, by column. */
  widths?: Record<number, number>;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  definedNames: { name: string; ref: string }[];
}

/** The sheet of that exact name (Excel's own spelling), or null; no name, no sheet. */
export function sheetNamed(s: WorkbookSnapshot | null, name: string | null | undefined): SheetSnapshot | null {
  return s && name ? (s.sheets.find((x) => x.name === name) ?? null) : null;
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): SnapshotCell | undefined {
  return sheet.rows[row]?.[col];
}

/** The cell's text as a person reads it (numbers as digits, dates as ISO). */
export function cellText(cell: SnapshotCell | undefined): string {
  if (!cell || cell.v === null) return '';
  if (typeof cell.v === 'string') return cell.v;
  if (typeof cell.v === 'number') return String(cell.v);
  return cell.v ? 'TRUE' : 'FALSE';
}

export function isEmptyCell(cell: SnapshotCell | undefined): boolean {
  return !cell || ((cell.v === null || cell.v === '') && !cell.f);
}

/** Builds a sheet snapshot from rows of plain values (tests and small readers). */
export function sheetFromRows(name: string, rows: (string | number | null)[][], firstRow = 1): SheetSnapshot {
  const out: SheetSnapshot = { name, state: 'visible', rows: {}, lastRow: 0, lastCol: 0, merges: [] };
  rows.forEach((cells, i) => {
    const r = firstRow + i;
    cells.forEach((v, j) => {
      if (v === null || v === '') return;
      (out.rows[r] ??= {})[j + 1] = { v };
      out.lastRow = Math.max(out.lastRow, r);
      out.lastCol = Math.max(out.lastCol, j + 1);
    });
  });
  return out;
}
