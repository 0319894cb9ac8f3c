/**
 * Conditional formats (ExcelApi 1.6): custom formula rules with a fill and a font colour. They
 * are Excel's own, so the colours follow what people type after the add-in is closed and print.
 */
import { parseRange, type Rect } from '../workbook/a1';
import { moveFormula } from '../workbook/formula-refs';
import type { ConditionalFormat, SheetLayout } from '../workbook/layout';
import { refParts } from './address';
import { COMMAND_OVERHEAD, commandBytes, type Batch } from './batch';

interface Target {
  get(): Excel.ConditionalFormatCollection;
  /** Rows from the format's first range down to this target (its formula moves with it). */
  dRows: number;
}

function targets(ws: Excel.Worksheet, f: ConditionalFormat, rangeAreas: boolean): Target[] {
  const parts = refParts(f.ref);
  if (parts.length === 0) return [];
  if (parts.length > 1 && rangeAreas) return [{ get: () => ws.getRanges(parts.join(',')).conditionalFormats, dRows: 0 }];
  const top = (parseRange(parts[0] as string) as Rect).top;
  // One range at a time (before ExcelApi 1.9): the rule is relative to each range's top-left
  // cell, so its relative rows move by the distance from the first range.
  return parts.map((p) => ({ get: () => ws.getRange(p).conditionalFormats, dRows: (parseRange(p) as Rect).top - top }));
}

export async function writeConditionalFormats(batch: Batch, ws: Excel.Worksheet, sheet: SheetLayout, rangeAreas: boolean): Promise<void> {
  for (const f of sheet.conditionalFormats) {
    for (const t of targets(ws, f, rangeAreas)) {
      // Added last-first, each put on top (priority 0): the layout's first rule ends up first,
      // above any rule the template had on those cells.
      for (const rule of [...f.rules].reverse()) {
        const formula = `=${moveFormula(rule.formula, t.dRows)}`;
        await batch.add(commandBytes(formula) + 5 * COMMAND_OVERHEAD, () => {
          const cf = t.get().add('Custom');
          cf.custom.rule.formula = formula;
          cf.custom.format.fill.color = `#${rule.fill}`;
          if (rule.fontColor) cf.custom.format.font.color = `#${rule.fontColor}`;
          if (rule.stopIfTrue) cf.stopIfTrue = true;
          cf.priority = 0;
        });
      }
    }
  }
}
