import { findTable, matchTargetHeader, matchTaskHeader } from '../../src/workbook/header-match';
import { sheetFromRows } from '../../src/workbook/snapshot';

describe('task table headers, any wording', () => {
  const cases: { input: string; expected: string }[] = [
    { input: 'STT', expected: 'stt' },
    { input: 'TT', expected: 'stt' },
    { input: 'Số TT', expected: 'stt' },
    { input: 'Nhiệm vụ cụ thể', expected: 'task' },
    { input: 'NHIỆM VỤ', expected: 'task' },
    { input: 'Nội dung công việc', expected: 'task' },
    { input: 'Nội dung', expected: 'task' },
    { input: 'Sản phẩm', expected: 'products' },
    { input: 'Kết quả, sản phẩm', expected: 'products' },
    { input: 'Cơ quan chủ trì', expected: 'lead' },
    { input: 'Đơn vị chủ trì', expected: 'lead' },
    { input: 'Cơ quan, đơn vị chủ trì', expected: 'lead' },
    { input: 'Cơ quan phối hợp', expected: 'coordinators' },
    { input: 'Đơn vị phối hợp', expected: 'coordinators' },
    { input: 'Phối hợp', expected: 'coordinators' },
    { input: 'Thời gian hoàn thành', expected: 'deadline' },
    { input: 'Thời hạn', expected: 'deadline' },
    { input: 'Tiến độ', expected: 'deadline' },
    { input: 'Thoi gian hoan thanh', expected: 'deadline' },
    { input: 'Ghi chú', expected: 'notes' },
    { input: 'Hạn chót', expected: 'due' },
    { input: 'Hạn hoàn thành', expected: 'due' },
    { input: 'Tình trạng', expected: 'progress' },
    { input: 'Tiến độ thực hiện', expected: 'progress' },
    { input: 'Ngày hoàn thành', expected: 'completed' },
    { input: 'Kết quả thực hiện/Ghi chú', expected: 'result' },
    { input: 'Kết quả thực hiện', expected: 'result' },
    { input: 'Đánh giá tiến độ', expected: 'timeliness' },
    { input: 'Mã nhiệm vụ (Plan Tracker)', expected: 'id' },
    { input: 'Thời gian hoàn thành (6)', expected: 'deadline' },
  ];
  test.each(cases)('$input -> $expected', ({ input, expected }) => {
    expect(matchTaskHeader(input)?.role).toBe(expected);
  });

  const mustNotMatch = ['Họ và tên', 'Số tiền', 'Địa điểm', 'Nhiệmvụ', 'Hạng mục', 'Đơn vị tính'];
  test.each(mustNotMatch)('%s is no task column', (input) => {
    expect(matchTaskHeader(input)).toBeNull();
  });
});

describe('targets table headers', () => {
  const cases = [
    { input: 'Chỉ tiêu', expected: 'text' },
    { input: 'Điều kiện', expected: 'comparator' },
    { input: 'Ngưỡng', expected: 'threshold' },
    { input: 'Đơn vị tính', expected: 'unit' },
    { input: 'ĐVT', expected: 'unit' },
    { input: 'Kết quả thực hiện', expected: 'figure' },
    { input: 'Đánh giá', expected: 'verdict' },
    { input: 'Mã chỉ tiêu', expected: 'id' },
    { input: 'Phạm vi', expected: 'scope' },
  ];
  test.each(cases)('$input -> $expected', ({ input, expected }) => {
    expect(matchTargetHeader(input)?.role).toBe(expected);
  });
});

describe('findTable', () => {
  test('finds the header at any row and column, in any order, with the number row', () => {
    const sheet = sheetFromRows('Báo cáo', [
      ['UBND PHƯỜNG BẾN NGHÉ'],
      [],
      [null, null, 'TT', 'Thời hạn', 'Nội dung công việc', 'Đơn vị chủ trì', 'Cột riêng của phòng'],
      [null, null, '1', '2', '3', '4', '5'],
      [null, null, '1', 'Quý I', 'Việc A', 'Phòng Nội vụ'],
    ]);
    const loc = findTable({ sheets: [sheet], definedNames: [] }, 'tasks');
    expect(loc).toMatchObject({
      sheet: 'Báo cáo',
      headerRow: 3,
      numberRow: 4,
      firstDataRow: 5,
      left: 3,
      right: 7,
      columns: { stt: 3, deadline: 4, task: 5, lead: 6 },
      otherColumns: [{ col: 7, header: 'Cột riêng của phòng' }],
    });
  });

  test.each([
    [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tiến độ', 'Ghi chú']],
    [['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Tiến độ', 'Thời hạn hoàn thành', 'Ghi chú']],
    [['TT', 'Nội dung', 'Chủ trì', 'Tiến độ', 'Thời gian thực hiện']],
  ])("a table with a deadline column and 'Tiến độ': 'Tiến độ' is the progress (%j)", (headers) => {
    const loc = findTable({ sheets: [sheetFromRows('A', [headers])], definedNames: [] }, 'tasks');
    const at = (h: string): number => headers.indexOf(h) + 1;
    const deadline = headers.find((h) => h !== 'Tiến độ' && /^Th/.test(h)) as string;
    expect(loc?.columns).toMatchObject({ deadline: at(deadline), progress: at('Tiến độ') });
    expect(loc?.otherColumns).toEqual([]);
  });

  test("'Tiến độ' alone (no other deadline column) is still the deadline", () => {
    const loc = findTable({ sheets: [sheetFromRows('A', [['STT', 'Nhiệm vụ', 'Chủ trì', 'Tiến độ']])], definedNames: [] }, 'tasks');
    expect(loc?.columns).toMatchObject({ deadline: 4 });
    expect(loc?.columns.progress).toBeUndefined();
  });

  test('tells the task table from the targets table', () => {
    const tasks = sheetFromRows('A', [['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian', 'Kết quả thực hiện/Ghi chú']]);
    const targets = sheetFromRows('B', [[], ['STT', 'Chỉ tiêu', 'Điều kiện', 'Ngưỡng', 'Đơn vị tính', 'Kết quả thực hiện', 'Đánh giá']]);
    const s = { sheets: [tasks, targets], definedNames: [] };
    expect(findTable(s, 'tasks')?.sheet).toBe('A');
    expect(findTable(s, 'targets')).toMatchObject({ sheet: 'B', headerRow: 2, numberRow: null });
  });

  test('a row with two known words is no header', () => {
    const sheet = sheetFromRows('A', [['STT', 'Ghi chú', 'Số tiền']]);
    expect(findTable({ sheets: [sheet], definedNames: [] }, 'tasks')).toBeNull();
  });
});
