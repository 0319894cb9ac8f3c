/**
 * A tracking workbook is read once (src/workbook/status-read): the command line's check and the
 * task pane's targets and status get the same tables, the same as-of date and the same overdue
 * tasks from it. Also the small shared helpers: today's date, a plan's years, qualified
 * addresses read back, sheet lookup.
 */
import { splitQualified, qualified } from '../../src/workbook/a1';
import { isPlanYear, PLAN_YEARS, todayIso } from '../../src/workbook/calendar';
import { sheetNamed } from '../../src/workbook/snapshot';
import { judgeWorkbook, statusReport } from '../../src/workbook/status-read';
import { buildWorkbook } from '../../src/xlsx';
import { generatePlan } from '../support/generate-plan';

async function built(today: string | null) {
  const r = await buildWorkbook(generatePlan(40, { year: 2024 }), { today });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.snapshot;
}

describe('judgeWorkbook: the as-of date', () => {
  it.each([
    ['the date asked for wins', '2024-09-30', '2024-06-01', '2024-09-30'],
    ["else the workbook's as-of cell", null, '2024-06-01', '2024-06-01'],
  ])('%s', async (_what, asOf, builtWith, want) => {
    const judged = judgeWorkbook(await built(builtWith), { asOf, today: '2030-01-01' });
    expect(judged.ok && judged.value.asOf).toBe(want);
  });

  it('else today (a workbook whose as-of cell is =TODAY() holds no date to read)', async () => {
    const judged = judgeWorkbook(await built(null), { asOf: null, today: '2030-01-01' });
    expect(judged.ok && judged.value.asOf).toBe('2030-01-01');
  });

  it('a workbook with neither table is a coded failure, not an empty report', () => {
    const r = judgeWorkbook({ sheets: [{ name: 'Sheet1', state: 'visible', rows: {}, lastRow: 0, lastCol: 0, merges: [] }], definedNames: [] }, { today: '2024-06-01' });
    expect(r.ok ? null : r.error.code).toBe('excel-no-tracking');
  });
});

describe("the pane's status and the command line's check read the same", () => {
  it.each(['2024-03-01', '2024-09-30', '2025-01-01'])('overdue tasks at %s', async (asOf) => {
    const snapshot = await built('2024-06-01');
    const judged = judgeWorkbook(snapshot, { asOf, today: '2030-01-01' });
    const report = statusReport(snapshot, { asOf, today: '2030-01-01' });
    if (!judged.ok || !report.ok) throw new Error('no tracking tables');
    const cli = judged.value.checked.overdue.map((o) => o.task).sort();
    const pane = report.value.overdue.map((o) => o.task).sort();
    expect(pane).toEqual(cli);
    expect(report.value.byUnit['']?.overdue).toBe(cli.length);
    expect(report.value.byUnit['']?.tasks).toBe(judged.value.tracking.tasks.length);
  });

  it('counts some overdue later in the year and none before the first deadline', async () => {
    const snapshot = await built('2024-06-01');
    const early = judgeWorkbook(snapshot, { asOf: '2023-01-01', today: '2030-01-01' });
    const late = judgeWorkbook(snapshot, { asOf: '2025-06-01', today: '2030-01-01' });
    expect(early.ok && early.value.checked.overdue.length).toBe(0);
    expect(late.ok && late.value.checked.overdue.length).toBeGreaterThan(5);
  });
});

describe('shared helpers', () => {
  it('todayIso: the local calendar date', () => {
    expect(todayIso(new Date(2024, 0, 5, 23, 59))).toBe('2024-01-05');
    expect(todayIso(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
  });

  it.each([
    [1944, false], [PLAN_YEARS.min, true], [2025, true], [PLAN_YEARS.max, true], [2201, false], [2024.5, false],
  ])('isPlanYear(%s) is %s, for --year and the pane alike', (y, want) => expect(isPlanYear(y)).toBe(want));

  it.each([
    ["'Chỉ tiêu'!F9", { sheet: 'Chỉ tiêu', cell: 'F9' }],
    ["'Bà''s sheet'!$A$1", { sheet: "Bà's sheet", cell: 'A1' }],
    ['Sheet1!B2:C3', { sheet: 'Sheet1', cell: 'B2:C3' }],
    ['F9', { sheet: null, cell: 'F9' }],
    ['not an address', null],
    ["'Chỉ tiêu'!", null],
  ])('splitQualified(%j)', (address, want) => expect(splitQualified(address)).toEqual(want));

  it('splitQualified reads back what qualified writes', () => {
    for (const sheet of ['Nhiệm vụ', "It's", 'Sheet1']) expect(splitQualified(qualified(sheet, 'C7'))).toEqual({ sheet, cell: 'C7' });
  });

  it('sheetNamed: exact names only; no name, no sheet', () => {
    const snap = { sheets: [{ name: 'Nhiệm vụ', state: 'visible' as const, rows: {}, lastRow: 0, lastCol: 0, merges: [] }], definedNames: [] };
    expect(sheetNamed(snap, 'Nhiệm vụ')?.name).toBe('Nhiệm vụ');
    expect(sheetNamed(snap, 'nhiệm vụ')).toBeNull();
    expect(sheetNamed(snap, null)).toBeNull();
    expect(sheetNamed(null, 'Nhiệm vụ')).toBeNull();
  });
});
