import { readFileSync } from 'fs';
import { join } from 'path';
import type { DeadlineKind } from '../../../src/core/model';
import { parseDeadline } from '../../../src/core/deadline';

interface Expected {
  id: string;
  text: string;
  due: string | null;
  kind: DeadlineKind;
}

const FIXTURES = join(__dirname, '../../fixtures');
const expected = JSON.parse(readFileSync(join(FIXTURES, 'ke-hoach-04.deadlines.expected.json'), 'utf8')) as Expected[];
/** The plan's date line: "Quận 1, ngày 04 tháng 01 năm 2024". */
const ctx = { year: 2024, planDate: '2024-01-04' };

describe('parseDeadline over the sample plan (ke-hoach-04, 92 tasks, read by hand)', () => {
  it('covers every task of the appendix', () => expect(expected).toHaveLength(92));

  it.each(expected.map((e) => [e.id, e] as const))('task %s', (_id, e) => {
    const { deadline } = parseDeadline(e.text, { ...ctx, taskId: e.id });
    expect({ due: deadline.due, kind: deadline.kind }).toEqual({ due: e.due, kind: e.kind });
  });

  it('warns only about the two 2023 deadlines in a plan dated 04/01/2024', () => {
    const warned = expected.flatMap((e) => parseDeadline(e.text, { ...ctx, taskId: e.id }).warnings);
    expect(warned.map((w) => [w.code, w.task])).toEqual([
      ['deadline-before-plan', '1.7'],
      ['deadline-before-plan', '7.15'],
    ]);
  });

  it('gives 1.4 its three milestones, the last one the due date', () => {
    const text = expected.find((e) => e.id === '1.4')?.text ?? '';
    expect(parseDeadline(text, ctx).deadline.milestones).toEqual([
      { text: 'Quý I: trình kê hoạch', due: '2024-03-31' },
      { text: 'Quý II và quý III năm 2024 tiến hành kiểm tra và báo cáo kết quả', due: '2024-09-30' },
      { text: 'Hoàn thành tháng 10 năm 2024', due: '2024-10-31' },
    ]);
  });

  it('reads the cell texts of the import fixture the same way, however its lines were joined', () => {
    const plan = JSON.parse(readFileSync(join(FIXTURES, 'ke-hoach-04.expected.json'), 'utf8')) as {
      tasks: { id: string; deadlineText?: string }[];
    };
    const byId = new Map(expected.map((e) => [e.id, e]));
    const read = plan.tasks
      .filter((t) => t.deadlineText !== undefined)
      .map((t) => {
        const d = parseDeadline(t.deadlineText ?? '', ctx).deadline;
        return { id: t.id, due: d.due, kind: d.kind };
      });
    expect(read).toEqual(read.map(({ id }) => ({ id, due: byId.get(id)?.due, kind: byId.get(id)?.kind })));
  });
});
