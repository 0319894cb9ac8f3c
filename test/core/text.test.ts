/** The text every stage relies on (contract: NFC, whitespace collapsed, nothing invisible or control). */
import { clean, fold, key } from '../../src/core/text';

describe('clean', () => {
  it.each<[string, string, string]>([
    ['already clean text comes back as it is', 'Phòng Nội vụ', 'Phòng Nội vụ'],
    ['decomposed Vietnamese is composed (NFC)', 'Nhi\u0065\u0302\u0323m vu\u0323', 'Nhiệm vụ'],
    ['NBSP, tabs, line breaks and runs of spaces become one space, trimmed', ' Quý\u00a0I\t năm\n2024  ', 'Quý I năm 2024'],
    ['invisible characters go, even between a letter and its mark', 'Nhie\u200b\u0302\u0323m\u00ad vụ\ufeff', 'Nhiệm vụ'],
    ['control characters go (XML cannot hold them; U+0000 marks things inside the core)', 'Kế\u0000 hoạch\u0007\u001b\u007f\u0085\u009f', 'Kế hoạch'],
    ['the noncharacters U+FFFE and U+FFFF go', 'a\ufffeb\uffff', 'ab'],
    ['a lone surrogate becomes U+FFFD; a whole emoji stays', 'x\ud800y\udc00z 😀', 'x\ufffdy\ufffdz 😀'],
    ['STT and formula-like text are left exactly as typed', '1.10 =SUM(A1) - Kế hoạch', '1.10 =SUM(A1) - Kế hoạch'],
  ])('%s', (_what, input, expected) => {
    expect(clean(input)).toBe(expected);
    expect(clean(expected)).toBe(expected); // idempotent
  });
});

describe('fold and key', () => {
  it('meet across accents, case, đ and OCR spellings', () => {
    expect(fold('THỜI HẠN Đến')).toBe('thoi han den');
    expect(key('  Thời   hạn ')).toBe(key('thoi han'));
  });
});
