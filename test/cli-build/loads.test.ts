/**
 * What `plan-tracker build` loads, in the compiled command as people run it: no exceljs at all
 * for a usage error, and of exceljs only its workbook module (not the package entry with its
 * streaming reader and writer and their archive libraries) for a real build.
 * Run `node scripts/build-cli.js` first (the suite's set-up does).
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');
const MAIN = join(ROOT, 'build', 'cli', 'main.js');
const SAMPLE = join(ROOT, 'test', 'fixtures', 'ke-hoach-04-KH-UBND-2024-quan-1.md');
const dir = mkdtempSync(join(tmpdir(), 'pt-loads-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the compiled command in a fresh node and returns the files of the modules it loaded. */
function loaded(args: string[]): { code: number; files: string[] } {
  const script = `require(${JSON.stringify(MAIN)}).main(${JSON.stringify(args)}, { out() {}, err() {} }).then((c) => {
    process.stdout.write(JSON.stringify({ code: c, files: Object.keys(require.cache) }));
  });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { code: number; files: string[] };
}

const exceljs = (files: string[]) => files.filter((f) => /[\\/]node_modules[\\/]exceljs[\\/]/.test(f));
const packages = (files: string[]) => new Set(files.map((f) => /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(f)?.[1]).filter(Boolean));

(existsSync(MAIN) ? describe : describe.skip)('modules the compiled build command loads', () => {
  it('a usage error: no exceljs, no document readers', () => {
    const r = loaded(['build']);
    expect(r.code).toBe(2);
    expect(exceljs(r.files)).toEqual([]);
    expect([...packages(r.files)]).toEqual([]);
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
