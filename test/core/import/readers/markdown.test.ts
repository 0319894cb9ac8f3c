import { readMarkdown } from '../../../../src/core/import/readers/markdown';
import { isDelimiterRow, splitPipeRow, stripEmphasis } from '../../../../src/core/import/readers/markdown-syntax';
import { fixtureText } from '../../../support/fixtures';
import { findRow, rowTexts, tuples } from './helpers';

const sample = readMarkdown(fixtureText('ke-hoach-04-KH-UBND-2024-quan-1.md'));

describe('readMarkdown on the sample plan (PDF converted to markdown)', () => {
  it('finds the 39 page tables, in order, numbered by page', () => {
    expect(sample.format).toBe('markdown');
    expect(sample.tables).toHaveLength(39);
    expect(sample.tables.map((t) => t.index)).toEqual([...Array(39).keys()]);
    expect(sample.tables.map((t) => t.page)).toEqual([...Array(39).keys()].map((i) => i + 1));
    expect(sample.warnings).toEqual([]);
  });

  it('keeps every page header as row 0 and skips the delimiter row', () => {
    for (const t of sample.tables) {
      expect(t.rows[0]?.row).toBe(0);
      expect(rowTexts(t.rows[0]?.cells ?? [])[0]).toBe('STT');
      expect(t.rows.every((r) => r.cells.length === 6)).toBe(true);
    }
    const first = sample.tables[0];
    expect(rowTexts(first?.rows[0]?.cells ?? [])).toEqual([
      'STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì/ / Lãnh đạo chủ trì',
      'Cơ quan phối hợp/ / Lãnh đạo phối hợp', 'Thời gian / hoàn thành',
    ]);
    expect(first?.rows.map((r) => r.row)).toEqual([0, 1, 2, 3, 4]);
  });

  it("splits task 1.4's cells at <br> into hard lines, keeping the leading '- '", () => {
    const found = findRow(sample.tables, '1.4');
    expect(found?.table.page).toBe(2);
    expect(found?.row).toMatchObject({ page: 2, row: 2 });
    const [, task, products, lead, , deadline] = found?.row.cells ?? [];
    expect(tuples(task?.lines ?? [])).toHaveLength(1);
    expect(tuples(lead?.lines ?? [])).toEqual([
      ['- Ban Chỉ đạo và Tổ giúp việc Ban Chỉ đạo CCHC Quận 1;', false, false],
      ['- Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND 10 phường.', true, false],
    ]);
    expect(products?.lines.map((l) => l.hard)).toEqual([false, true]);
    expect(deadline?.lines.map((l) => l.text)).toEqual([
      '- Quý I: trình kê hoạch',
      '- Quý II và quý III năm 2024 tiến hành kiểm tra và báo cáo kết quả',
      '- Hoàn thành tháng 10 năm 2024',
    ]);
  });

  it("turns task 4.1's <ul><li> products into four bullet lines", () => {
    const products = findRow(sample.tables, '4.1')?.row.cells[2];
    expect(tuples(products?.lines ?? [])).toEqual([
      ['- Kế hoạch', false, true],
      ['- Quyết định', true, true],
      ['- Quy chế làm việc/tổ chức và hoạt động', true, true],
      ['- Báo cáo', true, true],
    ]);
  });

  it('reads a continuation row (empty STT) with <p> paragraphs, <b> gone', () => {
    const table = sample.tables.find((t) => rowTexts(t.rows[1]?.cells ?? [])[1]?.startsWith('trên Trang tin điện tử'));
    const cells = table?.rows[1]?.cells ?? [];
    expect(cells[0]?.lines).toEqual([]);
    expect(tuples(cells[1]?.lines ?? [])).toEqual([
      ['trên Trang tin điện tử Quận 1 và các Trang thông tin điện tử của các cơ quan, đơn vị.', false, false],
      ['- Đảm bảo hàng quý gửi ít nhất 01 bài viết/mô hình/sản phẩm tuyên truyền hiệu quả về công tác CCHC về BCĐ CCHC Quận 1.', true, false],
    ]);
  });

  it('keeps section rows with <b> stripped and empty cells empty', () => {
    const section = findRow(sample.tables, '2')?.row;
    expect(rowTexts(section?.cells ?? [])).toEqual(['2', 'Cải cách thể chế', '', '', '', '']);
  });

  it('gives the running text outside the tables, one paragraph per line, markup gone', () => {
    const lines = sample.text.split('\n');
    expect(lines).toContain('KẾ HOẠCH Thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024');
    expect(lines).toContain('II. CHỈ TIÊU:');
    expect(lines).toContain('3.2. Giảm tỷ lệ giải quyết hồ sơ TTHC trễ hạn trên lĩnh vực đất đai xuống còn dưới 2%.');
    expect(lines).toContain('- Sở Nội vụ;');
    expect(lines).toContain('PHỤ LỤC');
    expect(sample.text).not.toMatch(/\*\*|<\/?(sup|b|br)>|^#/m);
    expect(sample.text).not.toContain('| STT |');
    expect(sample.text).toBe(sample.text.normalize('NFC'));
  });
});

describe('readMarkdown on crafted tables', () => {
  it('warns about a ragged row and keeps every cell', () => {
    const md = ['| STT | Nhiệm vụ | Thời gian |', '|---|---|---|', '| 1.1 | A | Quý I |', '| 1.2 | B | Quý II | extra |', '| 1.3 | C |'].join('\n');
    const doc = readMarkdown(md);
    expect(doc.tables[0]?.rows.map((r) => r.cells.length)).toEqual([3, 3, 4, 2]);
    expect(rowTexts(doc.tables[0]?.rows[2]?.cells ?? [])).toEqual(['1.2', 'B', 'Quý II', 'extra']);
    expect(doc.warnings.map((w) => [w.code, w.page, w.row])).toEqual([['ragged-row', 1, 2], ['ragged-row', 1, 3]]);
  });

  it('takes pages from explicit markers between tables', () => {
    const table = (stt: string) => `| STT | Nội dung |\n|---|---|\n| ${stt} | x |`;
    const cases: { name: string; md: string; pages: number[] }[] = [
      { name: 'form feeds', md: [table('1'), '\f', table('2'), '\f', '\f', table('3')].join('\n'), pages: [1, 2, 4] },
      { name: 'page comments', md: ['<!-- page 3 -->', table('1'), '<!-- page 5 -->', table('2')].join('\n\n'), pages: [3, 5] },
      { name: '"Trang N" lines', md: [table('1'), 'Trang 2', table('2'), 'Trang 3/4', table('3')].join('\n\n'), pages: [1, 2, 3] },
      { name: '"- N -" lines', md: ['- 7 -', table('1'), '- 8 -', table('2')].join('\n\n'), pages: [7, 8] },
      { name: 'no markers: ordinal', md: ['- 7 -', table('1'), table('2')].join('\n\n'), pages: [1, 2] },
    ];
    for (const c of cases) {
      const doc = readMarkdown(c.md);
      expect({ name: c.name, pages: doc.tables.map((t) => t.page) }).toEqual({ name: c.name, pages: c.pages });
      expect({ name: c.name, rows: doc.tables.map((t) => t.rows[1]?.page) }).toEqual({ name: c.name, rows: c.pages });
      expect(doc.text).not.toMatch(/Trang \d|- \d -|page/);
    }
  });

  it('handles escaped pipes, entities, emphasis, links and missing outer pipes', () => {
    const md = ['STT | Nội dung | Ghi chú', '--- | :---: | ---', '1 | **Rà soát** a \\| b &amp; c | [Cổng](http://x.vn) *khẩn*'].join('\n');
    const doc = readMarkdown(md);
    expect(rowTexts(doc.tables[0]?.rows[1]?.cells ?? [])).toEqual(['1', 'Rà soát a | b & c', 'Cổng khẩn']);
  });

  it('drops footnote markers glued to a number and drops empty lines', () => {
    const md = '| A | B |\n|---|---|\n| năm 2011<sup>1</sup> | <br><br>x<br> <br>y |';
    const cells = readMarkdown(md).tables[0]?.rows[1]?.cells ?? [];
    expect(tuples(cells[0]?.lines ?? [])).toEqual([['năm 2011', false, false]]);
    expect(tuples(cells[1]?.lines ?? [])).toEqual([['x', false, false], ['y', true, false]]);
  });

  it('makes text NFC and collapses whitespace', () => {
    const md = `| A |\n|---|\n| ${'Quý   I'.normalize('NFD')}\u00a0 năm |`;
    expect(readMarkdown(md).tables[0]?.rows[1]?.cells[0]?.lines[0]?.text).toBe('Quý I năm');
  });

  it('finds no table in prose with a stray pipe', () => {
    const doc = readMarkdown('Điều 1 | Điều 2\n\nKhông có bảng.');
    expect(doc.tables).toEqual([]);
    expect(doc.text).toBe('Điều 1 | Điều 2\nKhông có bảng.');
  });
});

describe('markdown syntax helpers', () => {
  it.each([
    ['| a | b |', ['a', 'b']],
    ['a | b', ['a', 'b']],
    ['| a \\| b | c |', ['a \\| b', 'c']],
    ['|  |  |', ['', '']],
    ['| a | b | ', ['a', 'b']],
  ])('splitPipeRow(%j)', (line, cells) => {
    expect(splitPipeRow(line).map((c) => c.trim())).toEqual(cells);
  });

  it.each([
    ['|---|:--:|', true],
    ['--- | ---', true],
    ['| - | x |', false],
    ['|  |  |', false],
    ['---', false],
  ])('isDelimiterRow(%j) is %s', (line, expected) => {
    expect(isDelimiterRow(line)).toBe(expected);
  });

  it.each([
    ['**KẾ HOẠCH****Thực hiện**', 'KẾ HOẠCH Thực hiện'],
    ['“*Quyết tâm*” gắn với', '“Quyết tâm” gắn với'],
    ['(*Nội dung chi tiết*)', '(Nội dung chi tiết)'],
    ['file_name_x và 5 * 3 * 2', 'file_name_x và 5 * 3 * 2'],
    ['\\*\\*giữ\\*\\*', '\\*\\*giữ\\*\\*'],
  ])('stripEmphasis(%j)', (input, output) => {
    expect(stripEmphasis(input)).toBe(output);
  });
});
