/**
 * Documents in prose, task for task. Each *.expected.json in test/fixtures/prose was checked by
 * hand against its document (ids, sections, lead items, coordinators, due dates, targets).
 * The OCR'd twin of a clean document (rendered, rasterised and read by tesseract's English
 * model, render-ocr.sh) must give the same tasks: ids, sections, lead counts, due dates and
 * lead units resolved to the directory exactly; texts only through a tolerant form, since
 * OCR restoration (finishTexts) will rewrite them later. `knownWrong` lists what is still wrong.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { parsePlan } from '../../../../src/core/import';
import type { Plan } from '../../../../src/core/model';
import { fold, foldOcr } from '../../../../src/core/text';
import { DEFAULT_UNIT_DIRECTORY, resolveUnit } from '../../../../src/core/units';

const DIR = join(__dirname, '../../../fixtures/prose');

interface Expected {
  source: { kind?: string; number?: string; date?: string; issuer?: string };
  year: number;
  tasks: { id: string; section: string; task: string; lead: string[]; coordinators: string[]; due: string | null; targets: string[] }[];
  knownWrong?: string[];
}

function parse(file: string): Plan {
  const r = parsePlan({ name: file, bytes: readFileSync(join(DIR, file)) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const expected = (name: string): Expected => JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
const targets = (p: Plan, id: string) => p.tasks.find((t) => t.id === id)?.targets.map((x) => `${x.comparator}${x.value}${x.unit}`);
/** Letters only, folded with the OCR slips: what is left of a text to compare through OCR damage. */
const letters = (s: string) => foldOcr(s).replace(/[^a-z]/g, '');
/** Letter pairs of a text's start, counted. */
function pairs(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}
/** The starts agree when most letter pairs of the expected start are in the actual one (Dice >= 0.5). */
function startsAlike(actual: string, start: string): boolean {
  const e = letters(start);
  const a = letters(actual).slice(0, e.length + 4);
  const pa = pairs(a);
  let common = 0;
  for (const [k, n] of pairs(e)) common += Math.min(n, pa.get(k) ?? 0);
  return (2 * common) / Math.max(1, a.length - 1 + e.length - 1) >= 0.5;
}
const canonical = (u: string) => resolveUnit(u, DEFAULT_UNIT_DIRECTORY);
/** Measured 2026-12-06 on the six twins; raise it as OCR handling improves. */
const FLOOR = 0.97;

const CLEAN = [
  'cong-van-quan-7-chi-dao', 'thong-bao-nha-be-don-vi', 'thong-bao-binh-thanh-chu-de',
  'cong-van-thu-duc-muc-la-viec', 'thong-bao-cu-chi-giao', 'cong-van-quan-3-muc-la-ma', 'cong-van-hoc-mon-de-nghi', 'cong-van-quan-10-muc-con',
];

describe.each(CLEAN)('%s (clean text)', (name) => {
  const want = expected(name);
  const plan = parse(`${name}.txt`);
  it('reads the letterhead and the year', () => {
    expect(plan.source).toMatchObject(want.source);
    expect(plan.year).toBe(want.year);
  });
  it('gives the tasks judged by hand, in order', () => {
    expect(plan.tasks.map((t) => t.id)).toEqual(want.tasks.map((t) => t.id));
    for (const w of want.tasks) {
      const t = plan.tasks.find((x) => x.id === w.id);
      expect({ id: t?.id, section: t?.section, lead: t?.lead, coordinators: t?.coordinators, due: t?.deadline.due, targets: targets(plan, w.id) })
        .toEqual({ id: w.id, section: w.section, lead: w.lead, coordinators: w.coordinators, due: w.due, targets: w.targets });
      expect(t?.task.startsWith(w.task)).toBe(true);
    }
  });
});

/**
 * The OCR'd twins, measured: the share of tasks that come out as in the clean document (same
 * id, section, lead count and due date; text starting alike; known lead units resolving to the
 * same directory entry). Not all do yet (see the report); the floor only goes up.
 */
describe('the OCR twins (English-model OCR)', () => {
  let same = 0;
  let total = 0;
  for (const name of CLEAN) {
    const want = expected(name);
    const plan = parse(`${name}.ocr.txt`);
    for (const w of want.tasks) {
      total++;
      const t = plan.tasks.find((x) => x.id === w.id);
      if (!t || t.section !== w.section || t.lead.length !== w.lead.length || t.deadline.due !== w.due || !startsAlike(t.task, w.task)) continue;
      const leads = w.lead.every((u, i) => !canonical(u).known || canonical(t.lead[i] ?? '').canonical === canonical(u).canonical);
      if (leads) same++;
    }
  }
  it('gives most tasks as the clean text does', () => {
    expect(total).toBeGreaterThan(25);
    console.log(`OCR twins: ${same}/${total} tasks as in the clean text`);
    expect(same / total).toBeGreaterThanOrEqual(FLOOR);
  });
});

describe.each([
  ['ke-hoach-04-muc-V.md', 'ke-hoach-04-muc-V'],
  ['thong-bao-kl-tan-binh-2023-ocr.txt', 'thong-bao-kl-tan-binh-2023-ocr'],
  ['../thong-bao-241-TB-VP-2025-ocr.txt', 'thong-bao-241-TB-VP-2025-ocr'],
])('%s (sample documents)', (file, name) => {
  const want = expected(name);
  const plan = parse(file);
  const wrong = new Set(want.knownWrong ?? []);
  it.each(want.tasks.filter((t) => !wrong.has(t.id)).map((t) => [t.id, t] as const))('task %s as judged by hand', (_id, w) => {
    const t = plan.tasks.find((x) => x.id === w.id);
    expect({ section: t?.section, lead: t?.lead.length, due: t?.deadline.due, targets: targets(plan, w.id) }).toEqual({ section: w.section, lead: w.lead.length, due: w.due, targets: w.targets });
    expect(startsAlike(t?.task ?? '', w.task)).toBe(true);
  });
});

describe('never a task (contract: preamble, Kính gửi, Nơi nhận, signatures, closing formulas, topic headings)', () => {
  const all = [...CLEAN.flatMap((n) => [`${n}.txt`, `${n}.ocr.txt`]), 'thong-bao-kl-tan-binh-2023-ocr.txt', 'ke-hoach-04-muc-V.md'];
  const texts = all.flatMap((f) => parse(f).tasks.map((t) => fold(t.task)));
  it.each([
    ['preamble', /^(can cu|thuc hien cong van|nham hoan thanh|ngay \d+ thang)/],
    ['Kính gửi', /^k[a-z]{2,3}h g[a-z]{1,2}i/],
    ['Nơi nhận and its list', /^(n[a-z]{1,2}i nh[a-z]{1,3}n|nhu tren|luu: vt)/],
    ['signatures', /^(kt\.|tm\.|tl\.|chanh van phong$|pho chu tich$)/],
    ['closing formulas', /(thong bao (ket luan|noi dung)|trong qua trinh trien khai|tren day la|rat mong)/],
    ['topic headings', /^v[e&o] (cong tac|chi tieu|thuc hien)/],
    ['the letterhead', /(cong hoa xa hoi|doc lap - tu do)/],
  ])('%s', (_what, re) => {
    expect(texts.filter((t) => re.test(t))).toEqual([]);
  });
});

describe('a letter that assigns nothing', () => {
  it('fails with no-assignments, in plain words', () => {
    const r = parsePlan({ name: 'moi-hop.txt', bytes: readFileSync(join(DIR, 'cong-van-moi-hop.txt')) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('no-assignments');
  });
});

describe('the same notice from any file type (text, HTML, .docx paragraphs)', () => {
  const shape = (p: Plan) => p.tasks.map((t) => [t.id, t.section, t.lead, t.coordinators, t.deadline.due, t.task]);
  const txt = parse('thong-bao-nha-be-don-vi.txt');
  it.each(['thong-bao-nha-be-don-vi.html', 'thong-bao-nha-be-don-vi.docx'])('%s gives the tasks the text gives', (file) => {
    const p = parse(file);
    expect(shape(p)).toEqual(shape(txt));
    expect(p.source).toMatchObject({ number: txt.source.number, date: txt.source.date, kind: txt.source.kind });
  });
});

describe('the letterhead: subject from "V/v ..." or the title block', () => {
  it.each([
    ['cong-van-quan-7-chi-dao.txt', 'letter', 'triển khai công tác sắp xếp, kiện toàn bộ phận một cửa năm 2024'],
    ['thong-bao-nha-be-don-vi.txt', 'notice', 'Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp về công tác chuyển đổi số quý I năm 2025'],
    ['thong-bao-cu-chi-giao.txt', 'notice', 'Kết luận của Chủ tịch Ủy ban nhân dân huyện tại cuộc họp giao ban công tác quản lý đô thị tháng 4 năm 2024'],
  ])('%s', (file, kind, subject) => {
    expect(parse(file).source).toMatchObject({ kind, subject });
  });
});
