/** Reading a WorkbookLayout in tests: the cell a writer would leave at (row, col). */
import type { CellValue, LayoutCell, SheetLayout, WorkbookLayout } from '../../src/workbook/layout';

export function sheetOf(layout: WorkbookLayout, role: SheetLayout['role']): SheetLayout {
  const s = layout.sheets.find((x) => x.role === role);
  if (!s) throw new Error(`no ${role} sheet`);
  return s;
}

export function layoutCell(sheet: SheetLayout, row: number, col: number): LayoutCell | null {
  let found: LayoutCell | null = null;
  for (const b of sheet.blocks) {
    const c = b.cells[row - b.top]?.[col - b.left];
    if (c) found = { ...(found ?? {}), ...c };
  }
  return found;
}

export function valueOf(sheet: SheetLayout, row: number, col: number): CellValue | undefined {
  return layoutCell(sheet, row, col)?.value;
}

export function textOf(sheet: SheetLayout, row: number, col: number): string {
  const v = valueOf(sheet, row, col);
  if (!v) return '';
  switch (v.kind) {
    case 'text':
      return v.text;
    case 'number':
    case 'boolean':
      return String(v.value);
    case 'date':
      return v.iso;
    case 'formula':
      return `=${v.formula}`;
    default:
      return '';
  }
}

/** A table of a sheet, addressed as a person reads it: columns by their header, rows by what they hold. */
export interface LayoutTable {
  sheet: SheetLayout;
  /** The header row: the first row with a cell reading `firstHeader`. */
  headerRow: number;
  /** The column whose header reads `header` (exactly, else the one that starts with it). */
  col(header: string): number;
  /** The first row under the header whose cell in column `header` reads `text`. */
  rowWhere(header: string, text: string): number;
  /** The text of a cell given by its row and its column's header. */
  text(row: number, header: string): string;
  value(row: number, header: string): CellValue | undefined;
  cell(row: number, header: string): LayoutCell | null;
}

function lastRowCol(sheet: SheetLayout): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const b of sheet.blocks) {
    rows = Math.max(rows, b.top + b.cells.length - 1);
    for (const line of b.cells) cols = Math.max(cols, b.left + line.length - 1);
  }
  return { rows, cols };
}

export function tableOf(sheet: SheetLayout, firstHeader = 'STT'): LayoutTable {
  const { rows, cols } = lastRowCol(sheet);
  let headerRow = 0;
  for (let r = 1; r <= rows && !headerRow; r++) for (let c = 1; c <= cols; c++) if (textOf(sheet, r, c) === firstHeader) headerRow = r;
  if (!headerRow) throw new Error(`no header "${firstHeader}" in ${sheet.name}`);
  const headers = Array.from({ length: cols }, (_, i) => textOf(sheet, headerRow, i + 1));
  const col = (header: string): number => {
    const i = headers.indexOf(header);
    const j = i >= 0 ? i : headers.findIndex((h) => h.startsWith(header));
    if (j < 0) throw new Error(`no column "${header}" in ${sheet.name} (have: ${headers.filter(Boolean).join(' | ')})`);
    return j + 1;
  };
  return {
    sheet,
    headerRow,
    col,
    rowWhere(header, text) {
      const c = col(header);
      for (let r = headerRow + 1; r <= rows; r++) if (textOf(sheet, r, c) === text) return r;
      throw new Error(`no row with "${text}" under "${header}" in ${sheet.name}`);
    },
    text: (row, header) => textOf(sheet, row, col(header)),
    value: (row, header) => valueOf(sheet, row, col(header)),
    cell: (row, header) => layoutCell(sheet, row, col(header)),
  };
}
