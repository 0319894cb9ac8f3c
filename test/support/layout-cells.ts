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
