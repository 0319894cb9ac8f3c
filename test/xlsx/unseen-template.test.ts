/**
 * Done-when of issue 4: in a department template the code has not seen (other layout, other
 * wordings, a signature block under the table, an extra sheet): letterhead and extra sheets
 * untouched, every row of the sample in order under the header, text as text, rules and
 * validation present, print set up.
 */
import type ExcelJS from 'exceljs';
import { buildWorkbook } from '../../src/xlsx';
import { samplePlan } from '../support/sample-plan';
import { checkOoxml, unzipXlsx } from '../support/ooxml';
import { TASK_LEGEND } from '../../src/workbook/legend';
import { UNSEEN, unseenTemplate } from '../support/unseen-template';
import { conditionalFormats, merges, readXlsx, sheet, sheetValues, validations } from '../support/xlsx';

/** Rows the legend adds under the tasks: blank, "Chú thích:", its entries, the as-of date. */
const LEGEND_ROWS = TASK_LEGEND.length + 3;

describe('a template the code has not seen', () => {
  const plan = samplePlan();
  const rows = plan.sections.length + plan.tasks.length;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let bytes: Uint8Array;
  let report: string[];

  beforeAll(async () => {
    const template = await unseenTemplate();
    before = await readXlsx(template);
    const built = await buildWorkbook(plan, { template, today: '2024-06-15' });
    if (!built.ok) throw new Error(built.error.message);
    bytes = built.value.bytes;
    report = built.value.layout.report.columnsAdded;
    after = await readXlsx(bytes);
  });

  test('the sample has 7 sections and 92 tasks', () => {
    expect([plan.sections.length, plan.tasks.length]).toEqual([7, 92]);
  });

  test('letterhead untouched; the cover sheet untouched', () => {
    const a = sheet(after, UNSEEN.sheet);
    const b = sheet(before, UNSEEN.sheet);
    expect(sheetValues(a, UNSEEN.numberRow)).toMatchObject(sheetValues(b, UNSEEN.numberRow));
    expect(merges(a)).toEqual(expect.arrayContaining(merges(b).filter((m) => !/1[3-9]|2\d/.test(m))));
    expect(a.getCell('B1').font).toEqual(b.getCell('B1').font);
    expect(sheetValues(sheet(after, 'Bìa'))).toEqual(sheetValues(sheet(before, 'Bìa')));
    expect(merges(sheet(after, 'Bìa'))).toEqual(['B2:F2']);
    expect(after.worksheets.slice(0, 3).map((w) => w.name)).toEqual(['Bìa', UNSEEN.sheet, 'Danh mục đơn vị']);
  });

  test('all 99 rows in order under the header, STT as printed, text as text', () => {
    const a = sheet(after, UNSEEN.sheet);
    // Columns: B TT, C Nội dung, ... J Người theo dõi; added K Hạn chót, L Ngày hoàn thành, M Đánh giá tiến độ, N units, O id.
    expect(report).toEqual(['Hạn chót', 'Ngày hoàn thành', 'Đánh giá tiến độ', 'Đơn vị chủ trì (chuẩn hóa)', 'Mã nhiệm vụ (Plan Tracker)']);
    const expected: string[] = [];
    let section: string | null = null;
    for (const t of plan.tasks) {
      if (t.section !== section) {
        section = t.section;
        expected.push(plan.sections.find((s) => s.stt === t.section)?.stt ?? '?');
      }
      expected.push(t.stt);
    }
    const stts: unknown[] = [];
    for (let r = UNSEEN.firstDataRow; r < UNSEEN.firstDataRow + rows; r++) stts.push(a.getCell(r, 2).value);
    expect(stts).toEqual(expected);
    const firstTask = plan.tasks[0];
    const firstRow = UNSEEN.firstDataRow + 1;
    expect(a.getCell(firstRow, 3).value).toBe(firstTask?.task);
    expect(a.getCell(firstRow, 2).numFmt).toBe('@');
    // Every STT is a string cell, "1.10" included.
    expect(stts.every((s) => typeof s === 'string')).toBe(true);
  });

  test('the signature block (merged) moved down intact; the extra sheet still points at it', () => {
    const a = sheet(after, UNSEEN.sheet);
    const moved = UNSEEN.signatureRow + rows + LEGEND_ROWS;
    expect(a.getCell(moved, 2).value).toBe('NGƯỜI LẬP');
    expect(a.getCell(moved, 7).value).toBe('CHÁNH VĂN PHÒNG');
    expect(a.getCell(moved + 4, 7).value).toBe('Trần Thị B');
    expect(merges(a)).toEqual(expect.arrayContaining([`B${moved}:D${moved}`, `G${moved}:J${moved}`, `G${moved + 4}:J${moved + 4}`]));
    expect(a.getRow(moved).height).toBe(30);
    const units = sheet(after, 'Danh mục đơn vị');
    expect(units.getCell('A3').formula).toBe(`'${UNSEEN.sheet}'!G${moved}`);
    expect(units.getCell('B2').value).toBe(12.5);
    expect(unzipXlsx(bytes)['xl/worksheets/sheet3.xml']).toMatch(/<dataValidation type="decimal"[^>]*sqref="B2:B1048576"/);
  });

  test('rules, validation and print set up', () => {
    const a = sheet(after, UNSEEN.sheet);
    const last = UNSEEN.firstDataRow + rows - 1;
    expect(conditionalFormats(a).map((c) => c.ref)).toEqual([`M${UNSEEN.firstDataRow}:M${last}`]);
    expect(Object.keys(validations(a)).sort()).toEqual([`H11:H${last}`, `K11:K${last}`, `L11:L${last}`]);
    expect(a.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, printTitlesRow: '9:10' });
    expect(a.headerFooter).toMatchObject({ differentFirst: true });
    // The department's print area grows by the rows inserted and the visible columns added.
    expect(a.pageSetup.printArea).toBe(`A1:M${UNSEEN.signatureRow + 4 + rows + LEGEND_ROWS}`);
    expect(a.getCell(UNSEEN.numberRow, 11).value).toBe('10');
    expect(a.getCell(UNSEEN.headerRow, 10).value).toBe('Người theo dõi');
    expect(checkOoxml(bytes).problems).toEqual([]);
  });
});
