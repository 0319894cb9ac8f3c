/** A plan text longer than an Excel cell holds is refused, counted as the layout writes it. */
import { parsePlan } from '../../src/core/import';
import { EXCEL_CELL_LIMIT } from '../../src/core/text';
import { layoutWorkbook } from '../../src/workbook/build-layout';
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

describe('one rule at parse and at build: parse warns exactly when build refuses', () => {
  const HEADER = '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n';
  /** A lead cell of two units on two lines: written "- A\n- B", four characters more than its items. */
  const plan = (written: number) => {
    const second = 'Phòng Tư pháp';
    const first = `Phòng ${'x'.repeat(written - second.length - 1 - 4 - 'Phòng '.length)}`;
    const md = `${HEADER}| 1 | Rà soát thủ tục | ${first}<br>${second} | Quý I năm 2024 |\n`;
    const r = parsePlan({ name: 'ke-hoach.md', bytes: new TextEncoder().encode(md) }, { year: 2024 });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.tasks[0]?.lead).toHaveLength(2);
    return r.value;
  };

  it.each([EXCEL_CELL_LIMIT - 1, EXCEL_CELL_LIMIT, EXCEL_CELL_LIMIT + 1, EXCEL_CELL_LIMIT + 4])('a lead cell written %i characters long', (written) => {
    const p = plan(written);
    const warned = p.warnings.filter((w) => w.code === 'cell-too-long');
    const built = layoutWorkbook(p, { today: '2024-06-15' });
    expect(warned.length > 0).toBe(!built.ok);
    expect(built.ok).toBe(written <= EXCEL_CELL_LIMIT);
    if (!built.ok) {
      expect(built.error.code).toBe('cell-over-limit');
      expect(warned).toEqual([expect.objectContaining({ task: '1', detail: expect.objectContaining({ field: 'lead', length: written }) })]);
    }
  });
});
