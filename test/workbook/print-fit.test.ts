/**
 * Column widths chosen for paper: the table fits A4 landscape at a scale where 12 pt prints at
 * 11 pt or more; when even the narrowest columns do not fit, the sheet says so.
 */
import type { Plan, Task } from '../../src/core/model';
import { layoutWorkbook } from '../../src/workbook';
import { fittedScale, fitWidths, TARGET_SCALE } from '../../src/workbook/print-fit';
import { samplePlan } from '../support/sample-plan';

describe('fitWidths', () => {
  test.each([
    ['wide wants shrink to the page', [48, 24, 22, 22, 18, 12, 16, 12, 20, 26, 6], [21, 9.5, 9.5, 9.5, 9.5, 10.5, 9, 10.5, 9.5, 10, 4.5]],
    ['narrow wants stay as they are', [20, 10, 10], [5, 5, 5]],
  ])('%s', (_, wants, mins) => {
    const cols = wants.map((want, i) => ({ col: i + 1, want, min: mins[i] as number }));
    const fit = fitWidths(cols);
    const widths = [...fit.widths.values()];
    expect(fit.fits).toBe(true);
    expect(fittedScale(widths)).toBeGreaterThanOrEqual(TARGET_SCALE);
    expect(fit.scale).toBeGreaterThanOrEqual(93);
    widths.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(mins[i] as number);
      expect(w).toBeLessThanOrEqual(Math.max(wants[i] as number, mins[i] as number));
    });
  });

  test('minimums wider than the page: not fitted, the minimums kept', () => {
    const cols = [...Array(20).keys()].map((i) => ({ col: i + 1, want: 20, min: 10 }));
    const fit = fitWidths(cols);
    expect(fit.fits).toBe(false);
    expect([...fit.widths.values()].every((w) => w === 10)).toBe(true);
  });
});

describe('the task sheet on paper', () => {
  test('the sample plan prints at 93% or more, helper columns hidden and outside the print area', () => {
    const l = layoutWorkbook(samplePlan(), { today: '2024-06-15' });
    if (!l.ok) throw new Error(l.error.message);
    const tasks = l.value.sheets.find((s) => s.role === 'tasks');
    expect(tasks?.print?.scale).toBeGreaterThanOrEqual(93);
    expect(tasks?.print?.printArea).toMatch(/^A1:K\d+$/);
    expect(tasks?.columns.filter((c) => c.hidden).map((c) => c.col).sort()).toEqual([12, 13]);
    expect(tasks?.freeze).toEqual({ row: 10, col: 1 });
    expect(l.value.warnings.map((w) => w.code)).not.toContain('print-too-wide');
  });

  test('a plan with many extra columns cannot print legibly: the sheet says so', () => {
    const plan = samplePlan();
    const extra: Record<string, string> = {};
    for (let i = 1; i <= 8; i++) extra[`Cột riêng ${i}`] = 'x';
    const wide: Plan = { ...plan, tasks: plan.tasks.map((t): Task => ({ ...t, extra })) };
    const l = layoutWorkbook(wide, { today: '2024-06-15' });
    if (!l.ok) throw new Error(l.error.message);
    const w = l.value.warnings.find((x) => x.code === 'print-too-wide');
    expect(w?.detail).toMatchObject({ sheet: 'Theo dõi nhiệm vụ' });
    expect(l.value.sheets.find((s) => s.role === 'tasks')?.print?.scale).toBeUndefined();
  });
});
