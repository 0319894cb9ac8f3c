/**
 * The build report is worked out from the layout (snapshotAfter), not by reading the written
 * workbook again: both must see the same workbook, cell for cell, on every kind of build.
 */
import type { Plan } from '../../src/core/model';
import { checkTracking } from '../../src/workbook/check';
import { readTracking } from '../../src/workbook/read-back';
import type { WorkbookSnapshot } from '../../src/workbook/snapshot';
import { buildWorkbook, loadWorkbook, readSnapshot } from '../../src/xlsx';
import { fixtureBytes } from '../support/fixtures';
import { generatePlan } from '../support/generate-plan';
import { samplePlan } from '../support/sample-plan';
import { unseenTemplate } from '../support/unseen-template';

/** Every non-empty cell, sheet by sheet: what a reader of the workbook can see. */
function cells(s: WorkbookSnapshot): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const sheet of s.sheets) {
    const m: Record<string, unknown> = {};
    for (const [r, row] of Object.entries(sheet.rows)) {
      for (const [c, cell] of Object.entries(row)) if (cell.v !== null && cell.v !== '' || cell.f) m[`${r},${c}`] = cell.f ? `=${cell.f}` : cell.v;
    }
    out[sheet.name] = m;
  }
  return out;
}

async function same(plan: Plan, template: Uint8Array | null): Promise<Uint8Array> {
  const built = await buildWorkbook(plan, { template, today: '2024-06-15', builtAt: '2024-06-15T08:00:00Z', figures: {} });
  if (!built.ok) throw new Error(built.error.message);
  const read = readSnapshot(await loadWorkbook(built.value.bytes)).snapshot;
  expect(built.value.snapshot.sheets.map((s) => [s.name, s.state])).toEqual(read.sheets.map((s) => [s.name, s.state]));
  expect(cells(built.value.snapshot)).toEqual(cells(read));
  const asOf = 45458; // 2024-06-15
  expect(checkTracking(readTracking(built.value.snapshot), asOf)).toEqual(checkTracking(readTracking(read), asOf));
  return built.value.bytes;
}

describe('snapshotAfter: the workbook as written, without reading it back', () => {
  it('a fresh build into the built-in template', async () => {
    await same(samplePlan(), null);
  });

  it('into the department template, then updated in place with a revised plan', async () => {
    const first = await same(samplePlan(), fixtureBytes('mau-theo-doi-ke-hoach.xlsx'));
    const revised = samplePlan();
    revised.tasks = revised.tasks.filter((_, i) => i % 7 !== 3);
    await same(revised, first);
  });

  it('into an unseen template (rows inserted into its table), then again with more tasks', async () => {
    const first = await same(generatePlan(12, { sections: 3, targets: 4 }), await unseenTemplate());
    await same(generatePlan(30, { sections: 4, targets: 6 }), first);
  });
});
