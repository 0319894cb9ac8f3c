import { PROGRESS, parseProgress, type Progress } from '../../../src/core/status';

describe('parseProgress', () => {
  it('offers the contract\'s four values, in list order', () => {
    expect(PROGRESS).toEqual(['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng']);
  });

  const cases: [written: string, expected: Progress][] = [
    ...PROGRESS.map((p): [string, Progress] => [p, p]),
    ['HOÀN THÀNH', 'Hoàn thành'],
    ['hoàn thành.', 'Hoàn thành'],
    ['  Hoàn\u00a0thành ', 'Hoàn thành'],
    ['Đã hoàn thành', 'Hoàn thành'],
    ['Hoàn thành đúng hạn', 'Hoàn thành'],
    ['Hoàn thành (trễ 3 ngày)', 'Hoàn thành'],
    ['Đã xong', 'Hoàn thành'],
    ['Đã thực hiện', 'Hoàn thành'],
    ['Hoan thanh', 'Hoàn thành'],
    ['Hoàn thảnh', 'Hoàn thành'],
    ['Hoan thanb', 'Hoàn thành'],
    ['Done', 'Hoàn thành'],
    ['completed', 'Hoàn thành'],
    ['Đang thực hiện - 50%', 'Đang thực hiện'],
    ['Đang triển khai', 'Đang thực hiện'],
    ['Dang thuc hien', 'Đang thực hiện'],
    ['Ðang thực hiện', 'Đang thực hiện'], // Latin capital eth from legacy encodings
    ['Dang thuc hién', 'Đang thực hiện'],
    ['Dang thuc hicn', 'Đang thực hiện'],
    ['In progress', 'Đang thực hiện'],
    ['in-progress', 'Đang thực hiện'],
    ['Ongoing', 'Đang thực hiện'],
    ['Chưa triển khai', 'Chưa thực hiện'],
    ['chua thuc hien', 'Chưa thực hiện'],
    ['Not started', 'Chưa thực hiện'],
    ['Tạm ngưng', 'Tạm dừng'],
    ['tam dung', 'Tạm dừng'],
    ['Dừng thực hiện', 'Tạm dừng'],
    ['On hold', 'Tạm dừng'],
    ['Paused', 'Tạm dừng'],
  ];
  test.each(cases)('%s -> %s', (written, expected) => {
    expect(parseProgress(written)).toBe(expected);
  });

  // Not progress, or not one progress: the caller leaves the cell unread and says so.
  const none = ['', '   ', '-', 'Quá hạn', 'Trong hạn', 'Chưa hoàn thành', 'Không hoàn thành', '100%', 'x', 'Thường xuyên', 'Hoàn', 'Đang'];
  test.each(none)('%j -> null', (written) => {
    expect(parseProgress(written)).toBeNull();
  });
});
