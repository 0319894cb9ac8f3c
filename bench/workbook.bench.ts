/**
 * Building tracking workbooks: medians, not pass/fail (no timed tests).
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/workbook.bench.ts
 *  - in process: layout (pure) and layout + exceljs write, for the sample (99 rows) and 5,000 tasks,
 *    into the built-in template and into the real template;
 *  - 5,000 tasks against a plain exceljs write of the same sheets and cells (bench/plain-write.ts,
 *    in its own process): what the Node writer's styles, rules and checks cost (issue 15: < x2);
 *  - whole process: the compiled `plan-tracker build` (compiled afresh into a temp folder, as
 *    `npm run build:cli` ships it) on the sample document and on a generated 5,000-task appendix
 *    (issue 4 asks < 2 s and < 10 s; issue 15 aims the sample under 0.35 s), wall and CPU.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { layoutWorkbook } from '../src/workbook/build-layout';
import { buildWorkbook } from '../src/xlsx';
import { generatePlan } from '../test/support/generate-plan';
import { samplePlan } from '../test/support/sample-plan';
import { generateAppendix } from './generate-appendix';
import { median, row, time, type Timing } from './measure';

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
  // The yardstick: the same sheets and cells written plainly by exceljs as it ships, in its own process.
  const plain = spawnSync(process.execPath, [...process.execArgv, join(__dirname, 'plain-write.ts'), '5000', '3'], { encoding: 'utf8' });
  if (plain.status !== 0) throw new Error(plain.stderr);
  const yardstick = JSON.parse(plain.stdout) as Timing;
  const ours = await time(() => build(big, null), 3);
  row('plain exceljs write, same shape, 5,000 tasks', yardstick);
  row('layout + write, 5,000 tasks, against the plain write', ours, `x${(ours.cpu / yardstick.cpu).toFixed(2)} cpu, x${(ours.wall / yardstick.wall).toFixed(2)} wall; aim < x2`);
}

/** The compiled command line (what `npm run build:cli` ships), compiled afresh into a temp folder. */
function compiledCli(dir: string): string {
  const out = join(dir, 'build');
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.cli.json'), '--outDir', out], {
    encoding: 'utf8',
  });
  if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
  const runner = join(dir, 'run.js');
  // The process's own CPU time (user + system, bootstrap included) on stderr's last line: on a
  // shared machine wall time counts the waits for a core too.
  const cpu = `process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('cpu-ms ' + (u.user + u.system) / 1000 + '\\n'); });`;
  writeFileSync(runner, `${cpu}\nrequire(${JSON.stringify(join(out, 'cli', 'main.js'))}).main(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`);
  return runner;
}

function wholeProcess(): void {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-'));
  const runner = compiledCli(dir);
  console.log('== plan-tracker build, whole process, compiled (median of 5: wall, and CPU of the process)');
  const big = join(dir, 'appendix-5000.md');
  writeFileSync(big, generateAppendix(5000));
  const sample = join(ROOT, 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md');
  const runs: [string, string[], string][] = [
    ['sample document -> built-in template', [sample], 'target < 2 s; aim < 0.35 s'],
    ['sample document -> real template', [sample, '--template', join(ROOT, 'test', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx')], 'target < 2 s'],
    ['5,000-task appendix -> built-in template', [big], 'target < 10 s'],
  ];
  for (const [label, args, target] of runs) {
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      // NODE_PATH: the compiled files live in a temp folder, their packages in the project.
      const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
      const r = spawnSync(process.execPath, [runner, 'build', ...args, '-o', join(dir, 'out.xlsx'), '--today', '2024-06-15'], { encoding: 'utf8', env });
      wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (r.status !== 0) {
        console.log(`${label}: exit ${r.status}: ${r.stderr.trim()}`);
        break;
      }
      cpu.push(Number(/cpu-ms (\S+)\s*$/.exec(r.stderr)?.[1] ?? NaN));
    }
    row(label, { wall: median(wall), cpu: median(cpu) }, target);
  }
}

inProcess()
  .then(wholeProcess)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
