import type { CellLine, SourceTable } from '../model';

/** A cell of the rectangular grid a table becomes once its spans are resolved. */
export interface GridCell {
  lines: CellLine[];
  /**
   * 'row' when the content was filled in from a vertically merged cell above (rowspan, w:vMerge);
   * 'col' for the covered columns of a horizontal span (they hold no content of their own).
   */
  spanned?: 'row' | 'col';
  /** Number of columns the originating cell spans (1 when not spanned). */
  colSpan: number;
}

export interface GridRow {
  cells: GridCell[];
  page?: number;
  row?: number;
  header?: boolean;
  /** Cell count before spans were resolved differed from the table's width. */
  ragged: boolean;
}

/**
 * The widest a span may stretch a row (Word tables have at most 63 columns). Spans are the one
 * place a small file becomes a large grid: a cell spanning 1,000 columns and 1,000 rows on
 * every row of a 1,000-row table would make a billion cells. Cells the source holds are always
 * kept; only the covered cells a span would add past this column are not.
 */
const MAX_SPAN_COLUMNS = 64;

/**
 * Resolves colSpan and rowSpan into a rectangular grid. Vertically merged content is copied into
 * every row it covers, because each task in those rows shares it (a lead unit for three tasks).
 */
export function toGrid(table: SourceTable): GridRow[] {
  const pending: { col: number; left: number; lines: CellLine[]; colSpan: number }[] = [];
  const out: GridRow[] = [];
  let width = 0;
  for (const row of table.rows) {
    const cells: GridCell[] = [];
    let col = 0;
    const place = () => {
      for (;;) {
        const p = pending.find((x) => x.col === col && x.left > 0);
        if (!p) return;
        p.left--;
        cells[col] = { lines: p.lines, spanned: 'row', colSpan: p.colSpan };
        for (let k = 1; k < p.colSpan; k++) cells[col + k] = { lines: [], spanned: 'col', colSpan: 1 };
        col += p.colSpan;
      }
    };
    for (const cell of row.cells) {
      place();
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, MAX_SPAN_COLUMNS - col) || 1);
      cells[col] = { lines: cell.lines, colSpan: span };
      for (let k = 1; k < span; k++) cells[col + k] = { lines: [], spanned: 'col', colSpan: 1 };
      // Past the widest span a row span would widen every row below it: the cell stays in its own row.
      if ((cell.rowSpan ?? 1) > 1 && col < MAX_SPAN_COLUMNS) pending.push({ col, left: (cell.rowSpan ?? 1) - 1, lines: cell.lines, colSpan: span });
      col += span;
    }
    place();
    // Spans still pending to the right of the last cell belong to this row too.
    for (const p of pending) {
      if (p.left > 0 && p.col >= col) {
        p.left--;
        cells[p.col] = { lines: p.lines, spanned: 'row', colSpan: p.colSpan };
      }
    }
    for (let i = pending.length - 1; i >= 0; i--) if ((pending[i]?.left ?? 0) <= 0) pending.splice(i, 1);
    const filled: GridCell[] = [];
    for (let i = 0; i < cells.length; i++) filled.push(cells[i] ?? { lines: [], colSpan: 1 });
    if (out.length === 0) width = filled.length;
    const g: GridRow = { cells: filled, ragged: out.length > 0 && filled.length !== width };
    if (row.page !== undefined) g.page = row.page;
    if (row.row !== undefined) g.row = row.row;
    if (row.header) g.header = true;
    out.push(g);
  }
  return out;
}

/** Plain text of a grid cell: its lines joined by spaces (for header matching and sniffing). */
export function cellText(c: GridCell | undefined): string {
  if (!c) return '';
  return c.lines.map((l) => l.text).join(' ').trim();
}
