/**
 * Target phrases as an English-model OCR writes them (issue 10). Latin-1 accents are read loosely
 * only in text that holds no Vietnamese-only letter; typed Vietnamese is read as written.
 */
import { extractTargets } from '../../../src/core/targets';

const read = (s: string) => extractTargets(s, { idPrefix: 'T' }).map((t) => `${t.comparator}${t.value}${t.unit}`);

describe('target phrases with OCR slips', () => {
  it.each([
    ['đạt tỷ lệ tối thiểu 40%', 'dat ty 18 t6i thiéu 40%', ['>=40%']],
    ['đạt từ 95% trở lên', 'dat tu 95% trd 1én', ['>=95%']],
    ['trên 80% người dân', 'trén 80% ngudi dan', ['>80%']],
  ])('%s / %s', (clean, damaged, want) => {
    expect(read(clean)).toEqual(want);
    expect(read(damaged)).toEqual(want);
  });

  it('reads typed Vietnamese as written: "đất" is no "đạt"', () => {
    expect(read('diện tích đất 40%')).toEqual(read('diện tích đất 40%'));
    expect(read('Thu hồi đất 40% diện tích')).not.toContain('>=40%');
  });
});
