/**
 * Cell notes of the layout (text restored from OCR keeps what was read) as Excel comments:
 * workbook.comments needs ExcelApi 1.10. Where it is missing the cells keep their review
 * colour alone, which the legend explains. A comment an earlier import left on such a cell is
 * replaced, so rewriting a workbook does not fail on "a comment exists already".
 */
import { addr } from '../workbook/a1';
import type { SheetLayout } from '../workbook/layout';
import { COMMAND_OVERHEAD, type Batch } from './batch';

export const COMMENTS_API = '1.10';

function notesOf(sheet: SheetLayout): Map<string, string> {
  const out = new Map<string, string>();
  for (const b of sheet.blocks) {
    b.cells.forEach((line, i) =>
      line.forEach((c, j) => {
        if (c?.note !== undefined) out.set(addr(b.top + i, b.left + j), c.note);
      }),
    );
  }
  return out;
}

export async function writeNotes(batch: Batch, context: Excel.RequestContext, ws: Excel.Worksheet, sheet: SheetLayout): Promise<void> {
  const notes = notesOf(sheet);
  if (notes.size === 0) return;
  const comments = ws.comments;
  comments.load('items');
  await batch.sync();
  const where = comments.items.map((c) => {
    const r = c.getLocation();
    r.load('address');
    return { c, r };
  });
  if (where.length > 0) await batch.sync();
  for (const { c, r } of where) {
    const cellAddr = r.address.slice(r.address.lastIndexOf('!') + 1).replace(/\$/g, '');
    if (notes.has(cellAddr)) await batch.add(COMMAND_OVERHEAD, () => c.delete());
  }
  for (const [a, note] of notes) {
    await batch.add(COMMAND_OVERHEAD + note.length * 2, () => context.workbook.comments.add(ws.getRange(a), note));
  }
}
