/**
 * Cell blocks -> Office.js writes: per block (in row slices), `numberFormat` first, then
 * `formulas` (which take constants too), with null for cells the layout leaves alone (Office.js
 * leaves a cell unchanged where a 2-D array holds null).
 * Text stays text (issue 5): text cells carry the number format "@" before their value, and a
 * string that starts with = + - @ (or ') gets an apostrophe, Excel's own "this is text" prefix
 * (it is not part of the value). Text in a cell whose format is not "@" always gets one, since
 * Excel would otherwise parse "1.10", "TRUE" or "3/4".
 */
import { colLetter, isoToSerial } from '../workbook/a1';
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

/** A block's rows as slices under maxBytes; rows where the block sets nothing end a slice. */
export function valueSlices(block: CellBlock, maxBytes = SLICE_BYTES): ValueSlice[] {
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
      if (c.value) {
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

/** Queues a sheet's values and number formats, block by block. */
export async function writeValues(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  for (const block of sheet.blocks) {
    for (const s of valueSlices(block)) {
      const r = ws.getRange(sliceAddress(s));
      const nf = s.numberFormat;
      const fx = s.formulas;
      // Format before value: a text cell must be "@" when its value arrives.
      if (nf) await batch.add(s.formatBytes, () => (r.numberFormat = nf));
      if (fx) await batch.add(s.valueBytes, () => (r.formulas = fx));
    }
  }
}
