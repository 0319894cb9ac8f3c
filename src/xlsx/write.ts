/**
 * The Node writer: carries a WorkbookLayout out on an exceljs workbook (a template loaded from
 * bytes, or a new one). The Office.js writer does the same over Excel's API.
 */
import type ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import Module from 'module';
import './exceljs-patches';
import { parseRange, type Rect } from '../workbook/a1';
import type { CellValue, ConditionalFormat, PrintLayout, SheetLayout, Validation, WorkbookLayout } from '../workbook/layout';
import { MM_PER_INCH } from '../workbook/print';
import { excelStyle } from './excel-style';
import { internals } from './internals';
import { shiftRows, unshareFormulas } from './row-shift';

/**
 * exceljs's workbook module, not the package entry: the entry also loads the streaming reader
 * and writer (unzipper, archiver and their trees), about 400 modules this writer never uses.
 * Required on first use, so a command that stops at a usage error loads no exceljs at all.
 */
let WorkbookClass: typeof ExcelJS.Workbook | undefined;
function createWorkbook(): Workbook {
  if (!WorkbookClass) {
    skipCsvModule();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    WorkbookClass = require('exceljs/lib/doc/workbook') as typeof ExcelJS.Workbook;
  }
  return new WorkbookClass();
}

/**
 * The workbook module requires its CSV reader and writer at the top (fast-csv, dayjs: 60
 * modules, a tenth of a build's time) only for `workbook.csv`, which Plan Tracker never uses.
 * An entry in Node's module cache stands in for it; one that is there already is left alone.
 */
function skipCsvModule(): void {
  const path = require.resolve('exceljs/lib/csv/csv');
  if (require.cache[path]) return;
  const stub = new Module(path);
  stub.filename = path;
  stub.loaded = true;
  stub.exports = class NoCsv {
    constructor() {
      throw new Error('exceljs CSV is not loaded by Plan Tracker');
    }
  };
  require.cache[path] = stub;
}

export async function loadWorkbook(bytes: Uint8Array): Promise<Workbook> {
  const wb = createWorkbook();
  // exceljs's typings ask for its own Buffer type; a Uint8Array view over the same bytes works.
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  unshareFormulas(wb);
  return wb;
}

export function newWorkbook(): Workbook {
  const wb = createWorkbook();
  wb.creator = 'Plan Tracker';
  return wb;
}

export async function workbookBytes(wb: Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

function rects(ref: string): Rect[] {
  return ref
    .split(/\s+/)
    .map((p) => parseRange(p.replace(/\$/g, '')))
    .filter((r): r is Rect => r !== null);
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

function excelValue(v: CellValue): ExcelJS.CellValue {
  switch (v.kind) {
    case 'text':
      // A string value is always a string cell in exceljs: "=x", "- y", "1.10" stay text.
      return v.text;
    case 'number':
    case 'boolean':
      return v.value;
    case 'date': {
      const [y, m, d] = v.iso.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d));
    }
    case 'formula':
      return { formula: v.formula } as ExcelJS.CellFormulaValue;
    case 'blank':
      return null;
  }
}

function sheetFor(wb: Workbook, s: SheetLayout): Worksheet {
  const existing = wb.getWorksheet(s.name);
  if (s.action === 'edit') {
    if (!existing) throw new Error(`sheet "${s.name}" not found`);
    return existing;
  }
  let orderNo: number | null = null;
  if (existing) {
    orderNo = internals(existing).orderNo;
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(s.name);
  if (orderNo !== null) internals(ws).orderNo = orderNo;
  return ws;
}

function clearRules(ws: Worksheet, areas: string[]): void {
  const outer = areas.flatMap(rects);
  if (outer.length === 0) return;
  const within = (ref: string): boolean => rects(ref).every((r) => outer.some((o) => inside(r, o)));
  const ins = internals(ws);
  ins.conditionalFormattings = ins.conditionalFormattings.filter((cf) => !within(cf.ref));
  const model = ins.dataValidations.model;
  for (const k of Object.keys(model)) if (within(k)) delete model[k];
}

function writeBlocks(ws: Worksheet, s: SheetLayout): void {
  for (const b of s.blocks) {
    b.cells.forEach((line, i) => {
      line.forEach((c, j) => {
        if (!c) return;
        const cell = ws.getCell(b.top + i, b.left + j);
        if (c.copyFormatFrom) {
          const src = ws.getCell(c.copyFormatFrom.row, c.copyFormatFrom.col);
          cell.style = JSON.parse(JSON.stringify(src.style ?? {}));
        }
        if (c.style) cell.style = excelStyle(c.style, c.emphasis);
        if (c.value) cell.value = excelValue(c.value);
        if (c.note !== undefined) cell.note = c.note;
      });
    });
  }
}

function maxPriority(ws: Worksheet): number {
  let p = 0;
  for (const cf of internals(ws).conditionalFormattings) for (const r of cf.rules) p = Math.max(p, r.priority ?? 0);
  return p;
}

function addFormats(ws: Worksheet, formats: ConditionalFormat[]): void {
  let priority = maxPriority(ws) + 1;
  for (const f of formats) {
    ws.addConditionalFormatting({
      ref: f.ref,
      rules: f.rules.map((r) => ({
        type: 'expression',
        formulae: [r.formula],
        priority: priority++,
        ...(r.stopIfTrue ? { stopIfTrue: true } : {}),
        style: {
          fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${r.fill}` } },
          ...(r.fontColor ? { font: { color: { argb: `FF${r.fontColor}` } } } : {}),
        },
      })),
    } as ExcelJS.ConditionalFormattingOptions);
  }
}

function isoDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

function addValidations(ws: Worksheet, validations: Validation[]): void {
  const dvs = internals(ws).dataValidations;
  const model = dvs.model;
  for (const v of validations) {
    const target = rects(v.ref);
    // Our cells get our rule: a template's rule that overlaps them is replaced (Excel rejects overlaps).
    for (const k of Object.keys(model)) if (rects(k).some((r) => target.some((t) => intersects(r, t)))) delete model[k];
    const common = {
      allowBlank: true,
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: v.error.title,
      error: v.error.text,
      ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
    };
    let dv: ExcelJS.DataValidation;
    if (v.kind === 'list') dv = { ...common, type: 'list', formulae: [`"${v.items.join(',')}"`] } as ExcelJS.DataValidation;
    else if (v.kind === 'decimal') dv = { ...common, type: 'decimal', operator: 'between', formulae: [v.min, v.max] } as ExcelJS.DataValidation;
    else dv = { ...common, type: 'date', operator: 'between', formulae: [isoDate(v.min), isoDate(v.max)] } as ExcelJS.DataValidation;
    for (const r of v.ref.split(/\s+/)) dvs.add(r, dv);
  }
}

function applyPrint(ws: Worksheet, p: PrintLayout): void {
  const inch = (mm: number): number => Math.round((mm / MM_PER_INCH) * 10000) / 10000;
  const setup: Partial<ExcelJS.PageSetup> = {
    ...ws.pageSetup,
    paperSize: 9, // A4 (ECMA-376 ST_PaperSize 9)
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.horizontalCentered,
    firstPageNumber: p.firstPageNumber,
    margins: {
      top: inch(p.marginsMm.top),
      bottom: inch(p.marginsMm.bottom),
      left: inch(p.marginsMm.left),
      right: inch(p.marginsMm.right),
      header: inch(p.marginsMm.header),
      footer: inch(p.marginsMm.footer),
    },
  };
  if (p.scale !== undefined) {
    setup.fitToPage = false;
    setup.scale = p.scale;
  }
  if (p.titleRows) setup.printTitlesRow = `${p.titleRows.first}:${p.titleRows.last}`;
  if (p.printArea) setup.printArea = p.printArea;
  ws.pageSetup = setup as ExcelJS.PageSetup;
  ws.headerFooter = {
    differentFirst: p.differentFirst,
    differentOddEven: false,
    oddHeader: p.oddHeader,
    oddFooter: p.oddFooter,
    firstHeader: p.firstHeader,
    firstFooter: '',
  } as ExcelJS.HeaderFooter;
}

export function applySheet(wb: Workbook, s: SheetLayout): Worksheet {
  const ws = sheetFor(wb, s);
  ws.state = s.state;
  for (const op of s.rowOps) shiftRows(wb, ws, op.at, op.count);
  clearRules(ws, s.clearRulesIn);
  for (const c of s.columns) {
    const col = ws.getColumn(c.col);
    if (c.width !== undefined) col.width = c.width;
    if (c.hidden !== undefined) col.hidden = c.hidden;
  }
  for (const r of s.rows) ws.getRow(r.row).height = r.height;
  writeBlocks(ws, s);
  for (const m of s.merges) {
    ws.unMergeCells(m);
    ws.mergeCells(m);
  }
  addFormats(ws, s.conditionalFormats);
  addValidations(ws, s.validations);
  if (s.autoFilter) ws.autoFilter = s.autoFilter;
  if (s.freeze) ws.views = [{ state: 'frozen', xSplit: s.freeze.col - 1, ySplit: s.freeze.row - 1 }];
  if (s.print) applyPrint(ws, s.print);
  return ws;
}

export function applyLayout(wb: Workbook, layout: WorkbookLayout): void {
  for (const s of layout.sheets) applySheet(wb, s);
  for (const n of layout.definedNames) {
    wb.definedNames.removeAllNames(n.ref);
    wb.definedNames.add(n.ref, n.name);
  }
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
  const order = wb.worksheets;
  const active = order.findIndex((w) => w.name === layout.activeSheet);
  order.forEach((w, i) => {
    const v = w.views?.[0] ?? {};
    w.views = [{ ...v, tabSelected: i === active } as unknown as ExcelJS.WorksheetView];
  });
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(active, 0), visibility: 'visible' }];
}

/** Layout + optional template workbook -> .xlsx bytes. */
export async function writeWorkbook(layout: WorkbookLayout, wb: Workbook = newWorkbook()): Promise<Uint8Array> {
  applyLayout(wb, layout);
  return workbookBytes(wb);
}
