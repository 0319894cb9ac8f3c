/**
 * Row heights for wrapped text. Neither LibreOffice nor every Excel fits a row to its text when
 * a file comes without heights, so the layout estimates them: each wrapped cell's words are laid
 * out line by line at about 1.05 characters per unit of column width (Times New Roman 12 in
 * width units of a Times New Roman workbook; bold text a tenth wider), 15.75 pt per line, the
 * tallest cell wins, capped at Excel's 409 pt.
 */
import { cell, text } from './cells';
import type { CellBlock, ColumnLayout, LayoutCell, RowLayout } from './layout';
import { cellAt, cellText, type SheetSnapshot } from './snapshot';
import { STYLES } from './styles';

const LINE_PT = 15.75;
/** A row of one line of 12 pt text (Excel's default for Times New Roman 12). */
export const ROW_PT = LINE_PT;
const MAX_PT = 409;
/** Characters of Vietnamese text in Times New Roman 12 per unit of Excel column width (measured on LibreOffice PDFs). */
const CHARS_PER_WIDTH = 1.05;

/** Lines a paragraph takes when its words wrap at `perLine` characters (a longer word is cut). */
export function wrappedLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(/\s+/).filter(Boolean)) {
    const need = used === 0 ? word.length : used + 1 + word.length;
    if (need <= perLine) {
      used = need;
      continue;
    }
    if (used > 0) lines++;
    lines += Math.ceil(word.length / perLine) - 1;
    used = word.length % perLine || perLine;
  }
  return lines;
}

export function estimateHeight(cells: Map<number, LayoutCell>, widthOf: (col: number) => number, max = MAX_PT): number {
  let lines = 1;
  for (const [col, c] of cells) {
    if (c.value?.kind !== 'text' || !c.style || !STYLES[c.style].align.wrap) continue;
    const font = STYLES[c.style].font;
    const perLine = Math.max(1, Math.floor((widthOf(col) * CHARS_PER_WIDTH * (12 / font.size)) / (font.bold ? 1.1 : 1)) - 1);
    const n = c.value.text.split('\n').reduce((sum, line) => sum + wrappedLines(line, perLine), 0);
    lines = Math.max(lines, n);
  }
  return Math.min(max, MAX_PT, Math.round((lines * LINE_PT + 3) * 4) / 4);
}

/** Column width as the sheet will have it: set by the layout, else the sheet's own, else Excel's default. */
export function widthLookup(columns: ColumnLayout[], sheetWidths: Record<number, number> | undefined): (col: number) => number {
  const set = new Map(columns.filter((c) => c.width !== undefined).map((c) => [c.col, c.width as number]));
  return (col) => set.get(col) ?? sheetWidths?.[col] ?? 8.43;
}

export function rowHeights(
  first: number,
  rows: Map<number, LayoutCell>[],
  widthOf: (col: number) => number,
  max = MAX_PT,
): RowLayout[] {
  return rows.map((cells, i) => ({ row: first + i, height: estimateHeight(cells, widthOf, max) }));
}

/**
 * Height of a table's header row, so that wrapped headers ("Ngày hoàn thành") are not clipped:
 * the header text the layout writes there, else the sheet's own, in the header style.
 */
export function headerHeight(
  row: number,
  left: number,
  right: number,
  blocks: CellBlock[],
  sheet: SheetSnapshot | null,
  widthOf: (col: number) => number,
): RowLayout {
  const written = new Map<number, LayoutCell>();
  for (const b of blocks) {
    if (b.top !== row) continue;
    (b.cells[0] ?? []).forEach((c, i) => {
      if (c) written.set(b.left + i, c);
    });
  }
  const cells = new Map<number, LayoutCell>();
  for (let c = left; c <= right; c++) {
    const v = written.get(c)?.value;
    const shown = v?.kind === 'text' ? v.text : sheet ? cellText(cellAt(sheet, row, c)) : '';
    if (shown) cells.set(c, cell(text(shown), 'header'));
  }
  return { row, height: estimateHeight(cells, widthOf) };
}
