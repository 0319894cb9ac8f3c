/** Telling English-model OCR text from Vietnamese: the real fixtures against clean text. */
import { readdirSync } from 'fs';
import { join } from 'path';
import { detectDamage, looksVietnamese } from '../../../src/core/ocr/detect';
import { FIXTURES, fixtureText } from '../../support/fixtures';

describe('detecting an English-model OCR reading', () => {
  test.each(['thong-bao-241-TB-VP-2025-ocr.txt', 'ocr/thong-bao-kl-tan-binh-2023-ocr.txt'])('%s (real) is damaged', (f) => {
    const d = detectDamage(fixtureText(f));
    expect(d.damaged).toBe(true);
    expect(d.share).toBeGreaterThan(0.25);
    expect(d.bare).toBeGreaterThan(0.8);
  });

  const heldout = readdirSync(join(FIXTURES, 'ocr', 'heldout'));
  test.each(heldout.filter((f) => !f.includes('.ocr.')))('%s (clean) is not damaged, its OCR reading is', (f) => {
    const clean = detectDamage(fixtureText(`ocr/heldout/${f}`));
    expect(clean.damaged).toBe(false);
    expect(clean.share).toBe(0);
    expect(detectDamage(fixtureText(`ocr/heldout/${f.replace('.txt', '.ocr.txt')}`)).damaged).toBe(true);
  });

  test.each(['ke-hoach-04-KH-UBND-2024-quan-1.md', 'ke-hoach-12-KH-PVH-2025.html'])('%s (clean sample) is not damaged', (f) => {
    expect(detectDamage(fixtureText(f)).damaged).toBe(false);
  });

  test('numbers, document numbers and acronyms are not counted as damage', () => {
    const d = detectDamage('Căn cứ Kế hoạch số 413/KH-UBND ngày 22/11/2024 về nâng cao Chỉ số CCHC, PAPI, PCI, SIPAS, DDCI của quận năm 2025 và TTHC.');
    expect(d.notSyllables).toBe(0);
    expect(d.damaged).toBe(false);
  });

  test('a short text says nothing either way', () => {
    expect(detectDamage('Phong Noi vu').damaged).toBe(false);
  });

  test('the quick check: clean Vietnamese says yes at once, an English-model reading does not', () => {
    expect(looksVietnamese(fixtureText('ke-hoach-04-KH-UBND-2024-quan-1.md'))).toBe(true);
    expect(looksVietnamese(fixtureText('ocr/heldout/cong-van-quyet-toan.txt'))).toBe(true);
    expect(looksVietnamese(fixtureText('thong-bao-241-TB-VP-2025-ocr.txt'))).toBe(false);
    expect(looksVietnamese(fixtureText('ocr/heldout/cong-van-quyet-toan.ocr.txt'))).toBe(false);
  });
});
