import { guessDelimiter, looksDelimited, readDelimited } from '../../../../src/core/import/readers/tsv';
import { rowTexts, tuples } from './helpers';

describe('readDelimited on clipboard text', () => {
  // As Excel copies it: CRLF rows, a cell with line breaks quoted, quotes inside doubled.
  const excel = [
    'STT\tNhiệm vụ\tSản phẩm\tThời gian',
    '1\tCông tác chỉ đạo\t\t',
    '1.1\t"Kiện toàn Ban Chỉ đạo ""CCHC"" quận"\t"- Quyết định;\r\n- Báo cáo."\tKhi có phát sinh',
    '1.2\tTriển khai\t"Kế hoạch\n\nCông văn"\t"Quý I/2024"',
  ].join('\r\n') + '\r\n';

  it('reads one table, rows numbered from 0, no running text', () => {
    const doc = readDelimited(excel);
    expect(doc.format).toBe('tsv');
    expect(doc.tables).toHaveLength(1);
    expect(doc.text).toBe('');
    expect(doc.warnings).toEqual([]);
    expect(doc.tables[0]?.rows.map((r) => r.row)).toEqual([0, 1, 2, 3]);
    expect(rowTexts(doc.tables[0]?.rows[1]?.cells ?? [])).toEqual(['1', 'Công tác chỉ đạo', '', '']);
  });

  it('turns newlines inside quoted cells into hard lines and undoubles quotes', () => {
    const cells = readDelimited(excel).tables[0]?.rows[2]?.cells ?? [];
    expect(tuples(cells[1]?.lines ?? [])).toEqual([['Kiện toàn Ban Chỉ đạo "CCHC" quận', false, false]]);
    expect(tuples(cells[2]?.lines ?? [])).toEqual([['- Quyết định;', false, false], ['- Báo cáo.', true, false]]);
    const next = readDelimited(excel).tables[0]?.rows[3]?.cells ?? [];
    expect(tuples(next[2]?.lines ?? [])).toEqual([['Kế hoạch', false, false], ['Công văn', true, false]]);
    expect(next[3]?.lines[0]?.text).toBe('Quý I/2024');
  });

  it("splits at Word's vertical tab (Shift+Enter) too", () => {
    const doc = readDelimited('A\tB\r\n1\tdòng một\u000bdòng hai\r\n');
    expect(tuples(doc.tables[0]?.rows[1]?.cells[1]?.lines ?? [])).toEqual([['dòng một', false, false], ['dòng hai', true, false]]);
  });

  it('reads CSV with commas, quoted commas kept', () => {
    const doc = readDelimited('STT,Nội dung\n1,"Rà soát, báo cáo"\n', ',');
    expect(doc.tables[0]?.rows.map((r) => rowTexts(r.cells))).toEqual([['STT', 'Nội dung'], ['1', 'Rà soát, báo cáo']]);
  });

  it('warns about ragged rows and keeps every cell', () => {
    const doc = readDelimited('A\tB\tC\n1\t2\n1\t2\t3\t4\n');
    expect(doc.tables[0]?.rows.map((r) => r.cells.length)).toEqual([3, 2, 4]);
    expect(doc.warnings.map((w) => [w.code, w.row])).toEqual([['ragged-row', 1], ['ragged-row', 2]]);
  });

  it('makes text NFC and drops a byte order mark', () => {
    const doc = readDelimited(`\ufeffA\t${'Quý'.normalize('NFD')}\n`);
    expect(rowTexts(doc.tables[0]?.rows[0]?.cells ?? [])).toEqual(['A', 'Quý']);
  });

  it('gives no table for empty text', () => {
    expect(readDelimited('').tables).toEqual([]);
  });
});

describe('delimiter detection', () => {
  it.each<[string, '\t' | ',']>([
    ['a\tb\nc\td', '\t'],
    ['a,b\nc,d', ','],
    ['"x\ty",b\nc,d', ','],
    ['a\t"b,c"', '\t'],
  ])('guessDelimiter(%j) is %j', (text, delim) => {
    expect(guessDelimiter(text)).toBe(delim);
  });

  it.each<[string, boolean]>([
    ['STT\tNội dung\n1\tA\n2\tB', true],
    ['\tnội dung tiếp\t\t\t\n1.2\tB\t\t\t', true],
    ['1\t"dòng một\ndòng hai\ndòng ba"\n2\tx', true],
    ['\tCăn cứ Quyết định số 1.\n\tThực hiện Kế hoạch số 2.\nKhông có bảng.', false],
    ['Văn bản thường\nkhông có tab', false],
  ])('looksDelimited(%j) is %s', (text, expected) => {
    expect(looksDelimited(text)).toBe(expected);
  });
});
