/** A plan text longer than an Excel cell holds is refused, counted as the layout writes it. */
import { EXCEL_CELL_LIMIT } from '../../src/core/text';
import { listText } from '../../src/workbook/cells';
import { findOverlong } from '../../src/workbook/cell-limit';
import { makePlan, makeTask } from '../support/generate-plan';

const written = (items: string[]) => {
  const v = listText(items);
  return v.kind === 'text' ? v.text.length : 0;
};

/** A list whose written text is exactly `length` characters: items with and without bullets. */
function listOf(length: number): string[] {
  const items = ['+ đã có dấu', 'Kế hoạch', '  ', '• Báo cáo'];
  const filler = length - written([...items, 'x']) + 1;
  return [...items, 'x'.repeat(filler)];
}

describe('findOverlong', () => {
  it.each([
    ['products', (items: string[]) => ({ products: items })],
    ['lead', (items: string[]) => ({ lead: items })],
    ['coordinators', (items: string[]) => ({ coordinators: items })],
  ] as const)('%s: exactly the limit fits, one more character does not', (field, fill) => {
    const fits = listOf(EXCEL_CELL_LIMIT);
    expect(written(fits)).toBe(EXCEL_CELL_LIMIT);
    expect(findOverlong(makePlan([makeTask('1', '', 'Rà soát', null, fill(fits))]))).toBeNull();
    const over = listOf(EXCEL_CELL_LIMIT + 1);
    expect(findOverlong(makePlan([makeTask('1', '', 'Rà soát', null, fill(over))]))).toEqual({ task: '1', field, length: EXCEL_CELL_LIMIT + 1 });
  });

  it('names the first text too long in plan order: a section title, a task field, an extra column, a target', () => {
    const long = 'a'.repeat(EXCEL_CELL_LIMIT + 5);
    const task = (extra = {}) => makeTask('2.1', 'II', 'Rà soát', null, extra);
    expect(findOverlong(makePlan([task()], [{ stt: 'II', title: long }]))).toEqual({ task: '§II', field: 'title', length: long.length });
    expect(findOverlong(makePlan([task({ notes: long })]))).toEqual({ task: '2.1', field: 'notes', length: long.length });
    expect(findOverlong(makePlan([task({ extra: { 'Cột riêng': long } })]))).toEqual({ task: '2.1', field: 'Cột riêng', length: long.length });
    const target = { id: 'CT-1-1', ref: '1', text: long, comparator: '>=' as const, value: 90, unit: '%', scope: '' };
    expect(findOverlong(makePlan([task()], [], [target]))).toEqual({ task: 'CT-1-1', field: 'target', length: long.length });
    expect(findOverlong(makePlan([task()]))).toBeNull();
  });
});
