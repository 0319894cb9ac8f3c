/**
 * The workbook a layout leaves behind, as a snapshot, worked out from what is in hand: the
 * snapshot the layout was made from and the layout itself. The build report and `check`'s
 * figures come from it without reading the written workbook again. Formulas have no cached
 * result here, exactly as in a file the writers produce (Excel computes them on opening).
 * Follows the order of layout.ts: the sheet's action, its row operations, then its cells.
 */
import { isoToSerial, parseRange, rectRef } from './a1';
import { shiftFormulaRows, shiftRange, type RowShift } from './formula-refs';
import type { CellValue, RowOp, SheetLayout, WorkbookLayout } from './layout';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './snapshot';

function emptySheet(name: string): SheetSnapshot {
  return { name, state: 'visible', rows: {}, lastRow: 0, lastCol: 0, merges: [] };
}

function copySheet(s: SheetSnapshot): SheetSnapshot {
  const rows: SheetSnapshot['rows'] = {};
  for (const [r, cells] of Object.entries(s.rows)) rows[Number(r)] = { ...cells };
  return { ...s, rows, merges: [...s.merges], ...(s.widths ? { widths: { ...s.widths } } : {}) };
}

function snapshotCell(v: CellValue): SnapshotCell | null {
  switch (v.kind) {
    case 'text':
      return v.text === '' ? null : { v: v.text };
    case 'number':
    case 'boolean':
      return { v: v.value };
    case 'date': {
      const serial = isoToSerial(v.iso);
      return serial === null ? null : { v: serial, date: true };
    }
    case 'formula':
      return { v: null, f: v.formula };
    case 'blank':
      return null;
  }
}

/**
 * Rows move as Excel's Insert/Delete rows moves them (what both writers do): the sheet's cells
 * and merges, and every formula in the workbook that points at the rows that moved.
 */
function shiftRows(sheets: SheetSnapshot[], s: SheetSnapshot, op: RowOp): void {
  const shift: RowShift = { sheet: s.name, at: op.at, count: op.count };
  const rows: SheetSnapshot['rows'] = {};
  for (const [r, cells] of Object.entries(s.rows)) {
    const to = shiftRange(Number(r), Number(r), shift);
    if (to) rows[to[0]] = cells;
  }
  s.rows = rows;
  s.merges = s.merges.flatMap((m) => {
    const rect = parseRange(m);
    const to = rect ? shiftRange(rect.top, rect.bottom, shift) : null;
    if (!rect) return [m];
    return to ? [rectRef({ ...rect, top: to[0], bottom: to[1] })] : [];
  });
  for (const sheet of sheets) {
    for (const cells of Object.values(sheet.rows)) {
      for (const [c, cell] of Object.entries(cells)) {
        if (cell.f) cells[Number(c)] = { ...cell, f: shiftFormulaRows(cell.f, sheet.name, shift) };
      }
    }
  }
}

/** Writes the layout's cells; false when a cell was cleared (the sheet's bounds may then shrink). */
function applyCells(s: SheetSnapshot, layout: SheetLayout): boolean {
  let grewOnly = true;
  for (const b of layout.blocks) {
    b.cells.forEach((line, i) => {
      line.forEach((c, j) => {
        if (!c?.value) return;
        const r = b.top + i;
        const col = b.left + j;
        const cell = snapshotCell(c.value);
        if (cell) {
          (s.rows[r] ??= {})[col] = cell;
          if (r > s.lastRow) s.lastRow = r;
          if (col > s.lastCol) s.lastCol = col;
        } else if (s.rows[r]?.[col]) {
          delete s.rows[r][col];
          grewOnly = false;
        }
      });
    });
  }
  for (const m of layout.merges) if (!s.merges.includes(m)) s.merges.push(m);
  return grewOnly;
}

function bounds(s: SheetSnapshot): void {
  s.lastRow = 0;
  s.lastCol = 0;
  for (const [r, cells] of Object.entries(s.rows)) {
    for (const c of Object.keys(cells)) {
      s.lastRow = Math.max(s.lastRow, Number(r));
      s.lastCol = Math.max(s.lastCol, Number(c));
    }
  }
}

export function snapshotAfter(before: WorkbookSnapshot | null, layout: WorkbookLayout): WorkbookSnapshot {
  const sheets = (before?.sheets ?? []).map(copySheet);
  for (const sl of layout.sheets) {
    const at = sheets.findIndex((s) => s.name === sl.name);
    const existing = at >= 0 ? sheets[at] : undefined;
    let sheet: SheetSnapshot;
    if (sl.action === 'edit' && existing) {
      sheet = existing;
    } else {
      sheet = emptySheet(sl.name);
      // A replaced sheet keeps its place; a created one goes where the layout puts it.
      if (existing) sheets[at] = sheet;
      else sheets.splice(sl.position ?? sheets.length, 0, sheet);
    }
    sheet.state = sl.state;
    for (const op of sl.rowOps) shiftRows(sheets, sheet, op);
    if (sl.rowOps.length) bounds(sheet);
    if (!applyCells(sheet, sl)) bounds(sheet);
  }
  const names = new Map((before?.definedNames ?? []).map((n) => [n.name, n]));
  for (const n of layout.definedNames) names.set(n.name, n);
  return { sheets, definedNames: [...names.values()] };
}
