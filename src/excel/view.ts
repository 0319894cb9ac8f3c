/** Filter buttons, frozen header rows, defined names, the sheet shown. */
import { addr } from '../workbook/a1';
import type { DefinedName, SheetLayout } from '../workbook/layout';
import { COMMAND_OVERHEAD, commandBytes, type Batch } from './batch';

/** AutoFilter (ExcelApi 1.9) over the table, header row included. */
export async function writeAutoFilter(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const ref = sheet.autoFilter;
  if (!ref) return;
  await batch.add(commandBytes(ref), () => ws.autoFilter.apply(ws.getRange(ref)));
}

/** Freeze panes (ExcelApi 1.7): `freeze` names the first scrolling cell. */
export async function writeFreeze(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const f = sheet.freeze;
  if (!f) return;
  const rows = f.row - 1;
  const cols = f.col - 1;
  if (rows <= 0 && cols <= 0) return;
  await batch.add(COMMAND_OVERHEAD, () => {
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${addr(rows, cols)}`));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  });
}

/** Workbook names (ExcelApi 1.4); one that exists is replaced. */
export async function writeNames(batch: Batch, context: Excel.RequestContext, names: DefinedName[], existing: Set<string>): Promise<void> {
  for (const n of names) {
    const had = [...existing].some((e) => e.toLowerCase() === n.name.toLowerCase());
    await batch.add(commandBytes(n.name, n.ref) + COMMAND_OVERHEAD, () => {
      if (had) context.workbook.names.getItem(n.name).delete();
      context.workbook.names.add(n.name, `=${n.ref}`);
    });
  }
}
