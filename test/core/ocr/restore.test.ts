/**
 * Restoring English-model OCR text: what must never change, what is given back, and that
 * clean Vietnamese comes through untouched.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { restoreText } from '../../../src/core/ocr/restore';
import { FIXTURES } from '../../support/fixtures';

const restore = (s: string): string => restoreText(s).text;

describe('never changed by guesswork', () => {
  // Each line is damaged text around the thing that must stay exactly as read.
  test.each([
    ['a number', 'Giao Phong Noi vu hoan thanh trong thang 10 nam 2025', ['10', '2025']],
    ['a document number', 'theo K& hoach s6 413/KH-UBND ngay 22 thang 11 nim 2024 cia Uy ban', ['413/KH-UBND']],
    ['a decision number with a slash and letters', 'Quyét dinh s6 193/QD-UBND ngay 21 thang 01', ['193/QD-UBND']],
    ['acronyms', 'nang cao Chi s6 CCHC, TTHC, PAPI, PCI, SIPAS va DDCI cta quan', ['CCHC', 'TTHC', 'PAPI', 'PCI', 'SIPAS', 'DDCI']],
    ['a hyphenated index', 'Chi s6 cai cach hanh chinh (PAR-Index) nam 2023', ['PAR-Index']],
    ['UBND in a sentence', 'Van phong UBND quan tham muu', ['UBND']],
    ['a decimal figure', 'ty 1€ dat 99,5% trong nam', ['99,5%']],
    ['a person\'s name', 'Giao dong chi Nguyén Duy An, Phé Chii tich Uy ban nhan dan quan', ['Nguyén Duy An']],
    ['another name', 'dong chi Lé Pirc Thanh, Chi tich Uy ban nhan dan quan', ['Lé Pirc Thanh']],
    ['a name after a title', 'Chu tich Uy ban nhan dan quén Nguyén Ba Thanh két luan', ['Nguyén Ba Thanh']],
    ['foreign words no syllable explains', 'hop truc tuyén qua Google Meet va video clip trén Facebook', ['Google Meet', 'video clip', 'Facebook']],
  ])('%s', (_what, damaged, kept) => {
    const out = restore(damaged);
    for (const k of kept) expect(out).toContain(k);
  });

  test('a correct word is not turned into another: "Giao" stays "Giao"', () => {
    expect(restore('Giao Phong Noi vu chu tri, phdi hop cac don vi').startsWith('Giao ')).toBe(true);
    expect(restore('- Giao Van phong Uy ban nhan dan phudng theo doi')).toMatch(/^- Giao /);
  });
});

describe('given back as Vietnamese', () => {
  test.each([
    ['Phong N¢i vu', 'Phòng Nội vụ'],
    ['Uy ban nhan dan quan', 'Ủy ban nhân dân quận'],
    ['ngay 03 thang 4 nam 2025', 'ngày 03 tháng 4 năm 2025'],
    ['trong Quy 2 nam 2025', 'trong Quý 2 năm 2025'],
    ['Két luin ciia Chu tich', 'Kết luận của Chủ tịch'],
    ['cai cach hanh chinh', 'cải cách hành chính'],
    ['Chuyén doi sb', 'Chuyển đổi số'],
    ['Thu truwéng cac co quan, don vi', 'Thủ trưởng các cơ quan, đơn vị'],
    ['UY BAN NHAN DAN', 'ỦY BAN NHÂN DÂN'],
    ['THONG BAO', 'THÔNG BÁO'],
    ['Giao Phong Tu phap chu tri, phdi hop', 'Giao Phòng Tư pháp chủ trì, phối hợp'],
    ['bdo cdo két qua thuc hién', 'báo cáo kết quả thực hiện'],
  ])('%s -> %s', (damaged, clean) => {
    expect(restore(damaged)).toBe(clean);
  });

  test('counts the syllables it changed', () => {
    const r = restoreText('Phong N¢i vu chu tri');
    expect(r.text).toBe('Phòng Nội vụ chủ trì');
    expect(r.changed).toBe(5);
  });

  test('the directory\'s unit names are evidence', () => {
    const vocabulary = ['Ban Quản lý chợ Bến Thành'];
    expect(restoreText('Giao Ban Quan ly cho Bén Thanh chu tri', { vocabulary }).text).toBe('Giao Ban Quản lý chợ Bến Thành chủ trì');
  });

  test('keeps the layout: line breaks, punctuation and spacing', () => {
    const damaged = 'Giao Phong Noi vu:\n- Tham muu  Uy ban;\n\n2. Giao Phong Tu phap.';
    const out = restore(damaged);
    expect(out.replace(/\p{L}+/gu, 'w')).toBe(damaged.replace(/[\p{L}¢€]+/gu, 'w'));
  });
});

describe('clean Vietnamese comes through unchanged', () => {
  const dirs = [join(FIXTURES, 'ocr', 'heldout'), join(FIXTURES, 'ocr', 'real')];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt') && !f.endsWith('.ocr.txt')).map((f) => join(d, f)));
  test.each(files)('%s', (file) => {
    const clean = readFileSync(file, 'utf8');
    const r = restoreText(clean);
    expect(r.changed).toBe(0);
    expect(r.text).toBe(clean.normalize('NFC'));
  });

  test('the sample plan (markdown) is unchanged', () => {
    const md = readFileSync(join(FIXTURES, 'ke-hoach-04-KH-UBND-2024-quan-1.md'), 'utf8');
    expect(restoreText(md).changed).toBe(0);
  });
});
