import { strToU8, zipSync } from 'fflate';
import { readInput } from '../../../../src/core/import/readers';
import { detectLegacyEncoding } from '../../../../src/core/import/readers/legacy';
import { sniffFormat } from '../../../../src/core/import/readers/sniff';
import { renderError } from '../../../../src/i18n/messages';
import { fixtureBytes, fixtureText } from '../../../support/fixtures';
import { enc, rowTexts } from './helpers';

const SENTENCE = 'Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Kế hoạch thực hiện công tác cải cách hành chính năm 2024 của ủy ban nhân dân quận.';

/** TCVN3 (ABC): one byte per Vietnamese letter; only the letters of SENTENCE, written by hand. */
const TCVN3: Record<string, number> = {
  à: 0xb5, á: 0xb8, ả: 0xb6, ã: 0xb7, ạ: 0xb9, ă: 0xa8, â: 0xa9, ê: 0xaa, ô: 0xab, ơ: 0xac, ư: 0xad, đ: 0xae, Đ: 0xa7,
  ộ: 0xe9, ò: 0xdf, ủ: 0xf1, ĩ: 0xdc, ệ: 0xd6, ậ: 0xcb, ự: 0xf9, ú: 0xf3, ế: 0xd5, í: 0xdd,
};
/** VNI: a base letter and a mark byte (shown here as the Latin-1 letters a Unicode program displays). */
const VNI: Record<string, string> = {
  ộ: 'oä', ò: 'oø', ã: 'aõ', ủ: 'uû', ĩ: 'ó', ệ: 'eä', Đ: 'Ñ', ậ: 'aä', ự: 'öï', ạ: 'aï', ú: 'uù', ế: 'eá',
  ô: 'oâ', á: 'aù', ả: 'aû', à: 'aø', í: 'í', ă: 'aê', â: 'aâ', ư: 'ö', ơ: 'ô', đ: 'ñ',
};

function tcvn3Bytes(s: string): Uint8Array {
  return Uint8Array.from([...s], (c) => TCVN3[c] ?? c.charCodeAt(0));
}
function vniText(s: string): string {
  return [...s].map((c) => VNI[c] ?? c).join('');
}
const latin1 = (s: string) => Uint8Array.from([...s], (c) => c.charCodeAt(0));
const utf16le = (s: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[(bom ? 2 : 0) + i * 2] = s.charCodeAt(i) & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
};

const html = '<html><body><table><tr><td>STT</td><td>Nội dung</td></tr></table></body></html>';
const markdown = '| STT | Nội dung |\n|---|---|\n| 1 | Rà soát |\n';
const tsv = 'STT\tNội dung\r\n1\tRà soát\r\n';
const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 256);

describe('sniffFormat decides by content', () => {
  it.each<[string, string, Uint8Array, string]>([
    ['a .txt that is HTML', 'plan.txt', enc(html), 'html'],
    ['Word clipboard HTML (CF_HTML header)', 'clip.txt', fixtureBytes('clipboard-word.html'), 'html'],
    ['a .docx that is text', 'plan.docx', enc('Kế hoạch năm 2024\nkhông có bảng'), 'text'],
    ['a .html that is markdown', 'plan.html', enc(markdown), 'markdown'],
    ['the sample plan', 'ke-hoach.md', fixtureBytes('ke-hoach-04-KH-UBND-2024-quan-1.md'), 'markdown'],
    ['a real .docx named .txt', 'plan.txt', fixtureBytes('appendix-sample.docx'), 'docx'],
    ['a damaged zip (the docx reader explains)', 'plan.docx', fixtureBytes('appendix-sample.docx').subarray(0, 3000), 'docx'],
    ['tab-separated text', 'clip.txt', enc(tsv), 'tsv'],
    ['UTF-16 LE with BOM (Excel "Unicode Text")', 'clip.txt', utf16le(tsv), 'tsv'],
    ['UTF-16 LE without BOM', 'clip.txt', utf16le(tsv, false), 'tsv'],
    ['UTF-8 with BOM', 'plan.md', enc(`\ufeff${markdown}`), 'markdown'],
    ['a .csv', 'figures.csv', enc('STT,Nội dung\n1,A\n'), 'tsv'],
    ['a .md without tables', 'notes.md', enc('# Tiêu đề\n\nVăn bản.'), 'markdown'],
    ['markdown that opens with an HTML paragraph', 'plan.md', enc(`<p align="center">PHỤ LỤC</p>\n\n${markdown}`), 'markdown'],
    ['an HTML fragment that opens with <table>', 'clip.txt', enc('<table><tr><td>1</td></tr></table>'), 'html'],
    ['the OCR notice', 'thong-bao.txt', fixtureBytes('thong-bao-241-TB-VP-2025-ocr.txt'), 'text'],
  ])('%s', (_name, file, bytes, format) => {
    const r = sniffFormat(file, bytes);
    expect(r.ok ? r.format : r.error.code).toBe(format);
  });

  it.each<[string, string, Uint8Array, string, RegExp]>([
    ['binary bytes named .txt', 'plan.txt', random, 'binary-file', /binary file/],
    ['text with NUL bytes', 'plan.txt', enc('STT\u0000\u0000\u0000Nội dung'), 'binary-file', /binary/],
    ['an Excel workbook named .docx', 'plan.docx', xlsx, 'docx-not-word', /Excel workbook.*not a Word document/],
    ['a PDF', 'plan.docx', enc('%PDF-1.7\n%âãÏÓ\n'), 'unsupported-format', /PDF/],
    ['an old .doc', 'plan.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'unsupported-format', /\.doc/],
    ['TCVN3 bytes', 'ke-hoach.txt', tcvn3Bytes(SENTENCE), 'legacy-encoding', /legacy TCVN3 Vietnamese encoding; convert it to Unicode \(e\.g\. Unikey > Convert\)/],
    ['TCVN3 text already in UTF-8', 'ke-hoach.txt', enc(new TextDecoder('windows-1252').decode(tcvn3Bytes(SENTENCE))), 'legacy-encoding', /TCVN3/],
    ['VNI bytes', 'ke-hoach.txt', latin1(vniText(SENTENCE)), 'legacy-encoding', /legacy VNI Vietnamese encoding/],
    ['VNI text in an HTML table, UTF-8', 'ke-hoach.htm', enc(`<table><tr><td>${vniText(SENTENCE)}</td></tr></table>`), 'legacy-encoding', /VNI/],
  ])('fails for %s', (_name, file, bytes, code, message) => {
    const r = sniffFormat(file, bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    // The wording lives in src/i18n; what it says is pinned in English, the Plan carries Vietnamese.
    expect(renderError(r.error, 'en')).toMatch(message);
    expect(r.error.message).toBe(renderError(r.error, 'vi'));
    expect(r.error.where).toBe(file);
  });

  it('reads 8-bit HTML in the charset it declares, and guesses Windows-1258 otherwise', () => {
    // "Quý" in Windows-1258: y + combining acute (0xEC).
    const bytes = Uint8Array.from([...enc('<html><head><meta charset=windows-1258></head><body>Qu'), 0x79, 0xec, ...enc('</body></html>')]);
    const declared = sniffFormat('a.htm', bytes);
    expect(declared.ok && declared.format).toBe('html');
    expect(declared.ok && declared.encodingWarning).toBeFalsy();
    expect(declared.ok && declared.text?.normalize('NFC')).toContain('Quý');
    const guessed = sniffFormat('a.txt', Uint8Array.from([...enc('Qu'), 0x79, 0xec, ...enc(' I')]));
    expect(guessed.ok && guessed.encodingWarning?.code).toBe('encoding-guessed');
  });
});

describe('detectLegacyEncoding leaves Unicode text alone', () => {
  it.each([
    ['the sample plan', fixtureText('ke-hoach-04-KH-UBND-2024-quan-1.md')],
    ['the OCR notice', fixtureText('thong-bao-241-TB-VP-2025-ocr.txt')],
    ['a few foreign names', `${SENTENCE} Hội thảo với ông Müller, bà Françoise và Jürgen tại Zürich; nhiệt độ 30°C, «trích dẫn», năm 2011¹.`],
    ['Windows-1258 text with combining marks', new TextDecoder('windows-1258').decode(Uint8Array.from([...enc('Quy'), 0xec, ...enc(' I n'), 0xe3, ...enc('m 2024')]))],
  ])('%s', (_name, text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });
});

describe('readInput', () => {
  it.each<[string, Uint8Array, string, number]>([
    ['ke-hoach-04.md', fixtureBytes('ke-hoach-04-KH-UBND-2024-quan-1.md'), 'markdown', 39],
    ['phu-luc.htm', fixtureBytes('word-saved-table.html'), 'html', 2],
    ['clipboard.html', fixtureBytes('clipboard-word.html'), 'html', 1],
    ['phu-luc.docx', fixtureBytes('appendix-sample.docx'), 'docx', 2],
    ['clipboard.tsv', utf16le(tsv), 'tsv', 1],
    ['figures.csv', enc('STT,Nội dung\n1,"A, B"\n'), 'tsv', 1],
  ])('reads %s', (name, bytes, format, tables) => {
    const r = readInput({ name, bytes });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.format).toBe(format);
    expect(r.value.tables).toHaveLength(tables);
    expect(r.value.warnings.filter((w) => w.code === 'format-sniffed')).toEqual([]);
  });

  it('reads a CSV with commas as its delimiter', () => {
    const r = readInput({ name: 'figures.csv', bytes: enc('STT,Nội dung\n1,"A, B"\n') });
    expect(r.ok && rowTexts(r.value.tables[0]?.rows[1]?.cells ?? [])).toEqual(['1', 'A, B']);
  });

  it.each<[string, string, Uint8Array]>([
    ['plan.txt', 'html', enc(html)],
    ['plan.docx', 'markdown', enc(markdown)],
    ['plan.md', 'docx', fixtureBytes('appendix-sample.docx')],
    ['plan.html', 'tsv', enc(tsv)],
  ])('warns format-sniffed when %s holds %s', (name, format, bytes) => {
    const r = readInput({ name, bytes });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.format).toBe(format);
    expect(r.value.warnings.map((w) => [w.code, w.detail?.format])).toEqual([['format-sniffed', format]]);
  });

  it('does not warn for text formats in a .txt', () => {
    for (const bytes of [enc(markdown), enc(tsv), enc('văn bản')]) {
      const r = readInput({ name: 'a.txt', bytes });
      expect(r.ok && r.value.warnings).toEqual([]);
    }
  });

  it('names the file and the place in failures', () => {
    const good = fixtureBytes('appendix-sample.docx');
    const cases: [Uint8Array, string, string][] = [
      [good.subarray(0, 3000), 'docx-unreadable', 'ke-hoach.docx, zip archive'],
      [random, 'binary-file', 'ke-hoach.docx'],
      [tcvn3Bytes(SENTENCE), 'legacy-encoding', 'ke-hoach.docx'],
    ];
    for (const [bytes, code, where] of cases) {
      const r = readInput({ name: 'ke-hoach.docx', bytes });
      expect(r.ok ? null : [r.error.code, r.error.where]).toEqual([code, where]);
    }
  });
});
