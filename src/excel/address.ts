/**
 * Addresses as Office.js takes them: whole rows and columns, sqref parts, area lists. Cells and
 * sheet-qualified cells are src/workbook/a1.ts's (the Node writer's too).
 */
import { colLetter, parseRange, type Rect } from '../workbook/a1';

/** "10:12": whole rows, the way Range.insert/delete move everything (Excel's own Insert rows). */
export function rowsAddress(first: number, last: number): string {
  return `${first}:${last}`;
}

export function columnAddress(col: number): string {
  const l = colLetter(col);
  return `${l}:${l}`;
}

/** The ranges of an sqref ("A1:B2 D4"), without "$". */
export function refParts(ref: string): string[] {
  return ref
    .split(/[\s,]+/)
    .map((p) => p.replace(/\$/g, ''))
    .filter((p) => parseRange(p) !== null);
}

export function rectsOf(ref: string): Rect[] {
  return refParts(ref).map((p) => parseRange(p) as Rect);
}

/**
 * Addresses joined for worksheet.getRanges (ExcelApi 1.9), in lists short enough for Excel to
 * take in one call. Excel documents no limit for RangeAreas addresses; we keep each list under
 * MAX_AREAS_CHARS (a few hundred areas), which costs nothing but a few more commands.
 */
export const MAX_AREAS_CHARS = 2000;

export function areaLists(addresses: string[], maxChars = MAX_AREAS_CHARS): string[] {
  const out: string[] = [];
  let cur = '';
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > maxChars) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
