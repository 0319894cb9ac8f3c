/** `plan-tracker build` and `plan-tracker check` as a user runs them: files in, files out, exit codes. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import ExcelJS from 'exceljs';
import type { Plan } from '../../src/core/model';
import { runBuild } from '../../src/cli/build-command';
import { runCheck } from '../../src/cli/check-command';
import { main } from '../../src/cli/main';
import { setLocale } from '../../src/i18n/locale';
import { samplePlan } from '../support/sample-plan';

const TEMPLATE = join(__dirname, '..', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'pt-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(): { out: string[]; err: string[]; io: { out: (s: string) => void; err: (s: string) => void } } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (s) => void out.push(s), err: (s) => void err.push(s) } };
}

function planFile(): string {
  const plan: Plan = {
    ...samplePlan(),
    targets: [
      { id: 'CT-1-1', text: 'Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%', comparator: '>=', value: 80, unit: '%', scope: 'hồ sơ' },
      { id: 'CT-2-1', text: 'Tỷ lệ hồ sơ trễ hạn dưới 2%', comparator: '<', value: 2, unit: '%', scope: 'hồ sơ', better: 'lower' },
      { id: 'CT-3-1', text: 'Không quá 5 ngày xử lý', comparator: '<=', value: 5, unit: 'ngày', scope: 'hồ sơ', better: 'lower' },
    ],
  };
  const f = join(dir, 'plan.json');
  writeFileSync(f, JSON.stringify(plan));
  return f;
}

function expectedOverdue(asOf: string): string[] {
  return samplePlan()
    .tasks.filter((t) => t.deadline.due !== null && t.deadline.due < asOf)
    .map((t) => t.id);
}

describe('build then check', () => {
  // These pin the English wording; the command line speaks Vietnamese unless asked (the last test).
  beforeEach(() => setLocale('en'));
  afterAll(() => setLocale('vi'));
  const input = planFile();
  const figures = join(dir, 'figures.csv');
  writeFileSync(figures, 'target,value\nCT-1-1,"79,5"\nCT-2-1,2.5%\nCT-3-1,5\n');
  const out = join(dir, 'out.xlsx');
  const templateBefore = readFileSync(TEMPLATE);

  test('build writes the workbook into the template and says what it found', async () => {
    const c = io();
    const code = await runBuild([input, '-o', out, '--template', TEMPLATE, '--figures', figures, '--today', '2024-06-15'], c.io);
    expect(c.err).toEqual([]);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const text = c.out.join('\n');
    expect(text).toContain(`Wrote ${out}`);
    expect(existsSync(join(dir, 'new', 'sub'))).toBe(false);
    expect(text).toMatch(/^ {2}Breaches: 2$/m);
    // What was reached against what was asked, comparators in words.
    expect(text).toContain('CT-1-1: reached 79.5%, asked at least 80%');
    expect(text).toContain('CT-2-1: reached 2.5%, asked less than 2%');
    expect(text).toContain(`Overdue at 2024-06-15: ${expectedOverdue('2024-06-15').length}`);
    expect(readFileSync(TEMPLATE).equals(templateBefore)).toBe(true);
  });

  test('check --json reports exactly the breaching targets and the tasks overdue at --today (exit 1)', async () => {
    const c = io();
    const code = await runCheck([out, '--today', '2024-06-15', '--json'], c.io);
    expect(code).toBe(1);
    const r = JSON.parse(c.out.join('')) as {
      breaches: { target: string; value: number; comparator: string; threshold: number; unit: string; cell: string }[];
      overdue: { task: string; due: string }[];
      invalid: unknown[];
    };
    expect(r.breaches).toEqual([
      { target: 'CT-1-1', value: 79.5, comparator: '>=', threshold: 80, unit: '%', cell: "'Chỉ tiêu'!F8", document: expect.any(String) },
      { target: 'CT-2-1', value: 2.5, comparator: '<', threshold: 2, unit: '%', cell: "'Chỉ tiêu'!F9", document: expect.any(String) },
    ]);
    expect(r.overdue.map((o) => o.task)).toEqual(expectedOverdue('2024-06-15'));
    expect(r.overdue[0]).toMatchObject({ due: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(r.invalid).toEqual([]);
  });

  test('check reads what people typed: a task marked done is no longer overdue; a text figure is invalid', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Theo dõi nhiệm vụ') as ExcelJS.Worksheet;
    const first = expectedOverdue('2024-06-15')[0];
    let row = 0;
    ws.eachRow((r, n) => {
      if (r.getCell(13).value === first) row = n;
    });
    ws.getCell(row, 8).value = 'Hoàn thành';
    (wb.getWorksheet('Chỉ tiêu') as ExcelJS.Worksheet).getCell('F10').value = 'năm ngày';
    const edited = join(dir, 'edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const c = io();
    expect(await runCheck([edited, '--today', '2024-06-15', '--json'], c.io)).toBe(1);
    const r = JSON.parse(c.out.join(''));
    expect(r.overdue.map((o: { task: string }) => o.task)).not.toContain(first);
    expect(r.invalid).toEqual([{ target: 'CT-3-1', cell: "'Chỉ tiêu'!F10", value: 'năm ngày' }]);
  });

  test('a workbook with nothing wrong exits 0', async () => {
    const ok = join(dir, 'ok.xlsx');
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'target,value\nCT-1-1,90\nCT-2-1,"1,5"\n');
    expect(await runBuild([input, '-o', ok, '--figures', good, '--today', '2023-01-01'], io().io)).toBe(0);
    const c = io();
    expect(await runCheck([ok, '--today', '2023-01-01'], c.io)).toBe(0);
    expect(c.out.join('\n')).toMatch(/Breaches: 0\nOverdue: 0/);
  });

  test('-o may name a folder that does not exist yet', async () => {
    const nested = join(dir, 'new', 'sub', 'book.xlsx');
    expect(await runBuild([input, '-o', nested, '--today', '2024-06-15'], io().io)).toBe(0);
    expect(existsSync(nested)).toBe(true);
  });

  test('the commands are reachable through main, in Vietnamese unless asked', async () => {
    const c = io();
    expect(await main(['check', out, '--today', '2024-06-15'], c.io, {})).toBe(1);
    expect(c.out.join('\n')).toMatch(/^Không đạt chỉ tiêu: 2$/m);
    expect(c.out.join('\n')).toMatch(/^Quá hạn: \d+$/m);
    const b = io();
    expect(await main(['build', input, '-o', join(dir, 'vi.xlsx'), '--today', '2024-06-15'], b.io, {})).toBe(0);
    expect(b.out.join('\n')).toMatch(/^Đã ghi .*vi\.xlsx\n {2}\d+ mục, \d+ nhiệm vụ; trang tính: /);
    expect(b.out.join('\n')).not.toMatch(/Wrote|Breaches|Overdue|Sheets created/);
    const e = io();
    expect(await main(['check', out, '--today', '2024-06-15', '--lang', 'en'], e.io, {})).toBe(1);
    expect(e.out.join('\n')).toMatch(/^Breaches: 2$/m);
  });
});

describe('exit 2 with one line and no stack trace', () => {
  // These pin the English wording; the command line speaks Vietnamese unless asked (src/i18n).
  beforeEach(() => setLocale('en'));
  afterAll(() => setLocale('vi'));
  const input = planFile();
  const cases: { name: string; args: () => string[]; message: RegExp; cmd?: 'check' }[] = [
    { name: 'missing -o', args: () => [input], message: /missing -o/ },
    { name: 'not .xlsx', args: () => [input, '-o', join(dir, 'x.ods')], message: /-o must name an \.xlsx/ },
    { name: 'bad --today', args: () => [input, '-o', join(dir, 'a.xlsx'), '--today', '15/06/2024'], message: /--today must be a date/ },
    { name: 'no input', args: () => [join(dir, 'nope.md'), '-o', join(dir, 'a.xlsx')], message: /no such file/ },
    { name: 'template is no workbook', args: () => [input, '-o', join(dir, 'a.xlsx'), '--template', input], message: new RegExp(`^plan-tracker build: ${basename(input).replace(/\./g, '\\.')} is not an \\.xlsx workbook`) },
    { name: 'would overwrite the template', args: () => [input, '-o', TEMPLATE, '--template', TEMPLATE], message: /would overwrite an input/ },
    {
      name: 'bad figure',
      args: () => {
        const f = join(dir, 'bad.csv');
        writeFileSync(f, 'target,value\nCT-1-1,80\nCT-2-1,abc\n');
        return [input, '-o', join(dir, 'a.xlsx'), '--figures', f];
      },
      message: /bad\.csv line 3: "abc" for CT-2-1 is not a number/,
    },
    {
      name: 'unknown target',
      args: () => {
        const f = join(dir, 'unknown.csv');
        writeFileSync(f, 'target,value\nCT-1-1,80\nCT-9-9,1\n');
        return [input, '-o', join(dir, 'a.xlsx'), '--figures', f];
      },
      message: /unknown\.csv line 3: no target "CT-9-9"/,
    },
    { name: 'check: no file', cmd: 'check', args: () => [join(dir, 'none.xlsx')], message: /no such file/ },
    { name: 'check: not a workbook', cmd: 'check', args: () => [input], message: /is not an \.xlsx workbook/ },
    { name: 'check: bad flag', cmd: 'check', args: () => [input, '--today'], message: /today/ },
  ];
  test.each(cases)('$name', async ({ args, message, cmd }) => {
    const c = io();
    const code = cmd === 'check' ? await runCheck(args(), c.io) : await runBuild(args(), c.io);
    expect(code).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(message);
    expect(c.err[0]).not.toMatch(/\n\s+at /);
  });

  test('check: a workbook without any table', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống').getCell('A1').value = 'không có bảng';
    const f = join(dir, 'empty.xlsx');
    await wb.xlsx.writeFile(f);
    const c = io();
    expect(await runCheck([f], c.io)).toBe(2);
    expect(c.err[0]).toMatch(/no task table or targets table/);
  });
});
