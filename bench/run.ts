/**
 * npm run bench: medians for the work people wait on. Figures, not pass/fail: the README states
 * the targets and the measured values.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parsePlan } from '../src/core/import';
import { generateAppendix } from './generate-appendix';
import { row, time } from './measure';

async function parseBench(): Promise<void> {
  console.log('== parse (median)');
  const sample = new TextEncoder().encode(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md'), 'utf8'));
  const parse = (bytes: Uint8Array) => {
    const r = parsePlan({ name: 'bench.md', bytes }, { year: 2024 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  row('sample plan (92 tasks, 39 pages)', await time(() => parse(sample), 30, 2));
  let prev = 0;
  for (const n of [500, 1000, 2000, 5000]) {
    const bytes = new TextEncoder().encode(generateAppendix(n));
    const t = await time(() => parse(bytes), n >= 5000 ? 7 : 11, 2);
    const growth = prev ? `cpu x${(t.cpu / prev).toFixed(2)} for x${n === 5000 ? 2.5 : 2} tasks` : '';
    row(`generated appendix, ${n} tasks`, t, n === 5000 ? `target < 1000 ms; ${growth}` : growth);
    prev = t.cpu;
  }
}

parseBench().catch((e) => {
  console.error(e);
  process.exit(1);
});
