/** The department's real template (test/fixtures/mau-theo-doi-ke-hoach.xlsx) filled with a plan. */
import { readFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { TASK_LEGEND } from '../../src/workbook/legend';
import { buildWorkbook } from '../../src/xlsx';
import { generatePlan } from '../support/generate-plan';
import { checkOoxml } from '../support/ooxml';
import { merges, readXlsx, sheet, sheetValues, validations, conditionalFormats } from '../support/xlsx';

const TEMPLATE = join(__dirname, '..', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx');

describe('the real template', () => {
  const templateBytes = new Uint8Array(readFileSync(TEMPLATE));
  const plan = generatePlan(92, { sections: 7 });
  const rows = 92 + 7;
  const legend = TASK_LEGEND.length + 3; // blank row, "Chú thích:", the entries, the as-of date
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    before = await readXlsx(templateBytes);
    const built = await buildWorkbook(plan, { template: templateBytes, today: '2024-06-15', figures: { 'CT-1-1': 70 } });
    if (!built.ok) throw new Error(built.error.message);
    bytes = built.value.bytes;
    after = await readXlsx(bytes);
  });

  test('the template bytes are not modified', () => {
    expect(Buffer.from(templateBytes).equals(readFileSync(TEMPLATE))).toBe(true);
  });

  test('letterhead, header and column-number row stay as they were', () => {
    const b = sheet(before, 'Theo dõi nhiệm vụ');
    const a = sheet(after, 'Theo dõi nhiệm vụ');
    expect(sheetValues(a, 9)).toMatchObject(sheetValues(b, 9));
    expect(merges(a)).toEqual(expect.arrayContaining(merges(b)));
    expect(a.getCell('A1').font).toEqual(b.getCell('A1').font);
  });

  test('missing tracking columns added at the right edge in the header style', () => {
    const a = sheet(after, 'Theo dõi nhiệm vụ');
    expect(a.getCell('K8').value).toBe('Đánh giá tiến độ');
    expect(a.getCell('K8').style).toEqual(a.getCell('J8').style);
    expect(a.getCell('K9').value).toBe('(11)');
    expect(a.getCell('L8').value).toBe('Đơn vị chủ trì (chuẩn hóa)');
    expect(a.getCell('M8').value).toBe('Mã nhiệm vụ (Plan Tracker)');
    expect([a.getColumn(12).hidden, a.getColumn(13).hidden]).toEqual([true, true]);
  });

  test('tasks under the header in plan order; section rows; the signature block moved down intact', () => {
    const a = sheet(after, 'Theo dõi nhiệm vụ');
    expect(a.getCell('A10').value).toBe('I');
    expect(a.getCell('A11').value).toBe('1.1');
    const ids: string[] = [];
    for (let r = 10; r < 10 + rows; r++) ids.push(String(a.getCell(r, 13).value));
    const expected = ['§I', ...plan.tasks.slice(0, 14).map((t) => t.id)];
    expect(ids.slice(0, 15)).toEqual(expected);
    expect(ids.filter((i) => !i.startsWith('§'))).toEqual(plan.tasks.map((t) => t.id));
    const shift = rows + legend;
    expect(a.getCell(12 + shift, 2).value).toBe('NGƯỜI LẬP BIỂU');
    expect(a.getCell(12 + shift, 8).value).toBe('TRƯỞNG PHÒNG');
    expect(a.getCell(16 + shift, 8).value).toBe('Nguyễn Văn A');
    expect(a.getCell(12 + shift, 2).font).toEqual(sheet(before, 'Theo dõi nhiệm vụ').getCell('B12').font);
  });

  test('rules, validation and print set up on the template sheet', () => {
    const a = sheet(after, 'Theo dõi nhiệm vụ');
    expect(conditionalFormats(a).map((c) => c.ref)).toEqual([`K10:K${9 + rows}`]);
    expect(Object.keys(validations(a)).sort()).toEqual([`G10:G${9 + rows}`, `H10:H${9 + rows}`, `I10:I${9 + rows}`]);
    expect(a.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '8:9' });
    expect(a.headerFooter.differentFirst).toBe(true);
  });

  test("the template's targets sheet gets the targets, with id and scope columns added", () => {
    const t = sheet(after, 'Chỉ tiêu');
    expect(sheetValues(t, 6)).toEqual(sheetValues(sheet(before, 'Chỉ tiêu'), 6));
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => t.getCell(7, c).value)).toEqual([
      'STT',
      'Chỉ tiêu',
      'Điều kiện',
      'Ngưỡng',
      'Đơn vị tính',
      'Kết quả thực hiện',
      'Đánh giá',
      'Ghi chú',
      'Mã chỉ tiêu',
      'Phạm vi',
    ]);
    expect(t.getCell('I8').value).toBe('CT-1-1');
    expect(t.getCell('F8').value).toBe(70);
    expect(String((t.getCell('G8').value as { formula: string }).formula)).toContain('F8>=D8');
    expect(t.pageSetup.printTitlesRow).toBe('7:7');
  });

  test('a summary sheet is added and the OOXML is sound', () => {
    expect(after.worksheets.map((w) => w.name)).toEqual(['Theo dõi nhiệm vụ', 'Chỉ tiêu', 'Tổng hợp', 'PlanTracker']);
    expect(checkOoxml(bytes).problems).toEqual([]);
  });
});
