import { warning } from '../../../../i18n/coded';
import type { CellLine, SourceCell, SourceRow, SourceTable, Warning } from '../../../model';
import { appendContinuation } from '../../items';
import { relayAsList, SYLLABLE } from './tables';

/**
 * A cell merged down over several rows (one lead unit for five tasks) that runs past a page
 * break is printed once, on the page where it starts; on the next page the same column is an
 * empty merged cell. Word's .docx says it is one cell (w:vMerge); the PDF does not, so the text
 * is carried into the empty cell when the previous page's cell in that column reached the page's
 * end spanning rows. When the next page begins with the rest of a row cut by the break (its first
 * cell empty), that piece joins the row above and must not take the text twice: the carried
 * cell then starts on the row after it. Each carry is reported.
 */
export function carrySpansOverPages(tables: SourceTable[], warnings: Warning[]): void {
  const header = rowText(tables.find((t) => t.rows.length > 2)?.rows[0]);
  for (let i = 1; i < tables.length; i++) {
    const prev = tables[i - 1] as SourceTable;
    const next = tables[i] as SourceTable;
    if (next.page === undefined || prev.page === undefined || next.page !== prev.page + 1) continue;
    // Cells with text that reach the previous page's last row.
    const reaching = new Map<number, SourceCell>();
    const prevCols = gridColumns(prev.rows);
    const last = prev.rows.length - 1;
    prev.rows.forEach((row, r) => row.cells.forEach((cell, k) => {
      if (r + (cell.rowSpan ?? 1) - 1 >= last && cell.lines.length > 0) reaching.set(prevCols[r]?.[k] ?? -1, cell);
    }));
    if (reaching.size === 0) continue;
    let b = 0;
    while (b < next.rows.length && header && rowText(next.rows[b]) === header) b++;
    const row = next.rows[b];
    if (!row) continue;
    const cols = gridColumns(next.rows);
    const continuation = (row.cells[0]?.lines.length ?? 0) === 0;
    row.cells.forEach((cell, k) => {
      const col = cols[b]?.[k] ?? -1;
      const from = reaching.get(col);
      if (!from) return;
      if (continuation && cell.lines.length > 0) {
        if (from.lines[0]?.bullet === true) relayAsList(cell);
        joinCutWord(from.lines, cell.lines);
      }
      if (cell.lines.length > 0) {
        // The rest of a merged cell's own text, cut by the break, in a cell that goes on down past
        // the cut row: the cut row keeps its piece (the core joins it to the row above), the
        // rows below share the whole text.
        const span = cell.rowSpan ?? 1;
        const below = next.rows[b + 1];
        if (!continuation || span < 2 || !below) return;
        delete cell.rowSpan;
        const at = (cols[b + 1] ?? []).findIndex((c) => c > col);
        const carried: SourceCell = { lines: appendContinuation(from.lines.map((l) => ({ ...l })), cell.lines.map((l) => ({ ...l }))) };
        if (cell.colSpan) carried.colSpan = cell.colSpan;
        if (span > 2) carried.rowSpan = span - 1;
        below.cells.splice(at < 0 ? below.cells.length : at, 0, carried);
        warnings.push(warning('pdf-span-carried', { page: next.page ?? 0, row: below.row ?? b + 2 }));
        return;
      }
      if (continuation && (cell.rowSpan ?? 1) < 2 && (from.rowSpan ?? 1) >= 2) {
        // The merged cell printed again below the cut row with only the end of its text: that
        // end repeats what the previous page's piece ends with; the whole text is meant.
        const below = next.rows[b + 1];
        const again = below?.cells[(cols[b + 1] ?? []).indexOf(col)];
        if (!below || !again || again.lines.length === 0 || !textOf(from.lines).endsWith(textOf(again.lines))) return;
        again.lines = from.lines.map((l) => ({ ...l }));
        warnings.push(warning('pdf-span-carried', { page: next.page ?? 0, row: below.row ?? b + 2 }));
        return;
      }
      // Merged on one side of the break at least: nobody merges empty cells, and a one-row cell
      // above a one-row empty cell is just an empty cell.
      if ((from.rowSpan ?? 1) < 2 && (cell.rowSpan ?? 1) < 2) return;
      const lines = from.lines.map((l) => ({ ...l }));
      if (!continuation) {
        cell.lines = lines;
      } else {
        // The cut row's piece keeps an empty cell; the carried cell starts on the next row.
        const span = cell.rowSpan ?? 1;
        if (span < 2) return;
        delete cell.rowSpan;
        const below = next.rows[b + 1];
        if (!below) return;
        const at = (cols[b + 1] ?? []).findIndex((c) => c > col);
        const carried: SourceCell = { lines };
        if (cell.colSpan) carried.colSpan = cell.colSpan;
        if (span > 2) carried.rowSpan = span - 1;
        below.cells.splice(at < 0 ? below.cells.length : at, 0, carried);
      }
      warnings.push(warning('pdf-span-carried', { page: next.page ?? 0, row: (continuation ? next.rows[b + 1]?.row : row.row) ?? b + 1 }));
    });
  }
}

/** The grid column of each cell of each row, cells covered by a span from above taking no place. */
function gridColumns(rows: readonly SourceRow[]): number[][] {
  const coveredUntil: number[] = [];
  return rows.map((row, r) => {
    let col = 0;
    return row.cells.map((cell) => {
      while ((coveredUntil[col] ?? -1) >= r) col++;
      const at = col;
      const span = cell.rowSpan ?? 1;
      for (let k = 0; k < (cell.colSpan ?? 1); k++) if (span > 1) coveredUntil[at + k] = r + span - 1;
      col += cell.colSpan ?? 1;
      return at;
    });
  });
}

function textOf(lines: readonly CellLine[]): string {
  return lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * A word cut by the page break: the piece's last line ends in a hyphen glued to a word ("NĐ-" /
 * "CP") or in a syllable whose rest starts the next piece ("Trưởn" / "g", no vowel of its own).
 * The rest moves back onto the line it belongs to, so the row pieces join with no space in it.
 */
function joinCutWord(before: CellLine[], after: CellLine[]): void {
  const last = before[before.length - 1];
  const first = after[0];
  if (!last || !first) return;
  const rest = first.text.split(' ')[0] ?? '';
  const tail = last.text.split(' ').pop() ?? '';
  if (!rest || !tail) return;
  const hyphen = /\S[-–]$/.test(tail) && /^[\p{L}\d]/u.test(rest);
  const syllable = /^[a-zđ]+[.,;:]?$/.test(rest) && !/[aăâeêioôơuưy]/.test(rest) && SYLLABLE.test(`${tail}${rest}`.normalize('NFC'));
  if (!hyphen && !syllable) return;
  last.text = `${last.text}${rest}`;
  first.text = first.text.slice(rest.length).trim();
  if (!first.text) after.shift();
}

function rowText(row: SourceRow | undefined): string {
  return row ? row.cells.map((c) => c.lines.map((l) => l.text).join(' ')).join('|') : '';
}
