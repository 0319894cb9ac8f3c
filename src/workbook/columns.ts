/**
 * Which column holds what: the table's own columns (found by header) plus the columns the
 * tracking needs and the table lacks, added at its right edge in the header's own format.
 */
import { range } from './a1';
import { cell, text } from './cells';
import type { TableLocation } from './header-match';
import type { CellBlock, ColumnLayout, LayoutCell } from './layout';
import { cellAt, cellText, type SheetSnapshot } from './snapshot';
import type { StyleKey } from './styles';

export interface ColumnSpec {
  header: string;
  style: StyleKey;
  width: number;
  hidden?: boolean;
}

export interface AddedColumn<R extends string> {
  role: R;
  col: number;
  header: string;
  hidden: boolean;
}

export interface PlacedColumns<R extends string> {
  col: Partial<Record<R, number>>;
  added: AddedColumn<R>[];
  /** Last column of the table, added ones included. */
  right: number;
}

export function placeColumns<R extends string>(
  loc: TableLocation<R>,
  required: R[],
  specs: Record<R, ColumnSpec>,
): PlacedColumns<R> {
  const col: Partial<Record<R, number>> = { ...loc.columns };
  const added: AddedColumn<R>[] = [];
  let right = loc.right;
  for (const role of required) {
    if (col[role] !== undefined) continue;
    right++;
    col[role] = right;
    added.push({ role, col: right, header: specs[role].header, hidden: specs[role].hidden === true });
  }
  return { col, added, right };
}

/**
 * Next label of a column-number row: one more than the largest number there, written the way
 * the row writes them ("(11)" after "(10)", "10" after "9").
 */
function nextNumbers(sheet: SheetSnapshot | null, row: number, left: number, right: number): { next: number; paren: boolean } {
  let max = right - left + 1;
  let paren = true;
  if (sheet) {
    max = 0;
    for (let c = left; c <= right; c++) {
      const t = cellText(cellAt(sheet, row, c)).trim();
      const m = /(\d+)/.exec(t);
      if (m && Number(m[1]) >= max) {
        max = Number(m[1]);
        paren = t.startsWith('(');
      }
    }
  }
  return { next: max + 1, paren };
}

/**
 * Header (and number-row) cells of the added columns. In a template they copy the format of the
 * table's last header cell; in the built-in template they use the header style.
 */
export function addedHeaderBlocks<R extends string>(
  loc: TableLocation<R>,
  placed: PlacedColumns<R>,
  sheet: SheetSnapshot | null,
  fromTemplate: boolean,
): CellBlock[] {
  const blocks: CellBlock[] = [];
  if (placed.added.length === 0) return blocks;
  const first = placed.added[0] as AddedColumn<R>;
  const like = (row: number, style: StyleKey, value: string): LayoutCell => {
    const c = cell(text(value), style);
    if (fromTemplate) {
      delete c.style;
      c.copyFormatFrom = { row, col: loc.right };
    }
    return c;
  };
  blocks.push({
    top: loc.headerRow,
    left: first.col,
    cells: [placed.added.map((a) => like(loc.headerRow, 'header', a.header))],
  });
  if (loc.numberRow !== null) {
    const numbers = nextNumbers(sheet, loc.numberRow, loc.left, loc.right);
    let n = numbers.next;
    const label = (): string => (numbers.paren ? `(${n++})` : String(n++));
    blocks.push({
      top: loc.numberRow,
      left: first.col,
      cells: [placed.added.map((a) => like(loc.numberRow as number, 'colNumber', a.hidden ? '' : label()))],
    });
  }
  return blocks;
}

export function columnLayouts<R extends string>(
  placed: PlacedColumns<R>,
  specs: Record<R, ColumnSpec>,
  all: boolean,
): ColumnLayout[] {
  const out: ColumnLayout[] = [];
  for (const role of Object.keys(specs) as R[]) {
    const c = placed.col[role];
    if (c === undefined) continue;
    const isAdded = placed.added.some((a) => a.role === role);
    if (!all && !isAdded) continue;
    const layout: ColumnLayout = { col: c, width: specs[role].width };
    if (specs[role].hidden) layout.hidden = true;
    out.push(layout);
  }
  return out;
}

/** "K10:K108" for a column over the data rows, or null when there are none. */
export function dataRange(col: number | undefined, first: number, last: number): string | null {
  if (col === undefined || last < first) return null;
  return range(first, col, last, col);
}
