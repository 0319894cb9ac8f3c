import { matchRows, placeLeftOvers } from '../../src/workbook/match-rows';
import { judgeTimeliness, meets, isoSerial } from '../../src/workbook/judge';

describe('update in place: plan rows meet the rows the workbook holds', () => {
  const e = (id: string | null, textKey: string) => ({ id, textKey });
  test('by id, then by text when renumbered, then by id when the text was edited', () => {
    const existing = [e('1.1', 'a'), e('1.2', 'b'), e('1.3', 'c'), e('1.4', 'd')];
    // 1.2 removed: c and d renumbered; a's text edited; e new.
    const plan = [
      { id: '1.1', textKey: 'a (sửa)' },
      { id: '1.2', textKey: 'c' },
      { id: '1.3', textKey: 'd' },
      { id: '1.4', textKey: 'e' },
    ];
    const m = matchRows(plan, existing);
    expect(m.byPlan).toEqual([existing[0], existing[2], existing[3], null]);
    expect(m.leftOver).toEqual([existing[1]]);
    expect(placeLeftOvers(existing, m)).toEqual(new Map([[0, [existing[1]]]]));
  });

  describe('renumbered and edited at once (pass 4): each the other\'s clear best, numbers not in conflict', () => {
    const fuzzy = { fuzzy: () => true };
    const old = 'trien khai thu tuc hanh chinh nham giam thoi gian cho trong nam 2024';
    test('a number dropped or added in the edit: the same task', () => {
      const existing = [e('1.1', old)];
      const plan = [{ id: '1.1', textKey: 'khao sat quy trinh noi bo tai cac phong' }, { id: '1.2', textKey: 'trien khai thu tuc hanh chinh nham giam thoi gian cho kip thoi' }];
      expect(matchRows(plan, existing, fuzzy).byPlan).toEqual([null, existing[0]]);
    });
    test('a number changed ("quý 1" -> "quý 4"): another task, however alike the words', () => {
      const existing = [e('1.1', 'bao cao ket qua cai cach hanh chinh quy 1')];
      const plan = [{ id: '1.1', textKey: 'ra soat van ban quy pham' }, { id: '1.2', textKey: 'bao cao ket qua cai cach hanh chinh quy 4' }];
      expect(matchRows(plan, existing, fuzzy).byPlan).toEqual([null, null]);
    });
    test('two plan rows equally like one sheet row: neither is paired', () => {
      const existing = [e('1.1', 'to chuc tap huan nghiep vu cho can bo')];
      const plan = [{ id: '1.5', textKey: 'to chuc tap huan nghiep vu cho can bo phuong' }, { id: '1.6', textKey: 'to chuc tap huan nghiep vu cho can bo quan' }];
      expect(matchRows(plan, existing, fuzzy).byPlan).toEqual([null, null]);
    });
  });

  test('rows without an id (typed by hand) are matched by text', () => {
    const existing = [e(null, 'x'), e(null, 'y')];
    const m = matchRows([{ id: '1', textKey: 'y' }], existing);
    expect(m.byPlan).toEqual([existing[1]]);
    expect(placeLeftOvers(existing, m)).toEqual(new Map([[-1, [existing[0]]]]));
  });
});

describe('the rules check uses (same as the formulas)', () => {
  const d = isoSerial;
  const asOf = d('2024-06-15');
  const cases: { due: string | null; progress: string; completed: string | null; expected: string }[] = [
    { due: '2024-06-14', progress: '', completed: null, expected: 'Quá hạn' },
    { due: '2024-06-14', progress: 'Tạm dừng', completed: null, expected: 'Quá hạn' },
    { due: '2024-06-15', progress: 'Đang thực hiện', completed: null, expected: 'Sắp đến hạn' },
    { due: '2024-06-22', progress: '', completed: null, expected: 'Sắp đến hạn' },
    { due: '2024-06-23', progress: '', completed: null, expected: 'Trong hạn' },
    { due: null, progress: '', completed: null, expected: 'Không hạn' },
    { due: '2024-06-14', progress: 'Hoàn thành', completed: '2024-06-14', expected: 'Hoàn thành đúng hạn' },
    { due: '2024-06-14', progress: 'Hoàn thành', completed: '2024-06-15', expected: 'Hoàn thành quá hạn' },
    { due: '2024-06-14', progress: 'Hoàn thành', completed: null, expected: 'Hoàn thành đúng hạn' },
    { due: null, progress: 'Hoàn thành', completed: '2024-06-15', expected: 'Hoàn thành đúng hạn' },
  ];
  test.each(cases)('$due $progress $completed -> $expected', ({ due, progress, completed, expected }) => {
    expect(judgeTimeliness(due ? d(due) : null, progress, completed ? d(completed) : null, asOf)).toBe(expected);
  });

  test.each([
    ['>=', 80, 80, true],
    ['>=', 80, 79.9, false],
    ['>', 80, 80, false],
    ['<', 2, 1.9, true],
    ['<', 2, 2, false],
    ['<=', 2, 2, true],
    ['=', 100, 100, true],
    ['=', 100, 99, false],
  ] as const)('%s %d with figure %d meets: %s', (cmp, threshold, figure, expected) => {
    expect(meets(cmp, threshold, figure)).toBe(expected);
  });
});
