/** Layout styles (src/workbook/styles.ts) as exceljs style objects, one shared object per key. */
import type { Style } from 'exceljs';
import { resolveStyle, type CellStyle, type Emphasis, type StyleKey } from '../workbook/styles';

const cache = new Map<string, Partial<Style>>();

export function toExcelStyle(s: CellStyle): Partial<Style> {
  const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
  const out: Partial<Style> = {
    font: {
      name: s.font.name,
      size: s.font.size,
      ...(s.font.bold ? { bold: true } : {}),
      ...(s.font.italic ? { italic: true } : {}),
      ...(s.font.underline ? { underline: true } : {}),
      ...(s.font.color ? { color: { argb: `FF${s.font.color}` } } : {}),
    },
    alignment: {
      ...(s.align.horizontal ? { horizontal: s.align.horizontal } : {}),
      // Excel's (and exceljs's) word for vertical centring is "middle".
      ...(s.align.vertical ? { vertical: s.align.vertical === 'center' ? ('middle' as const) : s.align.vertical } : {}),
      ...(s.align.wrap ? { wrapText: true } : {}),
    },
    numFmt: s.numFmt,
  };
  if (s.border) out.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (s.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${s.fill}` } };
  return out;
}

export function excelStyle(key: StyleKey, emphasis?: Emphasis): Partial<Style> {
  const k = `${key}/${emphasis ?? ''}`;
  let s = cache.get(k);
  if (!s) {
    s = toExcelStyle(resolveStyle(key, emphasis));
    cache.set(k, s);
  }
  return s;
}
