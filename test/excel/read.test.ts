/**
 * Reading the open workbook back: readSnapshot (what update in place and the checks start from)
 * and readStatus (breaches, overdue and soon-due tasks, counts per unit).
 */
import { readWorkbook } from '../../src/excel/snapshot-read';
import { createExcelOperations } from '../../src/excel/operations';
import { readTracking } from '../../src/workbook/read-back';
import { fakeHost, OFFICE, smallPlan } from './support';

const read = (api: number = OFFICE.m365, budget?: number) => {
  const host = fakeHost({ api });
  const run = () =>
    readWorkbook(host.ctx as unknown as Excel.RequestContext, {
      pageLayout: api >= 9,
      mergedAreas: api >= 13,
      ...(budget ? { budget } : {}),
    });
  return { ...host, run };
};

describe('readSnapshot', () => {
  it('reads values, formulas, dates and text as the layout expects them', async () => {
    const { ctx, run } = read();
    const s = ctx.addSheet('Theo dõi');
    s.setRows([['STT', 'Nhiệm vụ', 'Hạn'], ['1.10', '- Kế hoạch', 45382]]);
    s.cells.get(2 * 16384 + 1)!.nf = '@';
    s.cells.get(2 * 16384 + 3)!.nf = 'dd/mm/yyyy';
    s.setRows([[null, null, null, 0]], 2);
    s.cells.set(2 * 16384 + 4, { v: 'Quá hạn', f: '=IF(C2<TODAY(),"Quá hạn","")' });
    s.merges.push('A5:C5');
    ctx.addSheet('Ẩn', 'Hidden').setRows([['x']]);
    const r = await run();
    const sheet = r.snapshot.sheets[0]!;
    expect(sheet).toMatchObject({ name: 'Theo dõi', state: 'visible', lastRow: 2, lastCol: 4, merges: ['A5:C5'] });
    expect(sheet.rows[2]).toEqual({
      1: { v: '1.10' },
      2: { v: '- Kế hoạch' },
      3: { v: 45382, date: true },
      4: { v: 'Quá hạn', f: 'IF(C2<TODAY(),"Quá hạn","")' },
    });
    expect(sheet.widths?.[1]).toBeCloseTo(8.43, 1);
    expect(r.snapshot.sheets[1]).toMatchObject({ name: 'Ẩn', state: 'hidden' });
    expect(r.syncs).toBe(4); // sheets, used ranges, cells + widths, merges
  });

  it('skips merges before ExcelApi 1.13 and still reads the cells', async () => {
    const { ctx, run } = read(OFFICE.office2019);
    ctx.addSheet('A').setRows([['x', 1]]);
    const r = await run();
    expect(r.snapshot.sheets[0]?.rows[1]).toEqual({ 1: { v: 'x' }, 2: { v: 1 } });
    expect(ctx.calls('getMergedAreasOrNullObject')).toEqual([]);
    expect(r.syncs).toBe(3);
  });

  it('reads a big sheet in chunks under the response budget, with the same result', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => [`${i + 1}`, `Nhiệm vụ số ${i + 1} về cải cách hành chính`, i]);
    const whole = read();
    whole.ctx.addSheet('T').setRows(rows);
    const one = await whole.run();
    const chunked = read(OFFICE.m365, 20_000);
    chunked.ctx.addSheet('T').setRows(rows);
    const many = await chunked.run();
    expect(many.snapshot).toEqual(one.snapshot);
    expect(many.syncs).toBeGreaterThan(one.syncs + 2);
    expect(Math.max(...chunked.ctx.requests.map((q) => q.responseBytes))).toBeLessThan(20_000);
  });

  it('reads back what the writer wrote: the tracking table and its typed values', async () => {
    const { ctx, env } = fakeHost({ api: OFFICE.m365 });
    ctx.addSheet('Sheet1');
    const w = await createExcelOperations(env).writePlan(smallPlan(), { today: '2024-06-01' });
    expect(w.ok).toBe(true);
    const r = await readWorkbook(ctx as unknown as Excel.RequestContext, { pageLayout: true, mergedAreas: true });
    const t = readTracking(r.snapshot);
    expect(t.tasksSheet).toBe('Theo dõi nhiệm vụ');
    expect(t.tasks.map((x) => x.id)).toEqual(['1.1', '1.10', '1.2', '1.3']);
    expect(t.tasks[0]?.due).toBe(45382);
    expect(t.targets.map((x) => x.id)).toEqual(['NV-1.3-1']);
  });
});

describe('readStatus', () => {
  it('lists overdue and soon-due tasks, breaches and counts per lead unit as of a date', async () => {
    const { ctx, env } = fakeHost({ api: OFFICE.m365 });
    ctx.addSheet('Sheet1');
    const ops = createExcelOperations(env);
    expect((await ops.writePlan(smallPlan(), { today: '2024-06-01' })).ok).toBe(true);
    // A person types a figure that misses its target (>= 90).
    const targets = ctx.sheet('Chỉ tiêu');
    let figure = '';
    for (let r = 1; r < 20 && !figure; r++) if (targets.value(`A${r}`) === 'NV-1.3-1' || targets.value(`B${r}`) === 'NV-1.3-1') figure = String(r);
    const header = [...'ABCDEFGHIJ'].find((l) => String(targets.value(`${l}8`)).startsWith('Kết quả'));
    expect(header).toBeDefined();
    targets.cells.set(Number(figure) * 16384 + (header as string).charCodeAt(0) - 64, { v: 85 });

    const r = await ops.readStatus('2024-06-01');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.asOf).toBe('2024-06-01');
    expect(r.value.overdue.map((t) => t.task)).toEqual(['1.1']);
    expect(r.value.overdue[0]).toMatchObject({ text: '- Kế hoạch rà soát thủ tục', lead: ['Phòng Nội vụ'], due: '2024-03-31', timeliness: 'Quá hạn' });
    expect(r.value.overdue[0]?.cell).toMatch(/^'Theo dõi nhiệm vụ'!G\d+$/);
    expect(r.value.dueSoon.map((t) => t.task)).toEqual(['1.3']);
    expect(r.value.breaches).toEqual([
      { target: 'NV-1.3-1', text: 'tối thiểu 90% hồ sơ', value: 85, comparator: '>=', threshold: 90, unit: '%', cell: expect.stringMatching(/^'Chỉ tiêu'!/) },
    ]);
    expect(r.value.byUnit['']).toMatchObject({ tasks: 4, done: 0, overdue: 1 });
    expect(r.value.byUnit['Phòng Nội vụ']).toMatchObject({ tasks: 4, overdue: 1 });
  });

  it('fails in plain words on a workbook without a tracking table', async () => {
    const { ctx, env } = fakeHost({ api: OFFICE.m365 });
    ctx.addSheet('Sheet1').setRows([['Danh sách cán bộ']]);
    const r = await createExcelOperations(env).readStatus();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('excel-no-tracking');
  });
});
