/**
 * The Office.js writer over the fake Excel (test/excel/fake-excel.ts): what lands in the cells
 * for a small plan, which calls are made on which Office version, and what is reported.
 */
import { createExcelOperations } from '../../src/excel/operations';
import { makePlan, makeTask } from '../support/generate-plan';
import { fakeHost, OFFICE } from './support';

const TASKS_SHEET = 'Theo dõi nhiệm vụ';

/** Awkward values real plans hold: a STT that is not a number, text that looks like a formula. */
function smallPlan() {
  return makePlan(
    [
      makeTask('1.1', 'I', '- Kế hoạch rà soát thủ tục', '2024-03-31'),
      makeTask('1.10', 'I', '=SUM(A1:A2) không phải công thức', '2024-12-31'),
      makeTask('1.2', 'I', '+84 đường dây nóng', null),
      makeTask('1.3', 'I', '@tổ công tác', '2024-06-30', { targets: [{ id: 'NV-1.3-1', text: 'tối thiểu 90% hồ sơ', comparator: '>=', value: 90, unit: '%', scope: 'hồ sơ' }] }),
    ],
    [{ stt: 'I', title: 'Công tác chỉ đạo' }],
  );
}

/** Row of the task whose STT cell reads `stt` in column A. */
function rowOf(sheet: { value(a: string): unknown }, stt: string, from = 1, to = 60): number {
  for (let r = from; r <= to; r++) if (sheet.value(`A${r}`) === stt) return r;
  throw new Error(`no row with STT ${stt}`);
}

describe('writePlan into a new workbook (Microsoft 365)', () => {
  it('writes the plan as text, with "@" formats before the values and apostrophes where Excel would parse', async () => {
    const { ctx, env } = fakeHost({ api: OFFICE.m365 });
    ctx.addSheet('Sheet1');
    const r = await createExcelOperations(env).writePlan(smallPlan(), { today: '2024-06-01' });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ sheet: TASKS_SHEET, mode: 'new-sheet', added: 4, degraded: [] });
    const s = ctx.sheet(TASKS_SHEET);
    const row = rowOf(s, '1.10');
    expect(s.cell(`A${row}`)).toMatchObject({ v: '1.10', nf: '@' });
    const texts = ['- Kế hoạch rà soát thủ tục', '=SUM(A1:A2) không phải công thức', '+84 đường dây nóng', '@tổ công tác'];
    for (const t of texts) {
      const found = [...s.cells.values()].find((c) => c.v === t);
      expect(found).toMatchObject({ v: t, nf: '@' });
      expect(found?.f).toBeUndefined();
    }
    console.log(ctx.requests, ctx.log.length);
  });
});
