/**
 * npm run bench: medians for the work people wait on. Figures, not pass/fail: the README states
 * the targets and the measured values.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parsePlan } from '../src/core/import';
import { generateAppendix } from './generate-appendix';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function time(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

function row(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(10)} ms${extra ? `  ${extra}` : ''}`);
}

function parseBench(): void {
  console.log('== parse (median)');
  const sample = new TextEncoder().encode(readFileSync(join(__dirname, '..', 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md'), 'utf8'));
  const parse = (bytes: Uint8Array) => {
    const r = parsePlan({ name: 'bench.md', bytes }, { year: 2024 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  row('sample plan (92 tasks, 39 pages)', time(() => parse(sample), 30), 'target < 20 ms');
  let prev = 0;
  for (const n of [500, 1000, 2000, 5000]) {
    const bytes = new TextEncoder().encode(generateAppendix(n));
    const ms = time(() => parse(bytes), n >= 5000 ? 7 : 11);
    const growth = prev ? `x${(ms / prev).toFixed(2)} for x${n === 5000 ? 2.5 : 2} tasks` : '';
    row(`generated appendix, ${n} tasks`, ms, n === 5000 ? `target < 1000 ms ${growth}` : growth);
    prev = ms;
  }
}

parseBench();
