/** Column widths and hidden columns, row heights, merged cells. */
import type { SheetLayout } from '../workbook/layout';
import { areaLists, columnAddress, rowsAddress } from './address';
import { COMMAND_OVERHEAD, type Batch } from './batch';

/**
 * Layout widths are Excel character units; Office.js takes points. One character of the
 * default font is 7 pixels plus 5 pixels of padding, at 0.75 point per pixel.
 */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToWidth(points: number): number {
  return Math.max(0, Math.round(((points / 0.75 - 5) / 7) * 100) / 100);
}

export async function writeColumns(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  for (const c of sheet.columns) {
    const r = ws.getRange(columnAddress(c.col));
    if (c.width !== undefined) {
      const points = widthToPoints(c.width);
      await batch.add(COMMAND_OVERHEAD, () => (r.format.columnWidth = points));
    }
    if (c.hidden !== undefined) {
      const hidden = c.hidden;
      await batch.add(COMMAND_OVERHEAD, () => (r.columnHidden = hidden));
    }
  }
}

/**
 * Heights are estimated per row, so neighbours often differ: with RangeAreas (ExcelApi 1.9) the
 * rows of one height go out together; before, one command per run of equal heights.
 */
export async function writeRowHeights(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout, rangeAreas: boolean): Promise<void> {
  const rows = [...sheet.rows].sort((a, b) => a.row - b.row);
  if (rangeAreas) {
    const byHeight = new Map<number, string[]>();
    for (const r of rows) {
      let g = byHeight.get(r.height);
      if (!g) byHeight.set(r.height, (g = []));
      g.push(rowsAddress(r.row, r.row));
    }
    for (const [height, addresses] of byHeight) {
      for (const list of areaLists(addresses)) {
        await batch.add(COMMAND_OVERHEAD + list.length, () => (ws.getRanges(list).format.rowHeight = height));
      }
    }
    return;
  }
  let i = 0;
  while (i < rows.length) {
    const first = rows[i] as { row: number; height: number };
    let j = i;
    while (j + 1 < rows.length && (rows[j + 1] as { row: number }).row === (rows[j] as { row: number }).row + 1 && (rows[j + 1] as { height: number }).height === first.height) j++;
    const last = (rows[j] as { row: number }).row;
    await batch.add(COMMAND_OVERHEAD, () => (ws.getRange(rowsAddress(first.row, last)).format.rowHeight = first.height));
    i = j + 1;
  }
}

/** Merges as the Node writer makes them: what was merged there before is unmerged first. */
export async function writeMerges(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  for (const m of sheet.merges) {
    await batch.add(2 * COMMAND_OVERHEAD, () => {
      const r = ws.getRange(m);
      r.unmerge();
      r.merge(false);
    });
  }
}
