/**
 * What `plan-tracker build` loads, run as people run it (bin/plan-tracker.js: the compiled
 * command, or the sources when it is stale): no exceljs and no document reader for a usage
 * error, and of exceljs only its workbook module (not the package entry with its streaming
 * reader and writer and their archive libraries) for a real build.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'plan-tracker.js');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md');
const dir = mkdtempSync(join(tmpdir(), 'pt-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in a fresh node and returns the files of the modules it loaded. */
function loaded(args: string[]): { code: number; files: string[] } {
  const list = join(dir, 'modules.json');
  const hook = join(dir, 'hook.js');
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));\n`);
  const r = spawnSync(process.execPath, ['-r', hook, BIN, ...args], { encoding: 'utf8' });
  return { code: r.status ?? -1, files: JSON.parse(readFileSync(list, 'utf8')) as string[] };
}

const exceljs = (files: string[]) => files.filter((f) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(f));
const packages = (files: string[]) => new Set(files.map((f) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter(Boolean));

describe('modules the build command loads', () => {
  it('a usage error: no exceljs, no document readers', () => {
    const r = loaded(['build']);
    expect(r.code).toBe(2);
    expect(exceljs(r.files)).toEqual([]);
    // ts-node and TypeScript when the command runs from its sources; nothing of the work.
    expect([...packages(r.files)].filter((p) => !/^(ts-node|typescript|@cspotcode|@tsconfig|@jridgewell|acorn|make-error|arg|create-require|diff|v8-compile-cache-lib|yn|source-map-support|buffer-from|source-map)/.test(p as string))).toEqual([]);
  });

  it('a build: exceljs through its workbook module; no streaming reader or writer, no archive libraries', () => {
    const r = loaded(['build', SAMPLE, '-o', join(dir, 'out.xlsx'), '--today', '2024-06-15']);
    expect(r.code).toBe(0);
    const files = exceljs(r.files).map((f) => f.replace(/.*[\\/]exceljs[\\/]/, '').replace(/\\/g, '/'));
    expect(files).toContain('lib/doc/workbook.js');
    expect(files).not.toContain('excel.js');
    expect(files.filter((f) => f.startsWith('lib/stream/'))).toEqual([]);
    // The CSV module is a stand-in in the module cache (src/xlsx/write.ts): its libraries never load.
    const pkgs = packages(r.files);
    for (const p of ['unzipper', 'archiver', 'fast-csv', 'dayjs']) expect(pkgs.has(p)).toBe(false);
  });
});
