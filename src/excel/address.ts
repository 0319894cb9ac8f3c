/** Addresses as Office.js takes them: sheet-qualified cells, whole rows and columns, area lists. */
import { colLetter, parseRange, type Rect } from '../workbook/a1';

/** "'Chỉ tiêu'!F9" -> { sheet: "Chỉ tiêu", cell: "F9" }; "F9" -> { sheet: null, cell: "F9" }. */
export function splitQualified(address: string): { sheet: string | null; cell: string } | null {
  const s = address.trim();
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(s);
  const sheet = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] as string)) : null;
  const cell = (m ? (m[3] as string) : s).replace(/\$/g, '');
  if (!parseRange(cell)) return null;
  return { sheet, cell };
}

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
