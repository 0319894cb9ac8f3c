import { warning } from '../../../../i18n/coded';
import type { SourceCell, SourceRow, SourceTable, Warning } from '../../../model';

/**
 * A cell merged down over several rows (one lead unit for five tasks) that runs past a page
 * break is printed once, on the page where it starts; on the next page the same column is an
 * empty merged cell. Word's .docx says it is one cell (w:vMerge); the PDF does not, so the text
 * is carried to the empty cell when the previous page's cell in that column reached the page's
 * end spanning rows, and the next page's row is a new one (its first cell is not empty). Each
 * carry is reported.
 */
export function carrySpansOverPages(tables: SourceTable[], warnings: Warning[]): void {
  const header = rowText(tables.find((t) => t.rows.length > 2)?.rows[0]);
  for (let i = 1; i < tables.length; i++) {
    const prev = tables[i - 1] as SourceTable;
    const next = tables[i] as SourceTable;
    if (next.page === undefined || prev.page === undefined || next.page !== prev.page + 1) continue;
    const reaching = spansToEnd(prev.rows);
    let b = 0;
    while (b < next.rows.length && header && rowText(next.rows[b]) === header) b++;
    const row = next.rows[b];
    if (!row || !(row.cells[0]?.lines.length ?? 0)) continue;
    let col = 0;
    for (const cell of row.cells) {
      const from = reaching.get(col);
      if (from && cell.lines.length === 0) {
        cell.lines = from.lines.map((l) => ({ ...l }));
        warnings.push(warning('pdf-span-carried', { page: next.page, row: row.row ?? b + 1 }));
      }
      col += cell.colSpan ?? 1;
    }
  }
}

/** Cells (by grid column) whose row span reaches the table's last row and covers two rows or more. */
function spansToEnd(rows: readonly SourceRow[]): Map<number, SourceCell> {
  const out = new Map<number, SourceCell>();
  const last = rows.length - 1;
  // Grid column of each cell: cells covered by a span from above take no place in a row.
  const covered: number[] = [];
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while ((covered[col] ?? -1) >= r) col++;
      const span = cell.rowSpan ?? 1;
      if (span > 1) {
        for (let k = 0; k < (cell.colSpan ?? 1); k++) covered[col + k] = r + span - 1;
        if (r + span - 1 >= last && cell.lines.length > 0) out.set(col, cell);
      }
      col += cell.colSpan ?? 1;
    }
  });
  return out;
}

function rowText(row: SourceRow | undefined): string {
  return row ? row.cells.map((c) => c.lines.map((l) => l.text).join(' ')).join('|') : '';
}
