import { summarize, type Summary, type SummaryTask } from '../../../src/core/status';
import { DEFAULT_UNIT_DIRECTORY } from '../../../src/core/units';

const AS_OF = '2024-10-24';

// A small plan, by hand. Timeliness on 24/10/2024 in the comment of each task.
const PLAN: SummaryTask[] = [
  { lead: ['Trưởng Phòng Nội vụ quận.'], due: '2024-03-31', progress: 'Hoàn thành', completed: '2024-03-20' }, // done on time
  { lead: ['Trưởng Phòng Nội vụ quận', 'Chánh Văn phòng UBND quận'], due: '2024-06-30', progress: 'Hoàn thành', completed: '2024-07-05' }, // done late
  { lead: ['Chánh Văn phòng UBND quận.'], due: '2024-09-30', progress: 'Đang thực hiện', completed: null }, // overdue
  { lead: ['Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND 10 phường.'], due: '2024-10-31', progress: 'Chưa thực hiện', completed: null }, // due soon
  { lead: ['Phòng Nội vụ'], due: null, progress: 'Đang thực hiện', completed: null }, // no due date
  { lead: ['Trưởng phòng Văn hóa và Thông tin Quận 1'], due: '2024-12-31', progress: null, completed: null }, // in time
  { lead: ['Chánh Văn phòng UBND quận'], due: '2024-12-31', progress: 'Hoàn thành', completed: null }, // done, no date: on time
  { lead: ['Trưởng phòng Tài chính – Kế hoạch'], due: '2024-08-31', progress: 'Tạm dừng', completed: null }, // paused, overdue
  { lead: ['Văn phòng UBND Quận 1', 'Chánh Văn phòng UBND quận'], due: '2024-05-31', progress: 'Hoàn thành', completed: '2024-05-31' }, // on time; one unit twice
];

const s = (tasks: number, done: number, doneOnTime: number, doneLate: number, overdue: number, dueSoon: number, percentDone: number | null, percentOnTime: number | null): Summary => ({
  tasks, done, doneOnTime, doneLate, overdue, dueSoon, percentDone, percentOnTime,
});

describe('summarize', () => {
  it('gives the plan\'s figures the Government Office way', () => {
    const { overall } = summarize(PLAN, AS_OF);
    // % hoàn thành = 4 done ÷ (4 done + 2 open past due); % đúng hạn = 3 on time ÷ 4 done.
    expect(overall).toEqual(s(9, 4, 3, 1, 2, 1, (100 * 4) / 6, 75));
  });

  it('counts each task once per lead unit, canonicalised with the directory', () => {
    const { byUnit } = summarize(PLAN, AS_OF, { directory: DEFAULT_UNIT_DIRECTORY });
    expect(byUnit).toEqual({
      'Phòng Nội vụ': s(3, 2, 1, 1, 0, 0, 100, 50),
      'Văn phòng HĐND và UBND': s(4, 3, 2, 1, 1, 0, 75, (100 * 2) / 3),
      'Thủ trưởng cơ quan, đơn vị': s(1, 0, 0, 0, 0, 1, null, null),
      'UBND các phường': s(1, 0, 0, 0, 0, 1, null, null),
      'Phòng Văn hóa - Khoa học và Thông tin': s(1, 0, 0, 0, 0, 0, null, null),
      'Phòng Tài chính - Kế hoạch': s(1, 0, 0, 0, 1, 0, 0, null),
    });
    expect(Object.keys(byUnit)[0]).toBe('Phòng Nội vụ'); // order of first appearance
  });

  it('keys units as written (cleaned) without a directory', () => {
    const { byUnit } = summarize(PLAN, AS_OF);
    expect(Object.keys(byUnit)).toEqual([
      'Trưởng Phòng Nội vụ quận',
      'Chánh Văn phòng UBND quận',
      'Thủ trưởng cơ quan, đơn vị',
      'Chủ tịch UBND 10 phường',
      'Phòng Nội vụ',
      'Trưởng phòng Văn hóa và Thông tin Quận 1',
      'Trưởng phòng Tài chính – Kế hoạch',
      'Văn phòng UBND Quận 1',
    ]);
    expect(byUnit['Trưởng Phòng Nội vụ quận']).toEqual(s(2, 2, 1, 1, 0, 0, 100, 50));
    expect(byUnit['Chánh Văn phòng UBND quận']).toEqual(s(4, 3, 2, 1, 1, 0, 75, (100 * 2) / 3));
  });

  it('gives null percentages when nothing is done or late, and an empty plan', () => {
    expect(summarize([], AS_OF)).toEqual({ overall: s(0, 0, 0, 0, 0, 0, null, null), byUnit: {} });
    const onlyOpen = summarize([{ lead: [], due: '2024-12-31', progress: 'Đang thực hiện', completed: null }], AS_OF);
    expect(onlyOpen).toEqual({ overall: s(1, 0, 0, 0, 0, 0, null, null), byUnit: {} });
  });

  it('moves with the as-of date', () => {
    // On 1/11/2024 the due-soon task (31/10) has become overdue: 4 ÷ (4 + 3).
    const { overall } = summarize(PLAN, '2024-11-01');
    expect(overall.overdue).toBe(3);
    expect(overall.dueSoon).toBe(0);
    expect(overall.percentDone).toBeCloseTo(57.142857, 5);
  });
});
