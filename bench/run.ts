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

/**
 * Median of wall-clock and of CPU time per run. The CPU figure is the fair one on a shared
 * machine: it does not count time the process spent waiting for a core.
 */
export function time(fn: () => void, runs: number, warmup = 2): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function row(label: string, t: { wall: number; cpu: number }, extra = ''): void {
  console.log(`${label.padEnd(40)} ${t.wall.toFixed(1).padStart(9)} ms wall ${t.cpu.toFixed(1).padStart(9)} ms cpu${extra ? `  ${extra}` : ''}`);
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
    const t = time(() => parse(bytes), n >= 5000 ? 7 : 11);
    const growth = prev ? `cpu x${(t.cpu / prev).toFixed(2)} for x${n === 5000 ? 2.5 : 2} tasks` : '';
    row(`generated appendix, ${n} tasks`, t, n === 5000 ? `target < 1000 ms; ${growth}` : growth);
    prev = t.cpu;
  }
}

parseBench();
