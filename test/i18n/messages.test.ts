/**
 * The message catalog: every code the sources use is worded in both languages, entries render
 * with their parameters, and a Plan's warnings can be said again in English from their detail.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { parsePlan } from '../../src/core/import';
import type { Warning } from '../../src/core/model';
import { failure, warning } from '../../src/i18n/coded';
import { LOCALES, localeFor, setLocale, toLocale } from '../../src/i18n/locale';
import { CATALOG, isFailureCode, isMessageKey, isWarningCode, msg, renderError, renderWarning, type Entry } from '../../src/i18n/messages';
import { fixtureBytes } from '../support/fixtures';

const SRC = join(__dirname, '..', '..', 'src');
/**
 * The parts whose messages this catalog words (the task pane's labels are in src/i18n/ui.ts,
 * checked by its own tests).
 */
const WORDED_HERE = ['core', 'cli', 'workbook', 'xlsx', 'excel'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Where a code is made or matched: `code: 'x'`, `fail('x'`, `failure('x'`, `warning('x'`, `code === 'x'`. */
const CODE_SITES = [
  /\bcode:\s*['"`]([a-z][a-z0-9-]*)['"`]/g,
  /\bfail\(\s*['"`]([a-z][a-z0-9-]*)['"`]/g,
  /\b(?:failure|warning)\(\s*['"`]([a-z][a-z0-9-]*)['"`]/g,
  /\.code\s*===?\s*['"`]([a-z][a-z0-9-]*)['"`]/g,
];

function codesInSources(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of WORDED_HERE.flatMap((d) => sourceFiles(join(SRC, d)))) {
    const text = readFileSync(file, 'utf8');
    for (const re of CODE_SITES) {
      for (const m of text.matchAll(re)) {
        const code = m[1] as string;
        found.set(code, [...(found.get(code) ?? []), relative(SRC, file)]);
      }
    }
  }
  return found;
}

describe('every code the sources use has a Vietnamese and an English wording', () => {
  const found = codesInSources();

  it('finds the codes (the scan itself works)', () => {
    expect(found.size).toBeGreaterThan(40);
    for (const code of ['continuation-merged', 'no-task-table', 'unit-directory-invalid', 'deadline-before-plan', 'input-not-found', 'figures-bad-line']) {
      expect(found.has(code)).toBe(true);
    }
  });

  it.each([...found.keys()].sort())('%s', (code) => {
    const where = found.get(code)?.join(', ');
    expect({ code, where, inCatalog: isMessageKey(code) }).toEqual({ code, where, inCatalog: true });
    const entry = CATALOG[code as keyof typeof CATALOG] as Entry<never>;
    expect(typeof entry.vi).toBe('function');
    expect(typeof entry.en).toBe('function');
  });
});

describe('every entry renders in both languages', () => {
  /** Any parameter asked for is there; the variant under test is the reason. */
  const anyParams = (reason?: string) =>
    new Proxy({} as Record<string, unknown>, { get: (_t, k) => (k === 'reason' ? reason : k === 'then' ? undefined : '7') });

  const cases: [string, string | undefined][] = Object.entries(CATALOG).flatMap(([key, e]) => {
    const reasons = (e as Entry<never>).reasons;
    return reasons ? reasons.map((r): [string, string | undefined] => [key, r]) : [[key, undefined]];
  });

  it.each(cases)('%s %s', (key, reason) => {
    const entry = CATALOG[key as keyof typeof CATALOG] as unknown as Entry<unknown>;
    for (const locale of LOCALES) {
      const text = entry[locale](anyParams(reason));
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      if (key !== 'summary.place') expect(text.trim()).not.toBe('');
    }
  });

  it('Vietnamese and English differ (a missing translation is not a copy)', () => {
    const same = cases.filter(([key, reason]) => {
      const entry = CATALOG[key as keyof typeof CATALOG] as unknown as Entry<unknown>;
      return entry.vi(anyParams(reason)) === entry.en(anyParams(reason));
    });
    // A deadline kind the catalog does not know shows as itself, in both languages.
    expect(same.map(([k, r]) => (r ? `${k}/${r}` : k))).toEqual(['summary.deadline-kind']);
  });
});

describe('rendering with parameters', () => {
  const cases: { key: Parameters<typeof msg>[0]; params: Record<string, unknown>; vi: string; en: string }[] = [
    {
      key: 'continuation-merged', params: { stt: '1.3' },
      vi: 'Đã gộp dòng bị ngắt sang trang vào nhiệm vụ 1.3',
      en: 'A row continued over a page break was merged into task 1.3',
    },
    {
      key: 'watermark-removed', params: { text: 'Ngo Hai Yen - 966' },
      vi: 'Đã bỏ mẫu in chìm hoặc chữ thừa ở đầu, chân trang "Ngo Hai Yen - 966"',
      en: 'Removed "Ngo Hai Yen - 966", a watermark or page-furniture fragment',
    },
    {
      key: 'no-task-table', params: { file: 'kh.docx', tables: 0 },
      vi: 'Không tìm thấy bảng nào trong tệp kh.docx',
      en: 'kh.docx holds no table',
    },
    {
      key: 'no-task-table', params: { file: 'kh.docx', tables: 2 },
      vi: 'Không tìm thấy bảng nhiệm vụ trong tệp kh.docx: tệp có 2 bảng nhưng không bảng nào có dòng tiêu đề của bảng nhiệm vụ (STT, Nhiệm vụ, chủ trì, thời gian)',
      en: 'kh.docx has 2 table(s) but none with a task header (STT, Nhiệm vụ, chủ trì, thời gian)',
    },
    {
      key: 'deadline-before-plan', params: { text: 'Trong năm 2023', due: '2023-12-31', planDate: '2024-01-04' },
      vi: 'Thời hạn 31/12/2023 sớm hơn ngày ban hành kế hoạch 04/01/2024.',
      en: "Deadline 2023-12-31 is before the plan's date 2024-01-04.",
    },
    {
      key: 'cell-too-long', params: { task: '2.1', field: 'products', length: 40000, limit: 32767 },
      vi: 'Nhiệm vụ 2.1: ô sản phẩm có 40.000 ký tự, vượt giới hạn 32.767 ký tự một ô của Excel',
      en: "Task 2.1: products holds 40000 characters, over Excel's 32767 per cell",
    },
    {
      key: 'target-conflict',
      params: { bodyTarget: 'CT-3.3-1', taskTarget: 'NV-3.12-1', bodyValue: 98.5, taskValue: 97, bodyComparator: '>=', taskComparator: '>=', unit: '%' },
      vi: 'Chỉ tiêu CT-3.3-1 (tối thiểu 98,5%) và nhiệm vụ NV-3.12-1 (tối thiểu 97%) nói về cùng một chỉ tiêu nhưng khác số',
      en: 'Body target CT-3.3-1 (at least 98.5%) and task target NV-3.12-1 (at least 97%) speak of the same target with different figures',
    },
    {
      key: 'chi-tieu-junk-skipped', params: { text: 'Trang 2' },
      vi: 'Bỏ qua dòng "Trang 2" trong phần Chỉ tiêu',
      en: 'Skipped the line "Trang 2" in the targets (Chỉ tiêu) section',
    },
    {
      key: 'chi-tieu-junk-skipped', params: { text: '*', ref: '3' },
      vi: 'Bỏ qua "*" trước mục 3 của phần Chỉ tiêu',
      en: 'Skipped "*" before item 3 of the targets (Chỉ tiêu) section',
    },
    {
      key: 'docx-not-word', params: { reason: 'sniffed', file: 'kh.docx', zip: 'xlsx' },
      vi: 'Tệp kh.docx là bảng tính Excel (.xlsx), không phải tài liệu Word. Hãy mở kế hoạch bằng Word và lưu dưới dạng .docx, hoặc sao chép bảng của kế hoạch.',
      en: 'kh.docx is an Excel workbook (.xlsx), not a Word document. Open the plan in Word and save it as .docx, or copy its table.',
    },
    {
      key: 'unit-directory-invalid', params: { reason: 'alias-not-string', entry: 1, name: 'Phòng Y tế', alias: 2 },
      vi: 'Đơn vị thứ 1 ("Phòng Y tế"): tên gọi khác thứ 2 phải là chuỗi.',
      en: 'Unit 1 ("Phòng Y tế"): alias 2 must be a string.',
    },
    {
      key: 'input-unreadable', params: { path: 'kh.md', error: 'EACCES' },
      vi: 'Không có quyền đọc tệp kh.md',
      en: 'kh.md: permission denied',
    },
    {
      key: 'bad-arguments', params: { problem: 'missing-value', option: '--today', error: "Option '--today <value>' argument missing" },
      vi: 'tùy chọn --today cần có giá trị đi kèm',
      en: "Option '--today <value>' argument missing",
    },
    {
      key: 'summary.year', params: { year: '2024', source: 'document' },
      vi: 'Năm: 2024 (suy ra từ văn bản)',
      en: 'Year: 2024 (inferred from the document)',
    },
  ];

  it.each(cases)('$key $params', ({ key, params, vi, en }) => {
    const render = msg as (k: string, p: Record<string, unknown>, l: 'vi' | 'en') => string;
    expect(render(key, params, 'vi')).toBe(vi);
    expect(render(key, params, 'en')).toBe(en);
  });
});

describe('warnings and errors carry what it takes to say them again', () => {
  it('warning(): params become detail, place becomes the Warning\'s own fields, message in Vietnamese', () => {
    expect(warning('cell-too-long', { task: '2.1', field: 'notes', length: 40000, limit: 32767 }, { page: 3, row: 2 })).toEqual({
      code: 'cell-too-long',
      message: 'Nhiệm vụ 2.1: ô ghi chú có 40.000 ký tự, vượt giới hạn 32.767 ký tự một ô của Excel',
      task: '2.1',
      page: 3,
      row: 2,
      detail: { field: 'notes', length: 40000, limit: 32767 },
    });
    expect(warning('year-unknown', {})).not.toHaveProperty('detail');
  });

  it('failure(): code, params and where; renderError says it in either language', () => {
    const f = failure('input-not-found', { path: 'kh.md' }, 'kh.md');
    expect(f.error).toEqual({ code: 'input-not-found', message: 'Không tìm thấy tệp kh.md', where: 'kh.md', params: { path: 'kh.md' } });
    expect(renderError(f.error, 'en')).toBe('kh.md: no such file');
  });

  it('a failure speaks the interface language; a warning stays Vietnamese, as the Plan JSON does', () => {
    setLocale('en');
    try {
      expect(failure('input-not-found', { path: 'kh.md' }).error.message).toBe('kh.md: no such file');
      expect(warning('continuation-merged', { stt: '1.3' }).message).toBe('Đã gộp dòng bị ngắt sang trang vào nhiệm vụ 1.3');
      expect(renderWarning(warning('continuation-merged', { stt: '1.3' }))).toBe('A row continued over a page break was merged into task 1.3');
    } finally {
      setLocale('vi');
    }
  });

  it('falls back to the carried message for a code the catalog does not know or a detail that is missing', () => {
    expect(renderWarning({ code: 'someone-elses-code', message: 'as written' }, 'en')).toBe('as written');
    expect(renderWarning({ code: 'continuation-merged', message: 'from an older Plan' }, 'en')).toBe('from an older Plan');
    expect(renderError({ code: 'bad-plan-json', message: 'as written' }, 'en')).toBe('as written');
  });

  const inputs = [
    'ke-hoach-04-KH-UBND-2024-quan-1.md',
    'ke-hoach-12-KH-PVH-2025.html',
    'thong-bao-241-TB-VP-2025-ocr.txt',
    'appendix-sample.docx',
    'clipboard-word.html',
    'word-saved-table.html',
  ];
  const warnings: [string, Warning][] = inputs.flatMap((name) => {
    const r = parsePlan({ name, bytes: fixtureBytes(name) });
    if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
    // Through JSON, as the task pane and other tools receive a Plan.
    return (JSON.parse(JSON.stringify(r.value.warnings)) as Warning[]).map((w) => [name, w] as [string, Warning]);
  });

  it('the fixtures give warnings of several kinds', () => {
    expect(new Set(warnings.map(([, w]) => w.code)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(warnings.map(([name, w]) => [name, w.code, w] as const))('%s %s: Vietnamese as carried, English from the detail', (_name, _code, w) => {
    expect(renderWarning(w, 'vi')).toBe(w.message);
    const en = renderWarning(w, 'en');
    expect(en).not.toBe(w.message);
    expect(en).not.toMatch(/undefined|\[object|NaN/);
  });
});

describe('toLocale', () => {
  it.each([
    ['vi', 'vi'], ['vi-VN', 'vi'], ['EN', 'en'], ['en-US', 'en'], ['en_GB', 'en'], [' vi ', 'vi'],
    ['fr-FR', null], ['', null], [undefined, null], ['vietnamese', null],
  ])('%s -> %s', (tag, locale) => {
    expect(toLocale(tag)).toBe(locale);
  });
});

describe('localeFor: the one way the CLI (PLAN_TRACKER_LANG) and the pane (Office display language) decide', () => {
  it.each([
    ['en-US', 'en'], ['en-GB', 'en'], ['EN_us', 'en'], ['vi-VN', 'vi'], ['fr-FR', 'vi'], ['', 'vi'], [undefined, 'vi'], [null, 'vi'],
  ])('%s -> %s', (tag, locale) => {
    expect(localeFor(tag)).toBe(locale);
  });
});

describe('warning and failure codes', () => {
  it('every code is either a failure or a warning code, never both; labels are neither', () => {
    const codes = Object.keys(CATALOG).filter((k) => !k.includes('.'));
    for (const c of codes) expect([c, isFailureCode(c) !== isWarningCode(c)]).toEqual([c, true]);
    expect(isWarningCode('cli.usage')).toBe(false);
    expect(isWarningCode('no-such-code')).toBe(false);
  });

  it('the sources make a warning only with a warning code and a failure only with a failure code', () => {
    const made = { warning: new Set<string>(), failure: new Set<string>() };
    for (const file of WORDED_HERE.flatMap((d) => sourceFiles(join(SRC, d)))) {
      const text = readFileSync(file, 'utf8');
      for (const x of text.matchAll(/\bwarning\(\s*'([a-z][a-z0-9-]*)'/g)) made.warning.add(x[1] as string);
      for (const x of text.matchAll(/\b(?:failure|fail)\(\s*'([a-z][a-z0-9-]*)'/g)) made.failure.add(x[1] as string);
    }
    expect(made.warning.size).toBeGreaterThan(20);
    expect(made.failure.size).toBeGreaterThan(20);
    expect([...made.warning].filter((c) => !isWarningCode(c))).toEqual([]);
    expect([...made.failure].filter((c) => !isFailureCode(c))).toEqual([]);
  });
  it('no test fake of Excel or the task pane emits a code no source makes', () => {
    const TESTS = join(__dirname, '..');
    const fakes = ['taskpane', 'excel', 'e2e'].flatMap((d) => sourceFiles(join(TESTS, d)));
    const stray: string[] = [];
    for (const file of fakes) {
      const text = readFileSync(file, 'utf8');
      for (const re of [/\bcode:\s*'([a-z][a-z0-9.-]*)'/g, /\b(?:warning|failure)\(\s*'([a-z][a-z0-9.-]*)'/g]) {
        for (const x of text.matchAll(re)) if (!isMessageKey(x[1] as string)) stray.push(`${relative(TESTS, file)}: ${x[1]}`);
      }
    }
    expect(fakes.length).toBeGreaterThan(5);
    expect(stray).toEqual([]);
  });
});
