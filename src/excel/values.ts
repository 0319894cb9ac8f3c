/**
 * Cell blocks -> Office.js writes: per block (in row slices), `numberFormat` first, then
 * `formulas` (which take constants too), with null for cells the layout leaves alone (Office.js
 * leaves a cell unchanged where a 2-D array holds null).
 * Text stays text (issue 5): text cells carry the number format "@" before their value, and a
 * string that starts with = + - @ (or ') gets an apostrophe, Excel's own "this is text" prefix
 * (it is not part of the value). Text in a cell whose format is not "@" always gets one, since
 * Excel would otherwise parse "1.10", "TRUE" or "3/4".
 * A column of the same relative formula (the timeliness formula on every task row) is sent
 * once per run of rows and filled down with copyFrom (ExcelApi 1.9), as a person pastes it:
 * the formula text is most of a task row's bytes.
 */
import { colLetter, isoToSerial } from '../workbook/a1';
import { moveFormula } from '../workbook/formula-refs';
import type { CellBlock, CellValue, LayoutCell, SheetLayout } from '../workbook/layout';
import { DATE_FORMAT, resolveStyle } from '../workbook/styles';
import { COMMAND_OVERHEAD, utf8Length, type Batch } from './batch';
import { isDateFormat } from './number-format';

export type Input = string | number | boolean;

const PARSED_AS_FORMULA = /^[=+\-@']/;

/** What a layout value is typed as, given the number format its cell will have. */
export function cellInput(value: CellValue, numFmt: string | null): Input {
  switch (value.kind) {
    case 'text':
      return numFmt !== '@' || PARSED_AS_FORMULA.test(value.text) ? `'${value.text}` : value.text;
    case 'number':
    case 'boolean':
      return value.value;
    case 'date':
      // A serial with a date format, as Excel stores dates; an impossible date stays as typed text.
      return isoToSerial(value.iso) ?? `'${value.iso}`;
    case 'formula':
      return `=${value.formula}`;
    case 'blank':
      return '';
  }
}

/** The number format a cell gets: its style's, adjusted so the value keeps its kind; null leaves it. */
export function numberFormatFor(cell: LayoutCell): string | null {
  let fmt = cell.style ? resolveStyle(cell.style, cell.emphasis).numFmt : null;
  const v = cell.value;
  // Excel keeps a formula typed into a text ("@") cell as text: such cells get General.
  if (v?.kind === 'formula' && fmt === '@') fmt = 'General';
  if (v?.kind === 'date' && !isDateFormat(fmt)) fmt = DATE_FORMAT;
  return fmt;
}

export interface ValueSlice {
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** null: no cell of the slice sets a format. */
  numberFormat: (string | null)[][] | null;
  /** null: no cell of the slice sets a value. */
  formulas: (Input | null)[][] | null;
  /** Estimated request bytes of each command (format, values). */
  formatBytes: number;
  valueBytes: number;
}

/** Rows per slice stay under this estimate, so any slice fits a request with room to spare. */
export const SLICE_BYTES = 512 * 1024;

function address(s: { top: number; left: number; rows: number; cols: number }): string {
  const a = `${colLetter(s.left)}${s.top}`;
  const b = `${colLetter(s.left + s.cols - 1)}${s.top + s.rows - 1}`;
  return a === b ? a : `${a}:${b}`;
}

export function sliceAddress(s: ValueSlice): string {
  return address(s);
}

/** Rows top+1..bottom of column `col` take the formula of row `top`, moved down (copyFrom). */
export interface FormulaFill {
  col: number;
  top: number;
  bottom: number;
}

/** Shorter runs are cheaper to send as text than as a copy command. */
export const MIN_FILL_ROWS = 4;

interface Run {
  start: number;
  end: number;
  formula: string;
  last: string;
  shape: string;
  nums: number[];
  /** Per number in the formula: 1 when it grows with the row (a relative row), 0 when fixed. */
  step: number[] | null;
}

/** A formula with its numbers taken out: rows of one relative formula share the shape. */
function shapeOf(f: string): { shape: string; nums: number[] } {
  const nums: number[] = [];
  const shape = f.replace(/\d+/g, (d) => {
    nums.push(Number(d));
    return '#';
  });
  return { shape, nums };
}

/**
 * Runs of rows where a column holds the same relative formula, by block-relative row and column.
 * Found by the numbers in the formula (row numbers grow by one a row, the rest stay), then
 * checked with moveFormula, the same rule the layout and the Node writer use, on the run's
 * last row.
 */
export function formulaFills(block: CellBlock): FormulaFill[] {
  const out: FormulaFill[] = [];
  const open = new Map<number, Run>();
  const close = (j: number): void => {
    const run = open.get(j);
    open.delete(j);
    if (!run || run.end - run.start + 1 < MIN_FILL_ROWS) return;
    if (moveFormula(run.formula, run.end - run.start) === run.last) out.push({ col: j, top: run.start, bottom: run.end });
  };
  const extends_ = (run: Run, i: number, shape: string, nums: number[]): boolean => {
    if (run.end !== i - 1 || shape !== run.shape || nums.length !== run.nums.length) return false;
    const d = i - run.start;
    if (run.step === null) {
      const step = nums.map((n, k) => n - (run.nums[k] as number));
      if (!step.every((x) => x === 0 || x === 1)) return false;
      run.step = step;
      return true;
    }
    const step = run.step;
    return nums.every((n, k) => n === (run.nums[k] as number) + (step[k] as number) * d);
  };
  block.cells.forEach((line, i) => {
    const seen = new Set<number>();
    line.forEach((c, j) => {
      const v = c?.value;
      if (v?.kind !== 'formula') return;
      seen.add(j);
      const { shape, nums } = shapeOf(v.formula);
      const run = open.get(j);
      if (run && extends_(run, i, shape, nums)) {
        run.end = i;
        run.last = v.formula;
      } else {
        close(j);
        open.set(j, { start: i, end: i, formula: v.formula, last: v.formula, shape, nums, step: null });
      }
    });
    for (const j of [...open.keys()]) if (!seen.has(j)) close(j);
  });
  for (const j of [...open.keys()]) close(j);
  return out;
}

/** A block's rows as slices under maxBytes; rows where the block sets nothing end a slice. */
export function valueSlices(block: CellBlock, maxBytes = SLICE_BYTES, fills: FormulaFill[] = []): ValueSlice[] {
  const filled = new Set<number>();
  for (const f of fills) for (let i = f.top + 1; i <= f.bottom; i++) filled.add(i * 16384 + f.col);
  const cols = block.cells.reduce((m, r) => Math.max(m, r.length), 0);
  const out: ValueSlice[] = [];
  let cur: {
    top: number;
    fmts: (string | null)[][];
    inputs: (Input | null)[][];
    anyFmt: boolean;
    anyValue: boolean;
    formatBytes: number;
    valueBytes: number;
  } | null = null;
  const close = (): void => {
    if (!cur) return;
    out.push({
      top: cur.top,
      left: block.left,
      rows: cur.fmts.length,
      cols,
      numberFormat: cur.anyFmt ? cur.fmts : null,
      formulas: cur.anyValue ? cur.inputs : null,
      formatBytes: cur.formatBytes,
      valueBytes: cur.valueBytes,
    });
    cur = null;
  };
  block.cells.forEach((line, i) => {
    const fmts: (string | null)[] = new Array<string | null>(cols).fill(null);
    const inputs: (Input | null)[] = new Array<Input | null>(cols).fill(null);
    let anyFmt = false;
    let anyValue = false;
    line.forEach((c, j) => {
      if (!c) return;
      const fmt = numberFormatFor(c);
      if (fmt !== null) {
        fmts[j] = fmt;
        anyFmt = true;
      }
      if (c.value && !filled.has(i * 16384 + j)) {
        inputs[j] = cellInput(c.value, fmt);
        anyValue = true;
      }
    });
    if (!anyFmt && !anyValue) {
      close();
      return;
    }
    const fb = utf8Length(JSON.stringify(fmts)) + 1;
    const vb = utf8Length(JSON.stringify(inputs)) + 1;
    if (cur && cur.formatBytes + cur.valueBytes + fb + vb > maxBytes) close();
    if (!cur) cur = { top: block.top + i, fmts: [], inputs: [], anyFmt: false, anyValue: false, formatBytes: COMMAND_OVERHEAD, valueBytes: COMMAND_OVERHEAD };
    cur.fmts.push(fmts);
    cur.inputs.push(inputs);
    cur.anyFmt ||= anyFmt;
    cur.anyValue ||= anyValue;
    cur.formatBytes += fb;
    cur.valueBytes += vb;
  });
  close();
  return out;
}

/** Queues a sheet's values and number formats, block by block; `fillDown` needs ExcelApi 1.9. */
export async function writeValues(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout, fillDown: boolean): Promise<void> {
  for (const block of sheet.blocks) {
    const fills = fillDown ? formulaFills(block) : [];
    for (const s of valueSlices(block, SLICE_BYTES, fills)) {
      const r = ws.getRange(sliceAddress(s));
      const nf = s.numberFormat;
      const fx = s.formulas;
      // Format before value: a text cell must be "@" when its value arrives.
      if (nf) await batch.add(s.formatBytes, () => (r.numberFormat = nf));
      if (fx) await batch.add(s.valueBytes, () => (r.formulas = fx));
    }
    for (const f of fills) {
      const col = colLetter(block.left + f.col);
      const source = `${col}${block.top + f.top}`;
      const rest = `${col}${block.top + f.top + 1}:${col}${block.top + f.bottom}`;
      await batch.add(3 * COMMAND_OVERHEAD, () => ws.getRange(rest).copyFrom(ws.getRange(source), 'Formulas'));
    }
  }
}
