import { DUE_SOON_DAYS, TIMELINESS, TIMELINESS_RULES, timeliness, type Progress, type Timeliness } from '../../../src/core/status';

const AS_OF = '2024-10-24';

describe('timeliness', () => {
  type Case = [label: string, due: string | null, progress: Progress | null, completed: string | null, expected: Timeliness];
  const cases: Case[] = [
    // Open tasks: the as-of date against the due date.
    ['due yesterday', '2024-10-23', 'Đang thực hiện', null, 'Quá hạn'],
    ['due today', '2024-10-24', 'Đang thực hiện', null, 'Sắp đến hạn'],
    ['due tomorrow', '2024-10-25', 'Chưa thực hiện', null, 'Sắp đến hạn'],
    ['due in 7 days', '2024-10-31', 'Đang thực hiện', null, 'Sắp đến hạn'],
    ['due in 8 days', '2024-11-01', 'Đang thực hiện', null, 'Trong hạn'],
    ['due at year end', '2024-12-31', null, null, 'Trong hạn'],
    ['no due date', null, 'Đang thực hiện', null, 'Không hạn'],
    ['no due date, no progress', null, null, null, 'Không hạn'],
    ['paused past due', '2024-09-30', 'Tạm dừng', null, 'Quá hạn'],
    ['paused, due later', '2024-12-31', 'Tạm dừng', null, 'Trong hạn'],
    ['not done but a completion date typed', '2024-09-30', 'Đang thực hiện', '2024-09-01', 'Quá hạn'],
    ['due date that is no date (30 Feb)', '2024-02-30', 'Đang thực hiện', null, 'Không hạn'],
    // Done tasks: the completion date against the due date; the as-of date plays no part.
    ['done before due', '2024-10-31', 'Hoàn thành', '2024-10-30', 'Hoàn thành đúng hạn'],
    ['done on the due date', '2024-10-31', 'Hoàn thành', '2024-10-31', 'Hoàn thành đúng hạn'],
    ['done a day after', '2024-10-31', 'Hoàn thành', '2024-11-01', 'Hoàn thành quá hạn'],
    ['done long after, due passed', '2024-03-31', 'Hoàn thành', '2024-10-20', 'Hoàn thành quá hạn'],
    ['done, no due date', null, 'Hoàn thành', '2024-10-20', 'Hoàn thành đúng hạn'],
    ['done, no completion date (choice: on time)', '2024-03-31', 'Hoàn thành', null, 'Hoàn thành đúng hạn'],
    ['done, completion date unreadable', '2024-03-31', 'Hoàn thành', 'hôm qua', 'Hoàn thành đúng hạn'],
    ['done with a time part after the due day', '2024-10-31', 'Hoàn thành', '2024-10-31T23:30:00+07:00', 'Hoàn thành đúng hạn'],
  ];
  test.each(cases)('%s', (_label, due, progress, completed, expected) => {
    expect(timeliness({ due, progress, completed, asOf: AS_OF })).toBe(expected);
  });

  it('counts across a leap day and a year end in whole days', () => {
    expect(timeliness({ due: '2024-02-29', progress: null, completed: null, asOf: '2024-02-22' })).toBe('Sắp đến hạn');
    expect(timeliness({ due: '2024-02-29', progress: null, completed: null, asOf: '2024-02-21' })).toBe('Trong hạn');
    expect(timeliness({ due: '2025-01-03', progress: null, completed: null, asOf: '2024-12-27' })).toBe('Sắp đến hạn');
    expect(timeliness({ due: '2025-01-04', progress: null, completed: null, asOf: '2024-12-27' })).toBe('Trong hạn');
  });

  it('does not depend on the machine\'s time zone', () => {
    const saved = process.env.TZ;
    const results: Timeliness[] = [];
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'UTC']) {
        process.env.TZ = tz;
        results.push(timeliness({ due: '2024-10-31', progress: 'Đang thực hiện', completed: null, asOf: '2024-10-24' }));
        results.push(timeliness({ due: '2024-03-31', progress: 'Hoàn thành', completed: '2024-04-01', asOf: '2024-10-24' }));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(new Set(results)).toEqual(new Set(['Sắp đến hạn', 'Hoàn thành quá hạn']));
  });

  it('refuses an as-of date that is not a date (a caller bug, not user input)', () => {
    expect(() => timeliness({ due: null, progress: null, completed: null, asOf: '24/10/2024' })).toThrow(RangeError);
  });

  it('documents every label once, with the 7-day window', () => {
    expect(DUE_SOON_DAYS).toBe(7);
    expect(TIMELINESS_RULES.map((r) => r.label).sort()).toEqual([...TIMELINESS].sort());
    expect(TIMELINESS_RULES.find((r) => r.label === 'Sắp đến hạn')?.vi).toMatch(/hôm nay hoặc trong 7 ngày/);
  });
});
