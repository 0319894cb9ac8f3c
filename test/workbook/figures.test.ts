import { setLocale } from '../../src/i18n/locale';
import { parseFigures } from '../../src/workbook/figures';

// The failures below pin the English wording; the catalog speaks Vietnamese unless asked.
beforeAll(() => setLocale('en'));
afterAll(() => setLocale('vi'));

describe('figures CSV (target,value)', () => {
  const good: { input: string; expected: Record<string, number> }[] = [
    { input: 'target,value\nCT-1-1,95\n', expected: { 'CT-1-1': 95 } },
    { input: 'target,value\nCT-1-1,"95,5"\n', expected: { 'CT-1-1': 95.5 } },
    { input: 'target,value\r\nCT-1-1,95.5%\r\nNV-1.4-1,"40 %"\r\n', expected: { 'CT-1-1': 95.5, 'NV-1.4-1': 40 } },
    { input: '\uFEFFTarget,Value\n\nCT-2,1.000\n', expected: { 'CT-2': 1000 } },
    { input: 'target;value\nCT-1-1;95,5\n', expected: { 'CT-1-1': 95.5 } },
    { input: 'target,value\n', expected: {} },
  ];
  test.each(good)('$input', ({ input, expected }) => {
    const r = parseFigures(input);
    expect(r.ok && r.value.values).toEqual(expected);
  });

  const bad: { input: string; error: RegExp }[] = [
    { input: 'id,figure\nCT-1,1\n', error: /line 1: expected the header "target,value"/ },
    { input: 'target,value\nCT-1,abc\n', error: /line 2: "abc" for CT-1 is not a number/ },
    { input: 'target,value\nCT-1,1\nCT-2,95,5\n', error: /line 3: 3 fields, expected 2 \(a decimal comma needs quotes/ },
    { input: 'target,value\nCT-1,"95\n', error: /line 2: a quote is not closed/ },
    { input: 'target,value\nCT-1,1\nCT-1,2\n', error: /line 3: CT-1 already has a figure on line 2/ },
    { input: 'target,value\n,5\n', error: /line 2: the target id is empty/ },
  ];
  test.each(bad)('$input fails', ({ input, error }) => {
    const r = parseFigures(input, 'figures.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(error);
  });
});
