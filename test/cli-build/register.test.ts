/**
 * `plan-tracker build <doc> --template register.xlsx -o out.xlsx` on a register, `plan-tracker
 * list` and `plan-tracker check --json` as a user runs them: each build says which document it
 * added or updated; list prints the documents with their task counts; check names each overdue
 * task's document.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { setLocale } from '../../src/i18n/locale';
import { documentPlan, LETTER, LETTER_TASKS, NOTICE, NOTICE_TASKS, noticeRevision } from '../workbook/register-plans';
import { samplePlan } from '../support/sample-plan';

const dir = mkdtempSync(join(tmpdir(), 'pt-register-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) }, {});
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function file(name: string, v: unknown): string {
  const f = join(dir, name);
  writeFileSync(f, JSON.stringify(v));
  return f;
}

describe('a register through the command line', () => {
  const plan = file('plan.json', samplePlan());
  const notice = file('notice.json', documentPlan(NOTICE, NOTICE_TASKS));
  const letter = file('letter.json', documentPlan(LETTER, LETTER_TASKS));
  const revised = file('notice-revised.json', noticeRevision().plan);
  const book = (n: number): string => join(dir, `register-${n}.xlsx`);
  afterAll(() => setLocale('vi'));

  test('each build says which document it brought in; list and check name them', async () => {
    expect((await run('build', plan, '-o', book(1), '--today', '2024-06-15')).code).toBe(0);
    const second = await run('build', notice, '--template', book(1), '-o', book(2), '--today', '2024-06-15', '--lang', 'en');
    expect(second.err).toBe('');
    expect(second.out).toContain('New document in the register: 57/TB-UBND 03/04/2024 (Thông báo số 57/TB-UBND ngày 03/04/2024: ');
    expect(second.out).toContain('The register holds 2 documents');
    // The first document's tasks were not touched: nothing kept or removed.
    expect(second.out).not.toMatch(/kept|removed/);
    expect((await run('build', letter, '--template', book(2), '-o', book(3), '--today', '2024-06-15')).code).toBe(0);
    const fourth = await run('build', revised, '--template', book(3), '-o', book(4), '--today', '2024-06-15');
    expect(fourth.out).toContain('Đã cập nhật văn bản 57/TB-UBND 03/04/2024');
    expect(fourth.out).toContain('các văn bản khác giữ nguyên');

    const list = await run('list', book(4), '--lang', 'en');
    expect(list.code).toBe(0);
    const lines = list.out.split('\n');
    expect(lines[0]).toMatch(/: 3 documents, \d+ tasks$/);
    expect(lines.slice(1).map((l) => l.replace(/ \(.*\)$/, ''))).toEqual([
      expect.stringMatching(/^ {2}1\. Kế hoạch thực hiện .* 04\/01\/2024: 92 tasks$/),
      '  2. 57/TB-UBND 03/04/2024: 5 tasks',
      '  3. 1203/UBND-VP 10/05/2024: 3 tasks',
    ]);
    const json = JSON.parse((await run('list', book(4), '--json')).out) as { documents: { label: string; number?: string; kind?: string; tasks: number }[] };
    expect(json.documents.slice(1)).toEqual([
      expect.objectContaining({ label: '57/TB-UBND 03/04/2024', number: '57/TB-UBND', kind: 'notice', tasks: 5 }),
      expect.objectContaining({ label: '1203/UBND-VP 10/05/2024', number: '1203/UBND-VP', kind: 'letter', tasks: 3 }),
    ]);

    const check = await run('check', book(4), '--today', '2024-06-15', '--json');
    expect(check.code).toBe(1);
    const found = JSON.parse(check.out) as { overdue: { task: string; due: string; cell: string; document: string }[] };
    // Revised notice tasks 1 (30/04), 2 (15/05) and 3 (01/06) are overdue on 15/06, and the
    // letter's task 2 (31/05): the same id in two documents, told apart by the document.
    expect(found.overdue.filter((o) => o.document === '57/TB-UBND 03/04/2024').map((o) => o.task)).toEqual(['1', '2', '3']);
    expect(found.overdue.filter((o) => o.document === '1203/UBND-VP 10/05/2024').map((o) => o.task)).toEqual(['2']);
    expect(found.overdue[0]).toEqual({ task: expect.any(String), due: expect.any(String), cell: expect.any(String), document: expect.any(String) });
    const text = await run('check', book(4), '--today', '2024-06-15', '--lang', 'en');
    expect(text.out).toContain('  2 (57/TB-UBND 03/04/2024): due 15/05/2024');
  }, 60_000);

  test('list on a file that is not a register says so on stderr, exit 2', async () => {
    const r = await run('list', plan);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^plan-tracker list: /);
  });
});
