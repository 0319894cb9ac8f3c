/**
 * Target reading on 5,000 task texts (the sample's 92 task texts, cycled): median ms.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/targets.bench.ts
 * Figures, not pass/fail.
 */
import type { Target } from '../src/core/model';
import { compareBodyAndTaskTargets, extractTargets, readChiTieuSection } from '../src/core/targets';
import { readSample } from '../test/core/targets/support/sample';

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
  console.log(`${label.padEnd(48)} ${ms.toFixed(2).padStart(10)} ms${extra ? `  ${extra}` : ''}`);
}

const N = 5000;
const { body, tasks } = readSample();
const texts = Array.from({ length: N }, (_, i) => ({ id: `${Math.floor(i / 15) + 1}.${(i % 15) + 1}`, text: (tasks[i % tasks.length] as { text: string }).text }));
const chars = texts.reduce((n, t) => n + t.text.length, 0);

let found: { id: string; targets: Target[] }[] = [];
console.log('== targets (median)');
row(`extractTargets, ${N} task texts (${(chars / 1e6).toFixed(2)} M chars)`, time(() => {
  found = texts.map((t) => ({ id: t.id, targets: extractTargets(t.text, { idPrefix: `NV-${t.id}` }) }));
}, 9));
console.log(`  targets found: ${found.reduce((n, t) => n + t.targets.length, 0)}`);
const bodyTargets = readChiTieuSection(body).targets;
row('readChiTieuSection, sample body', time(() => readChiTieuSection(body), 31));
row(`compareBodyAndTaskTargets, ${bodyTargets.length} body x ${N} tasks`, time(() => compareBodyAndTaskTargets(bodyTargets, found), 9));
