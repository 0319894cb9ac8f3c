/**
 * The bundled sample (Kế hoạch 04/KH-UBND 2024, 7 sections, 92 tasks) as a Plan. Workbook tests
 * read the Plan JSON saved from the parser (test/workbook/fixtures/sample-plan.json) so that
 * work on the parser does not move them; refresh it with `npx ts-node test/support/sample-plan.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type { Plan } from '../../src/core/model';

export const SAMPLE_PLAN_JSON = join(__dirname, '..', 'workbook', 'fixtures', 'sample-plan.json');
export const SAMPLE_MD = join(__dirname, '..', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md');

export function samplePlan(): Plan {
  if (!existsSync(SAMPLE_PLAN_JSON)) throw new Error(`${SAMPLE_PLAN_JSON} missing: run npx ts-node test/support/sample-plan.ts`);
  return JSON.parse(readFileSync(SAMPLE_PLAN_JSON, 'utf8')) as Plan;
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parsePlan } = require('../../src/core/import') as typeof import('../../src/core/import');
  const r = parsePlan({ name: 'ke-hoach-04-KH-UBND-2024-quan-1.md', bytes: new Uint8Array(readFileSync(SAMPLE_MD)) }, {});
  if (!r.ok) throw new Error(r.error.message);
  writeFileSync(SAMPLE_PLAN_JSON, `${JSON.stringify(r.value, null, 1)}\n`);
  console.log(`${SAMPLE_PLAN_JSON}: ${r.value.sections.length} sections, ${r.value.tasks.length} tasks`);
}
