/** The valid-syllable set, generated from phonotactics: real syllables in, spelling errors out. */
import { isSyllable, validSyllables } from '../../../src/core/ocr/syllables';

describe('valid Vietnamese syllables', () => {
  test.each([
    'giao', 'Giao', 'quốc', 'nghiệp', 'gì', 'gìn', 'giết', 'giữa', 'khuyến', 'chuyển', 'quyết', 'xuất',
    'hóa', 'hoá', 'thủy', 'thuỷ', 'quý', 'kỹ', 'kĩ', 'yêu', 'uyên', 'ngoài', 'trưởng', 'được', 'QUẬN',
  ])('%s is a syllable', (w) => {
    expect(isSyllable(w)).toBe(true);
  });

  test.each([
    // c/k/q and g/gh, ng/ngh spelling rules
    'ce', 'ka', 'gha', 'nghoa', 'nge', 'ngi', 'qa', 'kiac',
    // a stop-final rime takes only sắc or nặng
    'cat', 'bàt', 'hỏc', 'nghiêp',
    // English-model readings and acronyms
    'ciia', 'nhiém', 'Pirc', 'PAPI', 'CCHC', 'UBND', 'DDCI', 'SIPAS', 's6', 'N¢i',
  ])('%s is not', (w) => {
    expect(isSyllable(w)).toBe(false);
  });

  test('every word of the project\'s clean administrative texts is in the set', () => {
    const sample = 'Giao Phòng Nội vụ chủ trì, phối hợp các cơ quan, đơn vị tham mưu Ủy ban nhân dân quận hoàn thành trong quý III năm 2025; đề nghị Thủ trưởng khẩn trương triển khai, báo cáo kết quả thực hiện.';
    const words = sample.split(/[^\p{L}]+/u).filter(Boolean).filter((w) => w !== 'III');
    expect(words.filter((w) => !isSyllable(w))).toEqual([]);
  });

  test('the set is about the size of the language, not of a dictionary dump', () => {
    expect(validSyllables().size).toBeGreaterThan(12_000);
    expect(validSyllables().size).toBeLessThan(40_000);
  });
});
