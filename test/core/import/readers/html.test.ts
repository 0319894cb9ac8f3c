import { readHtml, stripClipboardHeader } from '../../../../src/core/import/readers/html';
import { htmlToLines } from '../../../../src/core/import/readers/html-flow';
import { fixtureText } from '../../../support/fixtures';
import { rowTexts, tuples, type LineTuple } from './helpers';

describe('readHtml on a table Word saved as a web page', () => {
  const doc = readHtml(fixtureText('word-saved-table.html'));
  const appendix = doc.tables[1];
  const row = (i: number) => appendix?.rows[i]?.cells ?? [];

  it('returns the letterhead table and the appendix table, in order', () => {
    expect(doc.format).toBe('html');
    expect(doc.tables.map((t) => t.index)).toEqual([0, 1]);
    expect(rowTexts(doc.tables[0]?.rows[0]?.cells ?? [])).toEqual([
      'ỦY BAN NHÂN DÂN / QUẬN 1',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('marks the <thead> row as header and numbers rows from 0', () => {
    expect(appendix?.rows.map((r) => r.header === true)).toEqual([true, false, false, false, false, false]);
    expect(appendix?.rows.map((r) => r.row)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rowTexts(row(0))).toEqual(['STT', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Cơ quan chủ trì/ / Lãnh đạo chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']);
  });

  it('drops the zero-height row Word adds for misaligned columns', () => {
    expect(appendix?.rows).toHaveLength(6);
  });

  it('keeps colspan on the section row and rowspan on the shared lead cell', () => {
    expect(row(2)[1]).toMatchObject({ colSpan: 5 });
    expect(row(2)).toHaveLength(2);
    expect(row(3)[3]).toMatchObject({ rowSpan: 2, lines: [{ text: 'Trưởng Phòng Nội vụ quận', hard: false }] });
    expect(row(4)).toHaveLength(5);
  });

  it('turns mso-list paragraphs into bullet lines without the drawn marker', () => {
    const cases: { cell: number; row: number; lines: LineTuple[] }[] = [
      { row: 3, cell: 2, lines: [['Quyết định;', false, true], ['Báo cáo kết quả.', true, true]] },
      { row: 4, cell: 2, lines: [['Kế hoạch triển khai;', false, true], ['Báo cáo đánh giá/Thông báo kết luận; giải pháp khắc phục.', true, true]] },
    ];
    for (const c of cases) expect(tuples(row(c.row)[c.cell]?.lines ?? [])).toEqual(c.lines);
  });

  it('keeps the number of an auto-numbered cell that holds nothing else', () => {
    expect(tuples(row(5)[0]?.lines ?? [])).toEqual([['1.3.', false, true]]);
  });

  it('splits paragraphs and <br> into hard lines; NFC; nbsp and <o:p> gone; a <sup> footnote marker dropped', () => {
    expect(tuples(row(3)[4]?.lines ?? [])).toEqual([['Thủ trưởng cơ quan, đơn vị;', false, false], ['Chủ tịch UBND 10 phường.', true, false]]);
    expect(tuples(row(4)[4]?.lines ?? [])).toEqual([['Quý I: trình kế hoạch', false, false], ['Hoàn thành tháng 10 năm 2024', true, false]]);
    expect(row(4)[1]?.lines[0]?.text).toBe('Thực hiện kiểm tra, khảo sát CCHC định kỳ tối thiểu 40% các cơ quan, đơn vị.');
    expect(row(5)[1]?.lines[0]?.text).toBe('Công bố Chỉ số CCHC năm 2023 của Quận 1');
    expect(row(5)[4]?.lines).toEqual([]);
    expect(row(5)[5]?.lines[0]?.text).toBe('Quý I năm 2024'.normalize('NFC'));
  });

  it('gives the running text without head, styles or conditional XML; list numbers kept', () => {
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'PHỤ LỤC',
      'KẾ HOẠCH CỤ THỂ TRIỂN KHAI CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024',
      '(Ban hành kèm theo Kế hoạch số: 04/KH-UBND ngày 04 tháng 01 năm 2024)',
      '1. Các nhiệm vụ trọng tâm như sau:',
    ]);
    expect(doc.text).not.toMatch(/font-family|mso-|Phòng Nội vụ<|Print|Kế hoạch CCHC năm 2024$/m);
  });
});

describe('readHtml on Word clipboard HTML (CF_HTML)', () => {
  const raw = fixtureText('clipboard-word.html');
  const doc = readHtml(raw);

  it('skips the Version/StartHTML header and reads the fragment', () => {
    expect(raw.startsWith('Version:0.9')).toBe(true);
    expect(stripClipboardHeader(raw).startsWith('<html')).toBe(true);
    expect(doc.tables).toHaveLength(1);
    expect(doc.text).toBe('');
    expect(rowTexts(doc.tables[0]?.rows[0]?.cells ?? [])).toEqual(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời hạn']);
  });

  it('keeps the Roman section row merged across three columns', () => {
    expect(doc.tables[0]?.rows[1]?.cells).toEqual([
      { lines: [{ text: 'I', hard: false }] },
      { lines: [{ text: 'CẢI CÁCH THỂ CHẾ', hard: false }], colSpan: 3 },
    ]);
  });

  it('flattens a nested table into the outer cell, one line per inner cell', () => {
    const cells = doc.tables[0]?.rows[2]?.cells ?? [];
    expect(cells).toHaveLength(4);
    expect(tuples(cells[1]?.lines ?? [])).toEqual([
      ['Rà soát văn bản quy phạm pháp luật & báo cáo kết quả', false, false],
      ['Quý I', true, false],
      ['Rà soát', true, false],
      ['Quý II', true, false],
      ['Báo cáo', true, false],
    ]);
    expect(tuples(cells[2]?.lines ?? [])).toEqual([['Phòng Tư pháp', false, false], ['(chủ trì tham mưu)', true, false]]);
  });
});

describe('readHtml: text only, whatever the markup', () => {
  it('drops scripts, styles, event handlers and comments', () => {
    const html = `<table><tr><th onclick="alert(1)">STT</th><th>Nội dung<script>alert('x')</script></th></tr>
      <tr><td><style>td{color:red}</style>1</td><td><!-- ghi chú ẩn --><a href="javascript:alert(1)">Rà soát</a><img src=x onerror="alert(1)"></td></tr></table>
      <script>document.write('<table><tr><td>giả</td></tr></table>')</script>`;
    const doc = readHtml(html);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.rows.map((r) => rowTexts(r.cells))).toEqual([['STT', 'Nội dung'], ['1', 'Rà soát']]);
    expect(doc.tables[0]?.rows[0]?.header).toBe(true);
    expect(JSON.stringify(doc)).not.toMatch(/alert|script|color|ghi chú ẩn|giả/);
  });

  it('reads Excel clipboard cells with <br> line breaks and a fragment that starts at <tr>', () => {
    const excel = `<tr height=40><td class=xl65 width=64>1.1</td><td class=xl66 width=200 style='white-space:normal'>Kế hoạch<br style='mso-data-placement:same-cell'>Báo cáo</td></tr>`;
    const doc = readHtml(excel);
    expect(doc.tables[0]?.rows[0]?.cells.map((c) => tuples(c.lines))).toEqual([
      [['1.1', false, false]],
      [['Kế hoạch', false, false], ['Báo cáo', true, false]],
    ]);
  });

  it.each<[string, string, LineTuple[]]>([
    ['li inside ul', '<ul><li>- Kế hoạch</li><li>Báo cáo</li></ul>', [['- Kế hoạch', false, true], ['Báo cáo', true, true]]],
    ['p inside li keeps the bullet', '<ol><li><p>Một</p></li><li><p>Hai</p><p>tiếp</p></li></ol>', [['Một', false, true], ['Hai', true, true], ['tiếp', true, false]]],
    ['br inside li continues without a bullet', '<ul><li>a<br>b</li></ul>', [['a', false, true], ['b', true, false]]],
    ['div and p blocks', '<div>a</div>b<p>c</p>', [['a', false, false], ['b', true, false], ['c', true, false]]],
    ['entities and nbsp', 'A&nbsp;&amp;&nbsp;B &lt;C&gt; &#7879;', [['A & B <C> ệ', false, false]]],
    ['empty lines dropped', '<p>&nbsp;</p><p> </p><br><p>x</p>', [['x', false, false]]],
    ['glyph-only marker of an empty paragraph dropped', "<p style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·</span></p>", []],
  ])('htmlToLines: %s', (_name, html, lines) => {
    expect(tuples(htmlToLines(html))).toEqual(lines);
  });
});

describe('readHtml on loose markup', () => {
  it('reads a table after an unclosed <head> with no <body>', () => {
    const doc = readHtml('<html><head><meta charset=utf-8><title>Kế hoạch</title><table><tr><td>STT</td><td>Nội dung</td></tr></table>');
    expect(doc.tables[0]?.rows.map((r) => rowTexts(r.cells))).toEqual([['STT', 'Nội dung']]);
    expect(doc.text).toBe('');
  });

  it('closes cells and rows the markup leaves open', () => {
    const doc = readHtml('<table><tr><td>1<td>a<p>b<tr><td>2<td>c</table><p>Sau bảng');
    expect(doc.tables[0]?.rows.map((r) => rowTexts(r.cells))).toEqual([['1', 'a / b'], ['2', 'c']]);
    expect(doc.text).toBe('Sau bảng');
  });
});
