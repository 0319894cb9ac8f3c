import { strToU8, zipSync } from 'fflate';
import { readDocx } from '../../../../src/core/import/readers/docx';
import { renderError } from '../../../../src/i18n/messages';
import type { ReadDocument } from '../../../../src/core/model';
import { fixtureBytes } from '../../../support/fixtures';
import { appendixDocx } from './docx-sample';
import { rowTexts, tuples, type LineTuple } from './helpers';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const RELS = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A minimal .docx around a hand-written body (and numbering/styles when given). */
function docx(body: string, parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(RELS),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  };
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

function read(bytes: Uint8Array): ReadDocument {
  const r = readDocx(bytes);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const para = (text: string, pPr = '') => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content}</w:tc>`;
const numPr = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

describe('readDocx on a plan written by Word (generated with the docx package)', () => {
  let doc: ReadDocument;
  beforeAll(async () => {
    doc = read(await appendixDocx());
  });
  const appendix = () => doc.tables[1]?.rows ?? [];

  it('returns the letterhead and appendix tables in order, body paragraphs as text', () => {
    expect(doc.format).toBe('docx');
    expect(doc.tables.map((t) => t.index)).toEqual([0, 1]);
    expect(rowTexts(doc.tables[0]?.rows[0]?.cells ?? [])).toEqual(['ỦY BAN NHÂN DÂN / QUẬN 1', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc']);
    expect(doc.text.split('\n')).toEqual(['KẾ HOẠCH', 'Thực hiện công tác cải cách hành chính năm 2024', 'I. MỤC TIÊU', 'II. CHỈ TIÊU', 'PHỤ LỤC', 'Nơi nhận:']);
    expect(doc.warnings).toEqual([]);
  });

  it('marks the w:tblHeader row as header and numbers rows from 0', () => {
    expect(appendix().map((r) => r.header === true)).toEqual([true, false, false, false, false, false, false]);
    expect(appendix().map((r) => r.row)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('turns w:gridSpan section rows into colSpan', () => {
    expect(appendix()[1]?.cells).toEqual([{ lines: [{ text: '1', hard: false }] }, { lines: [{ text: 'Công tác chỉ đạo, điều hành', hard: false }], colSpan: 5 }]);
    expect(appendix()[5]?.cells[1]?.colSpan).toBe(5);
  });

  it('resolves the lead unit shared by three rows (w:vMerge) into rowSpan 3, continue cells removed', () => {
    expect(appendix()[2]?.cells[3]).toEqual({ lines: [{ text: 'Trưởng Phòng Nội vụ quận', hard: false }], rowSpan: 3 });
    expect(appendix().slice(2, 5).map((r) => r.cells.length)).toEqual([6, 5, 5]);
    expect(rowTexts(appendix()[3]?.cells ?? [])).toEqual(['1.2', 'Kiểm tra công tác CCHC', 'Kế hoạch', 'Các phòng', 'Quý I: kế hoạch / Quý IV: báo cáo']);
  });

  it('gives paragraphs and w:br as hard lines, bulleted and numbered paragraphs as bullet lines', () => {
    const cases: { row: number; cell: number; lines: LineTuple[] }[] = [
      { row: 2, cell: 1, lines: [['Kiện toàn Ban Chỉ đạo', false, false], ['CCHC Quận 1.', true, false]] },
      { row: 2, cell: 2, lines: [['Quyết định;', false, true], ['Báo cáo.', true, true]] },
      { row: 2, cell: 4, lines: [['Văn phòng UBND quận;', false, true], ['UBND 10 phường.', true, true]] },
      { row: 3, cell: 4, lines: [['Quý I: kế hoạch', false, false], ['Quý IV: báo cáo', true, false]] },
    ];
    for (const c of cases) expect({ ...c, lines: tuples(appendix()[c.row]?.cells[c.cell]?.lines ?? []) }).toEqual(c);
  });

  it('reads w:tab as a space, drops deleted text, keeps inserted text', () => {
    expect(appendix()[4]?.cells[1]?.lines).toEqual([{ text: 'Công bố Chỉ số CCHC năm 2023', hard: false }]);
  });

  it('the saved fixture is the same document', () => {
    const saved = read(fixtureBytes('appendix-sample.docx'));
    expect(saved.tables.map((t) => t.rows.map((r) => rowTexts(r.cells)))).toEqual(doc.tables.map((t) => t.rows.map((r) => rowTexts(r.cells))));
  });
});

describe('readDocx on hand-written WordprocessingML', () => {
  it('finds the grid column of each continue cell (gridSpan and gridBefore before it)', () => {
    const body = `<w:tbl>
      <w:tr>${tc(para('A'))}${tc(para('B'), '<w:gridSpan w:val="2"/>')}${tc(para('C'), '<w:vMerge w:val="restart"/>')}${tc(para('X'), '<w:vMerge w:val="restart"/>')}</w:tr>
      <w:tr>${tc(para('D'))}${tc(para('E'))}${tc(para('F'))}${tc('<w:p/>', '<w:vMerge/>')}${tc('<w:p/>', '<w:vMerge w:val="continue"/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="3"/></w:trPr>${tc('<w:p/>', '<w:vMerge/>')}${tc(para('Y'))}</w:tr>
    </w:tbl>`;
    const rows = read(docx(body)).tables[0]?.rows ?? [];
    expect(rows.map((r) => rowTexts(r.cells))).toEqual([['A', 'B', 'C', 'X'], ['D', 'E', 'F'], ['Y']]);
    expect(rows[0]?.cells.map((c) => c.rowSpan ?? 1)).toEqual([1, 1, 3, 2]);
  });

  it('keeps a continue cell with no restart above as an ordinary cell', () => {
    const body = `<w:tbl><w:tr>${tc(para('a'), '<w:vMerge/>')}${tc(para('b'))}</w:tr></w:tbl>`;
    expect(read(docx(body)).tables[0]?.rows[0]?.cells).toEqual([{ lines: [{ text: 'a', hard: false }] }, { lines: [{ text: 'b', hard: false }] }]);
  });

  it('merges legacy w:hMerge cells into one with colSpan', () => {
    const body = `<w:tbl><w:tr>${tc(para('I'))}${tc(para('CẢI CÁCH'), '<w:hMerge w:val="restart"/>')}${tc('<w:p/>', '<w:hMerge/>')}</w:tr></w:tbl>`;
    expect(read(docx(body)).tables[0]?.rows[0]?.cells).toEqual([{ lines: [{ text: 'I', hard: false }] }, { lines: [{ text: 'CẢI CÁCH', hard: false }], colSpan: 2 }]);
  });

  it('flattens a nested table into its cell', () => {
    const inner = `<w:tbl><w:tr>${tc(para('Quý I'))}${tc(para('Rà soát'), '<w:gridSpan w:val="2"/>')}</w:tr><w:tr>${tc(para('Quý II'), '<w:vMerge w:val="restart"/>')}</w:tr></w:tbl>`;
    const body = `<w:tbl><w:tr>${tc(para('1'))}${tc(para('Nội dung') + inner + '<w:p/>')}${tc(para('x'))}</w:tr></w:tbl>`;
    const doc = read(docx(body));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]?.rows[0]?.cells.map((c) => c.lines.map((l) => l.text))).toEqual([['1'], ['Nội dung', 'Quý I', 'Rà soát', 'Quý II'], ['x']]);
    expect(doc.tables[0]?.rows[0]?.cells.every((c) => c.colSpan === undefined && c.rowSpan === undefined)).toBe(true);
  });

  it.each<[string, string, string]>([
    ['deleted and moved-away text dropped, inserted kept', '<w:p><w:r><w:t>Quý </w:t></w:r><w:del w:id="1"><w:r><w:delText>II</w:delText></w:r></w:del><w:moveFrom w:id="2"><w:r><w:t>cũ</w:t></w:r></w:moveFrom><w:ins w:id="3"><w:r><w:t>III</w:t></w:r></w:ins></w:p>', 'Quý III'],
    ['field codes ignored, field results kept', '<w:p><w:r><w:t>Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>/9</w:t></w:r></w:fldSimple></w:p>', 'Trang 3/9'],
    ['content controls kept, their properties not', '<w:sdt><w:sdtPr><w:alias w:val="Tên"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Phòng Nội vụ</w:t></w:r></w:p></w:sdtContent></w:sdt>', 'Phòng Nội vụ'],
    ['symbols, drawings and the fallback of alternate content ignored', '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>A</w:t></w:r><w:r><w:drawing><w:t>hình</w:t></w:drawing></w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>B</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>B</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>', 'AB'],
    ['hidden text (w:vanish) dropped', '<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn </w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>hiện</w:t></w:r></w:p>', 'hiện'],
    ['tabs, non-breaking hyphens, NFC', `<w:p><w:r><w:t>${'Quý'.normalize('NFD')}</w:t><w:tab/><w:t>I</w:t><w:noBreakHyphen/><w:t>II</w:t></w:r></w:p>`, 'Quý I-II'],
  ])('%s', (_name, body, text) => {
    expect(read(docx(body)).text).toBe(text);
  });

  it('resolves numbering.xml and list styles: auto-numbered STT cells keep their number', () => {
    const numbering = `<w:numbering ${W}>
      <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
      <w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>`;
    const styles = `<w:styles ${W}><w:style w:type="paragraph" w:styleId="ListBullet"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="MyBullet"><w:basedOn w:val="ListBullet"/></w:style></w:styles>`;
    const body = para('NHIỆM VỤ', `<w:pStyle w:val="Normal"/>${numPr(3)}`) + para('TỔ CHỨC', numPr(3))
      + `<w:tbl>
        <w:tr>${tc(para('', numPr(1)))}${tc(para('Công tác chỉ đạo'))}</w:tr>
        <w:tr>${tc(para('', numPr(1, 1)))}${tc(para('Kế hoạch', numPr(2)) + para('Báo cáo', '<w:pStyle w:val="MyBullet"/>') + para('Ghi chú', `<w:pStyle w:val="MyBullet"/><w:numPr><w:numId w:val="0"/></w:numPr>`))}</w:tr>
        <w:tr>${tc(para('', numPr(1, 1)))}${tc(para('Tiếp'))}</w:tr>
        <w:tr>${tc(para('', numPr(1)))}${tc(para('Cải cách thể chế'))}</w:tr>
      </w:tbl>`;
    const doc = read(docx(body, { 'word/numbering.xml': numbering, 'word/styles.xml': styles }));
    expect(doc.text).toBe('I. NHIỆM VỤ\nII. TỔ CHỨC');
    const rows = doc.tables[0]?.rows ?? [];
    expect(rows.map((r) => r.cells[0]?.lines[0]?.text)).toEqual(['1.', '1.1', '1.2', '2.']);
    expect(tuples(rows[1]?.cells[1]?.lines ?? [])).toEqual([['Kế hoạch', false, true], ['Báo cáo', true, true], ['Ghi chú', true, false]]);
  });

  it('warns and still marks list items when numbering.xml is malformed', () => {
    const body = para('Mục', numPr(4)) + `<w:tbl><w:tr>${tc(para('Kế hoạch', numPr(4)))}</w:tr></w:tbl>`;
    const doc = read(docx(body, { 'word/numbering.xml': '<w:numbering><w:num>' }));
    expect(doc.warnings.map((w) => w.code)).toEqual(['docx-numbering-unreadable']);
    expect(doc.text).toBe('- Mục');
    expect(doc.tables[0]?.rows[0]?.cells[0]?.lines).toEqual([{ text: 'Kế hoạch', hard: false, bullet: true }]);
  });

  it('follows _rels/.rels to a main part that is not word/document.xml', () => {
    const files = {
      '_rels/.rels': strToU8(RELS.replace('word/document.xml', 'word/document2.xml')),
      'word/document2.xml': strToU8(`<w:document ${W}><w:body>${para('Khác')}</w:body></w:document>`),
    };
    expect(read(zipSync(files)).text).toBe('Khác');
  });
});

describe('readDocx failures', () => {
  const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
  const good = docx(para('x'));
  const random = new Uint8Array(2048).map((_, i) => (i * 7919 + 13) % 251);

  it.each<[string, Uint8Array, string, RegExp]>([
    ['random bytes', random, 'docx-unreadable', /not a Word \.docx document/],
    ['a truncated zip', good.subarray(0, Math.floor(good.length / 2)), 'docx-unreadable', /damaged: its zip archive cannot be opened/],
    ['an Excel workbook', xlsx, 'docx-not-word', /an Excel workbook \(\.xlsx\), not a Word document/],
    ['malformed XML', docx('<w:p><w:r><w:t>a</w:r></w:p>'), 'docx-unreadable', /word\/document\.xml is not well-formed XML/],
  ])('%s', (_name, bytes, code, message) => {
    const r = readDocx(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    // The wording lives in src/i18n; what it says is pinned in English, the Plan carries Vietnamese.
    expect(renderError(r.error, 'en')).toMatch(message);
    expect(r.error.message).toBe(renderError(r.error, 'vi'));
  });

  it('says where malformed XML breaks (part, line, column)', () => {
    const r = readDocx(docx('<w:p><w:r><w:t>a</w:r></w:p>'));
    expect(r.ok ? '' : r.error.where).toMatch(/^word\/document\.xml:1:\d+$/);
  });
});
