/**
 * The printout as an office hands it to its leader, rendered by LibreOffice: the sample plan into
 * the built-in template and into the department's template. Text prints at 11 pt or more (the
 * size read from the PDF, scaling included), the letterhead carries what the plan's letterhead
 * says, and no formula text or typing instruction reaches the paper.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Plan } from '../../src/core/model';
import { buildWorkbook } from '../../src/xlsx';
import { pageTexts, printedText, type PrintedText } from '../support/pdf-text';
import { samplePlan } from '../support/sample-plan';
import { sofficeCleanup, sofficeConvert, sofficeReady } from '../support/soffice';

const run = sofficeReady('LibreOffice print tests');
const maybe = run ? describe : describe.skip;
const TEMPLATE = join(__dirname, '..', 'fixtures', 'mau-theo-doi-ke-hoach.xlsx');

/** The sample plan with its letterhead read (what the letterhead reader fills in). */
function letterheadPlan(): Plan {
  const plan = samplePlan();
  return {
    ...plan,
    title: 'Kế hoạch thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024',
    date: '2024-01-04',
    source: { ...plan.source, kind: 'plan', number: '04/KH-UBND', date: '2024-01-04', issuer: 'Ủy ban nhân dân Quận 1' },
  };
}

interface Printed {
  sizes: PrintedText[];
  pages: string[];
}

/** Pages of the task sheet: those before the targets sheet's title. */
function taskPages(p: Printed): { sizes: PrintedText[]; text: string } {
  const end = p.pages.findIndex((t) => /KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU|TỔNG HỢP TÌNH HÌNH/.test(t));
  const last = end < 0 ? p.pages.length : end;
  return { sizes: p.sizes.filter((s) => s.page <= last), text: p.pages.slice(0, last).join('\n') };
}

maybe('the printout in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-print-'));
  let builtin: Printed;
  let department: Printed;

  beforeAll(async () => {
    const plan = letterheadPlan();
    const a = await buildWorkbook(plan, { today: '2024-06-15', figures: { 'CT-3.2-1': 2.6 } });
    const b = await buildWorkbook(plan, { template: new Uint8Array(readFileSync(TEMPLATE)) });
    if (!a.ok || !b.ok) throw new Error('build failed');
    const fa = join(dir, 'builtin.xlsx');
    const fb = join(dir, 'department.xlsx');
    writeFileSync(fa, a.value.bytes);
    writeFileSync(fb, b.value.bytes);
    const [pa, pb] = sofficeConvert([fa, fb], 'pdf', dir) as [string, string];
    builtin = { sizes: printedText(pa), pages: pageTexts(pa) };
    department = { sizes: printedText(pb), pages: pageTexts(pb) };
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    sofficeCleanup();
  });

  test.each([
    ['built-in template', () => builtin],
    ['department template', () => department],
  ])('%s: every printed text, on every sheet, is at least 11 pt on paper', (_, get) => {
    const p = get();
    expect(p.sizes.length).toBeGreaterThan(1000);
    const small = p.sizes.filter((s) => s.size < 11);
    expect(small.slice(0, 5)).toEqual([]);
    // The task table's body text is the 12 pt style, printed at 93% or more.
    const body = taskPages(p).sizes.filter((s) => s.page === 2);
    const sizes = body.map((s) => s.size).sort((x, y) => x - y);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeGreaterThanOrEqual(11.1);
  });

  test('built-in template: the letterhead says who issued the plan, its number, date and title', () => {
    const first = builtin.pages[0] as string;
    expect(first).toContain('ỦY BAN NHÂN DÂN QUẬN 1');
    expect(first).toContain('(Kèm theo Kế hoạch số 04/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân Quận 1)');
    expect(first).toContain('Kế hoạch thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024');
    expect(first).not.toMatch(/\.{4,}\/KH|ỦY BAN NHÂN DÂN \.\.\./);
  });

  test("department template: its own letterhead kept, the attached line's dots filled from the plan", () => {
    const first = department.pages[0] as string;
    expect(first).toContain('PHÒNG NỘI VỤ');
    expect(first).toContain('(Kèm theo Kế hoạch số 04/KH-UBND ngày 04/01/2024 của Ủy ban nhân dân Quận 1)');
    // The summary sheet added to the template takes the template's agency names.
    const summary = department.pages.find((t) => t.includes('TỔNG HỢP TÌNH HÌNH')) as string;
    expect(summary).toContain('PHÒNG NỘI VỤ');
  });

  test.each([
    ['built-in template', () => builtin],
    ['department template', () => department],
  ])('%s: no formula text, typing instructions or English on paper', (_, get) => {
    const all = get().pages.join('\n');
    expect(all).not.toMatch(/TODAY|=[A-Z]+\(|gõ một ngày|\bsheet\b|>=|<=/i);
    // The as-of date prints as a date.
    const summary = get().pages.find((t) => t.includes('TỔNG HỢP TÌNH HÌNH')) as string;
    expect(summary).toMatch(/Tính đến ngày:\s*\d{2}\/\d{2}\/\d{4}/);
  });
});
