/**
 * A small fake of the Excel object model, for what office-addin-mock cannot express: ranges made
 * on demand by address, writes that land in a grid (so tests read cells back the way a user
 * would), loads answered at sync, requirement sets enforced, and every request measured.
 *
 * - Every property set and method call is recorded as a Call ({ target, op, name, args }).
 * - context.sync() sends what is pending as one Request; its size is the UTF-8 length of the
 *   recorded calls as JSON (targets included, like Office.js's object paths). A request or a
 *   response over 5 MB is refused as Excel on the web refuses it.
 * - Text typed into a cell is parsed as Excel parses it (numbers, TRUE/FALSE, leading "=")
 *   unless the cell's number format is "@" or the text starts with an apostrophe.
 * - Using an API above the fake's ExcelApi level fails the sync with ApiNotFound.
 * - Reading a property that was not loaded and synced throws, as Office.js does.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a fake object model: members are reached dynamically */
import { colLetter, colNumber, parseRange, type Rect } from '../../src/workbook/a1';
import { moveFormula } from '../../src/workbook/formula-refs';

export interface Call {
  target: string;
  op: 'set' | 'call' | 'load';
  name: string;
  args: unknown[];
}

export interface Request {
  bytes: number;
  responseBytes: number;
  calls: number;
}

export interface FakeCell {
  v: string | number | boolean;
  f?: string;
  nf?: string;
  quote?: boolean;
}

export const LIMIT = 5 * 1024 * 1024;
const COLS = 1 << 14;

/** Where an API arrived (ExcelApi minor version of 1.x). */
const API: Record<string, number> = {
  getRanges: 9,
  pageLayout: 9,
  copyFrom: 9,
  autoFilter: 9,
  conditionalFormats: 6,
  dataValidation: 8,
  copy: 7,
  freezePanes: 7,
  getMergedAreasOrNullObject: 13,
};

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly debugInfo: { errorLocation?: string; code?: string } = {},
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function utf8(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function key(r: number, c: number): number {
  return r * COLS + c;
}

export class FakeSheet {
  cells = new Map<number, FakeCell>();
  merges: string[] = [];
  columnWidths = new Map<number, number>();
  constructor(
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
  ) {}

  cell(a1: string): FakeCell | undefined {
    const r = parseRange(a1) as Rect;
    return this.cells.get(key(r.top, r.left));
  }

  /** What the cell shows as a value: text, number, boolean, or "" when empty. */
  value(a1: string): string | number | boolean {
    return this.cell(a1)?.v ?? '';
  }

  setRows(rows: (string | number | null)[][], top = 1): this {
    rows.forEach((line, i) =>
      line.forEach((v, j) => {
        if (v !== null && v !== '') this.cells.set(key(top + i, j + 1), { v });
      }),
    );
    return this;
  }

  shiftRows(at: number, count: number): void {
    const next = new Map<number, FakeCell>();
    for (const [k, c] of this.cells) {
      const r = Math.floor(k / COLS);
      const col = k % COLS;
      if (count < 0 && r >= at && r < at - count) continue;
      next.set(key(r >= at ? r + count : r, col), c);
    }
    this.cells = next;
  }

  clone(name: string): FakeSheet {
    const s = new FakeSheet(name, this.visibility);
    for (const [k, c] of this.cells) s.cells.set(k, { ...c });
    s.merges = [...this.merges];
    return s;
  }

  bounds(): Rect | null {
    let b: Rect | null = null;
    for (const k of this.cells.keys()) {
      const r = Math.floor(k / COLS);
      const c = k % COLS;
      b = b ? { top: Math.min(b.top, r), left: Math.min(b.left, c), bottom: Math.max(b.bottom, r), right: Math.max(b.right, c) } : { top: r, left: c, bottom: r, right: c };
    }
    return b;
  }
}

export interface FakeOptions {
  /** ExcelApi 1.x minor version this Excel supports (Office 2019: 8; Microsoft 365: 17). */
  api?: number;
  /** Fails the sync that carries a call this predicate picks. */
  failWhen?: (call: Call) => OfficeError | null;
}

/** Parses typed text as Excel does when the cell is not text-formatted. */
function typed(x: string): { v: string | number | boolean; f?: string } {
  if (x.startsWith('=')) return { v: '', f: x };
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(x.trim())) return { v: Number(x) };
  if (/^(true|false)$/i.test(x.trim())) return { v: x.trim().toUpperCase() === 'TRUE' };
  return { v: x };
}

export class FakeContext {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, string>();
  readonly log: Call[] = [];
  readonly requests: Request[] = [];
  active = '';
  selected = '';
  private pending: Call[] = [];
  private errors: OfficeError[] = [];
  private loaders: (() => unknown)[] = [];
  readonly api: number;
  readonly workbook: any;

  constructor(private readonly options: FakeOptions = {}) {
    this.api = options.api ?? 17;
    this.workbook = {
      worksheets: new FakeWorksheets(this),
      names: new FakeNames(this),
    };
  }

  addSheet(name: string, visibility: FakeSheet['visibility'] = 'Visible'): FakeSheet {
    const s = new FakeSheet(name, visibility);
    this.sheets.push(s);
    return s;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  record(target: string, op: Call['op'], name: string, args: unknown[]): void {
    const call = { target, op, name, args };
    this.pending.push(call);
    this.log.push(call);
    const e = this.options.failWhen?.(call);
    if (e) this.errors.push(e);
  }

  need(api: string, target: string): void {
    const v = API[api];
    if (v !== undefined && this.api < v) this.errors.push(new OfficeError('ApiNotFound', `${api} needs ExcelApi 1.${v}`, { errorLocation: `${target}.${api}` }));
  }

  fail(e: OfficeError): void {
    this.errors.push(e);
  }

  onSync(load: () => unknown): void {
    this.loaders.push(load);
  }

  async sync(): Promise<void> {
    const bytes = this.pending.reduce((n, c) => n + utf8(JSON.stringify(c)) + 1, 2);
    const calls = this.pending.length;
    const errors = this.errors;
    const loaders = this.loaders;
    this.pending = [];
    this.errors = [];
    this.loaders = [];
    if (bytes > LIMIT) throw new OfficeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    if (errors.length > 0) throw errors[0];
    let responseBytes = 0;
    for (const l of loaders) responseBytes += utf8(JSON.stringify(l() ?? null));
    this.requests.push({ bytes, responseBytes, calls });
    if (responseBytes > LIMIT) throw new OfficeError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
  }

  /** Calls whose name ends with `name` (e.g. "conditionalFormats.add"). */
  calls(name: string, op?: Call['op']): Call[] {
    return this.log.filter((c) => (c.name === name || c.name.endsWith(`.${name}`)) && (!op || c.op === op));
  }
}

/** Reaches a node's stored values without recording (the fake answering a load). */
export const STORE = Symbol('store');

/**
 * A setter-only object (formats, fonts, page layout...): records sets and calls, remembers set
 * values. Any member not set is a child object that may also be called (fill.clear(),
 * borders.getItem("EdgeTop")): the call is recorded and its result is a child named after it.
 */
function node(ctx: FakeContext, target: string, prefix: string, methods: Record<string, (...a: any[]) => unknown> = {}): any {
  const store: Record<string, unknown> = {};
  const kids: Record<string, unknown> = {};
  const callable = function () {
    /* called through the proxy's apply trap */
  };
  return new Proxy(callable, {
    get(_t, k: string | symbol) {
      if (k === STORE) return store;
      if (typeof k === 'symbol') return undefined;
      if (k in methods) {
        return (...args: unknown[]) => {
          ctx.record(target, 'call', prefix + k, args);
          return (methods[k] as (...a: unknown[]) => unknown)(...args);
        };
      }
      if (k in store) return store[k];
      if (k === 'load') return (p: unknown) => ctx.record(target, 'load', `${prefix}load`, [p]);
      if (k === 'then') return undefined;
      return (kids[k] ??= node(ctx, target, `${prefix}${k}.`));
    },
    set(_t, k: string | symbol, v) {
      if (typeof k === 'symbol') return false;
      ctx.record(target, 'set', prefix + k, [v]);
      store[k] = v;
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      const name = prefix.replace(/\.$/, '');
      ctx.record(target, 'call', name, args);
      return node(ctx, target, `${name}[${args.map(String).join(',')}].`);
    },
  });
}

class Loadable {
  protected loaded: Record<string, unknown> | null = null;
  protected read<T>(name: string): T {
    if (!this.loaded || !(name in this.loaded)) throw new Error(`PropertyNotLoaded: ${name} (call load and sync first)`);
    return this.loaded[name] as T;
  }
}

export class FakeRange extends Loadable {
  readonly rect: Rect | null;
  readonly format: any;
  readonly conditionalFormats: any;
  readonly dataValidation: any;

  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: FakeSheet,
    readonly address: string,
    private readonly nullable = false,
  ) {
    super();
    this.rect = address === '' ? null : FakeRange.rectOf(address);
    const t = this.target;
    this.format = node(ctx, t, 'format.', {
      load: (p: unknown) =>
        this.ctx.onSync(() => {
          const store = (this.format as Record<symbol, Record<string, unknown>>)[STORE] as Record<string, unknown>;
          store.columnWidth ??= this.sheet.columnWidths.get(this.rect?.left ?? 1) ?? 48;
          return [p, store.columnWidth];
        }),
    });
    this.conditionalFormats = node(ctx, t, 'conditionalFormats.', {
      add: () => (ctx.need('conditionalFormats', t), node(ctx, t, 'conditionalFormats.item.')),
      clearAll: () => ctx.need('conditionalFormats', t),
    });
    this.dataValidation = node(ctx, t, 'dataValidation.', { clear: () => ctx.need('dataValidation', t) });
  }

  static rectOf(address: string): Rect {
    const m = /^(\d+):(\d+)$/.exec(address);
    if (m) return { top: Number(m[1]), bottom: Number(m[2]), left: 1, right: COLS - 1 };
    const c = /^([A-Z]+):([A-Z]+)$/.exec(address);
    if (c) return { top: 1, bottom: 1048576, left: colNumber(c[1] as string), right: colNumber(c[2] as string) };
    const r = parseRange(address);
    if (!r) throw new OfficeError('InvalidArgument', `bad address ${address}`);
    return r;
  }

  get target(): string {
    return `${this.sheet.name}!${this.address || '*'}`;
  }

  /** A range passed as an argument is sent as its path, as Office.js sends an object reference. */
  toJSON(): { range: string } {
    return { range: this.target };
  }

  private set2d(name: 'formulas' | 'values' | 'numberFormat', grid: unknown[][]): void {
    this.ctx.record(this.target, 'set', name, [grid]);
    const r = this.rect as Rect;
    if (grid.length !== r.bottom - r.top + 1 || grid.some((row) => row.length !== r.right - r.left + 1)) {
      this.ctx.fail(new OfficeError('InvalidArgument', `${name}: array size does not match ${this.address}`));
      return;
    }
    grid.forEach((row, i) =>
      row.forEach((x, j) => {
        if (x === null || x === undefined) return;
        const k = key(r.top + i, r.left + j);
        const cell: FakeCell = this.sheet.cells.get(k) ?? { v: '' };
        if (name === 'numberFormat') cell.nf = String(x);
        else {
          delete cell.f;
          delete cell.quote;
          if (typeof x === 'string' && x.startsWith("'")) {
            cell.v = x.slice(1);
            cell.quote = true;
          } else if (typeof x === 'string' && cell.nf === '@') cell.v = x;
          else if (typeof x === 'string') Object.assign(cell, typed(x));
          else cell.v = x as number | boolean;
        }
        if (cell.v === '' && !cell.f && !cell.nf) this.sheet.cells.delete(k);
        else this.sheet.cells.set(k, cell);
      }),
    );
  }

  set formulas(g: unknown[][]) {
    this.set2d('formulas', g);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set values(g: unknown[][]) {
    this.set2d('values', g);
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set numberFormat(g: unknown[][]) {
    this.set2d('numberFormat', g);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set columnHidden(v: boolean) {
    this.ctx.record(this.target, 'set', 'columnHidden', [v]);
  }
  set rowHidden(v: boolean) {
    this.ctx.record(this.target, 'set', 'rowHidden', [v]);
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  load(props: string): this {
    this.ctx.record(this.target, 'load', 'load', [props]);
    this.ctx.onSync(() => {
      const r = this.rect;
      const out: Record<string, unknown> = { isNullObject: this.nullable && r === null, address: `${this.sheet.name}!${this.address}` };
      if (r) {
        out.rowIndex = r.top - 1;
        out.columnIndex = r.left - 1;
        out.rowCount = r.bottom - r.top + 1;
        out.columnCount = r.right - r.left + 1;
        const grid = (f: (c: FakeCell | undefined) => unknown): unknown[][] => {
          const rows: unknown[][] = [];
          for (let i = r.top; i <= r.bottom; i++) {
            const line: unknown[] = [];
            for (let j = r.left; j <= r.right; j++) line.push(f(this.sheet.cells.get(key(i, j))));
            rows.push(line);
          }
          return rows;
        };
        const want = props.split(',').map((s) => s.trim());
        if (want.includes('values')) out.values = grid((c) => c?.v ?? '');
        if (want.includes('formulas')) out.formulas = grid((c) => c?.f ?? c?.v ?? '');
        if (want.includes('numberFormat')) out.numberFormat = grid((c) => c?.nf ?? 'General');
      }
      this.loaded = out;
      const { values, formulas, numberFormat, address, rowIndex, columnIndex, rowCount, columnCount } = out;
      return props.includes('values') ? { values, formulas, numberFormat } : { address, rowIndex, columnIndex, rowCount, columnCount };
    });
    return this;
  }

  insert(dir: string): void {
    this.ctx.record(this.target, 'call', 'insert', [dir]);
    const r = this.rect as Rect;
    this.sheet.shiftRows(r.top, r.bottom - r.top + 1);
  }
  delete(dir: string): void {
    this.ctx.record(this.target, 'call', 'delete', [dir]);
    const r = this.rect as Rect;
    this.sheet.shiftRows(r.top, -(r.bottom - r.top + 1));
  }
  merge(across: boolean): void {
    this.ctx.record(this.target, 'call', 'merge', [across]);
    this.sheet.merges.push(this.address);
  }
  unmerge(): void {
    this.ctx.record(this.target, 'call', 'unmerge', []);
    this.sheet.merges = this.address === '' ? [] : this.sheet.merges.filter((m) => m !== this.address);
  }
  clear(what: string): void {
    this.ctx.record(this.target, 'call', 'clear', [what]);
    if (this.address === '') this.sheet.cells.clear();
  }
  /** Pastes one cell over this range, as Excel tiles it: formulas move with the rows; formats copy. */
  copyFrom(source: FakeRange, type: string): void {
    this.ctx.need('copyFrom', this.target);
    this.ctx.record(this.target, 'call', 'copyFrom', [source.address, type]);
    const from = source.rect as Rect;
    const to = this.rect as Rect;
    const src = source.sheet.cells.get(key(from.top, from.left));
    for (let r = to.top; r <= to.bottom; r++) {
      for (let c = to.left; c <= to.right; c++) {
        const k = key(r, c);
        const cell: FakeCell = this.sheet.cells.get(k) ?? { v: '' };
        if (type === 'Formats') {
          if (src?.nf) cell.nf = src.nf;
        } else if (src?.f) {
          cell.f = `=${moveFormula(src.f.slice(1), r - from.top)}`;
          cell.v = '';
        } else cell.v = src?.v ?? '';
        this.sheet.cells.set(k, cell);
      }
    }
  }
  select(): void {
    this.ctx.record(this.target, 'call', 'select', []);
    this.ctx.selected = this.target;
  }
  getMergedAreasOrNullObject(): any {
    this.ctx.need('getMergedAreasOrNullObject', this.target);
    this.ctx.record(this.target, 'call', 'getMergedAreasOrNullObject', []);
    const out: { address?: string; isNullObject?: boolean; load: (p: string) => void } = {
      load: () =>
        this.ctx.onSync(() => {
          out.isNullObject = this.sheet.merges.length === 0;
          out.address = this.sheet.merges.map((m) => `${this.sheet.name}!${m}`).join(', ');
          return out.address;
        }),
    };
    return out;
  }
}

class FakeRangeAreas {
  readonly format: any;
  readonly conditionalFormats: any;
  constructor(ctx: FakeContext, sheet: FakeSheet, address: string) {
    const t = `${sheet.name}!${address}`;
    this.format = node(ctx, t, 'format.');
    this.conditionalFormats = node(ctx, t, 'conditionalFormats.', {
      add: () => node(ctx, t, 'conditionalFormats.item.'),
    });
  }
}

export class FakeWorksheet extends Loadable {
  constructor(
    private readonly ctx: FakeContext,
    private data: FakeSheet | null,
    private readonly label: string,
  ) {
    super();
  }

  get sheet(): FakeSheet {
    if (!this.data) throw new Error(`sheet ${this.label} does not exist`);
    return this.data;
  }

  get name(): string {
    return this.read('name');
  }
  set name(v: string) {
    this.ctx.record(this.label, 'set', 'name', [v]);
    if (this.ctx.sheets.some((s) => s !== this.data && s.name.toLowerCase() === v.toLowerCase())) {
      this.ctx.fail(new OfficeError('ItemAlreadyExists', `a sheet named ${v} exists`));
    } else this.sheet.name = v;
  }
  get position(): number {
    return this.read('position');
  }
  set position(v: number) {
    this.ctx.record(this.label, 'set', 'position', [v]);
    const list = this.ctx.sheets;
    list.splice(list.indexOf(this.sheet), 1);
    list.splice(Math.min(v, list.length), 0, this.sheet);
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(v: string) {
    this.ctx.record(this.label, 'set', 'visibility', [v]);
    this.sheet.visibility = v as FakeSheet['visibility'];
  }

  resolve(props: string[]): void {
    const d = this.sheet;
    this.loaded = { name: d.name, position: this.ctx.sheets.indexOf(d), visibility: d.visibility };
    void props;
  }

  getRange(address = ''): FakeRange {
    this.ctx.record(this.label, 'call', 'getRange', [address]);
    return new FakeRange(this.ctx, this.sheet, address.replace(/\$/g, ''));
  }
  getRanges(address: string): FakeRangeAreas {
    this.ctx.need('getRanges', this.label);
    this.ctx.record(this.label, 'call', 'getRanges', [address]);
    return new FakeRangeAreas(this.ctx, this.sheet, address);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.record(this.label, 'call', 'getUsedRangeOrNullObject', [valuesOnly]);
    const b = this.sheet.bounds();
    const a = b ? `${colLetter(b.left)}${b.top}:${colLetter(b.right)}${b.bottom}` : '';
    return new FakeRange(this.ctx, this.sheet, a, true);
  }
  copy(position: string): FakeWorksheet {
    this.ctx.need('copy', this.label);
    this.ctx.record(this.label, 'call', 'copy', [position]);
    const c = this.sheet.clone(`${this.sheet.name} (2)`);
    this.ctx.sheets.push(c);
    return new FakeWorksheet(this.ctx, c, c.name);
  }
  delete(): void {
    this.ctx.record(this.label, 'call', 'delete', []);
    this.ctx.sheets.splice(this.ctx.sheets.indexOf(this.sheet), 1);
  }
  activate(): void {
    this.ctx.record(this.label, 'call', 'activate', []);
    this.ctx.active = this.sheet.name;
  }
  get freezePanes(): any {
    this.ctx.need('freezePanes', this.label);
    return node(this.ctx, this.label, 'freezePanes.', { freezeAt: () => 0, freezeRows: () => 0, freezeColumns: () => 0, unfreeze: () => 0 });
  }
  get autoFilter(): any {
    this.ctx.need('autoFilter', this.label);
    return node(this.ctx, this.label, 'autoFilter.', { apply: () => 0, remove: () => 0 });
  }
  get pageLayout(): any {
    this.ctx.need('pageLayout', this.label);
    const sheet = this.sheet;
    return node(this.ctx, this.label, 'pageLayout.', {
      setPrintTitleRows: () => 0,
      setPrintArea: () => 0,
      getPrintAreaOrNullObject: () => {
        const out: { address?: string; isNullObject?: boolean; load: (p: string) => void } = {
          load: () =>
            this.ctx.onSync(() => {
              out.isNullObject = true;
              out.address = '';
              return sheet.name;
            }),
        };
        return out;
      },
    });
  }
}

class FakeWorksheets extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  load(props: string): void {
    this.ctx.record('worksheets', 'load', 'load', [props]);
    this.ctx.onSync(() => {
      const items = this.ctx.sheets.map((s) => {
        const w = new FakeWorksheet(this.ctx, s, s.name);
        w.resolve([]);
        return w;
      });
      this.loaded = { items };
      return this.ctx.sheets.map((s) => s.name);
    });
  }
  add(name: string): FakeWorksheet {
    this.ctx.record('worksheets', 'call', 'add', [name]);
    if (this.ctx.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
      this.ctx.fail(new OfficeError('ItemAlreadyExists', `a sheet named ${name} exists`));
    }
    return new FakeWorksheet(this.ctx, this.ctx.addSheet(name), name);
  }
  getItem(name: string): FakeWorksheet {
    this.ctx.record('worksheets', 'call', 'getItem', [name]);
    const s = this.ctx.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null;
    if (!s) this.ctx.fail(new OfficeError('ItemNotFound', `no sheet ${name}`, { errorLocation: 'WorksheetCollection.getItem' }));
    return new FakeWorksheet(this.ctx, s, name);
  }
  getActiveWorksheet(): FakeWorksheet {
    this.ctx.record('worksheets', 'call', 'getActiveWorksheet', []);
    const s = this.ctx.sheets.find((x) => x.name === this.ctx.active) ?? this.ctx.sheets[0] ?? null;
    return new FakeWorksheet(this.ctx, s, s?.name ?? '?');
  }
}

class FakeNames extends Loadable {
  constructor(private readonly ctx: FakeContext) {
    super();
  }
  get items(): { name: string; type: string; value: string }[] {
    return this.read('items');
  }
  load(props: string): void {
    this.ctx.record('names', 'load', 'load', [props]);
    this.ctx.onSync(() => {
      const items = [...this.ctx.names].map(([name, value]) => ({ name, type: 'Range', value }));
      this.loaded = { items };
      return items;
    });
  }
  add(name: string, ref: string): void {
    this.ctx.record('names', 'call', 'add', [name, ref]);
    if (this.ctx.names.has(name)) this.ctx.fail(new OfficeError('ItemAlreadyExists', `name ${name} exists`));
    this.ctx.names.set(name, ref);
  }
  getItem(name: string): { delete(): void } {
    this.ctx.record('names', 'call', 'getItem', [name]);
    return {
      delete: () => {
        this.ctx.record(`names!${name}`, 'call', 'delete', []);
        this.ctx.names.delete(name);
      },
    };
  }
}
