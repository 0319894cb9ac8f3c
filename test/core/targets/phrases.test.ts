import { extractTargets } from '../../../src/core/targets';
import { fold, parseVietnameseNumber } from '../../../src/core/text';
import { CONTRACT_TABLE, MUST_NOT_MATCH, OCR, SECOND_PLAN, SENTENCES, type PhraseCase } from './phrases.cases';

/** Scope is checked loosely: every word of the expected scope is in the extracted one. */
function scopeHas(actual: string, expected: string): boolean {
  const words = fold(actual).split(/[\s,]+/);
  return fold(expected).split(/[\s,]+/).filter(Boolean).every((w) => words.includes(w));
}

function run(name: string, cases: PhraseCase[]): void {
  describe(name, () => {
    test.each(cases.map((c) => [c.input, c] as const))('%s', (_input, c) => {
      const got = extractTargets(c.input, { idPrefix: 'T' });
      expect(got.map((t) => [t.comparator, t.value, t.unit])).toEqual(c.expected.map((e) => [e.c, e.v, e.u]));
      c.expected.forEach((e, i) => {
        const t = got[i];
        if (!t) return;
        if (e.scope === '') expect(t.scope).toBe('');
        else if (e.scope !== undefined) expect({ scope: t.scope, ok: scopeHas(t.scope, e.scope) }).toEqual({ scope: t.scope, ok: true });
        if (e.stretch !== undefined) expect(t.stretch).toBe(e.stretch);
        if (e.better !== undefined) expect(t.better).toBe(e.better);
        const numbers = (t.text.match(/\d+(?:[.,]\d+)*/g) ?? []).map(parseVietnameseNumber);
        expect(numbers).toContain(e.v); // the text holds the figure it was read from
      });
    });
  });
}

run('contract table', CONTRACT_TABLE);
run('second plan', SECOND_PLAN);
run('several targets, scope, stretch, rank', SENTENCES);
run('OCR without diacritics', OCR);

describe('must not match', () => {
  it('has at least 40 entries', () => expect(MUST_NOT_MATCH.length).toBeGreaterThanOrEqual(40));
  test.each(MUST_NOT_MATCH)('%s', (input) => {
    expect(extractTargets(input, { idPrefix: 'T' })).toEqual([]);
  });
});

describe('ids and fields', () => {
  it('numbers ids from 1 in reading order with the caller prefix', () => {
    const got = extractTargets('cấp quận đạt tối thiểu 60% và 10 phường đạt tối thiểu 55%', { idPrefix: 'NV-3.8' });
    expect(got.map((t) => t.id)).toEqual(['NV-3.8-1', 'NV-3.8-2']);
  });

  it('keeps the clause as text, without the next clause', () => {
    const [t] = extractTargets('Tổ chức tập huấn. Giảm tỷ lệ hồ sơ trễ hạn xuống còn dưới 2%; báo cáo hàng quý.', { idPrefix: 'T' });
    expect(t?.text).toBe('Giảm tỷ lệ hồ sơ trễ hạn xuống còn dưới 2%');
  });

  it('reads NBSP, stray spaces and a space before %', () => {
    const got = extractTargets('đạt\u00a0tối  thiểu 95 % hồ sơ', { idPrefix: 'T' });
    expect(got.map((t) => [t.comparator, t.value, t.unit])).toEqual([['>=', 95, '%']]);
  });

  it('gives every target better and stretch', () => {
    for (const t of extractTargets('đạt trên 50%, phấn đấu đạt 80%; dưới 2%', { idPrefix: 'T' })) {
      expect(['higher', 'lower']).toContain(t.better);
      expect(t.stretch === null || typeof t.stretch === 'number').toBe(true);
    }
  });

  it('returns nothing for empty or number-free text', () => {
    expect(extractTargets('', { idPrefix: 'T' })).toEqual([]);
    expect(extractTargets('Thường xuyên theo dõi, đôn đốc', { idPrefix: 'T' })).toEqual([]);
  });
});
