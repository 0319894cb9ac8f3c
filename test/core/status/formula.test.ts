import { PROGRESS, isoToDay, parseProgress, timeliness, timelinessFormula, type Progress } from '../../../src/core/status';
import { evalFormula, type Env } from '../../support/excel-formula';

const CELLS = { due: 'F5', progress: 'H5', completed: 'I5', asOf: '$C$2' };
const EXCEL_EPOCH = 25569; // serial of 1970-01-01 in the 1900 date system
const serial = (iso: string) => (isoToDay(iso) as number) + EXCEL_EPOCH;

describe('timelinessFormula', () => {
  it('is an Excel formula without "=", English names, commas, only allowed functions', () => {
    const f = timelinessFormula(CELLS);
    expect(f.startsWith('=')).toBe(false);
    expect(f.startsWith('IF(')).toBe(true);
    expect(f).not.toMatch(/;/);
    const functions = new Set([...f.matchAll(/([A-Z]+)\(/g)].map((m) => m[1]));
    expect([...functions].sort()).toEqual(['AND', 'IF', 'INT', 'ISNUMBER', 'TRIM']);
    expect(f.length).toBeLessThan(8192); // Excel's formula length limit
  });

  // The grid: every due position around the as-of date, every progress, completion around due.
  const asOf = '2024-10-24';
  const dues: (string | null)[] = [null, '2024-09-30', '2024-10-23', '2024-10-24', '2024-10-25', '2024-10-31', '2024-11-01', '2024-12-31'];
  const progresses: (Progress | null)[] = [null, ...PROGRESS];
  const completedOffsets: (number | null)[] = [null, -1, 0, 1, 30];
  const grid: [string | null, Progress | null, number | null][] = [];
  for (const due of dues) for (const p of progresses) for (const off of completedOffsets) grid.push([due, p, off]);

  const addDays = (iso: string, n: number) => new Date(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10) + n)).toISOString().slice(0, 10);

  test.each(grid)('due %s, progress %s, completed due%+d: same label as timeliness()', (due, progress, off) => {
    const completed = off === null ? null : addDays(due ?? asOf, off);
    const expected = timeliness({ due, progress, completed, asOf });
    const env: Env = {
      F5: due === null ? null : serial(due),
      H5: progress,
      I5: completed === null ? null : serial(completed),
      $C$2: serial(asOf),
    };
    expect(evalFormula(timelinessFormula(CELLS), env)).toBe(expected);
  });

  // What a workbook really holds: text where a date was expected, a time of day, stray spaces.
  const cells: [label: string, env: Env, expected: string][] = [
    ['"Thường xuyên" in the due cell', { F5: 'Thường xuyên', H5: 'Đang thực hiện', I5: null, $C$2: serial(asOf) }, 'Không hạn'],
    ['text in the completion cell of a done task', { F5: serial('2024-03-31'), H5: 'Hoàn thành', I5: 'chưa rõ', $C$2: serial(asOf) }, 'Hoàn thành đúng hạn'],
    ['text due, date completion, done', { F5: 'Thường xuyên', H5: 'Hoàn thành', I5: serial('2024-05-01'), $C$2: serial(asOf) }, 'Hoàn thành đúng hạn'],
    ['as-of from NOW() with a time of day', { F5: serial('2024-10-31'), H5: null, I5: null, $C$2: serial('2024-10-24') + 0.9 }, 'Sắp đến hạn'],
    ['as-of a week before at 23:00, due in 8 days', { F5: serial('2024-11-01'), H5: null, I5: null, $C$2: serial('2024-10-24') + 0.96 }, 'Trong hạn'],
    ['completion with a time on the due day', { F5: serial('2024-10-31'), H5: 'Hoàn thành', I5: serial('2024-10-31') + 0.7, $C$2: serial(asOf) }, 'Hoàn thành đúng hạn'],
    ['progress typed with spaces and lower case', { F5: serial('2024-09-30'), H5: '  hoàn thành ', I5: serial('2024-10-01'), $C$2: serial(asOf) }, 'Hoàn thành quá hạn'],
  ];
  test.each(cells)('%s', (_label, env, expected) => {
    expect(evalFormula(timelinessFormula(CELLS), env)).toBe(expected);
  });

  it('accepts other labels for done (an English list), matching parseProgress', () => {
    const f = timelinessFormula(CELLS, { doneLabels: ['Hoàn thành', 'Done'] });
    for (const typed of ['Done', 'done', 'Hoàn thành']) {
      const env: Env = { F5: serial('2024-09-30'), H5: typed, I5: serial('2024-09-29'), $C$2: serial(asOf) };
      const expected = timeliness({ due: '2024-09-30', progress: parseProgress(typed), completed: '2024-09-29', asOf });
      expect(evalFormula(f, env)).toBe(expected);
    }
  });

  it('quotes a label that holds a double quote', () => {
    expect(timelinessFormula(CELLS, { doneLabels: ['Xong "hẳn"'] })).toContain('TRIM(H5)="Xong ""hẳn"""');
  });

  it('the evaluator models Excel\'s eager AND (why the formula nests IFs)', () => {
    expect(evalFormula('AND(ISNUMBER(X1),INT(X1)>1)', { X1: 'abc' })).toEqual({ error: '#VALUE!' });
    expect(evalFormula('IF(ISNUMBER(X1),INT(X1)>1,FALSE)', { X1: 'abc', FALSE: false })).toBe(false);
  });
});
