import { buildPlan } from '../../../src/core/import/plan';
import { readMarkdown } from '../../../src/core/import/readers/markdown';
import type { Plan, Section } from '../../../src/core/model';
import { fixtureJson, fixtureText } from '../../support/fixtures';

/** The expected output was written by hand from the document (see ke-hoach-04.expected.md). */
interface ExpectedTask {
  id: string;
  stt: string;
  section: string;
  task: string;
  products: string[];
  lead: string[];
  coordinators: string[];
  notes: string;
  extra: Record<string, string>;
  deadlineText: string;
  origin: { page: number; row: number };
  continued: boolean;
}

const expected = fixtureJson<{ sections: Section[]; tasks: ExpectedTask[] }>('ke-hoach-04.expected.json');

function parseSample(): Plan {
  const r = buildPlan(readMarkdown(fixtureText('ke-hoach-04-KH-UBND-2024-quan-1.md')), 'ke-hoach-04.md');
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('the sample plan (Kế hoạch 04/KH-UBND, PDF converted to markdown)', () => {
  const plan = parseSample();

  it('has the 7 sections, in order, with their titles', () => {
    expect(plan.sections).toEqual(expected.sections);
  });

  it('has the 92 tasks in document order with the printed STT', () => {
    expect(plan.tasks.map((t) => t.stt)).toEqual(expected.tasks.map((t) => t.stt));
    expect(plan.tasks.find((t) => t.stt === '1.10')?.stt).toBe('1.10');
  });

  it.each(expected.tasks.map((t) => [t.id, t] as const))('task %s matches the hand-written fields', (id, e) => {
    const t = plan.tasks.find((x) => x.id === id);
    expect(t).toBeDefined();
    expect({
      id: t?.id, stt: t?.stt, section: t?.section, task: t?.task, products: t?.products, lead: t?.lead,
      coordinators: t?.coordinators, notes: t?.notes, extra: t?.extra, deadlineText: t?.deadline.text, origin: t?.origin,
    }).toEqual({
      id: e.id, stt: e.stt, section: e.section, task: e.task, products: e.products, lead: e.lead,
      coordinators: e.coordinators, notes: e.notes, extra: e.extra, deadlineText: e.deadlineText, origin: e.origin,
    });
  });

  it('merges the 16 rows continued over a page break and says so for each task', () => {
    const merged = new Set(plan.warnings.filter((w) => w.code === 'continuation-merged').map((w) => w.task));
    expect([...merged].sort()).toEqual(expected.tasks.filter((t) => t.continued).map((t) => t.id).sort());
    for (const w of plan.warnings.filter((x) => x.code === 'continuation-merged')) {
      expect(w.page).toBeGreaterThan(1);
      expect(w.row).toBe(1);
    }
  });

  it('removes the scanner watermark wherever it landed, and reports where', () => {
    const json = JSON.stringify(plan.tasks);
    expect(json).not.toMatch(/Ngo H/);
    const removed = plan.warnings.filter((w) => w.code === 'watermark-removed');
    expect(removed.map((w) => w.task).sort()).toEqual(['3.13', '3.18', '3.4', '3.5']);
  });

  it('leaves no HTML, no markdown emphasis and no doubled whitespace in any text', () => {
    for (const t of plan.tasks) {
      for (const s of [t.task, t.deadline.text, ...t.products, ...t.lead, ...t.coordinators]) {
        expect(s).not.toMatch(/<[a-z/][^>]*>|\*\*|\s{2,}|^\s|\s$/);
        expect(s).toBe(s.normalize('NFC'));
      }
    }
  });

  it('finds the title', () => {
    expect(plan.title).toBe('Kế hoạch thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024');
  });
});
