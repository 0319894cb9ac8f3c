/**
 * Scale (issue 6): 500, 5,000 and 20,000 tasks through every stage a user waits on: parse (with
 * and without the phrase reading), layout, the Node writer, update in place, and the Office.js
 * writer over the fake Excel (its syncs and largest request, against Excel on the web's 5 MB).
 * Each size runs in its own process, so its peak memory (max RSS) is its own.
 * Targets: parse 5,000 tasks < 1 s, build < 10 s, memory < 1.5 GB; growth linear.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/scale.bench.ts
 */
import { spawnSync } from 'child_process';
import { parsePlan } from '../src/core/import';
import { readPhrases } from './phrase-steps';
import { readInput } from '../src/core/import/readers';
import { createExcelOperations } from '../src/excel/operations';
import { layoutWorkbook } from '../src/workbook/build-layout';
import { buildWorkbook } from '../src/xlsx';
import { LIMIT } from '../test/excel/fake-excel';
import { fakeHost } from '../test/excel/support';
import { generateAppendix } from './generate-appendix';
import { row, time } from './measure';

const SIZES = [500, 5000, 20000];
const TODAY = '2024-06-15';

async function one(n: number): Promise<void> {
  const runs = n >= 20000 ? 1 : n >= 5000 ? 3 : 5;
  const label = (what: string) => `${n.toLocaleString('en').padStart(6)} tasks: ${what}`;
  const bytes = new TextEncoder().encode(generateAppendix(n));
  const parse = () => {
    const r = parsePlan({ name: 'bench.md', bytes }, { year: 2024 });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const plan = parse();
  const doc = readInput({ name: 'bench.md', bytes });
  if (!doc.ok) throw new Error(doc.error.message);
  row(label(`parse (${(bytes.length / 1e6).toFixed(1)} MB markdown)`), await time(parse, runs), n === 5000 ? 'target < 1000 ms' : '');
  // Fresh copies made before timing, so no run reads a plan another run has read.
  const copies = Array.from({ length: runs + 1 }, () => structuredClone(plan));
  row(label('  of which phrase reading'), await time(() => readPhrases(copies.pop() as typeof plan, doc.value.text, { year: 2024 }), runs));
  copies.length = 0;
  row(label('layout (pure)'), await time(() => layoutWorkbook(plan, { today: TODAY }), runs));
  let file: Uint8Array = new Uint8Array();
  row(
    label('layout + Node write (exceljs)'),
    await time(async () => {
      const r = await buildWorkbook(plan, { today: TODAY, template: null });
      if (!r.ok) throw new Error(r.error.message);
      file = r.value.bytes;
    }, runs, 0),
    n === 5000 ? 'target < 10000 ms' : `${(file.length / 1e6).toFixed(1)} MB .xlsx`,
  );
  row(
    label('update in place (read + layout + write)'),
    await time(async () => {
      const r = await buildWorkbook(plan, { today: TODAY, template: file });
      if (!r.ok) throw new Error(r.error.message);
    }, runs, 0),
  );
  let syncs = 0;
  let largest = 0;
  row(
    label('Office.js writer over the fake Excel'),
    await time(async () => {
      const { ctx, env } = fakeHost({ api: 17 });
      ctx.addSheet('Sheet1');
      const sync = ctx.sync.bind(ctx);
      syncs = 0;
      ctx.sync = () => {
        syncs++;
        return sync();
      };
      const r = await createExcelOperations(env).writePlan(plan, { today: TODAY });
      if (!r.ok) throw new Error(r.error.message);
      largest = Math.max(...ctx.requests.map((q) => q.bytes));
    }, runs, 0),
    `${syncs} syncs, largest request ${(largest / 1e6).toFixed(2)} MB (limit ${(LIMIT / 1e6).toFixed(2)} MB)`,
  );
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`${label('peak memory (max RSS of this process)').padEnd(56)} ${rss.toFixed(0).padStart(8)} MB${n === 20000 ? '  target < 1536 MB' : ''}`);
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--one');
  if (at >= 0) return one(Number(process.argv[at + 1]));
  console.log('== scale: each size in its own process (median of 5 / 3 / 1 runs)');
  for (const n of SIZES) {
    const r = spawnSync(process.execPath, [...process.execArgv, __filename, '--one', String(n)], { stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
