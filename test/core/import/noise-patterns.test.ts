/**
 * Noise patterns a user types (README: `--noise`, the task pane's settings): literals matched
 * without regard to accents or case, or /regex/. Whatever they type, every line comes back.
 */
import { detectNoise, learnVocabulary } from '../../../src/core/import/noise';

const strip = (patterns: string[], line: string) => detectNoise([], learnVocabulary([]), patterns).strip(line);

describe('user noise patterns', () => {
  it('removes a literal whatever its accents and case', () => {
    expect(strip(['nguyen van a'], 'Báo cáo kết quả NGUYỄN VĂN A')).toEqual({ text: 'Báo cáo kết quả', removed: ['NGUYỄN VĂN A'] });
  });

  it('removes what a /regex/ matches', () => {
    expect(strip(['/trang \\d+/'], 'Kế hoạch rà soát Trang 12')).toEqual({ text: 'Kế hoạch rà soát', removed: ['Trang 12'] });
  });

  // A pattern that matches the empty string, on a line with an emoji or an astral CJK character,
  // once looped for ever: V8 moves a unicode regex's lastIndex back to the start of a pair.
  it.each([['/(?<=x)/'], ['/q*/'], ['/\\b/']])('%s on a line with astral characters comes back unchanged', (p) => {
    for (const line of ['😀', 'x😀x', 'Nhiệm vụ 😀 𠀀 số hóa', '\ud800😀']) expect(strip([p], line)).toEqual({ text: line, removed: [] });
  });

  it('a pattern that is no valid regex is ignored, not a failure', () => {
    expect(strip(['/[/'], 'Kế hoạch [1]')).toEqual({ text: 'Kế hoạch [1]', removed: [] });
  });
});
