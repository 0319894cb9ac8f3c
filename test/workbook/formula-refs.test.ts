import { moveFormula, shiftFormulaRows } from '../../src/workbook/formula-refs';

describe('references follow inserted and deleted rows', () => {
  const cases: { input: string; sheet?: string; at: number; count: number; expected: string }[] = [
    { input: 'SUM(G10:G20)', at: 15, count: 3, expected: 'SUM(G10:G23)' },
    { input: 'SUM(G10:G20)', at: 10, count: 3, expected: 'SUM(G13:G23)' },
    { input: 'SUM(G10:G20)', at: 21, count: 3, expected: 'SUM(G10:G20)' },
    { input: '$A$12*B12', at: 10, count: 2, expected: '$A$14*B14' },
    { input: 'A5+1', at: 10, count: 2, expected: 'A5+1' },
    { input: 'IF(A12="A12","x",A12)', at: 10, count: 1, expected: 'IF(A13="A12","x",A13)' },
    { input: "'Theo dõi'!K10:K50", sheet: 'Tổng hợp', at: 20, count: 5, expected: "'Theo dõi'!K10:K55" },
    { input: 'Khac!K10', sheet: 'Theo dõi', at: 5, count: 5, expected: 'Khac!K10' },
    { input: 'LOG10(A20)', at: 1, count: 1, expected: 'LOG10(A21)' },
    { input: 'SUM(8:9)', at: 1, count: 1, expected: 'SUM(9:10)' },
    { input: 'A12', at: 10, count: -5, expected: '#REF!' },
    { input: 'A20+SUM(A5:A12)', at: 10, count: -5, expected: 'A15+SUM(A5:A9)' },
  ];
  test.each(cases)('$input at $at by $count', ({ input, sheet, at, count, expected }) => {
    expect(shiftFormulaRows(input, sheet ?? 'Theo dõi', { sheet: 'Theo dõi', at, count })).toBe(expected);
  });

  test('copying a formula moves relative rows only', () => {
    expect(moveFormula('G10-$C$6+H$2+SUM(A1:A3)', 5)).toBe('G15-$C$6+H$2+SUM(A6:A8)');
    expect(moveFormula('"G10"&G10', -2)).toBe('"G10"&G8');
  });
});
