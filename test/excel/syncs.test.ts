/**
 * The number of context.sync() calls does not depend on the number of tasks, and no request
 * passes Excel on the web's 5 MB limit: large writes are split by size (src/excel/batch.ts).
 * Syncs are counted by spying on context.sync (office-addin-mock cannot count them); request
 * sizes are measured by the fake from what each sync carries (test/excel/fake-excel.ts).
 */
import { applyLayout } from '../../src/excel/apply-layout';
import { REQUEST_BUDGET } from '../../src/excel/batch';
import { createExcelOperations } from '../../src/excel/operations';
import type { Plan } from '../../src/core/model';
import { layoutWorkbook } from '../../src/workbook/build-layout';
import { generatePlan } from '../support/generate-plan';
import { LIMIT } from './fake-excel';
import { fakeHost, OFFICE } from './support';

async function syncsFor(plan: Plan, api: number = OFFICE.m365) {
  const { ctx, env } = fakeHost({ api });
  ctx.addSheet('Sheet1');
  const sync = jest.spyOn(ctx, 'sync');
  const r = await createExcelOperations(env).writePlan(plan, { today: '2024-06-01' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return { syncs: sync.mock.calls.length, ctx };
}

/** A plan whose cells carry long Vietnamese text (a heavy appendix). */
function heavyPlan(n: number): Plan {
  const plan = generatePlan(n, { targets: 20 });
  const long = 'Tổ chức triển khai thực hiện có hiệu quả các nhiệm vụ cải cách hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp; ';
  plan.tasks.forEach((t, i) => {
    t.task = `${t.task}. ${long.repeat(3)}(${i})`;
    t.products = [...t.products, long];
    t.lead = [...t.lead, 'Thủ trưởng các cơ quan chuyên môn thuộc Ủy ban nhân dân Quận và Chủ tịch Ủy ban nhân dân 10 phường'];
  });
  return plan;
}

describe('syncs do not depend on the number of tasks', () => {
  it('10 and 5,000 tasks take the same number of syncs (Microsoft 365)', async () => {
    const small = await syncsFor(generatePlan(10));
    const large = await syncsFor(generatePlan(5000));
    expect(large.syncs).toBe(small.syncs);
    expect(small.syncs).toBe(7); // read 2, inspect, sheets, cells, rules, finish
    expect(Math.max(...large.ctx.requests.map((r) => r.bytes))).toBeLessThan(LIMIT);
  });

  // Before ExcelApi 1.9 every format rectangle and row height is its own command and formulas
  // are not filled down, so the same data weighs more: the count stays flat to about 3,000
  // generated tasks and then grows by one sync per 4 MB.
  it('10 and 2,000 tasks take the same number of syncs (Office 2019, no RangeAreas nor copyFrom)', async () => {
    const small = await syncsFor(generatePlan(10), OFFICE.office2019);
    const large = await syncsFor(generatePlan(2000), OFFICE.office2019);
    expect(large.syncs).toBe(small.syncs);
    const huge = await syncsFor(generatePlan(5000), OFFICE.office2019);
    expect(huge.syncs).toBe(small.syncs + 1);
    expect(Math.max(...huge.ctx.requests.map((r) => r.bytes))).toBeLessThan(LIMIT);
  });
});

describe('requests stay under 5 MB', () => {
  const plan = heavyPlan(20000);
  const laid = layoutWorkbook(plan, { today: '2024-06-01' });
  if (!laid.ok) throw new Error('layout failed');

  it('a huge plan (20,000 tasks of long text) goes out in several requests, each under 5 MB', async () => {
    const { ctx } = fakeHost({ api: OFFICE.m365 });
    ctx.addSheet('Sheet1');
    const r = await applyLayout(ctx as unknown as Excel.RequestContext, laid.value, {
      conditionalFormats: true,
      dataValidation: true,
      pageLayout: true,
      sheetCopy: true,
      displayLanguage: 'vi-VN',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const sizes = ctx.requests.map((q) => q.bytes);
    const total = sizes.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(2 * LIMIT); // it could not have gone in one request
    expect(Math.max(...sizes)).toBeLessThan(LIMIT);
    expect(r.value.largestRequest).toBeLessThanOrEqual(REQUEST_BUDGET);
    // The estimate never undercounts what was sent.
    expect(Math.max(...sizes)).toBeLessThanOrEqual(r.value.largestRequest);
    // Extra syncs follow the size: about one per budget's worth of data.
    expect(r.value.syncs).toBeLessThanOrEqual(5 + Math.ceil(total / (REQUEST_BUDGET * 0.75)));
    // The cells all arrived.
    const s = ctx.sheet('Theo dõi nhiệm vụ');
    expect([...s.cells.values()].filter((c) => typeof c.v === 'string' && c.v.endsWith('(19999)'))).toHaveLength(1);
  });

  it('without the split, Excel would refuse the request', async () => {
    const big = layoutWorkbook(heavyPlan(6000), { today: '2024-06-01' });
    if (!big.ok) throw new Error('layout failed');
    const { ctx } = fakeHost({ api: OFFICE.m365 });
    ctx.addSheet('Sheet1');
    const caps = { conditionalFormats: true, dataValidation: true, pageLayout: true, sheetCopy: true, displayLanguage: 'en-US' };
    const r = await applyLayout(ctx as unknown as Excel.RequestContext, big.value, caps, { budget: 1e9 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('excel-request-too-large');
    expect(r.error.where).toContain('RequestPayloadSizeLimitExceeded');
    expect(r.error.where).toContain('phase: cells');
  });
});
