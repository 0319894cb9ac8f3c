/**
 * A plain exceljs write of the same shape as a layout: the same sheets and cells (values and
 * formulas), no styles, rules, validations or print settings, with exceljs as it ships (the
 * package entry, pako's deflate). The yardstick the Node writer's cost is told against: run in a
 * process that never loads src/xlsx, whose patches would speed this one up too.
 * Run by bench/workbook.bench.ts: node -r ts-node/register/transpile-only bench/plain-write.ts <tasks> <runs>
 */
import ExcelJS from 'exceljs';
import { layoutWorkbook } from '../src/workbook/build-layout';
import type { CellValue, WorkbookLayout } from '../src/workbook/layout';
import { generatePlan } from '../test/support/generate-plan';
import { time } from './measure';

function plainValue(v: CellValue): ExcelJS.CellValue {
  switch (v.kind) {
    case 'text':
      return v.text;
    case 'number':
    case 'boolean':
      return v.value;
    case 'date':
      return new Date(`${v.iso}T00:00:00Z`);
    case 'formula':
      return { formula: v.formula } as ExcelJS.CellFormulaValue;
    case 'blank':
      return null;
  }
}

export async function plainWrite(layout: WorkbookLayout): Promise<number> {
  const wb = new ExcelJS.Workbook();
  for (const s of layout.sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const b of s.blocks) {
      b.cells.forEach((line, i) =>
        line.forEach((c, j) => {
          if (c?.value) ws.getCell(b.top + i, b.left + j).value = plainValue(c.value);
        }),
      );
    }
  }
  const buf = await wb.xlsx.writeBuffer();
  return buf.byteLength;
}

async function main(): Promise<void> {
  const [n, runs] = process.argv.slice(2).map(Number) as [number, number];
  const plan = generatePlan(n, { sections: Math.ceil(n / 15), targets: 20 });
  const laid = layoutWorkbook(plan, { today: '2024-06-15' });
  if (!laid.ok) throw new Error(laid.error.message);
  const layout = laid.value;
  const t = await time(() => plainWrite(layout), runs);
  process.stdout.write(JSON.stringify(t));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
