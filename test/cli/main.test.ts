/** The command line speaks Vietnamese unless asked for English (--lang en, PLAN_TRACKER_LANG=en). */
import { join } from 'path';
import { usageLine } from '../../src/cli/args';
import { COMMAND_SPECS, type CommandName, type OptionSpec } from '../../src/cli/commands';
import { main, takeLang } from '../../src/cli/main';
import { msg } from '../../src/i18n/messages';
import { FIXTURES } from '../support/fixtures';

const SAMPLE = join(FIXTURES, 'ke-hoach-04-KH-UBND-2024-quan-1.md');
const MISSING = join(FIXTURES, 'khong-co-tep-nay.md');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

async function run(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => void out.push(s), err: (s) => void err.push(s) }, env);
  return { code, out: out.join('\n'), err };
}

describe('parse summary', () => {
  it('is Vietnamese by default', async () => {
    const r = await run(['parse', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Tiêu đề: Kế hoạch thực hiện công tác cải cách hành chính/m);
    expect(r.out).toMatch(/^Năm: 2024 \(suy ra từ văn bản\)$/m);
    expect(r.out).toMatch(/^Số mục: 7, số nhiệm vụ: 92$/m);
    expect(r.out).toMatch(/^ {2}1\. Công tác chỉ đạo, điều hành và truyền thông về CCHC \(12 nhiệm vụ\)$/m);
    expect(r.out).toMatch(/^Thời hạn: \d+ có ngày, \d+ không có ngày \(/m);
    expect(r.out).toMatch(/^Chỉ tiêu: \d+ ở phần Chỉ tiêu của văn bản, \d+ trong các nhiệm vụ$/m);
    expect(r.out).toMatch(/^Cảnh báo: \d+ \(continuation-merged \d+/m);
    expect(r.out).toContain('  [continuation-merged] nhiệm vụ 1.3, trang 2, dòng 1: Đã gộp dòng bị ngắt sang trang vào nhiệm vụ 1.3');
    for (const english of ['Title:', 'Year:', 'Sections:', 'Deadlines:', 'Targets:', 'Warnings:', ' task ', 'merged into']) {
      expect(r.out).not.toContain(english);
    }
  });

  it('is English with --lang en', async () => {
    const r = await run(['parse', SAMPLE, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Year: 2024 \(inferred from the document\)$/m);
    expect(r.out).toMatch(/^Sections: 7, tasks: 92$/m);
    expect(r.out).toMatch(/^ {2}1\. Công tác chỉ đạo, điều hành và truyền thông về CCHC \(12 tasks\)$/m);
    expect(r.out).toMatch(/^Deadlines: \d+ dated, \d+ without a date \(/m);
    expect(r.out).toMatch(/^Targets: \d+ in the body, \d+ in tasks$/m);
    expect(r.out).toContain('  [continuation-merged] task 1.3, page 2, row 1: A row continued over a page break was merged into task 1.3');
    expect(r.out).not.toMatch(/Số mục|Cảnh báo|Đã gộp/);
  });

  it.each<[string, string[], Record<string, string>, 'vi' | 'en']>([
    ['--lang=en', ['parse', SAMPLE, '--lang=en'], {}, 'en'],
    ['--lang before the command', ['--lang', 'en', 'parse', SAMPLE], {}, 'en'],
    ['PLAN_TRACKER_LANG=en', ['parse', SAMPLE], { PLAN_TRACKER_LANG: 'en' }, 'en'],
    ['PLAN_TRACKER_LANG=en-US', ['parse', SAMPLE], { PLAN_TRACKER_LANG: 'en-US' }, 'en'],
    ['--lang vi over PLAN_TRACKER_LANG=en', ['parse', SAMPLE, '--lang', 'vi'], { PLAN_TRACKER_LANG: 'en' }, 'vi'],
    ['an unknown PLAN_TRACKER_LANG', ['parse', SAMPLE], { PLAN_TRACKER_LANG: 'fr' }, 'vi'],
  ])('%s', async (_name, argv, env, lang) => {
    const r = await run(argv, env);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(lang === 'en' ? /^Sections: 7, tasks: 92$/m : /^Số mục: 7, số nhiệm vụ: 92$/m);
  });

  it('one run does not leak its language into the next', async () => {
    await run(['parse', SAMPLE, '--lang', 'en']);
    expect((await run(['parse', SAMPLE])).out).toMatch(/^Số mục: 7/m);
  });
});

describe('parse --json', () => {
  it('is the same Plan in either language, its messages in Vietnamese', async () => {
    const vi = await run(['parse', SAMPLE, '--json']);
    const en = await run(['parse', SAMPLE, '--json', '--lang', 'en']);
    expect(en.out).toBe(vi.out);
    const plan = JSON.parse(vi.out) as { warnings: { code: string; message: string; task?: string }[] };
    expect(plan.warnings.find((w) => w.code === 'continuation-merged' && w.task === '1.3')?.message).toBe('Đã gộp dòng bị ngắt sang trang vào nhiệm vụ 1.3');
  });
});

describe('failures: one line on stderr, exit 2, in the chosen language', () => {
  it.each<[string, string[], RegExp, RegExp]>([
    ['a missing file', ['parse', MISSING], /^plan-tracker: Không tìm thấy tệp .*khong-co-tep-nay\.md$/, /^plan-tracker: .*khong-co-tep-nay\.md: no such file$/],
    ['a folder', ['parse', FIXTURES], /là thư mục, không phải tệp văn bản$/, /is a folder, not a document$/],
    ['no input', ['parse'], /^plan-tracker parse: thiếu <input> \(tệp kế hoạch\)\. Cách dùng: plan-tracker parse <input>/, /^plan-tracker parse: missing <input>\. Usage: plan-tracker parse <input>/],
    ['two inputs', ['parse', SAMPLE, 'b.md'], /thừa tham số "b\.md"\. Cách dùng:/, /unexpected argument "b\.md"\. Usage:/],
    ['a bad --year', ['parse', SAMPLE, '--year', '24'], /--year phải là năm gồm bốn chữ số, nhận được "24"/, /--year must be a four-digit year, got "24"/],
    ['an unknown flag', ['parse', SAMPLE, '--foo'], /không có tùy chọn --foo\. Cách dùng:/, /Unknown option '--foo'/],
    ['a flag without its value', ['parse', SAMPLE, '--year'], /tùy chọn --year cần có giá trị đi kèm/, /Option '--year <value>' argument missing/],
    ['an unknown command', ['frob'], /^plan-tracker: không có lệnh "frob"\. Các lệnh: parse, build, check, list$/, /^plan-tracker: unknown command "frob"\. Commands: parse, build, check, list$/],
  ])('%s', async (_name, argv, vi, en) => {
    const v = await run(argv);
    expect(v.code).toBe(2);
    expect(v.err).toHaveLength(1);
    expect(v.err[0]).toMatch(vi);
    const e = await run([...argv, '--lang', 'en']);
    expect(e.code).toBe(2);
    expect(e.err).toHaveLength(1);
    expect(e.err[0]).toMatch(en);
  });

  it('a --lang that names no language', async () => {
    for (const argv of [['parse', SAMPLE, '--lang', 'fr'], ['parse', SAMPLE, '--lang']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(/^plan-tracker: --lang phải là vi hoặc en/);
    }
    expect((await run(['parse', SAMPLE, '--lang=de'], { PLAN_TRACKER_LANG: 'en' })).err[0]).toMatch(/--lang must be vi or en, got "de"/);
  });
});

describe('help', () => {
  it('in Vietnamese, and in English', async () => {
    const vi = await run(['--help']);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/^Plan Tracker: đưa phụ lục kế hoạch vào sổ theo dõi Excel\./);
    expect(vi.out).toContain('plan-tracker parse <input> [--year YYYY] [--json]');
    expect(vi.out).toContain('--lang vi|en');
    const en = await run(['help', '--lang', 'en']);
    expect(en.out).toMatch(/^Plan Tracker: Vietnamese plan appendices to tracking workbooks\./);
    expect(en.out).toContain('plan-tracker check <book.xlsx> [--today YYYY-MM-DD] [--json]');
  });

  it('lists every option of every command from the one table, with its meaning in the chosen language', async () => {
    for (const locale of ['vi', 'en'] as const) {
      const out = (await run(['--help', '--lang', locale])).out;
      for (const [command, spec] of Object.entries(COMMAND_SPECS) as [CommandName, (typeof COMMAND_SPECS)[CommandName]][]) {
        expect(out).toContain(`  ${usageLine(command)}\n      ${msg(spec.help, {}, locale)}\n`);
        for (const [name, o] of Object.entries(spec.options) as [string, OptionSpec][]) {
          expect(out).toMatch(new RegExp(`^ {6}(-${o.short ?? 'x'}, )?--${name}\\b.* {2}${escape(msg(o.help, {}, locale))}$`, 'm'));
        }
      }
    }
    expect(usageLine('build')).toBe(
      'plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>] [--year YYYY] [--today YYYY-MM-DD] [--noise PATTERN ...]',
    );
  });

  it('a usage error names the usage line written from the table', async () => {
    const r = await run(['build', 'a.md', '--lang', 'en']);
    expect(r.err).toEqual([`plan-tracker build: missing -o <out.xlsx>. Usage: ${usageLine('build')}`]);
    const bad = await run(['build', 'a.md', '-o', 'b.xlsx', '--foo']);
    expect(bad.err).toEqual([expect.stringMatching(/^plan-tracker build: không có tùy chọn --foo\. Cách dùng: plan-tracker build <input> -o <out\.xlsx>/)]);
  });

  it.each(['vi', 'en'])('--help after a command (%s) is the same help', async (lang) => {
    const r = await run(['--help', '--lang', lang]);
    const sub = await run(['build', '--help', '--lang', lang]);
    expect([sub.code, sub.out]).toEqual([0, r.out]);
  });

  it('without a command: the usage and exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('plan-tracker build <input> -o <out.xlsx>');
  });
});

describe('takeLang', () => {
  it.each<[string[], ReturnType<typeof takeLang>]>([
    [['parse', 'a.md'], { args: ['parse', 'a.md'] }],
    [['parse', '--lang', 'en', 'a.md'], { args: ['parse', 'a.md'], locale: 'en' }],
    [['--lang=vi-VN', 'parse'], { args: ['parse'], locale: 'vi' }],
    [['parse', '--', '--lang', 'en'], { args: ['parse', '--', '--lang', 'en'] }],
    [['parse', '--lang', 'xx'], { args: ['parse'], bad: 'xx' }],
  ])('%j', (argv, expected) => {
    expect(takeLang(argv)).toEqual(expected);
  });
});
