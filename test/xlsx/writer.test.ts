import ExcelJS from 'exceljs';
import { layoutWorkbook } from '../../src/workbook/build-layout';
import { buildWorkbook, writeWorkbook } from '../../src/xlsx';
import { generatePlan, makePlan, makeTask } from '../support/generate-plan';
import { checkOoxml, unzipXlsx } from '../support/ooxml';

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

describe('the Node writer, built-in template', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    const plan = generatePlan(99, { sections: 7 });
    plan.tasks[0] = makeTask('1.10', 'I', '- Kế hoạch triển khai', '2024-03-31');
    const built = await buildWorkbook(plan, { figures: { 'CT-1-1': 79.5 }, today: '2024-06-15' });
    if (!built.ok) throw new Error(built.error.message);
    bytes = built.value.bytes;
  });

  test('OOXML parts Excel is strict about are right, with few styles', () => {
    const r = checkOoxml(bytes);
    expect(r.problems).toEqual([]);
    expect(r.cellXfs).toBeLessThan(60);
    expect(r.dxfs).toBeLessThan(10);
  });

  test('text is written as text, never as a formula', async () => {
    const wb = await read(bytes);
    const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
    expect(ws.getCell('A11').value).toBe('1.10');
    expect(ws.getCell('A11').numFmt).toBe('@');
    expect(ws.getCell('B11').value).toBe('- Kế hoạch triển khai');
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => void (typeof c.value === 'string' && texts.push(c.value))));
    expect(texts).toEqual(expect.arrayContaining(['=SUM(A1:A2) không phải công thức', '+ Báo cáo', '@ tổ công tác']));
    const sheetXml = unzipXlsx(bytes)['xl/worksheets/sheet1.xml'] ?? '';
    expect(sheetXml).not.toMatch(/<f>[^<]*SUM\(A1:A2\)/);
  });

  test('dates are dates with dd/mm/yyyy; figures are numbers', async () => {
    const wb = await read(bytes);
    const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
    expect(ws.getCell('G11').value).toEqual(new Date(Date.UTC(2024, 2, 31)));
    expect(ws.getCell('G11').numFmt).toBe('dd/mm/yyyy');
    const t = wb.getWorksheet('Chỉ tiêu') as ExcelJS.Worksheet;
    expect(t.getCell('H9').value).toBe(79.5);
  });

  test('print: A4 landscape, Decree 30 margins, titles repeated, at a scale where 12 pt text stays legible, numbers at the top from page 2', async () => {
    const wb = await read(bytes);
    const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
    // The columns were narrowed to fit the page at 93% or more: no fit-to-width shrinking.
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: false, printTitlesRow: '8:9' });
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(93);
    const mm = (inch: number | undefined): number => Math.round((inch ?? 0) * 25.4);
    const m = ws.pageSetup.margins;
    expect([mm(m?.top), mm(m?.bottom), mm(m?.left), mm(m?.right)]).toEqual([20, 20, 30, 15]);
    expect(ws.headerFooter).toMatchObject({ differentFirst: true, oddHeader: '&C&"Times New Roman,Regular"&13&P' });
    expect(ws.headerFooter.firstHeader ?? '').toBe('');
    const xml = unzipXlsx(bytes)['xl/workbook.xml'] ?? '';
    expect(xml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Theo dõi nhiệm vụ&apos;!$8:$9</definedName>`);
  });

  test('hidden marker sheet and hidden, labelled id column', async () => {
    const wb = await read(bytes);
    expect(wb.getWorksheet('PlanTracker')?.state).toBe('hidden');
    const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
    expect([ws.getColumn(12).hidden, ws.getColumn(13).hidden]).toEqual([true, true]);
    expect(ws.getCell('M8').value).toBe('Mã nhiệm vụ (Plan Tracker)');
  });

  test('rules and validation reach the file', async () => {
    const wb = await read(bytes);
    const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.ref)).toEqual(['J10:J115']);
    expect(cf[0]?.rules.map((r) => r.formulae[0])).toEqual(['$J10="Quá hạn"', '$J10="Sắp đến hạn"', 'LEFT($J10,10)="Hoàn thành"']);
    const xml = unzipXlsx(bytes)['xl/worksheets/sheet1.xml'] ?? '';
    expect(xml).toMatch(
      /<dataValidation type="list" allowBlank="1" showInputMessage="1" promptTitle="Tình trạng"[^>]*sqref="H10:H115"><formula1>&quot;Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng&quot;<\/formula1>/,
    );
  });

  test('a plan with no targets gets no targets sheet; an empty plan still writes', async () => {
    const plan = makePlan([makeTask('1', '', 'Việc', null)]);
    const l = layoutWorkbook(plan, {});
    expect(l.ok && l.value.sheets.map((s) => s.role)).toEqual(['tasks', 'summary', 'marker']);
    const empty = layoutWorkbook(makePlan([]), {});
    if (!empty.ok) throw new Error('layout');
    const b = await writeWorkbook(empty.value);
    expect(checkOoxml(b).problems).toEqual([]);
  });
});
