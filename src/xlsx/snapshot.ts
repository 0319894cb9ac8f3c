/** exceljs workbook -> WorkbookSnapshot: what the layout needs to know about an existing book. */
import type { Cell, CellValue as ExcelValue, Workbook } from 'exceljs';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../workbook/snapshot';

const MERGE_TYPE = 1; // exceljs Enums.ValueType.Merge: the covered cells of a merged area

function serial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function plain(v: ExcelValue): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('error' in v) return v.error;
    if ('text' in v && typeof v.text === 'string') return v.text;
  }
  return null;
}

export function snapshotCell(cell: Cell): SnapshotCell | null {
  if (cell.type === MERGE_TYPE) return null;
  const v = cell.value;
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) {
    const f = cell.formula;
    const r = (v as { result?: ExcelValue }).result;
    const out: SnapshotCell = { v: plain(r ?? null), f };
    if (r instanceof Date) out.date = true;
    return out;
  }
  const p = plain(v);
  if (p === null || p === '') return null;
  return v instanceof Date ? { v: p, date: true } : { v: p };
}

export function readSnapshot(wb: Workbook): { snapshot: WorkbookSnapshot; printAreas: Record<string, string> } {
  const sheets: SheetSnapshot[] = [];
  const printAreas: Record<string, string> = {};
  wb.eachSheet((ws) => {
    const s: SheetSnapshot = {
      name: ws.name,
      state: ws.state === 'hidden' || ws.state === 'veryHidden' ? ws.state : 'visible',
      rows: {},
      lastRow: 0,
      lastCol: 0,
      merges: Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range),
    };
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const sc = snapshotCell(cell);
        if (!sc) return;
        (s.rows[r] ??= {})[c] = sc;
        s.lastRow = Math.max(s.lastRow, r);
        s.lastCol = Math.max(s.lastCol, c);
      });
    });
    const widths: Record<number, number> = {};
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width) widths[i + 1] = col.width;
    });
    s.widths = widths;
    if (ws.pageSetup?.printArea) printAreas[ws.name] = ws.pageSetup.printArea;
    sheets.push(s);
  });
  const definedNames: { name: string; ref: string }[] = [];
  return { snapshot: { sheets, definedNames }, printAreas };
}
