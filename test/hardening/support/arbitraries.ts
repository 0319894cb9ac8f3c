/**
 * Inputs that look like what offices send: Vietnamese words with their diacritics (composed and
 * decomposed), the appendix's header words, deadline and target phrases, units, list marks,
 * markup (pipes, <br>, entities), odd whitespace (NBSP, zero-width, tabs, CR) and sometimes one
 * huge cell. Random ASCII alone would rarely reach the code paths that matter.
 */
import fc from 'fast-check';

/** The seed every hardening property runs with, so a failure is reproduced by running the file again. */
export const SEED = 20261122;

/** Words and fragments of real plans, and the characters around them that readers must survive. */
export const VOCABULARY: readonly string[] = [
  // header words
  'STT', 'TT', 'Nhiệm vụ', 'Nội dung công việc', 'Sản phẩm', 'Kết quả, sản phẩm dự kiến', 'Cơ quan chủ trì',
  'Đơn vị phối hợp', 'Lãnh đạo chủ trì', 'Thời gian hoàn thành', 'Thời hạn', 'Tiến độ', 'Ghi chú', '(1)', '(2)', '(3)',
  // sections and numbering
  'I', 'II.', 'IV', 'X.', '1', '1.', '2.3', '10', 'a)', 'b.', '-', '- ', '+', '•', '*', '–', '1)', '(', ')', '(((', ')))',
  // deadlines
  'Quý I', 'Quý II năm 2024', 'quý IV/2025', 'năm 2024', 'Năm 2025', 'tháng 12/2024', 'Tháng 6', '31/12/2024',
  '15/10', '30/6/24', 'trước ngày', 'Trước ngày 15/11/2024', 'hằng tháng', 'Hằng quý', 'hàng năm', 'định kỳ',
  '6 tháng đầu năm', 'cả năm', 'Thường xuyên', 'khi có yêu cầu', 'sau khi', 'đến', 'từ', '-', 'và', ';',
  // targets
  'tối thiểu', 'tối đa', 'đạt', 'trên', 'dưới', 'không quá', 'ít nhất', 'phấn đấu', '100%', '95%', '98,5%', '0,5 %',
  '5 ngày', '1.000', '2.500.000', 'hồ sơ', 'tỷ lệ', 'xếp hạng', 'thứ', 'top 10', 'CHỈ TIÊU', 'Chỉ tiêu', 'II. CHỈ TIÊU',
  // units and progress
  'Phòng Nội vụ', 'UBND các phường', 'Văn phòng HĐND và UBND quận', 'Phòng Tài chính - Kế hoạch', 'Công an quận',
  'chủ trì', 'phối hợp với', 'Trưởng phòng', 'các cơ quan, đơn vị liên quan', 'Đang thực hiện', 'Hoàn thành',
  'Chưa thực hiện', 'Tạm dừng', 'Done', 'ĐTH', 'Ðang',
  // noise and layout
  'Trang 3', 'Page 2 of 9', 'CamScanner', '<br>', '<br/>', '<p>', '</p>', '<ul><li>', '</li></ul>', '<b>', '</b>', '&nbsp;',
  '&amp;', '&lt;', '&#8203;', '|', '||', '\\|', '**', '__', '[x](y)', '<!-- page 2 -->', '---', '|---|---|', '"', '""', "'",
  // whitespace and invisible characters
  ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\r', '\u200b', '\ufeff', '\u00ad', '\u2028', '\u3000',
  // decomposed Vietnamese (NFD), a lone surrogate, an astral character, Latin-1 look-alikes of legacy fonts
  'Nhi\u0065\u0302\u0323m vu\u0323', 'Quy\u0301', '\ud800', '😀', 'Céng hßa', 'Coäng hoøa', 'Ð',
];

const word = fc.constantFrom(...VOCABULARY);
const digits = fc.integer({ min: 0, max: 1_000_000 }).map(String);
const year = fc.integer({ min: 1900, max: 2100 }).map((y) => `năm ${y}`);
const date = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d}/${m}/${y}`);
const unicodeBits = fc.string({ unit: 'grapheme', maxLength: 6 });
const anyChars = fc.string({ unit: 'binary', maxLength: 6 });

/** A token: mostly plan words, sometimes numbers, dates, random graphemes or any UTF-16 units. */
export const token: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: word },
  { weight: 2, arbitrary: digits },
  { weight: 1, arbitrary: year },
  { weight: 1, arbitrary: date },
  { weight: 2, arbitrary: unicodeBits },
  { weight: 1, arbitrary: anyChars },
);

/** Text of up to `max` tokens, joined by spaces or nothing. */
export function soup(max = 30): fc.Arbitrary<string> {
  return fc.array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '', '\n', ', ')), { maxLength: max }).map((parts) => parts.map(([t, s]) => t + s).join(''));
}

/** A cell's text: usually short, now and then a huge one (Excel's 32,767-character limit and far past it). */
export const cellText: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: soup(12) },
  { weight: 1, arbitrary: fc.tuple(word, fc.integer({ min: 1000, max: 8000 })).map(([w, n]) => `${w} `.repeat(n)) },
);

export interface TableShape {
  header: string[];
  rows: string[][];
}

const HEADER_WORDS = ['STT', 'Nhiệm vụ', 'Sản phẩm', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Ghi chú'];

/** A plan-like table: a header (a shuffled subset of real header words, sometimes junk) and rows of cells. */
export const tableShape: fc.Arbitrary<TableShape> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.shuffledSubarray(HEADER_WORDS, { minLength: 2 }) }, { weight: 1, arbitrary: fc.array(soup(3), { minLength: 1, maxLength: 8 }) }),
    fc.integer({ min: 0, max: 12 }),
  )
  .chain(([header, n]) =>
    fc.array(
      fc.oneof(
        // a task row: STT-ish first cell, then cells (sometimes ragged)
        { weight: 6, arbitrary: fc.tuple(fc.oneof(digits, word), fc.array(cellText, { minLength: Math.max(0, header.length - 2), maxLength: header.length + 1 })).map(([s, cs]) => [s, ...cs]) },
        // a section row: Roman or Arabic number, a title
        { weight: 1, arbitrary: fc.tuple(fc.constantFrom('I', 'II.', 'III', '1', '2.', 'IV'), soup(5)).map(([s, t]) => [s, t]) },
        // a repeated header or the column-number row
        { weight: 1, arbitrary: fc.constant(header.slice()) },
        { weight: 1, arbitrary: fc.constant(header.map((_, i) => `(${i + 1})`)) },
      ),
      { minLength: n, maxLength: n },
    ).map((rows) => ({ header, rows })),
  );

const pipeCell = (s: string) => s.replace(/\r?\n/g, '<br>');

export function toMarkdown(t: TableShape, page = 1): string {
  const line = (cells: string[]) => `| ${cells.map(pipeCell).join(' | ')} |`;
  return [`<!-- page ${page} -->`, '', line(t.header), `|${t.header.map(() => '---').join('|')}|`, ...t.rows.map(line), ''].join('\n');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** HTML table; `raw` leaves cell text unescaped so the markup in the vocabulary reaches the parser. */
export function toHtml(t: TableShape, raw: boolean): string {
  const cell = (s: string, tag: string) => `<${tag}>${raw ? s : escapeHtml(s)}</${tag}>`;
  const row = (cs: string[], tag = 'td') => `<tr>${cs.map((c) => cell(c, tag)).join('')}</tr>`;
  return `<html><body><p>KẾ HOẠCH năm 2024</p><table>${row(t.header, 'th')}${t.rows.map((r) => row(r)).join('')}</table></body></html>`;
}

export function toTsv(t: TableShape): string {
  const q = (s: string) => (/[\t\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [t.header, ...t.rows].map((r) => r.map(q).join('\t')).join('\r\n');
}

/** A whole document around one or more tables, in one of the text formats. */
export const textDocument: fc.Arbitrary<{ name: string; text: string }> = fc
  .tuple(soup(20), fc.array(tableShape, { minLength: 1, maxLength: 3 }), fc.constantFrom('md', 'html', 'html-raw', 'tsv', 'txt'))
  .map(([intro, tables, kind]) => {
    switch (kind) {
      case 'md': return { name: 'plan.md', text: `${intro}\n\n${tables.map((t, i) => toMarkdown(t, i + 1)).join('\n')}` };
      case 'html': return { name: 'plan.html', text: tables.map((t) => toHtml(t, false)).join('') };
      case 'html-raw': return { name: 'plan.html', text: tables.map((t) => toHtml(t, true)).join('') };
      case 'tsv': return { name: 'plan.tsv', text: toTsv(tables[0] as TableShape) };
      default: return { name: 'plan.txt', text: `${intro}\n${tables.map((t) => [t.header, ...t.rows].map((r) => r.join('   ')).join('\n')).join('\n\n')}` };
    }
  });

export const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
