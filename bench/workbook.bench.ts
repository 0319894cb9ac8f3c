/**
 * Building tracking workbooks: medians, not pass/fail (no timed tests).
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/workbook.bench.ts
 *  - in process: layout (pure) and layout + exceljs write, for the sample (99 rows) and 5,000 tasks,
 *    into the built-in template and into the real template;
 *  - whole process: `plan-tracker build` on the sample document and on a generated 5,000-task
 *    appendix (issue 4 asks < 2 s and < 10 s), as a user runs it.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { layoutWorkbook } from '../src/workbook/build-layout';
import { buildWorkbook } from '../src/xlsx';
import { generatePlan } from '../test/support/generate-plan';
import { samplePlan } from '../test/support/sample-plan';
import { generateAppendix } from './generate-appendix';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

async function time(fn: () => Promise<unknown> | unknown, runs: number, warmup = 1): Promise<{ wall: number; cpu: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await fn();
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

function row(label: string, t: { wall: number; cpu: number }, extra = ''): void {
  console.log(`${label.padEnd(52)} ${t.wall.toFixed(0).padStart(7)} ms wall ${t.cpu.toFixed(0).padStart(7)} ms cpu${extra ? `  ${extra}` : ''}`);
}

const ROOT = join(__dirname, '..');
const TEMPLATE = new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx')));

async function inProcess(): Promise<void> {
  console.log('== workbook build, in process (median)');
  const sample = samplePlan();
  const big = generatePlan(5000, { sections: 334, targets: 20 });
  const layout = (p: typeof sample) => {
    const r = layoutWorkbook(p, { today: '2024-06-15' });
    if (!r.ok) throw new Error(r.error.message);
  };
  const build = async (p: typeof sample, template: Uint8Array | null) => {
    const r = await buildWorkbook(p, { today: '2024-06-15', template });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.bytes.length;
  };
  row('layout only, sample (99 rows)', await time(() => layout(sample), 15));
  row('layout only, 5,000 tasks', await time(() => layout(big), 5));
  row('layout + write, sample, built-in template', await time(() => build(sample, null), 9));
  row('layout + write, sample, into the real template', await time(() => build(sample, TEMPLATE), 9));
  row('layout + write, 5,000 tasks, built-in template', await time(() => build(big, null), 3));
  row('layout + write, 5,000 tasks, into the real template', await time(() => build(big, TEMPLATE), 3));
  const first = await buildWorkbook(big, { today: '2024-06-15', template: TEMPLATE });
  if (!first.ok) throw new Error('build');
  const size = first.value.bytes.length;
  row('update in place, 5,000 tasks (read + layout + write)', await time(() => build(big, first.value.bytes), 3), `${(size / 1e6).toFixed(1)} MB file`);
}

function wholeProcess(): void {
  // bin/plan-tracker.js runs build/ when `npm run build:cli` made it, else the sources via ts-node.
  const compiled = existsSync(join(ROOT, 'build', 'cli', 'main.js'));
  console.log(`== plan-tracker build, whole process (median of 3, wall; ${compiled ? 'compiled build/' : 'from sources via ts-node: npm run build:cli first for shipped timings'})`);
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-'));
  const big = join(dir, 'appendix-5000.md');
  writeFileSync(big, generateAppendix(5000));
  const runs: [string, string[], string][] = [
    ['sample document -> built-in template', [join(ROOT, 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md')], 'target < 2 s'],
    ['sample document -> real template', [join(ROOT, 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md'), '--template', join(ROOT, 'test', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx')], 'target < 2 s'],
    ['5,000-task appendix -> built-in template', [big], 'target < 10 s'],
  ];
  for (const [label, args, target] of runs) {
    const wall: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'plan-tracker.js'), 'build', ...args, '-o', join(dir, 'out.xlsx'), '--today', '2024-06-15'], { encoding: 'utf8' });
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0) {
        console.log(`${label}: exit ${r.status}: ${r.stderr.trim()}`);
        break;
      }
    }
    row(label, { wall: median(wall), cpu: NaN }, target);
  }
}

inProcess()
  .then(wholeProcess)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
