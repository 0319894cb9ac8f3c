/**
 * Footnote markers are not glued to numbers in any reader: "năm 2011<sup>1</sup>" reads
 * "năm 2011", never "năm 20111"; an exponent after a unit stays one ("m²").
 */
import { strToU8, zipSync } from 'fflate';
import type { ReadDocument } from '../../../../src/core/model';
import { readDocx } from '../../../../src/core/import/readers/docx';
import { superscriptText, withoutGluedMarks } from '../../../../src/core/import/readers/footnote-marks';
import { readHtml } from '../../../../src/core/import/readers/html';
import { readMarkdown } from '../../../../src/core/import/readers/markdown';
import { rowTexts } from './helpers';

const HEADER = ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian'];

/** Cases: the cell as the source marks the superscript (`^x^` stands for it), the text read. */
const CASES: [string, string][] = [
  ['Tổng kết Nghị quyết năm 2011^1^', 'Tổng kết Nghị quyết năm 2011'],
  ['Theo Quyết định số 12/QĐ-UBND^2^ của Ủy ban', 'Theo Quyết định số 12/QĐ-UBND của Ủy ban'],
  ['Chỉ thị^(3)^ về cải cách', 'Chỉ thị về cải cách'],
  ['Quý I năm 2024^*^', 'Quý I năm 2024'],
  ['Cải tạo 500 m^2^ mặt bằng', 'Cải tạo 500 m² mặt bằng'],
];

function html(cell: string): string {
  const td = (s: string) => `<td>${s}</td>`;
  const body = cell.replace(/\^(.*?)\^/g, '<sup>$1</sup>');
  return `<table><tr>${HEADER.map(td).join('')}</tr><tr>${['1', body, 'Phòng Nội vụ', 'Quý I'].map(td).join('')}</tr></table>`;
}

function markdown(cell: string, unicode: boolean): string {
  const sup = (s: string) => (unicode ? s.replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)] as string) : `<sup>${s}</sup>`);
  const body = cell.replace(/\^(.*?)\^/g, (_, s: string) => sup(s));
  return `| ${HEADER.join(' | ')} |\n|---|---|---|---|\n| 1 | ${body} | Phòng Nội vụ | Quý I |\n`;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function docx(cell: string): Uint8Array {
  const run = (t: string, sup: boolean) =>
    `<w:r>${sup ? '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' : ''}<w:t xml:space="preserve">${t}</w:t></w:r>`;
  const para = (s: string) => `<w:p>${s.split(/(\^.*?\^)/).filter(Boolean).map((p) => (p.startsWith('^') ? run(p.slice(1, -1), true) : run(p, false))).join('')}</w:p>`;
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`;
  const body = `<w:tbl>${row(HEADER)}${row(['1', cell, 'Phòng Nội vụ', 'Quý I'])}</w:tbl>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

function taskCell(doc: ReadDocument): string {
  return rowTexts(doc.tables[0]?.rows[1]?.cells ?? [])[1] ?? '';
}

describe('footnote markers in every reader', () => {
  test.each(CASES)('HTML <sup>: %s', (cell, expected) => {
    expect(taskCell(readHtml(html(cell)))).toBe(expected);
  });

  test.each(CASES)('markdown from PDF, <sup>: %s', (cell, expected) => {
    expect(taskCell(readMarkdown(markdown(cell, false)))).toBe(expected);
  });

  test.each(CASES.filter(([c]) => /\^\(?[\d]+\)?\^/.test(c) && !c.includes('(')))('markdown from PDF, superscript digits: %s', (cell, expected) => {
    expect(taskCell(readMarkdown(markdown(cell, true)))).toBe(expected);
  });

  test.each(CASES)('.docx w:vertAlign superscript: %s', (cell, expected) => {
    const r = readDocx(docx(cell));
    if (!r.ok) throw new Error(r.error.message);
    expect(taskCell(r.value)).toBe(expected);
  });
});

describe('what a superscript run becomes', () => {
  test.each([
    ['1', 'năm 2011', ''],
    ['12', 'Nghị định', ''],
    ['(a)', 'điểm', ''],
    ['2', 'diện tích 500 m', '²'],
    ['3', '20 km', '³'],
    ['2', 'thôn', ''],
    ['Ghi chú thêm', 'Nội dung', ' Ghi chú thêm'],
  ])('<sup>%s</sup> after "%s" -> %j', (sup, before, expected) => {
    expect(superscriptText(sup, before)).toBe(expected);
  });

  test.each([
    ['năm 2011¹', 'năm 2011'],
    ['Nghị định¹² số 61', 'Nghị định số 61'],
    ['500 m² đất', '500 m² đất'],
    ['tổng 2011 và 2012', 'tổng 2011 và 2012'],
  ])('glued superscript digits: %s -> %s', (input, expected) => {
    expect(withoutGluedMarks(input)).toBe(expected);
  });
});
