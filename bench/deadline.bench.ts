/**
 * Deadline reading on 5,000 phrases (the sample plan's 92 cells, the contract table, the family
 * and held-out phrases, cycled): median ms, and its share of parsing a 5,000-task appendix.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/deadline.bench.ts
 * Figures, not pass/fail.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parseDeadline } from '../src/core/deadline';
import { parsePlan } from '../src/core/import';
import { CONTRACT_ROWS } from '../test/core/deadline/contract.cases';
import { FAMILY_CASES } from '../test/core/deadline/families.cases';
import { HELD_OUT } from '../test/core/deadline/held-out.cases';
import { generateAppendix } from './generate-appendix';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function time(fn: () => void, runs: number, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = process.hrtime.bigint();
    fn();
    xs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(xs);
}

function row(label: string, ms: number, extra = ''): void {
  console.log(`${label.padEnd(52)} ${ms.toFixed(2).padStart(10)} ms${extra ? `  ${extra}` : ''}`);
}

const N = 5000;
const sample = JSON.parse(
  readFileSync(join(__dirname, '..', 'test', 'fixtures', 'ke-hoach-04.deadlines.expected.json'), 'utf8'),
) as { text: string }[];
const pool = [...sample.map((s) => s.text), ...[...CONTRACT_ROWS, ...FAMILY_CASES, ...HELD_OUT].map((c) => c.input)];
const phrases = Array.from({ length: N }, (_, i) => pool[i % pool.length] ?? '');
const ctx = { year: 2024, planDate: '2024-01-04' };

console.log('== deadlines (median)');
const deadlineMs = time(() => {
  for (const p of phrases) parseDeadline(p, ctx);
}, 15);
row(`parseDeadline, ${N} phrases (${pool.length} distinct)`, deadlineMs, `${((deadlineMs / N) * 1000).toFixed(1)} µs/phrase`);

const sampleOnly = Array.from({ length: N }, (_, i) => sample[i % sample.length]?.text ?? '');
const sampleMs = time(() => {
  for (const p of sampleOnly) parseDeadline(p, ctx);
}, 15);
row(`parseDeadline, ${N} cells of the sample plan`, sampleMs);

const bytes = new TextEncoder().encode(generateAppendix(N));
const planMs = time(() => {
  const r = parsePlan({ name: 'bench.md', bytes }, { year: 2024 });
  if (!r.ok) throw new Error(r.error.message);
}, 5, 1);
row(`parsePlan, ${N}-task appendix (deadlines included)`, planMs);
console.log(`  deadline reading: ${((sampleMs / planMs) * 100).toFixed(1)}% of parse time; adds ${((sampleMs / (planMs - sampleMs)) * 100).toFixed(1)}% to the rest`);
