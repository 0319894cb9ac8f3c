/** Opening workbooks in tests. */
import ExcelJS from 'exceljs';

export async function readXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet "${name}" (have: ${wb.worksheets.map((w) => w.name).join(', ')})`);
  return ws;
}

/** Plain value of a cell: text, number, ISO date, "=formula", or null. */
export function plainValue(c: ExcelJS.Cell): string | number | boolean | null {
  const v = c.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return `=${c.formula}`;
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v) return String(v.text);
    if ('error' in v) return String(v.error);
  }
  return v as string | number | boolean;
}

/** Every non-empty cell of a sheet (merged-over cells skipped): address -> plain value. */
export function sheetValues(ws: ExcelJS.Worksheet, maxRow = Infinity): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  ws.eachRow((row, r) => {
    if (r > maxRow) return;
    row.eachCell((c) => {
      if (c.type === ExcelJS.ValueType.Merge) return;
      out[c.address] = plainValue(c);
    });
  });
  return out;
}

export function merges(ws: ExcelJS.Worksheet): string[] {
  return [...((ws as unknown as { model: { merges: string[] } }).model.merges ?? [])].sort();
}

export function conditionalFormats(ws: ExcelJS.Worksheet): { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] {
  return (ws as unknown as { conditionalFormattings: never[] }).conditionalFormattings;
}

export function validations(ws: ExcelJS.Worksheet): Record<string, { type: string; formulae?: unknown[] } | undefined> {
  return (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae?: unknown[] } | undefined> } }).dataValidations.model;
}
