/**
 * A second plan written by hand: other column names and order (TT, Nội dung công việc, Đơn vị chủ
 * trì, Đơn vị phối hợp, Thời hạn, Kết quả/sản phẩm, an unknown Kinh phí column, Ghi chú), Roman
 * sections with 1, 2, 3 inside, a section merged across the row and one not, a column-number row,
 * lead and coordinator cells merged down over several tasks, a letterhead table before it.
 */
import { parsePlan } from '../../../src/core/import';
import { fixtureBytes, fixtureJson } from '../../support/fixtures';

interface Expected {
  title: string;
  year: number;
  date: string;
  sections: { stt: string; title: string }[];
  tasks: { id: string; stt: string; section: string; task: string; products: string[]; lead: string[]; coordinators: string[]; notes: string; extra: Record<string, string>; due: string | null }[];
}

const expected = fixtureJson<Expected>('ke-hoach-12-KH-PVH-2025.expected.json');

describe('a second plan, as a Word table with merged cells', () => {
  const r = parsePlan({ name: 'ke-hoach-12.htm', bytes: fixtureBytes('ke-hoach-12-KH-PVH-2025.html') });
  if (!r.ok) throw new Error(r.error.message);
  const plan = r.value;

  it('finds the title, the year (inferred) and the date line', () => {
    expect(plan.title).toBe(expected.title);
    expect(plan.year).toBe(expected.year);
    expect(plan.yearSource).toBe('document');
    expect(plan.date).toBe(expected.date);
    expect(plan.warnings.map((w) => w.code)).toContain('year-inferred');
  });

  it('reads Roman sections, merged across or not', () => {
    expect(plan.sections).toEqual(expected.sections);
  });

  it('gives every task its fields, merged cells filled into every row they cover', () => {
    expect(
      plan.tasks.map((t) => ({ id: t.id, stt: t.stt, section: t.section, task: t.task, products: t.products, lead: t.lead, coordinators: t.coordinators, notes: t.notes, extra: t.extra, due: t.deadline.due })),
    ).toEqual(expected.tasks);
  });

  it('keeps the unknown column under extra and says so; warns about the task with no lead', () => {
    const codes = plan.warnings.map((w) => `${w.code}${w.task ? `@${w.task}` : ''}`);
    expect(codes).toContain('column-not-recognised');
    expect(codes).toContain('empty-lead@II.3');
    expect(codes).not.toContain('duplicate-stt');
  });
});
