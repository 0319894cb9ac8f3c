/**
 * Row heights for wrapped text. Neither LibreOffice nor every Excel fits a row to its text when
 * a file comes without heights, so the layout estimates them: lines of each wrapped cell at
 * about 1.25 characters per unit of column width (Times New Roman 12 in Excel's width units),
 * 15.75 pt per line, the tallest cell wins, capped at Excel's 409 pt.
 */
import type { ColumnLayout, LayoutCell, RowLayout } from './layout';
import { STYLES } from './styles';

const LINE_PT = 15.75;
const MAX_PT = 409;
/** Characters of Vietnamese text in Times New Roman 12 per unit of Excel column width (measured on LibreOffice PDFs). */
const CHARS_PER_WIDTH = 1.25;

export function estimateHeight(cells: Map<number, LayoutCell>, widthOf: (col: number) => number): number {
  let lines = 1;
  for (const [col, c] of cells) {
    if (c.value?.kind !== 'text' || !c.style || !STYLES[c.style].align.wrap) continue;
    const perLine = Math.max(1, Math.floor(widthOf(col) * CHARS_PER_WIDTH * (12 / STYLES[c.style].font.size)) - 1);
    const n = c.value.text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(MAX_PT, Math.round((lines * LINE_PT + 3) * 4) / 4);
}

/** Column width as the sheet will have it: set by the layout, else the sheet's own, else Excel's default. */
export function widthLookup(columns: ColumnLayout[], sheetWidths: Record<number, number> | undefined): (col: number) => number {
  const set = new Map(columns.filter((c) => c.width !== undefined).map((c) => [c.col, c.width as number]));
  return (col) => set.get(col) ?? sheetWidths?.[col] ?? 8.43;
}

export function rowHeights(first: number, rows: Map<number, LayoutCell>[], widthOf: (col: number) => number): RowLayout[] {
  return rows.map((cells, i) => ({ row: first + i, height: estimateHeight(cells, widthOf) }));
}
