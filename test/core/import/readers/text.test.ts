import { paragraphs, readText } from '../../../../src/core/import/readers/text';
import { fixtureText } from '../../../support/fixtures';
import { rowTexts, tuples } from './helpers';

/** One line of a `pdftotext -layout` table: each cell padded to its column's width. */
const WIDTHS = [6, 34, 20, 22, 14];
const line = (...cells: string[]) => cells.map((c, i) => c.padEnd(WIDTHS[i] ?? 0)).join('').trimEnd();

const layout = [
  '                              PHỤ LỤC',
  '        KẾ HOẠCH CỤ THỂ TRIỂN KHAI CÁC NHIỆM VỤ NĂM 2024',
  '',
  line('STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì/', 'Thời gian'),
  line('', '', '', 'Lãnh đạo chủ trì', 'hoàn thành'),
  line('1', 'Công tác chỉ đạo, điều hành và truyền thông về CCHC'),
  line('1.1', 'Kiện toàn Ban Chỉ đạo và Tổ', '- Quyết định', 'Trưởng Phòng Nội', 'Khi có phát'),
  line('', 'Giúp việc Ban Chỉ đạo CCHC.', '', 'vụ quận.', 'sinh'),
  '',
  line('1.2', 'Triển khai đầy đủ các quy', 'Kế hoạch/Công', 'Trưởng Phòng Nội', 'Thường xuyên'),
  line('', 'định của Thành phố', 'văn', 'vụ quận.'),
  '                                   - 2 -',
  '\f',
  line('STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì/', 'Thời gian'),
  line('', '', '', 'Lãnh đạo chủ trì', 'hoàn thành'),
  line('', 'và Trung ương ban hành, chỉ đạo.'),
  line('1.3', 'Thực hiện báo cáo định kỳ', 'Báo cáo', 'Trưởng Phòng Nội', 'Theo hướng dẫn'),
  '',
  'Nơi nhận: các cơ quan, đơn vị thuộc quận và Ủy ban nhân dân 10 phường để thực hiện.',
  'Lưu: VT.',
].join('\n');

describe('readText on a table laid out with spaces (pdftotext -layout)', () => {
  const doc = readText(layout);
  const rows = doc.tables[0]?.rows ?? [];

  it('finds one table of five columns starting at its header', () => {
    expect(doc.format).toBe('text');
    expect(doc.tables).toHaveLength(1);
    expect(rows.every((r) => r.cells.length === 5)).toBe(true);
    expect(rows.map((r) => rowTexts(r.cells)[0])).toEqual(['STT', '1', '1.1', '1.2', 'STT', '', '1.3']);
  });

  it('joins wrapped lines into the row above as soft lines; header lines too', () => {
    expect(rows[0]?.header).toBe(true);
    expect(tuples(rows[0]?.cells[3]?.lines ?? [])).toEqual([['Cơ quan chủ trì/', false, false], ['Lãnh đạo chủ trì', false, false]]);
    expect(rowTexts(rows[2]?.cells ?? [])).toEqual(['1.1', 'Kiện toàn Ban Chỉ đạo và Tổ / Giúp việc Ban Chỉ đạo CCHC.', '- Quyết định', 'Trưởng Phòng Nội / vụ quận.', 'Khi có phát / sinh']);
    expect(rows[2]?.cells[1]?.lines.every((l) => !l.hard)).toBe(true);
  });

  it('keeps a section title that runs across the columns in its cell', () => {
    expect(rowTexts(rows[1]?.cells ?? [])).toEqual(['1', 'Công tác chỉ đạo, điều hành và truyền thông về CCHC', '', '', '']);
  });

  it('drops page numbers, counts pages at form feeds, keeps the repeated header and the continuation row', () => {
    expect(rows.map((r) => r.page)).toEqual([1, 1, 1, 1, 2, 2, 2]);
    expect(rows[4]?.header).toBe(true);
    expect(rowTexts(rows[5]?.cells ?? [])).toEqual(['', 'và Trung ương ban hành, chỉ đạo.', '', '', '']);
    expect(JSON.stringify(rows)).not.toContain('- 2 -');
  });

  it('keeps the lines outside the table as running text', () => {
    expect(doc.text.split('\n')).toEqual([
      'PHỤ LỤC',
      'KẾ HOẠCH CỤ THỂ TRIỂN KHAI CÁC NHIỆM VỤ NĂM 2024',
      'Nơi nhận: các cơ quan, đơn vị thuộc quận và Ủy ban nhân dân 10 phường để thực hiện.',
      'Lưu: VT.',
    ]);
  });
});

describe('readText dispatch', () => {
  it('sends markdown pipe tables to the markdown reader', () => {
    const doc = readText('Phụ lục\n\n| STT | Nội dung |\n|---|---|\n| 1 | A |\n');
    expect(doc.format).toBe('markdown');
    expect(doc.tables[0]?.rows).toHaveLength(2);
  });

  it('sends mostly tab-separated lines to the delimited reader', () => {
    const doc = readText('STT\tNội dung\r\n1\t"A\r\nB"\r\n');
    expect(doc.format).toBe('tsv');
    expect(tuples(doc.tables[0]?.rows[1]?.cells[1]?.lines ?? [])).toEqual([['A', false, false], ['B', true, false]]);
  });

  it('gives a notice in prose no table, and its running text line for line (the prose reader needs the layout)', () => {
    const source = fixtureText('thong-bao-241-TB-VP-2025-ocr.txt');
    const doc = readText(source);
    expect(doc.tables).toHaveLength(0);
    const lines = doc.text.split('\n');
    expect(lines.length).toBe(source.replace(/\r\n?/g, '\n').split('\n').length);
    expect(lines).toContain('S6: 241/TB-VP Qudn 1, ngay 03 thang 4 nam 2025');
  });
});

describe('paragraphs', () => {
  const long = 'x'.repeat(60);
  it.each<[string, string[], string[]]>([
    ['wrapped lines join', [`${long} a`, `${long} b`, 'c.'], [`${long} a ${long} b c.`]],
    ['a short line ends the paragraph', ['Tiêu đề', `${long} a`, 'b'], ['Tiêu đề', `${long} a b`]],
    ['blank lines split', [`${long} a`, '', `${long} b`], [`${long} a`, `${long} b`]],
    ['list items start anew', [`${long} a`, '- mục', `${long} b`, '2. mục hai', 'II. PHẦN'], [`${long} a`, '- mục', `${long} b`, '2. mục hai', 'II. PHẦN']],
  ])('%s', (_name, input, output) => {
    expect(paragraphs(input)).toEqual(output);
  });
});
