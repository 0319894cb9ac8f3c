/**
 * The rows a table occupies under its header: the body (tasks or targets), then, in a workbook
 * Plan Tracker filled, one blank row and the colour legend. The layout rewrites this region
 * whole and inserts or deletes rows at its end so whatever sits below (totals, the signature
 * block) moves down or up intact.
 */
import { key } from '../core/text';
import type { TableLocation } from './header-match';
import { LEGEND_FIRST_MEANINGS, LEGEND_TITLE } from './legend';
import type { CellBlock, LayoutCell, RowOp } from './layout';
import { cellAt, cellText, isEmptyCell, type SheetSnapshot, type SnapshotCell } from './snapshot';

export { LEGEND_TITLE };

export interface ExistingRow {
  row: number;
  cells: Record<number, SnapshotCell>;
}

export interface Region {
  first: number;
  /** Body rows in sheet order. */
  rows: ExistingRow[];
  /** Rows the region spans today (body + blank + legend), 0 when none. */
  size: number;
}

const STT_LIKE = /^(?:[0-9]+(?:[.-][0-9]+)*\.?|[IVXLCDM]+\.?|[a-zđ][.)]?|[A-Z][.)])$/u;

function rowCells(sheet: SheetSnapshot, row: number, left: number, right: number): Record<number, SnapshotCell> {
  const out: Record<number, SnapshotCell> = {};
  const src = sheet.rows[row];
  if (!src) return out;
  for (let c = left; c <= right; c++) {
    const cell = src[c];
    if (cell && !isEmptyCell(cell)) out[c] = cell;
  }
  return out;
}

function isLegendTitle(sheet: SheetSnapshot, row: number, left: number): boolean {
  return key(cellText(cellAt(sheet, row, left))) === key(LEGEND_TITLE);
}

/**
 * A row belongs to the table when it carries a Plan Tracker id, or an STT, or (a table without
 * STT) text in at least two of the plan's columns. A signature block ("NGƯỜI LẬP BIỂU") does not.
 */
function looksLikeTableRow(
  cells: Record<number, SnapshotCell>,
  idCol: number | null,
  sttCol: number | null,
  planCols: number[],
): boolean {
  if (idCol !== null && cellText(cells[idCol]).trim() !== '') return true;
  if (sttCol !== null) return STT_LIKE.test(cellText(cells[sttCol]).trim());
  return planCols.filter((c) => cellText(cells[c]).trim() !== '').length >= 2;
}

/** A legend Plan Tracker wrote: "Chú thích:" in the first column, one of our meanings below it. */
function isOurLegend(sheet: SheetSnapshot, row: number, left: number): boolean {
  return isLegendTitle(sheet, row, left) && LEGEND_FIRST_MEANINGS.includes(cellText(cellAt(sheet, row + 1, left + 1)).trim());
}

export function readRegion<R extends string>(
  sheet: SheetSnapshot | null,
  loc: TableLocation<R>,
  opts: { idCol: number | null; sttCol: number | null; planCols: number[]; right: number },
): Region {
  const first = loc.firstDataRow;
  const rows: ExistingRow[] = [];
  if (!sheet) return { first, rows, size: 0 };
  let legendAt: number | undefined;
  if (opts.idCol !== null) {
    // A workbook Plan Tracker filled: the body runs to our legend, whatever people inserted in it.
    for (let r = first; r <= sheet.lastRow; r++) {
      if (isOurLegend(sheet, r, loc.left)) {
        legendAt = r;
        break;
      }
    }
  }
  if (legendAt !== undefined) {
    for (let r = first; r < legendAt; r++) {
      const cells = rowCells(sheet, r, loc.left, opts.right);
      if (Object.keys(cells).length > 0) rows.push({ row: r, cells });
    }
  } else {
    for (let r = first; r <= sheet.lastRow; r++) {
      if (isLegendTitle(sheet, r, loc.left)) break;
      const cells = rowCells(sheet, r, loc.left, opts.right);
      if (Object.keys(cells).length === 0) break;
      if (!looksLikeTableRow(cells, opts.idCol, opts.sttCol, opts.planCols)) break;
      rows.push({ row: r, cells });
    }
    const end = first + rows.length - 1;
    legendAt = [end + 1, end + 2].find((row) => isLegendTitle(sheet, row, loc.left));
    if (legendAt === undefined) return { first, rows, size: rows.length };
  }
  // The legend runs to the next empty row.
  let e = legendAt;
  while (e + 1 <= sheet.lastRow && Object.keys(rowCells(sheet, e + 1, loc.left, opts.right)).length > 0) e++;
  return { first, rows, size: e - first + 1 };
}

/** Row operations that make a region of `oldSize` rows `newSize` rows long. */
export function resizeOps(first: number, oldSize: number, newSize: number): RowOp[] {
  if (newSize > oldSize) return [{ at: first + oldSize, count: newSize - oldSize }];
  if (newSize < oldSize) return [{ at: first + newSize, count: newSize - oldSize }];
  return [];
}

/** A block from rows of cells keyed by column. */
export function blockFromRows(top: number, left: number, right: number, rows: Map<number, LayoutCell>[]): CellBlock {
  return {
    top,
    left,
    cells: rows.map((m) => {
      const line: (LayoutCell | null)[] = [];
      for (let c = left; c <= right; c++) line.push(m.get(c) ?? null);
      return line;
    }),
  };
}
