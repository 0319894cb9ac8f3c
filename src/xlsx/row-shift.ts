/**
 * Inserting and deleting whole rows in an exceljs workbook the way Excel does: cells, heights,
 * merges, formulas (on every sheet) that point into the moved rows, conditional formats, data
 * validations, the filter, print titles and print area, row breaks and pictures all follow.
 * exceljs's own spliceRows moves values but not merges' index, formulas or rules.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { parseRange, rectRef } from '../workbook/a1';
import { shiftFormulaRows, shiftRange, type RowShift } from '../workbook/formula-refs';

// The worksheet model exceljs exposes (get model / set model); typed here only as far as used.
interface CellModel {
  address: string;
  type: number;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  result?: unknown;
  value?: unknown;
  style?: unknown;
}
interface RowModel {
  number: number;
  cells: CellModel[];
}
interface CfModel {
  ref: string;
  rules: { formulae?: string[]; priority?: number }[];
}
interface AnchorModel {
  nativeRow: number;
}
interface SheetModel {
  rows: RowModel[];
  merges: string[];
  mergeCells?: string[];
  dataValidations: Record<string, { formulae?: unknown[] } | undefined>;
  conditionalFormattings: CfModel[];
  autoFilter?: unknown;
  pageSetup?: { printArea?: string; printTitlesRow?: string };
  media: { type: string; range?: { tl: AnchorModel; br?: AnchorModel } }[];
  rowBreaks?: { id: number }[];
}

const FORMULA_TYPE = 6; // exceljs Enums.ValueType.Formula

function shiftRef(ref: string, s: RowShift): string | null {
  const parts = ref
    .split(/\s+/)
    .filter(Boolean)
    .map((p) => {
      const r = parseRange(p.replace(/\$/g, ''));
      if (!r) return p;
      const rows = shiftRange(r.top, r.bottom, s);
      return rows ? rectRef({ ...r, top: rows[0], bottom: rows[1] }) : null;
    })
    .filter((p): p is string => p !== null);
  return parts.length ? parts.join(' ') : null;
}

function moveAddress(address: string, row: number): string {
  return address.replace(/\d+$/, String(row));
}

/** Every formula of the workbook as its own formula: shared formulas cannot survive moved rows. */
export function unshareFormulas(wb: Workbook): void {
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== FORMULA_TYPE) return;
        const v = cell.value as { sharedFormula?: string; shareType?: string; result?: unknown };
        if (v.sharedFormula || v.shareType === 'shared') {
          const f = cell.formula;
          cell.value = (v.result === undefined ? { formula: f } : { formula: f, result: v.result }) as never;
        }
      });
    });
  });
}

function shiftFormulasElsewhere(wb: Workbook, target: Worksheet, s: RowShift): void {
  wb.eachSheet((ws) => {
    if (ws === target) return;
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type !== FORMULA_TYPE || !cell.formula) return;
        const f = shiftFormulaRows(cell.formula, ws.name, s);
        if (f !== cell.formula) {
          const v = cell.value as { result?: unknown };
          cell.value = (v.result === undefined ? { formula: f } : { formula: f, result: v.result }) as never;
        }
      });
    });
    const cfs = (ws as unknown as { conditionalFormattings: CfModel[] }).conditionalFormattings;
    for (const cf of cfs) for (const rule of cf.rules) if (rule.formulae) rule.formulae = rule.formulae.map((f) => shiftFormulaRows(f, ws.name, s));
  });
}

/** count > 0 inserts rows before `at`; count < 0 deletes rows at..at-count-1. */
export function shiftRows(wb: Workbook, ws: Worksheet, at: number, count: number): void {
  if (count === 0) return;
  const s: RowShift = { sheet: ws.name, at, count };
  const m = ws.model as unknown as SheetModel;

  const rows: RowModel[] = [];
  for (const row of m.rows) {
    const moved = shiftRange(row.number, row.number, s);
    if (!moved) continue;
    const number = moved[0];
    for (const c of row.cells) {
      c.address = moveAddress(c.address, number);
      if (c.type === FORMULA_TYPE && c.formula) c.formula = shiftFormulaRows(c.formula, ws.name, s);
      if (c.ref) c.ref = shiftRef(c.ref, s) ?? c.ref;
    }
    rows.push({ ...row, number });
  }
  m.rows = rows;
  m.mergeCells = m.merges.map((r) => shiftRef(r, s)).filter((r): r is string => r !== null);

  const dvs: SheetModel['dataValidations'] = {};
  for (const [ref, dv] of Object.entries(m.dataValidations)) {
    if (!dv) continue;
    const moved = shiftRef(ref, s);
    if (!moved) continue;
    if (dv.formulae) dv.formulae = dv.formulae.map((f) => (typeof f === 'string' ? shiftFormulaRows(f, ws.name, s) : f));
    dvs[moved] = dv;
  }
  m.dataValidations = dvs;

  const cfs: CfModel[] = [];
  for (const cf of m.conditionalFormattings) {
    const ref = shiftRef(cf.ref, s);
    if (!ref) continue;
    for (const r of cf.rules) if (r.formulae) r.formulae = r.formulae.map((f) => shiftFormulaRows(f, ws.name, s));
    cfs.push({ ...cf, ref });
  }
  m.conditionalFormattings = cfs;

  if (typeof m.autoFilter === 'string') m.autoFilter = shiftRef(m.autoFilter, s) ?? undefined;
  if (m.pageSetup?.printArea) {
    m.pageSetup.printArea = m.pageSetup.printArea
      .split('&&')
      .map((a) => shiftRef(a, s) ?? a)
      .join('&&');
  }
  if (m.pageSetup?.printTitlesRow) {
    const [a, b] = m.pageSetup.printTitlesRow.split(':').map(Number);
    const moved = a && b ? shiftRange(a, b, s) : null;
    if (moved) m.pageSetup.printTitlesRow = `${moved[0]}:${moved[1]}`;
  }
  for (const medium of m.media) {
    const r = medium.range;
    if (!r) continue;
    for (const anchor of [r.tl, r.br]) {
      if (!anchor) continue;
      const moved = shiftRange(anchor.nativeRow + 1, anchor.nativeRow + 1, s);
      anchor.nativeRow = (moved ? moved[0] : at) - 1;
    }
  }
  const breaks = (m.rowBreaks ?? [])
    .map((b) => ({ ...b, id: shiftRange(b.id, b.id, s)?.[0] ?? -1 }))
    .filter((b) => b.id > 0);

  // The model setter re-merges without clearing the merge index first.
  (ws as unknown as { _merges: Record<string, unknown> })._merges = {};
  (ws as unknown as { model: SheetModel }).model = m;
  (ws as unknown as { rowBreaks: unknown }).rowBreaks = breaks;
  shiftFormulasElsewhere(wb, ws, s);
}
