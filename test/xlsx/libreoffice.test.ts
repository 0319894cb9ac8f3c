/**
 * The workbook opened in a real spreadsheet program: LibreOffice recalculates it (verdicts,
 * timeliness, summary) and renders it to PDF; the rules survive its re-save; the printout of a
 * workbook with breaches and overdue tasks shows red cells, one without shows only the legends.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import type { Plan, Target } from '../../src/core/model';
import { isoToSerial } from '../../src/workbook/a1';
import { checkTracking } from '../../src/workbook/check';
import { judgeTimeliness } from '../../src/workbook/judge';
import { readTracking } from '../../src/workbook/read-back';
import { COLORS } from '../../src/workbook/styles';
import { buildWorkbook } from '../../src/xlsx';
import { samplePlan } from '../support/sample-plan';
import { colourBlobs, pdfPages, sofficeCleanup, sofficeConvert, sofficeReady } from '../support/soffice';
import { conditionalFormats, readXlsx, sheet, validations } from '../support/xlsx';

const run = sofficeReady('LibreOffice workbook tests');
const maybe = run ? describe : describe.skip;

const target = (id: string, comparator: Target['comparator'], value: number, unit: string): Target => ({
  id,
  text: `Chỉ tiêu ${id}`,
  comparator,
  value,
  unit,
  scope: 'toàn quận',
});

function planWithTargets(): Plan {
  const plan = samplePlan();
  return {
    ...plan,
    targets: [
      target('CT-1-1', '>=', 80, '%'),
      target('CT-2-1', '>', 50, 'hồ sơ'),
      target('CT-3-1', '<', 2, '%'),
      target('CT-4-1', '<=', 10, 'ngày'),
      target('CT-5-1', '=', 100, '%'),
    ],
  };
}

maybe('in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-lo-'));
  const plan = planWithTargets();
  const breachFigures = { 'CT-1-1': 79.5, 'CT-2-1': 51, 'CT-3-1': 2.5, 'CT-4-1': 10 };
  const passFigures = { 'CT-1-1': 95, 'CT-2-1': 60, 'CT-3-1': 1.5, 'CT-4-1': 3, 'CT-5-1': 100 };
  let withIssues: ExcelJS.Workbook;
  let expectedOverdue: string[];
  let pdfWith: string;
  let pdfWithout: string;

  beforeAll(async () => {
    const a = await buildWorkbook(plan, { figures: breachFigures, today: '2024-06-15' });
    const b = await buildWorkbook(plan, { figures: passFigures, today: '2023-12-01' });
    if (!a.ok || !b.ok) throw new Error('build failed');
    expectedOverdue = checkTracking(readTracking(a.value.snapshot), isoToSerial('2024-06-15') as number).overdue.map((o) => o.task);
    const fa = join(dir, 'with-issues.xlsx');
    const fb = join(dir, 'without-issues.xlsx');
    writeFileSync(fa, a.value.bytes);
    writeFileSync(fb, b.value.bytes);
    const outXlsx = mkdtempSync(join(dir, 'xlsx-'));
    const [resaved] = sofficeConvert([fa], 'xlsx', outXlsx);
    withIssues = await readXlsx(new Uint8Array(readFileSync(resaved as string)));
    [pdfWith, pdfWithout] = sofficeConvert([fa, fb], 'pdf', dir) as [string, string];
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    sofficeCleanup();
  });

  test('verdict formulas: Đạt, or what was reached against what was asked (comparator as a word), blank without a figure', () => {
    const t = sheet(withIssues, 'Chỉ tiêu');
    const verdicts = [9, 10, 11, 12, 13].map((r) => [t.getCell(r, 2).value, t.getCell(r, 4).value, t.getCell(r, 9).result ?? '']);
    expect(verdicts).toEqual([
      ['CT-1-1', 'tối thiểu', 'Kết quả 79,5% – yêu cầu tối thiểu 80%'],
      ['CT-2-1', 'trên', 'Đạt'],
      ['CT-3-1', 'dưới', 'Kết quả 2,5% – yêu cầu dưới 2%'],
      ['CT-4-1', 'tối đa', 'Đạt'],
      ['CT-5-1', 'bằng', ''],
    ]);
  });

  test('timeliness formulas agree with the rules check uses; Quá hạn for exactly the overdue tasks', () => {
    const ws = sheet(withIssues, 'Theo dõi nhiệm vụ');
    const asOf = isoToSerial('2024-06-15') as number;
    const overdue: string[] = [];
    let compared = 0;
    for (let r = 10; r < 10 + 99; r++) {
      const id = String(ws.getCell(r, 13).value);
      if (id.startsWith('§')) continue;
      const dueCell = ws.getCell(r, 7).value;
      const due = dueCell instanceof Date ? (isoToSerial(dueCell.toISOString().slice(0, 10)) as number) : null;
      const got = ws.getCell(r, 10).result;
      expect([id, got]).toEqual([id, judgeTimeliness(due, '', null, asOf)]);
      if (got === 'Quá hạn') overdue.push(id);
      compared++;
    }
    expect(compared).toBe(92);
    expect(overdue).toEqual(expectedOverdue);
    expect(overdue.length).toBeGreaterThan(0);
  });

  test('the summary counts per unit and overall', () => {
    const s = sheet(withIssues, 'Tổng hợp');
    expect(s.getCell('B9').value).toBe('Toàn bộ kế hoạch');
    expect([s.getCell('C9').result, s.getCell('D9').result, s.getCell('F9').result]).toEqual([92, 0, expectedOverdue.length]);
    expect(s.getCell('H9').result).toBe(0);
    expect(Number(s.getCell('C10').result)).toBeGreaterThan(0);
  });

  test('conditional formats and validation survive LibreOffice re-saving', () => {
    const ws = sheet(withIssues, 'Theo dõi nhiệm vụ');
    const formulas = conditionalFormats(ws).flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas.join(' ')).toMatch(/Quá hạn/);
    expect(formulas.join(' ')).toMatch(/Sắp đến hạn/);
    expect(Object.values(validations(ws)).some((v) => v?.type === 'list')).toBe(true);
    const t = sheet(withIssues, 'Chỉ tiêu');
    expect(conditionalFormats(t).flatMap((c) => c.rules.flatMap((r) => r.formulae ?? [])).join(' ')).toMatch(/ISNUMBER\(\$H9\)/);
    expect(Object.values(validations(t)).some((v) => v?.type === 'decimal')).toBe(true);
  });

  test('the printout shows red cells for breaches and overdue tasks; without them only the legend swatches are red', () => {
    const red = (pdf: string): number[] => pdfPages(pdf, 72).flatMap((p) => colourBlobs(p, COLORS.redFill));
    const without = red(pdfWithout);
    const withIssues = red(pdfWith);
    // Three legends carry a red swatch: tasks, targets, summary.
    expect(without).toHaveLength(3);
    const swatch = Math.max(...without);
    expect(withIssues.length).toBeGreaterThan(3);
    expect(withIssues.reduce((s, x) => s + x, 0)).toBeGreaterThan(3 * swatch + 2 * (swatch / 3));
  });
});
