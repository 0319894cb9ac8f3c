/**
 * The open workbook -> WorkbookSnapshot (what the layout needs to update in place): every
 * sheet's used range (values, formulas, number formats), column widths, print areas
 * (ExcelApi 1.9), merges (ExcelApi 1.13) and workbook names. Loads are batched: the sheet
 * list, then the used-range sizes, then the cells in as few syncs as Excel's 5 MB response
 * limit allows (row chunks sized by measured bytes per cell), then merges.
 */
import type { Warning } from '../core/model';
import { colLetter } from '../workbook/a1';
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from '../workbook/snapshot';
import { columnAddress } from './address';
import { Batch, REQUEST_BUDGET, utf8Length } from './batch';
import { pointsToWidth } from './grid';
import { warning } from '../i18n/coded';
import { API_SETS, officeEnv } from './env';
import { describeError } from './errors';
import { isDateFormat } from './number-format';

export interface ReadOptions {
  /** ExcelApi 1.9: print areas. */
  pageLayout: boolean;
  /** ExcelApi 1.13: merged areas. */
  mergedAreas: boolean;
  /** Response budget in bytes (tests lower it). */
  budget?: number;
}

export interface WorkbookRead {
  snapshot: WorkbookSnapshot;
  /** Print areas by sheet name, without the sheet prefix. */
  printAreas: Record<string, string>;
  warnings: Warning[];
  syncs: number;
}

/** Bytes per cell assumed before anything is measured (values + formulas + number format). */
const FIRST_GUESS = 200;

function stripSheet(address: string): string {
  return address
    .split(',')
    .map((a) => a.trim().replace(/^.*!/, '').replace(/\$/g, ''))
    .join(' ');
}

function state(visibility: string): SheetSnapshot['state'] {
  return visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
}

interface Area {
  sheet: SheetSnapshot;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

function snapshotCell(v: unknown, f: unknown, nf: unknown): SnapshotCell | null {
  const formula = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : null;
  const value = v === '' || v === undefined ? null : (v as SnapshotCell['v']);
  if (value === null && formula === null) return null;
  const c: SnapshotCell = { v: value };
  if (formula !== null) c.f = formula;
  if (typeof value === 'number' && isDateFormat(typeof nf === 'string' ? nf : null)) c.date = true;
  return c;
}

function take(area: Area, values: unknown[][], formulas: unknown[][], formats: unknown[][]): void {
  const s = area.sheet;
  for (let i = 0; i < area.rows; i++) {
    for (let j = 0; j < area.cols; j++) {
      const c = snapshotCell(values[i]?.[j], formulas[i]?.[j], formats[i]?.[j]);
      if (!c) continue;
      const r = area.top + i;
      const col = area.left + j;
      (s.rows[r] ??= {})[col] = c;
      s.lastRow = Math.max(s.lastRow, r);
      s.lastCol = Math.max(s.lastCol, col);
    }
  }
}

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<WorkbookRead> {
  const budget = options.budget ?? REQUEST_BUDGET;
  const batch = new Batch(context, budget);
  batch.begin('read');
  const warnings: Warning[] = [];

  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  await batch.sync();

  const order = [...worksheets.items].sort((a, b) => a.position - b.position);
  const used = order.map((ws) => {
    const u = ws.getUsedRangeOrNullObject(true);
    u.load('rowIndex,columnIndex,rowCount,columnCount');
    const pa = options.pageLayout ? ws.pageLayout.getPrintAreaOrNullObject() : null;
    pa?.load('address');
    return { ws, u, pa };
  });
  await batch.sync();

  const snapshot: WorkbookSnapshot = {
    sheets: [],
    definedNames: names.items.filter((n) => String(n.type) === 'Range').map((n) => ({ name: n.name, ref: String(n.value).replace(/^=/, '') })),
  };
  const printAreas: Record<string, string> = {};
  const areas: { area: Area; ws: Excel.Worksheet }[] = [];
  for (const { ws, u, pa } of used) {
    const sheet: SheetSnapshot = { name: ws.name, state: state(String(ws.visibility)), rows: {}, lastRow: 0, lastCol: 0, merges: [], widths: {} };
    snapshot.sheets.push(sheet);
    if (pa && !pa.isNullObject) printAreas[ws.name] = stripSheet(pa.address);
    if (!u.isNullObject) areas.push({ ws, area: { sheet, top: u.rowIndex + 1, left: u.columnIndex + 1, rows: u.rowCount, cols: u.columnCount } });
  }

  // Cells, in row chunks under the response budget; column widths ride with the first chunk.
  let perCell = FIRST_GUESS;
  let widthsQueued = false;
  const queue = areas.flatMap(({ area, ws }) => [{ area, ws, next: 0 }]);
  while (queue.length > 0) {
    const loads: { area: Area; r: Excel.Range }[] = [];
    let bytes = 0;
    while (queue.length > 0) {
      const q = queue[0] as (typeof queue)[number];
      const room = Math.floor((budget - bytes) / (perCell * q.area.cols));
      if (room < 1 && loads.length > 0) break;
      const rows = Math.max(1, Math.min(room, q.area.rows - q.next));
      const a: Area = { sheet: q.area.sheet, top: q.area.top + q.next, left: q.area.left, rows, cols: q.area.cols };
      const r = q.ws.getRange(`${colLetter(a.left)}${a.top}:${colLetter(a.left + a.cols - 1)}${a.top + a.rows - 1}`);
      r.load('values,formulas,numberFormat');
      loads.push({ area: a, r });
      bytes += rows * q.area.cols * perCell;
      q.next += rows;
      if (q.next >= q.area.rows) queue.shift();
    }
    const widths: { sheet: SheetSnapshot; col: number; f: Excel.RangeFormat }[] = [];
    if (!widthsQueued) {
      widthsQueued = true;
      for (const { area, ws } of areas) {
        for (let c = area.left; c < area.left + area.cols; c++) {
          const f = ws.getRange(columnAddress(c)).format;
          f.load('columnWidth');
          widths.push({ sheet: area.sheet, col: c, f });
        }
      }
    }
    await batch.sync();
    let measured = 0;
    let cells = 0;
    for (const { area, r } of loads) {
      take(area, r.values, r.formulas, r.numberFormat);
      measured += utf8Length(JSON.stringify(r.values)) + utf8Length(JSON.stringify(r.formulas)) + utf8Length(JSON.stringify(r.numberFormat));
      cells += area.rows * area.cols;
    }
    // Size the next chunks by what these weighed, with a margin.
    if (cells > 0) perCell = Math.max(16, Math.ceil((measured / cells) * 1.5));
    for (const w of widths) (w.sheet.widths as Record<number, number>)[w.col] = pointsToWidth(w.f.columnWidth);
  }

  // Merges last and on their own: Excel refuses to list more than 512 merged areas in a range,
  // and the layout can do without them, so a refusal becomes a warning, not a failed write.
  if (options.mergedAreas && areas.length > 0) {
    const merged = areas.map(({ area, ws }) => {
      const m = ws.getRange(`${colLetter(area.left)}${area.top}:${colLetter(area.left + area.cols - 1)}${area.top + area.rows - 1}`).getMergedAreasOrNullObject();
      m.load('address');
      return { sheet: area.sheet, m };
    });
    try {
      await batch.sync();
      for (const { sheet, m } of merged) if (!m.isNullObject) sheet.merges = stripSheet(m.address).split(' ').filter(Boolean);
    } catch (e) {
      warnings.push(warning('excel-snapshot-merges-unread', { detail: describeError(e).message }));
    }
  }
  return { snapshot, printAreas, warnings, syncs: batch.syncs };
}

/** The snapshot alone (readWorkbook also gives print areas and warnings); options default to what this Excel supports. */
export async function readSnapshot(context: Excel.RequestContext, options: Partial<ReadOptions> = {}): Promise<WorkbookSnapshot> {
  const env = officeEnv();
  return (
    await readWorkbook(context, {
      pageLayout: options.pageLayout ?? env.isSetSupported('ExcelApi', API_SETS.pageLayout),
      mergedAreas: options.mergedAreas ?? env.isSetSupported('ExcelApi', API_SETS.mergedAreas),
      ...(options.budget !== undefined ? { budget: options.budget } : {}),
    })
  ).snapshot;
}
