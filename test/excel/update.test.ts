/**
 * Writing into a workbook that holds people's work: the safety copy comes first (add-in writes
 * clear Excel's undo), typed values survive the update, and without worksheet.copy the write
 * asks for consent instead of going ahead.
 */
import { createExcelOperations } from '../../src/excel/operations';
import type { Result } from '../../src/core/result';
import type { WriteReport } from '../../src/taskpane/operations';
import { makeTask } from '../support/generate-plan';
import type { FakeContext, FakeSheet } from './fake-excel';
import { fakeHost, OFFICE, smallPlan } from './support';

const TASKS = 'Theo dõi nhiệm vụ';

function written(r: Result<WriteReport>): WriteReport {
  if (!r.ok) throw new Error(`write failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

function find(sheet: FakeSheet, pred: (v: unknown) => boolean): string {
  for (let r = 1; r <= 80; r++) {
    for (const l of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') if (pred(sheet.value(`${l}${r}`))) return `${l}${r}`;
  }
  throw new Error('not found');
}

/** The progress cell of a task row, as a person would find it: header "Tình trạng", row of its STT. */
function progressCell(sheet: FakeSheet, stt: string): string {
  const col = (find(sheet, (v) => typeof v === 'string' && v.startsWith('Tình trạng')).match(/^[A-Z]+/) as RegExpMatchArray)[0];
  const row = (find(sheet, (v) => v === stt).match(/\d+$/) as RegExpMatchArray)[0];
  return `${col}${row}`;
}

/** A person types in the sheet (a cell set outside the add-in). */
function type(ctx: FakeContext, sheet: string, a1: string, v: string): void {
  const s = ctx.sheet(sheet);
  const c = s.cell(a1);
  if (c) c.v = v;
  else throw new Error(`no cell ${a1} to type in`);
}

function revisedPlan() {
  const plan = smallPlan();
  plan.tasks = plan.tasks.filter((t) => t.id !== '1.2');
  plan.tasks.push(makeTask('1.4', 'I', 'Khảo sát sự hài lòng của người dân', '2024-11-30'));
  return plan;
}

async function firstWrite(api: number) {
  const host = fakeHost({ api });
  host.ctx.addSheet('Sheet1');
  written(await createExcelOperations(host.env).writePlan(smallPlan(), { today: '2024-06-01' }));
  const s = host.ctx.sheet(TASKS);
  // Progress cells are blank until a person types; the fake keeps their "@" format as a cell.
  type(host.ctx, TASKS, progressCell(s, '1.1'), 'Hoàn thành');
  return host;
}

describe('update in place', () => {
  it('copies the task sheet before changing it, and the typed progress survives in both', async () => {
    const { ctx, env } = await firstWrite(OFFICE.m365);
    const before = ctx.log.length;
    const report = written(await createExcelOperations(env).writePlan(revisedPlan(), { today: '2024-06-01' }));
    expect(report).toMatchObject({ mode: 'update', added: 1, sheet: TASKS });
    // Both sheets that hold typed values are copied: tasks (progress) and targets (figures).
    expect(report.backupSheet).toBe('Sao lưu Theo dõi n… 01.06 09.30, Sao lưu Chỉ tiêu 01.06 09.30');
    const backup = ctx.sheet('Sao lưu Theo dõi n… 01.06 09.30');
    expect(backup.visibility).toBe('Hidden');
    expect(backup.value(progressCell(backup, '1.1'))).toBe('Hoàn thành');
    const s = ctx.sheet(TASKS);
    expect(s.value(progressCell(s, '1.1'))).toBe('Hoàn thành');
    expect(() => find(s, (v) => v === '1.4')).not.toThrow();
    // The copy was made (and synced) before the first change to the sheet.
    const calls = ctx.log.slice(before);
    const copy = calls.findIndex((c) => c.name === 'copy');
    const mutating = new Set(['insert', 'delete', 'merge', 'unmerge', 'clear', 'copyFrom']);
    const firstChange = calls.findIndex((c) => c.target.startsWith(`${TASKS}!`) && (c.op === 'set' || mutating.has(c.name)));
    expect(copy).toBeGreaterThanOrEqual(0);
    expect(copy).toBeLessThan(firstChange);
  });

  it('without worksheet.copy (ExcelApi 1.6) it asks for consent and changes nothing', async () => {
    const { ctx, env } = await firstWrite(6);
    const before = ctx.log.length;
    const cells = JSON.stringify(ctx.sheets.map((x) => [x.name, x.visibility, [...x.cells]]));
    const r = await createExcelOperations(env).writePlan(revisedPlan(), { today: '2024-06-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('excel-backup-needs-consent');
    expect(r.error.message).toContain(TASKS);
    expect(ctx.log.slice(before).filter((c) => c.op === 'set')).toEqual([]);
    expect(JSON.stringify(ctx.sheets.map((x) => [x.name, x.visibility, [...x.cells]]))).toBe(cells);
  });

  it('with the user\'s consent it writes without a copy and says so', async () => {
    const { ctx, env } = await firstWrite(6);
    const report = written(await createExcelOperations(env).writePlan(revisedPlan(), { today: '2024-06-01', allowWithoutBackup: true }));
    expect(report.backupSheet).toBeUndefined();
    expect(report.degraded.map((w) => w.code)).toContain('excel-backup-unsupported');
    const s = ctx.sheet(TASKS);
    expect(s.value(progressCell(s, '1.1'))).toBe('Hoàn thành');
  });

  it('a new sheet in a workbook needs no copy', async () => {
    const host = fakeHost({ api: 6 });
    host.ctx.addSheet('Sheet1').setRows([['Ghi chú của phòng']]);
    const report = written(await createExcelOperations(host.env).writePlan(smallPlan(), { today: '2024-06-01' }));
    expect(report.mode).toBe('new-sheet');
    expect(report.backupSheet).toBeUndefined();
    expect(host.ctx.calls('copy', 'call')).toEqual([]);
  });
});

describe('into a department template with a signature block under the table', () => {
  function template(ctx: FakeContext): FakeSheet {
    ctx.addSheet('Bìa').setRows([[null, 'SỔ THEO DÕI NHIỆM VỤ NĂM 2024']]);
    const s = ctx.addSheet('Tiến độ 2024');
    s.setRows([[null, 'UBND PHƯỜNG SÀI GÒN', null, null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]);
    s.setRows([[null, 'TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Kết quả, sản phẩm', 'Tiến độ thực hiện', 'Ghi chú']], 9);
    s.setRows([[null, '1', '2', '3', '4', '5', '6', '7', '8']], 10);
    s.setRows([[null, 'NGƯỜI LẬP', null, null, null, 'CHÁNH VĂN PHÒNG']], 13);
    return s;
  }

  it('copies the template sheet, inserts rows, and the signature block moves down intact', async () => {
    const { ctx, env } = fakeHost({ api: OFFICE.m365 });
    template(ctx);
    const report = written(await createExcelOperations(env).writePlan(smallPlan(), { today: '2024-06-01' }));
    expect(report).toMatchObject({ mode: 'template', sheet: 'Tiến độ 2024', added: 4 });
    expect(report.backupSheet).toBe('Sao lưu Tiến độ 20… 01.06 09.30');
    const s = ctx.sheet('Tiến độ 2024');
    expect(ctx.calls('insert', 'call').length).toBeGreaterThan(0);
    const signature = find(s, (v) => v === 'NGƯỜI LẬP');
    expect(Number(signature.slice(1))).toBeGreaterThan(13 + 4);
    expect(s.value(`F${signature.slice(1)}`)).toBe('CHÁNH VĂN PHÒNG');
    expect(s.value('B1')).toBe('UBND PHƯỜNG SÀI GÒN');
    expect(ctx.sheet('Bìa').value('B1')).toBe('SỔ THEO DÕI NHIỆM VỤ NĂM 2024');
    // The template's copy holds the signature block where it was.
    expect(ctx.sheet(report.backupSheet as string).value('B13')).toBe('NGƯỜI LẬP');
  });
});
