/**
 * Layout styles -> cell formats. A style key names a whole format (font, fill, border,
 * alignment; the number format goes with the values, values.ts). Painting each key's cells one
 * range at a time would take thousands of commands on a long plan (every section row breaks
 * the columns), so each format PROPERTY is painted on its own: the cells sharing a value of it
 * (all Times New Roman; all bold) form few rectangles. On ExcelApi 1.9 the rectangles of one
 * value go out as one RangeAreas (worksheet.getRanges); before, one range each.
 * The result equals giving every styled cell its whole style, as the Node writer does.
 */
import { colLetter, type Rect } from '../workbook/a1';
import type { SheetLayout } from '../workbook/layout';
import { resolveStyle, type CellStyle, type Emphasis, type StyleKey } from '../workbook/styles';
import { areaLists } from './address';
import { COMMAND_OVERHEAD, type Batch } from './batch';

type Value = string | number | boolean;

interface Property {
  name: string;
  of(s: CellStyle): Value;
  /** Queues the property on a format; returns the number of commands queued. */
  apply(f: Excel.RangeFormat, v: Value, shape: Shape): number;
}

/** Which inside borders a rectangle has (setting one it lacks is refused). */
type Shape = 'cell' | 'row' | 'column' | 'block';

function shapeOf(r: Rect): Shape {
  const tall = r.bottom > r.top;
  const wide = r.right > r.left;
  return tall && wide ? 'block' : tall ? 'column' : wide ? 'row' : 'cell';
}

const EDGES: Record<Shape, Excel.BorderIndex[]> = {
  cell: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as Excel.BorderIndex[],
  row: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical'] as Excel.BorderIndex[],
  column: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal'] as Excel.BorderIndex[],
  block: ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as Excel.BorderIndex[],
};

const H_ALIGN: Record<string, Excel.HorizontalAlignment | 'General' | 'Left' | 'Center' | 'Right'> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
  general: 'General',
};
const V_ALIGN: Record<string, 'Top' | 'Center' | 'Bottom'> = { top: 'Top', center: 'Center', bottom: 'Bottom' };

export const PROPERTIES: Property[] = [
  { name: 'font.name', of: (s) => s.font.name, apply: (f, v) => ((f.font.name = String(v)), 1) },
  { name: 'font.size', of: (s) => s.font.size, apply: (f, v) => ((f.font.size = Number(v)), 1) },
  { name: 'font.bold', of: (s) => !!s.font.bold, apply: (f, v) => ((f.font.bold = v === true), 1) },
  { name: 'font.italic', of: (s) => !!s.font.italic, apply: (f, v) => ((f.font.italic = v === true), 1) },
  { name: 'font.underline', of: (s) => !!s.font.underline, apply: (f, v) => ((f.font.underline = v === true ? 'Single' : 'None'), 1) },
  { name: 'font.color', of: (s) => s.font.color ?? '000000', apply: (f, v) => ((f.font.color = `#${String(v)}`), 1) },
  {
    name: 'fill',
    of: (s) => s.fill ?? '',
    apply: (f, v) => {
      if (v === '') f.fill.clear();
      else f.fill.color = `#${String(v)}`;
      return 1;
    },
  },
  {
    name: 'border',
    of: (s) => s.border,
    apply: (f, v, shape) => {
      let n = 0;
      for (const edge of EDGES[shape]) {
        const b = f.borders.getItem(edge);
        if (v === true) {
          b.style = 'Continuous';
          b.weight = 'Thin';
          b.color = '#000000';
          n += 3;
        } else {
          b.style = 'None';
          n += 1;
        }
      }
      return n;
    },
  },
  {
    name: 'horizontalAlignment',
    of: (s) => s.align.horizontal ?? 'general',
    apply: (f, v) => ((f.horizontalAlignment = H_ALIGN[String(v)] as Excel.HorizontalAlignment), 1),
  },
  {
    name: 'verticalAlignment',
    of: (s) => s.align.vertical ?? 'bottom',
    apply: (f, v) => ((f.verticalAlignment = V_ALIGN[String(v)] as Excel.VerticalAlignment), 1),
  },
  { name: 'wrapText', of: (s) => !!s.align.wrap, apply: (f, v) => ((f.wrapText = v === true), 1) },
];

const COLS = 1 << 14; // Excel's 16,384 columns: row * COLS + col keys a cell

/** The styled cells of a sheet: keys (row * COLS + col, ascending) and the style each holds. */
export interface StyledCells {
  keys: number[];
  /** Index into `styles`, per key. */
  styleOf: number[];
  styles: CellStyle[];
}

/** Each styled cell's resolved style, later blocks over earlier ones (as writes land). */
export function styledCells(sheet: SheetLayout): StyledCells {
  const ids = new Map<string, number>();
  const styles: CellStyle[] = [];
  const byCell = new Map<number, number>();
  for (const b of sheet.blocks) {
    b.cells.forEach((line, i) =>
      line.forEach((c, j) => {
        if (!c?.style) return;
        const id = c.emphasis ? `${c.style}/${c.emphasis}` : c.style;
        let n = ids.get(id);
        if (n === undefined) {
          n = styles.length;
          ids.set(id, n);
          styles.push(resolveStyle(c.style as StyleKey, c.emphasis as Emphasis | undefined));
        }
        byCell.set((b.top + i) * COLS + b.left + j, n);
      }),
    );
  }
  const keys = [...byCell.keys()].sort((a, b) => a - b);
  return { keys, styleOf: keys.map((k) => byCell.get(k) as number), styles };
}

/** Cells (keys sorted by row, then column) -> rectangles: row runs, stacked when they line up. */
export function rectangles(keys: number[]): Rect[] {
  const out: Rect[] = [];
  let open = new Map<number, Rect>();
  let next = new Map<number, Rect>();
  let row = -1;
  let runStart = -1;
  let runEnd = -1;
  const endRun = (): void => {
    if (runStart < 0) return;
    const k = runStart * COLS + runEnd;
    const prev = open.get(k);
    if (prev && prev.bottom === row - 1) {
      prev.bottom = row;
      next.set(k, prev);
    } else {
      const r = { top: row, bottom: row, left: runStart, right: runEnd };
      out.push(r);
      next.set(k, r);
    }
    runStart = -1;
  };
  for (const key of keys) {
    const r = Math.floor(key / COLS);
    const c = key % COLS;
    if (r !== row) {
      endRun();
      if (r !== row + 1) next.clear();
      open = next;
      next = new Map();
      row = r;
    }
    if (runStart >= 0 && c === runEnd + 1) runEnd = c;
    else {
      endRun();
      runStart = c;
      runEnd = c;
    }
  }
  endRun();
  return out;
}

export function rectAddress(r: Rect): string {
  const a = `${colLetter(r.left)}${r.top}`;
  const b = `${colLetter(r.right)}${r.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** For each property: its values and the rectangles holding each. */
export function paintPlan(cells: StyledCells): { property: Property; value: Value; rects: Rect[] }[] {
  const out: { property: Property; value: Value; rects: Rect[] }[] = [];
  for (const property of PROPERTIES) {
    // Values per style (a handful), then cells grouped by the value of their style.
    const values: Value[] = [];
    const valueOf = cells.styles.map((st) => {
      const v = property.of(st);
      const at = values.indexOf(v);
      return at >= 0 ? at : values.push(v) - 1;
    });
    const groups: number[][] = values.map(() => []);
    const { keys, styleOf } = cells;
    for (let i = 0; i < keys.length; i++) (groups[valueOf[styleOf[i] as number] as number] as number[]).push(keys[i] as number);
    values.forEach((value, n) => out.push({ property, value, rects: rectangles(groups[n] as number[]) }));
  }
  return out;
}

/** Queues a sheet's styles. */
export async function writeStyles(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout, rangeAreas: boolean): Promise<void> {
  const cells = styledCells(sheet);
  if (cells.keys.length === 0) return;
  for (const { property, value, rects } of paintPlan(cells)) {
    // Borders differ by shape (inside edges): one group per shape.
    const byShape = new Map<Shape, Rect[]>();
    for (const r of rects) {
      const s = property.name === 'border' ? shapeOf(r) : 'block';
      let g = byShape.get(s);
      if (!g) byShape.set(s, (g = []));
      g.push(r);
    }
    for (const [shape, group] of byShape) {
      const commands = property.name === 'border' ? EDGES[shape].length * 3 : 1;
      if (rangeAreas) {
        for (const list of areaLists(group.map(rectAddress))) {
          await batch.add(commands * COMMAND_OVERHEAD + list.length, () => property.apply(ws.getRanges(list).format, value, shape));
        }
      } else {
        for (const r of group) {
          await batch.add(commands * COMMAND_OVERHEAD, () => property.apply(ws.getRange(rectAddress(r)).format, value, shape));
        }
      }
    }
  }
}

/** Cells that copy another cell's whole format first (ExcelApi 1.9 copyFrom); false when skipped. */
export async function copyFormats(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout, supported: boolean): Promise<boolean> {
  const copies: { to: string; from: string }[] = [];
  for (const b of sheet.blocks) {
    b.cells.forEach((line, i) =>
      line.forEach((c, j) => {
        if (c?.copyFormatFrom) {
          copies.push({
            to: rectAddress({ top: b.top + i, bottom: b.top + i, left: b.left + j, right: b.left + j }),
            from: rectAddress({ top: c.copyFormatFrom.row, bottom: c.copyFormatFrom.row, left: c.copyFormatFrom.col, right: c.copyFormatFrom.col }),
          });
        }
      }),
    );
  }
  if (copies.length === 0) return true;
  if (!supported) return false;
  for (const { to, from } of copies) {
    await batch.add(2 * COMMAND_OVERHEAD, () => ws.getRange(to).copyFrom(ws.getRange(from), 'Formats'));
  }
  return true;
}
