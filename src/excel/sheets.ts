/**
 * Sheets and rows: what the workbook has (one load), then create / replace / edit, hide, insert
 * or delete whole rows, and clear the rules the layout rewrites.
 */
import type { Capabilities } from '../taskpane/operations';
import type { SheetLayout, WorkbookLayout } from '../workbook/layout';
import { refParts, rowsAddress } from './address';
import { COMMAND_OVERHEAD, type Batch } from './batch';
import { derived } from './env';

export interface SheetInfo {
  name: string;
  position: number;
  visibility: string;
}

export interface Inspection {
  sheets: SheetInfo[];
  names: Set<string>;
}

/** The workbook's sheets and names: one load, one sync. */
export async function inspect(batch: Batch, context: Excel.RequestContext): Promise<Inspection> {
  batch.begin('inspect');
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/position,items/visibility');
  const names = context.workbook.names;
  names.load('items/name');
  await batch.sync();
  return {
    sheets: worksheets.items.map((w) => ({ name: w.name, position: w.position, visibility: String(w.visibility) })),
    names: new Set(names.items.map((n) => n.name)),
  };
}

export function findSheet(insp: Inspection, name: string): SheetInfo | undefined {
  const low = name.toLowerCase(); // Excel compares sheet names without case
  return insp.sheets.find((s) => s.name.toLowerCase() === low);
}

/**
 * 'replace' empties the sheet where it stands instead of deleting it: deleting a sheet turns
 * every formula pointing into it into #REF! (the task sheet's timeliness formulas point at the
 * summary's as-of cell), which a workbook rewritten as a file (the Node writer) never suffers.
 */
function emptySheet(ws: Excel.Worksheet, caps: Capabilities): void {
  const all = ws.getRange();
  all.unmerge();
  all.clear('All');
  if (caps.conditionalFormats) all.conditionalFormats.clearAll();
  if (caps.dataValidation) all.dataValidation.clear();
  all.columnHidden = false;
  all.rowHidden = false;
  all.format.useStandardWidth = true;
  all.format.useStandardHeight = true;
  if (derived(caps).freeze) ws.freezePanes.unfreeze();
}

async function rowOps(batch: Batch, ws: Excel.Worksheet, s: SheetLayout): Promise<void> {
  for (const op of s.rowOps) {
    if (op.count > 0) {
      await batch.add(COMMAND_OVERHEAD, () => ws.getRange(rowsAddress(op.at, op.at + op.count - 1)).insert('Down'));
    } else if (op.count < 0) {
      await batch.add(COMMAND_OVERHEAD, () => ws.getRange(rowsAddress(op.at, op.at - op.count - 1)).delete('Up'));
    }
  }
}

async function clearRules(batch: Batch, ws: Excel.Worksheet, s: SheetLayout, caps: Capabilities): Promise<void> {
  for (const part of s.clearRulesIn.flatMap(refParts)) {
    await batch.add(2 * COMMAND_OVERHEAD, () => {
      const r = ws.getRange(part);
      if (caps.conditionalFormats) r.conditionalFormats.clearAll();
      if (caps.dataValidation) r.dataValidation.clear();
    });
  }
}

export type Structure = { ok: true; sheets: Map<string, Excel.Worksheet> } | { ok: false; missing: string };

/** Steps 1-3 of a SheetLayout (layout.ts) for every sheet. */
export async function writeStructure(
  batch: Batch,
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  insp: Inspection,
  caps: Capabilities,
): Promise<Structure> {
  const out = new Map<string, Excel.Worksheet>();
  let count = insp.sheets.length;
  for (const s of layout.sheets) {
    const had = findSheet(insp, s.name);
    if (s.action === 'edit' && !had) return { ok: false, missing: s.name };
    let ws: Excel.Worksheet;
    if (!had) {
      const at = s.position === undefined ? null : Math.min(s.position, count);
      ws = context.workbook.worksheets.add(s.name);
      await batch.add(2 * COMMAND_OVERHEAD, () => {
        if (at !== null) ws.position = at;
      });
      count++;
    } else {
      ws = context.workbook.worksheets.getItem(had.name);
      if (s.action === 'replace') await batch.add(10 * COMMAND_OVERHEAD, () => emptySheet(ws, caps));
    }
    const visibility = s.state === 'hidden' ? 'Hidden' : 'Visible';
    if (!had || had.visibility !== visibility) await batch.add(COMMAND_OVERHEAD, () => (ws.visibility = visibility));
    await rowOps(batch, ws, s);
    await clearRules(batch, ws, s, caps);
    out.set(s.name, ws);
  }
  return { ok: true, sheets: out };
}
