import { readFileSync } from 'fs';
import { join } from 'path';
import { findPlanDate, inferPlanYear } from '../../../src/core/deadline';

const FIXTURES = join(__dirname, '../../fixtures');
const plan = readFileSync(join(FIXTURES, 'ke-hoach-04-KH-UBND-2024-quan-1.md'), 'utf8');
const notice = readFileSync(join(FIXTURES, 'thong-bao-241-TB-VP-2025-ocr.txt'), 'utf8');

describe('findPlanDate', () => {
  it.each([
    ['the sample plan', plan, '2024-01-04'],
    ['the OCR notice ("Qudn 1, ngay 03 thang 4 nam 2025")', notice, '2025-04-03'],
    ['a date line with diacritics and no leading zeros', 'Số: 12/KH-UBND\nHà Nội, ngày 4 tháng 1 năm 2025\nKẾ HOẠCH', '2025-01-04'],
    ['no date line, only a referenced decision', 'Căn cứ Quyết định số 6004/QĐ-UBND ngày 29 tháng 12 năm 2023', null],
    ['a date line that cannot be', 'Quận 1, ngày 31 tháng 02 năm 2024', null],
    ['nothing', '', null],
  ])('%s', (_name, text, expected) => expect(findPlanDate(text)).toBe(expected));
});

describe('inferPlanYear', () => {
  it('takes the title first', () => {
    const title = 'Thực hiện công tác cải cách hành chính trên địa bàn Quận 1 năm 2024';
    expect(inferPlanYear({ title, text: plan })).toEqual({ year: 2024, from: 'title' });
  });
  it('reads an OCR title ("Quy 1 nim 2025")', () => {
    const title = 'tai cuoc hop Giao ban Ban Chi dao — Quy 1 nim 2025';
    expect(inferPlanYear({ title, text: '' })).toEqual({ year: 2025, from: 'title' });
  });
  it('skips "tầm nhìn đến năm 2030" in a title', () => {
    const title = 'Kế hoạch chuyển đổi số năm 2025, tầm nhìn đến năm 2030';
    expect(inferPlanYear({ title, text: '' })).toEqual({ year: 2025, from: 'title' });
  });
  it('falls back to the date line', () => {
    expect(inferPlanYear({ title: 'Kế hoạch cải cách hành chính', text: plan })).toEqual({ year: 2024, from: 'date-line' });
    expect(inferPlanYear({ text: notice })).toEqual({ year: 2025, from: 'date-line' });
  });
  it('else counts "năm YYYY" in the opening text, leaving out dates of referenced documents', () => {
    const text = [
      'Căn cứ Quyết định số 1/QĐ-UBND ngày 2 tháng 1 năm 2023, ngày 3 tháng 2 năm 2023, ngày 4 tháng 3 năm 2023;',
      'Kết quả năm 2023; kế hoạch năm 2024; chỉ tiêu năm 2024.',
    ].join('\n');
    expect(inferPlanYear({ text })).toEqual({ year: 2024, from: 'text' });
  });
  it('gives null when nothing names a year', () => expect(inferPlanYear({ text: 'Kế hoạch' })).toBeNull());
});
