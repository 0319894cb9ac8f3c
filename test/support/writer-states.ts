/**
 * What a tracking workbook holds once written, in one shape for both writers, so a test can
 * compare them cell by cell: values, number formats, formulas, merges, conditional-format rules,
 * data validations, print settings and frozen panes of each sheet.
 * - xlsxState reads the Node writer's .xlsx (exceljs, as Excel would open the file);
 * - fakeState reads the fake Excel's end state (test/excel/fake-excel.ts): its cells, and for
 *   what the fake keeps only as calls (rules, validations, page layout, panes) the call log
 *   replayed in order, clears and row inserts included;
 * - loadFake puts a .xlsx's sheets into a fake Excel (values, formulas, number formats,
 *   merges, widths), as a person opening the department's template in Excel would have it.
 */
import ExcelJS from 'exceljs';
import { headerSections } from '../../src/excel/print';
import { widthToPoints } from '../../src/excel/grid';
import { colNumber, parseRange, rectRef, type Rect } from '../../src/workbook/a1';
import { moveFormula, shiftFormulaRows, shiftRange } from '../../src/workbook/formula-refs';
import type { Call, FakeContext } from '../excel/fake-excel';
import { readXlsx } from './xlsx';

export type Value = string | number | boolean;

export interface CellState {
  value?: Value;
  formula?: string;
  numFmt?: string;
}

export interface RuleState {
  formula: string;
  fill: string;
  font?: string;
  stopIfTrue?: boolean;
}

export interface ValidationState {
  kind: string;
  /** The list's items, or the bounds (numbers; dates as ISO). */
  args: (string | number)[];
  error: { title: string; text: string };
  prompt?: { title: string; text: string };
}

export interface PrintState {
  paper: string;
  orientation: string;
  /** Points, to one decimal. */
  margins: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** How the page is scaled: "scale 93" (a fixed zoom) or "fit 1 wide, 0 tall" (0: as many as needed). */
  fit: string;
  centered: boolean;
  firstPageNumber: number;
  titleRows?: string;
  printArea?: string;
  header: { left: string; center: string; right: string };
  footer: { left: string; center: string; right: string };
  firstHeader?: { left: string; center: string; right: string };
}

export interface SheetState {
  cells: Record<string, CellState>;
  merges: string[];
  /** By range (one range each: a rule over several is counted once per range, as Excel applies it), first rule first. */
  rules: Record<string, RuleState[]>;
  validations: Record<string, ValidationState>;
  print: PrintState | null;
  freeze: { rows: number; cols: number } | null;
}

export type WorkbookState = Record<string, SheetState>;

const EPOCH = Date.UTC(1899, 11, 30);
const serial = (d: Date): number => Math.round((d.getTime() - EPOCH) / 86400000);
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const color = (c: string | undefined): string | undefined => (c ? c.replace(/^#/, '').slice(-6).toUpperCase() : undefined);
const pts = (n: number): number => Math.round(n * 10) / 10;
const withEq = (f: string): string => (f.startsWith('=') ? f : `=${f}`);

/** One entry per range: a rule over "A5:A9 C5:C9" applies at C5 with its rows moved there. */
function perRange(ref: string, formula: string): [string, string][] {
  const parts = ref.split(/[\s,]+/).filter(Boolean).map((p) => p.replace(/\$/g, ''));
  const top = (parseRange(parts[0] as string) as Rect).top;
  return parts.map((p) => [p, withEq(moveFormula(formula.replace(/^=/, ''), (parseRange(p) as Rect).top - top))]);
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

/* ---------- The .xlsx (Node writer) ---------- */

function xlsxCell(c: ExcelJS.Cell): CellState | null {
  const v = c.value;
  const out: CellState = {};
  if (v && typeof v === 'object' && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v)) out.formula = withEq(c.formula);
  else if (v instanceof Date) out.value = serial(v);
  else if (v && typeof v === 'object' && 'richText' in v) out.value = v.richText.map((r) => r.text).join('');
  else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out.value = v;
  if (out.value === undefined && out.formula === undefined) return null;
  if (c.numFmt && c.numFmt !== 'General') out.numFmt = c.numFmt;
  return out;
}

interface XlsxRule {
  type: string;
  formulae?: string[];
  priority?: number;
  stopIfTrue?: boolean;
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}

function xlsxSheet(ws: ExcelJS.Worksheet): SheetState {
  const cells: Record<string, CellState> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.type === ExcelJS.ValueType.Merge) return;
      const s = xlsxCell(c);
      if (s) cells[c.address] = s;
    }),
  );
  const merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);

  const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: XlsxRule[] }[] }).conditionalFormattings ?? [];
  const ranked: { ref: string; priority: number; rule: RuleState }[] = [];
  for (const cf of cfs) {
    for (const r of cf.rules) {
      for (const [ref, formula] of perRange(cf.ref, r.formulae?.[0] ?? '')) {
        const font = color(r.style?.font?.color?.argb);
        const rule: RuleState = { formula, fill: color(r.style?.fill?.bgColor?.argb) ?? '' };
        if (font) rule.font = font;
        if (r.stopIfTrue) rule.stopIfTrue = true;
        ranked.push({ ref, priority: r.priority ?? 0, rule });
      }
    }
  }
  const rules: Record<string, RuleState[]> = {};
  for (const x of ranked.sort((a, b) => a.priority - b.priority)) (rules[x.ref] ??= []).push(x.rule);

  const validations: Record<string, ValidationState> = {};
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation & { errorTitle?: string; error?: string; promptTitle?: string; prompt?: string }> } }).dataValidations.model;
  for (const [ref, dv] of Object.entries(model)) {
    const f = dv.formulae ?? [];
    const args =
      dv.type === 'list'
        ? String(f[0] ?? '').replace(/^"|"$/g, '').split(',')
        : f.map((x) => (x instanceof Date ? iso(x) : typeof x === 'number' ? x : Number.isNaN(Number(x)) ? String(x) : Number(x)));
    const v: ValidationState = { kind: dv.type, args, error: { title: dv.errorTitle ?? '', text: dv.error ?? '' } };
    if (dv.promptTitle || dv.prompt) v.prompt = { title: dv.promptTitle ?? '', text: dv.prompt ?? '' };
    for (const part of ref.split(/\s+/)) validations[part.replace(/\$/g, '')] = v;
  }

  const ps = ws.pageSetup;
  const hf = ws.headerFooter;
  const inch = (x: number | undefined): number => pts((x ?? 0) * 72);
  const printed = ps.paperSize !== undefined || ps.printTitlesRow !== undefined || (hf?.oddHeader ?? '') !== '';
  const print: PrintState | null = printed
    ? {
        paper: ps.paperSize === 9 ? 'A4' : String(ps.paperSize),
        orientation: ps.orientation ?? 'portrait',
        margins: {
          top: inch(ps.margins?.top),
          bottom: inch(ps.margins?.bottom),
          left: inch(ps.margins?.left),
          right: inch(ps.margins?.right),
          header: inch(ps.margins?.header),
          footer: inch(ps.margins?.footer),
        },
        fit: ps.fitToPage === false && ps.scale !== undefined ? `scale ${ps.scale}` : `fit ${ps.fitToWidth ?? 1} wide, ${ps.fitToHeight ?? 1} tall`,
        centered: ps.horizontalCentered ?? false,
        firstPageNumber: ps.firstPageNumber ?? 1,
        ...(ps.printTitlesRow ? { titleRows: ps.printTitlesRow.replace(/\$/g, '') } : {}),
        ...(ps.printArea ? { printArea: ps.printArea.replace(/\$/g, '') } : {}),
        header: headerSections(hf?.oddHeader ?? ''),
        footer: headerSections(hf?.oddFooter ?? ''),
        ...(hf?.differentFirst ? { firstHeader: headerSections(hf.firstHeader ?? '') } : {}),
      }
    : null;
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const freeze = view?.state === 'frozen' ? { rows: view.ySplit ?? 0, cols: view.xSplit ?? 0 } : null;
  return { cells, merges: merges.sort(), rules, validations, print, freeze };
}

export async function xlsxState(bytes: Uint8Array, sheets: string[]): Promise<WorkbookState> {
  const wb = await readXlsx(bytes);
  const out: WorkbookState = {};
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (ws) out[name] = xlsxSheet(ws);
  }
  return out;
}

/* ---------- The fake Excel (Office.js writer) ---------- */

interface Replay {
  rules: { ref: string; rule: RuleState }[];
  validations: Map<string, ValidationState>;
  print: Omit<Partial<PrintState>, 'fit'> & { fit?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number }; state?: string };
  freeze: { rows: number; cols: number } | null;
}

/** "Sheet!A5:B9" -> ["Sheet", "A5:B9"]; "Sheet!*" is the whole sheet. */
function splitTarget(target: string): [string, string] {
  const at = target.lastIndexOf('!');
  return at < 0 ? [target, '*'] : [target.slice(0, at), target.slice(at + 1)];
}

function rectOf(address: string): Rect {
  if (address === '*' || address === '') return { top: 1, bottom: 1048576, left: 1, right: 16384 };
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) return { top: 1, bottom: 1048576, left: colNumber(cols[1] as string), right: colNumber(cols[2] as string) };
  return parseRange(address) as Rect;
}

/** Replays the writer's calls on one sheet's rules, validations, page layout and panes. */
function replay(log: Call[], sheet: string): Replay {
  const out: Replay = { rules: [], validations: new Map(), print: {}, freeze: null };
  let current: { ref: string; rule: RuleState } | null = null;
  let dvRef: string | null = null;
  const sections = (): { header: PrintState['header']; footer: PrintState['footer']; first: PrintState['header'] } => {
    const p = out.print as unknown as { header?: PrintState['header']; footer?: PrintState['footer']; firstHeader?: PrintState['header'] };
    p.header ??= { left: '', center: '', right: '' };
    p.footer ??= { left: '', center: '', right: '' };
    p.firstHeader ??= { left: '', center: '', right: '' };
    return { header: p.header, footer: p.footer, first: p.firstHeader };
  };
  for (const c of log) {
    const [s, address] = splitTarget(c.target);
    if (s !== sheet) continue;
    const arg = c.args[0];
    if (c.name === 'insert' || c.name === 'delete') {
      const r = rectOf(address);
      const shift = { sheet, at: r.top, count: (c.name === 'insert' ? 1 : -1) * (r.bottom - r.top + 1) };
      out.rules = out.rules.flatMap((x) => {
        const rr = parseRange(x.ref) as Rect;
        const to = shiftRange(rr.top, rr.bottom, shift);
        return to ? [{ ref: rectRef({ ...rr, top: to[0], bottom: to[1] }), rule: { ...x.rule, formula: withEq(shiftFormulaRows(x.rule.formula.slice(1), sheet, shift)) } }] : [];
      });
      const moved = new Map<string, ValidationState>();
      for (const [ref, v] of out.validations) {
        const rr = parseRange(ref) as Rect;
        const to = shiftRange(rr.top, rr.bottom, shift);
        if (to) moved.set(rectRef({ ...rr, top: to[0], bottom: to[1] }), v);
      }
      out.validations = moved;
    } else if (c.name === 'conditionalFormats.clearAll') {
      const area = rectOf(address);
      out.rules = out.rules.filter((x) => !inside(parseRange(x.ref) as Rect, area));
    } else if (c.name === 'conditionalFormats.add') {
      current = { ref: address, rule: { formula: '', fill: '' } };
    } else if (c.name.startsWith('conditionalFormats.item.') && current) {
      const k = c.name.slice('conditionalFormats.item.'.length);
      if (k === 'custom.rule.formula') current.rule.formula = String(arg);
      else if (k === 'custom.format.fill.color') current.rule.fill = color(String(arg)) ?? '';
      else if (k === 'custom.format.font.color') current.rule.font = color(String(arg)) ?? '';
      else if (k === 'stopIfTrue') current.rule.stopIfTrue = Boolean(arg);
      else if (k === 'priority') {
        // Priority 0: on top of every rule there. Expanded per range as the xlsx side is.
        const added = perRange(current.ref, current.rule.formula).map(([ref, formula]) => ({ ref, rule: { ...(current as { rule: RuleState }).rule, formula } }));
        out.rules.unshift(...added);
        current = null;
      }
    } else if (c.name === 'dataValidation.clear') {
      const area = rectOf(address);
      for (const ref of [...out.validations.keys()]) if (inside(parseRange(ref) as Rect, area)) out.validations.delete(ref);
      dvRef = address;
    } else if (c.name === 'dataValidation.rule' && dvRef === address) {
      const r = arg as { list?: { source: string }; decimal?: { formula1: number; formula2: number }; date?: { formula1: string; formula2: string } };
      const kind = r.list ? 'list' : r.decimal ? 'decimal' : 'date';
      const args = r.list ? r.list.source.split(',') : r.decimal ? [r.decimal.formula1, r.decimal.formula2] : [String(r.date?.formula1), String(r.date?.formula2)];
      out.validations.set(address, { kind, args, error: { title: '', text: '' } });
    } else if (c.name === 'dataValidation.errorAlert') {
      const v = out.validations.get(address);
      const a = arg as { title: string; message: string };
      if (v) v.error = { title: a.title, text: a.message };
    } else if (c.name === 'dataValidation.prompt') {
      const v = out.validations.get(address);
      const a = arg as { title: string; message: string };
      if (v) v.prompt = { title: a.title, text: a.message };
    } else if (c.name === 'freezePanes.freezeAt') {
      const r = rectOf((arg as { address: string }).address);
      out.freeze = { rows: r.bottom, cols: r.right };
    } else if (c.name === 'freezePanes.freezeRows') out.freeze = { rows: Number(arg), cols: 0 };
    else if (c.name === 'freezePanes.freezeColumns') out.freeze = { rows: 0, cols: Number(arg) };
    else if (c.name === 'freezePanes.unfreeze') out.freeze = null;
    else if (c.name.startsWith('pageLayout.')) {
      const k = c.name.slice('pageLayout.'.length);
      const p = out.print as Record<string, unknown>;
      const m = (p.margins ??= {}) as Record<string, number>;
      const margin = /^(top|bottom|left|right|header|footer)Margin$/.exec(k);
      if (margin) m[margin[1] as string] = pts(Number(arg));
      else if (k === 'paperSize') p.paper = arg;
      else if (k === 'orientation') p.orientation = String(arg).toLowerCase();
      else if (k === 'zoom') p.fit = arg;
      else if (k === 'centerHorizontally') p.centered = arg;
      else if (k === 'firstPageNumber') p.firstPageNumber = arg;
      else if (k === 'setPrintTitleRows') p.titleRows = String(arg).replace(/\$/g, '');
      else if (k === 'setPrintArea') p.printArea = String(arg).replace(/\$/g, '');
      else if (k === 'headersFooters.state') p.state = arg;
      else {
        const hf = /^headersFooters\.(defaultForAllPages|firstPage)\.(left|center|right)(Header|Footer)$/.exec(k);
        if (hf) {
          const s3 = sections();
          const which = hf[1] === 'firstPage' ? (hf[3] === 'Header' ? s3.first : null) : hf[3] === 'Header' ? s3.header : s3.footer;
          if (which) which[hf[2] as 'left'] = String(arg);
        }
      }
    }
  }
  return out;
}

export function fakeState(ctx: FakeContext, sheets: string[]): WorkbookState {
  const out: WorkbookState = {};
  for (const name of sheets) {
    const sheet = ctx.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    const cells: Record<string, CellState> = {};
    for (const [k, c] of sheet.cells) {
      const row = Math.floor(k / (1 << 14));
      const col = k % (1 << 14);
      const s: CellState = {};
      if (c.f) s.formula = c.f;
      else if (c.v !== '') s.value = c.v;
      else continue;
      if (c.nf && c.nf !== 'General') s.numFmt = c.nf;
      cells[rectRef({ top: row, bottom: row, left: col, right: col })] = s;
    }
    const r = replay(ctx.log, name);
    const rules: Record<string, RuleState[]> = {};
    for (const x of r.rules) (rules[x.ref] ??= []).push(x.rule);
    const p = r.print;
    const print: PrintState | null =
      p.paper === undefined
        ? null
        : {
            paper: String(p.paper),
            orientation: p.orientation ?? 'portrait',
            margins: p.margins as PrintState['margins'],
            fit: p.fit?.scale !== undefined ? `scale ${p.fit.scale}` : `fit ${p.fit?.horizontalFitToPages ?? 1} wide, ${p.fit?.verticalFitToPages ?? 1} tall`,
            centered: p.centered ?? false,
            firstPageNumber: p.firstPageNumber ?? 1,
            ...(p.titleRows ? { titleRows: p.titleRows } : {}),
            ...(p.printArea ? { printArea: p.printArea } : {}),
            header: p.header ?? { left: '', center: '', right: '' },
            footer: p.footer ?? { left: '', center: '', right: '' },
            ...(p.state === 'FirstAndDefault' && p.firstHeader ? { firstHeader: p.firstHeader } : {}),
          };
    out[name] = { cells, merges: [...sheet.merges].sort(), rules, validations: Object.fromEntries(r.validations), print, freeze: r.freeze };
  }
  return out;
}

/* ---------- A .xlsx opened in the fake ---------- */

export async function loadFake(ctx: FakeContext, bytes: Uint8Array): Promise<void> {
  const wb = await readXlsx(bytes);
  wb.eachSheet((ws) => {
    const sheet = ctx.addSheet(ws.name, ws.state === 'hidden' ? 'Hidden' : ws.state === 'veryHidden' ? 'VeryHidden' : 'Visible');
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (c, col) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const s = xlsxCell(c);
        if (!s) return;
        const cell: { v: Value; f?: string; nf?: string } = { v: s.value ?? '' };
        if (s.formula) cell.f = s.formula;
        if (s.numFmt) cell.nf = s.numFmt;
        else if (c.value instanceof Date) cell.nf = 'dd/mm/yyyy';
        sheet.cells.set(r * (1 << 14) + col, cell);
      }),
    );
    sheet.merges = Object.values((ws as unknown as { _merges: Record<string, { range: string }> })._merges).map((m) => m.range);
    (ws.columns ?? []).forEach((col, i) => {
      if (col.width) sheet.columnWidths.set(i + 1, widthToPoints(col.width));
    });
  });
}

/* ---------- Comparing ---------- */

export interface Difference {
  sheet: string;
  aspect: 'sheet' | 'value' | 'formula' | 'numFmt' | 'merge' | 'rules' | 'validation' | 'print' | 'freeze';
  /** A cell or range address, or '' for the sheet as a whole. */
  where: string;
  node: unknown;
  office: unknown;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function compareStates(node: WorkbookState, office: WorkbookState): Difference[] {
  const out: Difference[] = [];
  for (const sheet of new Set([...Object.keys(node), ...Object.keys(office)])) {
    const n = node[sheet];
    const o = office[sheet];
    if (!n || !o) {
      out.push({ sheet, aspect: 'sheet', where: '', node: Boolean(n), office: Boolean(o) });
      continue;
    }
    for (const a of new Set([...Object.keys(n.cells), ...Object.keys(o.cells)])) {
      const x = n.cells[a] ?? {};
      const y = o.cells[a] ?? {};
      if (!same(x.value, y.value)) out.push({ sheet, aspect: 'value', where: a, node: x.value, office: y.value });
      if (!same(x.formula, y.formula)) out.push({ sheet, aspect: 'formula', where: a, node: x.formula, office: y.formula });
      const holds = x.value !== undefined || x.formula !== undefined || y.value !== undefined || y.formula !== undefined;
      if (holds && !same(x.numFmt, y.numFmt)) out.push({ sheet, aspect: 'numFmt', where: a, node: x.numFmt, office: y.numFmt });
    }
    if (!same(n.merges, o.merges)) out.push({ sheet, aspect: 'merge', where: '', node: n.merges, office: o.merges });
    for (const ref of new Set([...Object.keys(n.rules), ...Object.keys(o.rules)])) {
      if (!same(n.rules[ref], o.rules[ref])) out.push({ sheet, aspect: 'rules', where: ref, node: n.rules[ref], office: o.rules[ref] });
    }
    for (const ref of new Set([...Object.keys(n.validations), ...Object.keys(o.validations)])) {
      if (!same(n.validations[ref], o.validations[ref])) out.push({ sheet, aspect: 'validation', where: ref, node: n.validations[ref], office: o.validations[ref] });
    }
    if (!same(n.print, o.print)) out.push({ sheet, aspect: 'print', where: '', node: n.print, office: o.print });
    if (!same(n.freeze, o.freeze)) out.push({ sheet, aspect: 'freeze', where: '', node: n.freeze, office: o.freeze });
  }
  return out;
}

