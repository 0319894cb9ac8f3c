/**
 * Update in place: a person's edits survive `build --template` with a revised plan (a task
 * removed, one renumbered, one added, one edited); a task that left the plan keeps its typed
 * values, marked; nothing is duplicated; building again changes nothing.
 */
import type ExcelJS from 'exceljs';
import type { Plan, Task } from '../../src/core/model';
import { buildWorkbook } from '../../src/xlsx';
import { shiftRows } from '../../src/xlsx/row-shift';
import { generatePlan, makeTask } from '../support/generate-plan';
import { checkOoxml } from '../support/ooxml';
import { TASK_LEGEND } from '../../src/workbook/legend';
import { UNSEEN, unseenTemplate } from '../support/unseen-template';
import { conditionalFormats, plainValue, readXlsx, sheet, sheetValues, validations } from '../support/xlsx';

/** Rows the legend adds under the tasks: blank, "Chú thích:", its entries, the as-of date. */
const LEGEND_ROWS = TASK_LEGEND.length + 3;

// Columns of the unseen template after the first build.
const COL = { stt: 2, task: 3, deadline: 6, progress: 8, notes: 9, watcher: 10, due: 11, completed: 12, timeliness: 13, units: 14, id: 15 };

function rowOf(ws: ExcelJS.Worksheet, id: string): number {
  for (let r = UNSEEN.firstDataRow; r <= ws.rowCount; r++) if (ws.getCell(r, COL.id).value === id) return r;
  throw new Error(`no row for ${id}`);
}

function revise(v1: Plan): Plan {
  const tasks: Task[] = [];
  let k = 0;
  for (const t of v1.tasks) {
    if (t.id === '1.5' || t.id === '1.6') continue;
    if (t.section === 'I') {
      k++;
      tasks.push({ ...t, id: `1.${k}`, stt: `1.${k}` });
    } else if (t.id === '2.3') tasks.push({ ...t, task: `${t.task} (sửa đổi)` });
    else if (t.id === '2.4') tasks.push({ ...t, deadline: { text: 'Tháng 11 năm 2024', due: '2024-11-30', kind: 'period', milestones: [] } });
    else tasks.push(t);
    if (t.id === '2.5') tasks.push(makeTask('2.5a', 'II', 'Nhiệm vụ mới bổ sung', '2024-12-15', { section: 'II' }));
  }
  return { ...v1, tasks };
}

async function typeEdits(bytes: Uint8Array): Promise<Uint8Array> {
  const wb = await readXlsx(bytes);
  const ws = sheet(wb, UNSEEN.sheet);
  const set = (id: string, col: number, v: ExcelJS.CellValue): void => {
    ws.getCell(rowOf(ws, id), col).value = v;
  };
  set('1.2', COL.progress, 'Hoàn thành');
  set('1.2', COL.completed, new Date(Date.UTC(2024, 2, 1)));
  set('1.2', COL.watcher, 'Chị Lan');
  set('1.5', COL.progress, 'Đang thực hiện');
  set('1.7', COL.progress, 'Tạm dừng');
  set('2.1', COL.notes, 'Đã ban hành QĐ 12');
  // A person inserts two rows after 2.2 (as Excel's Insert does): one task typed by hand, one left blank.
  const at = rowOf(ws, '2.2') + 1;
  shiftRows(wb, ws, at, 2);
  ws.getCell(at, COL.task).value = 'Việc phát sinh do phòng tự thêm';
  ws.getCell(at, COL.watcher).value = 'Anh Minh';
  const t = sheet(wb, 'Chỉ tiêu');
  t.getCell('H9').value = 85;
  sheet(wb, 'Tổng hợp').getCell('C6').value = new Date(Date.UTC(2024, 4, 1));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('update in place', () => {
  const v1 = generatePlan(30, { sections: 3 });
  const v2 = revise(v1);
  let first: Uint8Array;
  let edited: Uint8Array;
  let second: Awaited<ReturnType<typeof buildWorkbook>>;
  let after: ExcelJS.Workbook;

  beforeAll(async () => {
    const b1 = await buildWorkbook(v1, { template: await unseenTemplate(), today: '2024-06-15' });
    if (!b1.ok) throw new Error(b1.error.message);
    first = b1.value.bytes;
    edited = await typeEdits(first);
    second = await buildWorkbook(v2, { template: edited });
    if (!second.ok) throw new Error(second.error.message);
    after = await readXlsx(second.value.bytes);
  });

  test('the change report', () => {
    if (!second.ok) throw new Error('build failed');
    const r = second.value.layout.report;
    expect(r.update).toBe(true);
    expect(r.tasks.added).toEqual(['2.5a']);
    expect(r.tasks.kept).toEqual(['1.5']);
    expect(r.tasks.byHand).toEqual(['Việc phát sinh do phòng tự thêm']);
    expect(r.tasks.removed).toEqual(['1.6']);
    expect(r.tasks.renumbered.slice(0, 2)).toEqual([
      { from: '1.7', to: '1.5' },
      { from: '1.8', to: '1.6' },
    ]);
    expect(r.tasks.updated).toEqual([
      { id: '2.3', fields: ['task'] },
      { id: '2.4', fields: ['deadline', 'due'] },
    ]);
    expect(r.columnsAdded).toEqual([]);
  });

  test('typed values stay with their task', () => {
    const ws = sheet(after, UNSEEN.sheet);
    const r12 = rowOf(ws, '1.2');
    expect(ws.getCell(r12, COL.progress).value).toBe('Hoàn thành');
    expect(plainValue(ws.getCell(r12, COL.completed))).toBe('2024-03-01');
    expect(ws.getCell(r12, COL.watcher).value).toBe('Chị Lan');
    // Renumbered: old 1.7 is now 1.5 and keeps its progress.
    const r15 = rowOf(ws, '1.5');
    expect(ws.getCell(r15, COL.task).value).toBe(v1.tasks.find((t) => t.id === '1.7')?.task);
    expect(ws.getCell(r15, COL.progress).value).toBe('Tạm dừng');
    expect(ws.getCell(rowOf(ws, '2.1'), COL.notes).value).toBe('Đã ban hành QĐ 12');
    expect(sheet(after, 'Chỉ tiêu').getCell('H9').value).toBe(85);
    expect(plainValue(sheet(after, 'Tổng hợp').getCell('C6'))).toBe('2024-05-01');
  });

  test('the task that left the plan but holds typed values is kept where it stood, marked and grey', () => {
    const ws = sheet(after, UNSEEN.sheet);
    const oldText = v1.tasks.find((t) => t.id === '1.5')?.task;
    const rows: number[] = [];
    ws.eachRow((row, r) => {
      if (row.getCell(COL.task).value === oldText && r >= UNSEEN.firstDataRow) rows.push(r);
    });
    expect(rows).toHaveLength(1);
    const r = rows[0] as number;
    expect(ws.getCell(r, COL.timeliness).value).toBe('Đã bỏ khỏi kế hoạch');
    expect(ws.getCell(r, COL.progress).value).toBe('Đang thực hiện');
    expect((ws.getCell(r, COL.task).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFEDEDED');
    expect(ws.getCell(r - 1, COL.id).value).toBe('1.4');
    const removed = v1.tasks.find((t) => t.id === '1.6')?.task;
    const texts: unknown[] = [];
    ws.eachRow((row) => texts.push(row.getCell(COL.task).value));
    expect(texts).not.toContain(removed);
  });

  test('a row a person inserted by hand stays as typed after the task it followed, still tracked; no row is duplicated', () => {
    const ws = sheet(after, UNSEEN.sheet);
    const rows: number[] = [];
    const texts: string[] = [];
    ws.eachRow((row, r) => {
      if (r < UNSEEN.firstDataRow) return;
      const t = row.getCell(COL.task).value;
      if (t === 'Việc phát sinh do phòng tự thêm') rows.push(r);
      if (typeof t === 'string') texts.push(t);
    });
    expect(rows).toEqual([rowOf(ws, '2.2') + 1]);
    expect(ws.getCell(rows[0] as number, COL.watcher).value).toBe('Anh Minh');
    expect(ws.getCell(rows[0] as number, COL.timeliness).formula).toMatch(/^IF\(/);
    expect((ws.getCell(rows[0] as number, COL.task).fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    const taskTexts = texts.filter((t) => t.startsWith('Thực hiện nhiệm vụ số'));
    expect(new Set(taskTexts).size).toBe(taskTexts.length);
  });

  test('new and edited plan fields come in, in plan order', () => {
    const ws = sheet(after, UNSEEN.sheet);
    expect(rowOf(ws, '2.5a')).toBe(rowOf(ws, '2.5') + 1);
    expect(ws.getCell(rowOf(ws, '2.3'), COL.task).value).toMatch(/\(sửa đổi\)$/);
    expect(plainValue(ws.getCell(rowOf(ws, '2.4'), COL.due))).toBe('2024-11-30');
  });

  test('rules are not duplicated; the letterhead and the signature block stay right', async () => {
    const ws = sheet(after, UNSEEN.sheet);
    const rows = v2.tasks.length + v2.sections.length + 2; // + the kept row and the row typed by hand
    const last = UNSEEN.firstDataRow + rows - 1;
    expect(conditionalFormats(ws).map((c) => c.ref)).toEqual([`M11:M${last}`]);
    expect(Object.keys(validations(ws)).sort()).toEqual([`H11:H${last}`, `K11:K${last}`, `L11:L${last}`]);
    const before = sheet(await readXlsx(await unseenTemplate()), UNSEEN.sheet);
    expect(sheetValues(ws, UNSEEN.numberRow)).toMatchObject(sheetValues(before, UNSEEN.numberRow));
    const moved = UNSEEN.signatureRow + rows + LEGEND_ROWS;
    expect(ws.getCell(moved, 2).value).toBe('NGƯỜI LẬP');
    expect(ws.getCell(moved + 4, 7).value).toBe('Trần Thị B');
    expect(sheet(after, 'Danh mục đơn vị').getCell('A3').formula).toBe(`'${UNSEEN.sheet}'!G${moved}`);
    if (!second.ok) throw new Error('build failed');
    expect(checkOoxml(second.value.bytes).problems).toEqual([]);
  });

  test('building the same plan again changes nothing', async () => {
    if (!second.ok) throw new Error('build failed');
    const third = await buildWorkbook(v2, { template: second.value.bytes });
    if (!third.ok) throw new Error(third.error.message);
    const r = third.value.layout.report.tasks;
    expect([r.added, r.updated, r.renumbered, r.removed]).toEqual([[], [], [], []]);
    expect(r.kept).toEqual(['1.5']);
    expect(r.byHand).toHaveLength(1);
    const a = sheetValues(sheet(after, UNSEEN.sheet));
    const b = sheetValues(sheet(await readXlsx(third.value.bytes), UNSEEN.sheet));
    expect(b).toEqual(a);
  });
});
