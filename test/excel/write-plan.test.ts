/**
 * The Office.js writer over the fake Excel (test/excel/fake-excel.ts): what lands in the cells
 * for a small plan, which calls are made on which Office version, and what is reported.
 */
import { createExcelOperations } from '../../src/excel/operations';
import { renderWarning } from '../../src/i18n/messages';
import type { WriteReport } from '../../src/taskpane/operations';
import type { Result } from '../../src/core/result';
import { generatePlan } from '../support/generate-plan';
import type { FakeSheet } from './fake-excel';
import { fakeHost, OFFICE, smallPlan } from './support';

const TASKS_SHEET = 'Theo dõi nhiệm vụ';
const TARGETS_SHEET = 'Chỉ tiêu';

function rowOf(sheet: FakeSheet, stt: string): number {
  for (let r = 1; r <= 80; r++) if (sheet.value(`A${r}`) === stt) return r;
  throw new Error(`no row with STT ${stt}`);
}

/** Column letter of the header cell whose text starts with `header` in the tasks header row. */
function colOf(sheet: FakeSheet, header: string): string {
  for (let r = 1; r <= 20; r++) {
    for (const l of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
      const v = sheet.value(`${l}${r}`);
      if (typeof v === 'string' && v.startsWith(header)) return l;
    }
  }
  throw new Error(`no header ${header}`);
}

function written(r: Result<WriteReport>): WriteReport {
  if (!r.ok) throw new Error(`write failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

async function write(api: number, language = 'vi-VN') {
  const host = fakeHost({ api, language });
  host.ctx.addSheet('Sheet1');
  const report = written(await createExcelOperations(host.env).writePlan(smallPlan(), { today: '2024-06-01' }));
  return { ...host, report };
}

describe('writePlan into a new workbook (Microsoft 365)', () => {
  it('keeps text as text: "1.10" and strings starting with - = + @ stay as typed, in "@" cells', async () => {
    const { ctx, report } = await write(OFFICE.m365);
    expect(report).toMatchObject({ sheet: TASKS_SHEET, mode: 'new-sheet', added: 4, degraded: [] });
    const s = ctx.sheet(TASKS_SHEET);
    expect(s.cell(`A${rowOf(s, '1.10')}`)).toMatchObject({ v: '1.10', nf: '@' });
    for (const t of ['- Kế hoạch rà soát thủ tục', '=SUM(A1:A2) không phải công thức', '+84 đường dây nóng', '@tổ công tác']) {
      const cell = [...s.cells.values()].find((c) => c.v === t);
      expect(cell).toMatchObject({ v: t, nf: '@', quote: true });
      expect(cell?.f).toBeUndefined();
    }
    // Plain text needs no apostrophe in a text cell.
    const plain = [...s.cells.values()].find((c) => c.v === 'Phòng Nội vụ');
    expect(plain).toMatchObject({ nf: '@' });
    expect(plain?.quote).toBeUndefined();
  });

  it('sends the number format of a block before its values', async () => {
    const { ctx } = await write(OFFICE.m365);
    const row = rowOf(ctx.sheet(TASKS_SHEET), '1.10');
    const writes = ctx.log.filter((c) => c.op === 'set' && (c.name === 'numberFormat' || c.name === 'formulas') && c.target.startsWith(TASKS_SHEET));
    const covering = writes.filter((c) => {
      const m = /!([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(c.target);
      return m !== null && Number(m[2]) <= row && Number(m[4]) >= row;
    });
    expect(covering.map((c) => c.name)).toEqual(['numberFormat', 'formulas']);
    const nf = covering[0]?.args[0] as (string | null)[][];
    expect(nf.flat()).toContain('@');
  });

  it('writes dates as serials with a date format, and formulas as formulas', async () => {
    const { ctx } = await write(OFFICE.m365);
    const s = ctx.sheet(TASKS_SHEET);
    const row = rowOf(s, '1.1');
    const due = s.cell(`${colOf(s, 'Hạn chót')}${row}`);
    expect(due).toMatchObject({ v: 45382, nf: 'dd/mm/yyyy' }); // 2024-03-31
    const timeliness = s.cell(`${colOf(s, 'Đánh giá tiến độ')}${row}`);
    expect(timeliness?.f).toMatch(/^=IF\(/);
    expect(timeliness?.nf).not.toBe('@'); // a formula in a text cell would stay text
  });

  it('adds conditional formats (custom formula, fill and font colour) and validations', async () => {
    const { ctx } = await write(OFFICE.m365);
    const formulas = ctx.calls('conditionalFormats.item.custom.rule.formula', 'set').map((c) => c.args[0] as string);
    expect(formulas.length).toBeGreaterThanOrEqual(4);
    expect(formulas.every((f) => f.startsWith('='))).toBe(true);
    expect(formulas.some((f) => f.includes('"Quá hạn"'))).toBe(true);
    expect(ctx.calls('conditionalFormats.item.custom.format.fill.color', 'set').map((c) => c.args[0])).toContain('#FFC7CE');
    const rules = ctx.calls('dataValidation.rule', 'set').map((c) => c.args[0] as Excel.DataValidationRule);
    expect(rules.some((r) => r.list?.source === 'Chưa thực hiện,Đang thực hiện,Hoàn thành,Tạm dừng')).toBe(true);
    expect(rules.some((r) => r.decimal?.operator === 'Between')).toBe(true);
    expect(ctx.calls('dataValidation.errorAlert', 'set').every((c) => (c.args[0] as { showAlert: boolean }).showAlert)).toBe(true);
  });

  it('paints styles in Times New Roman with few commands (RangeAreas)', async () => {
    const { ctx } = await write(OFFICE.m365);
    const fonts = ctx.calls('format.font.name', 'set').filter((c) => c.target.startsWith(TASKS_SHEET));
    expect(fonts.map((c) => c.args[0])).toEqual(['Times New Roman']);
    expect(ctx.calls('getRanges', 'call').length).toBeGreaterThan(0);
  });

  it('sets up printing after Decree 30/2020', async () => {
    const { ctx } = await write(OFFICE.m365);
    const on = (name: string) => ctx.calls(name, 'set').filter((c) => c.target === TASKS_SHEET).map((c) => c.args[0]);
    expect(on('pageLayout.paperSize')).toEqual(['A4']);
    expect(on('pageLayout.orientation')).toEqual(['Landscape']);
    expect(on('pageLayout.topMargin')).toEqual([56.69]); // 20 mm
    expect(on('pageLayout.leftMargin')).toEqual([85.04]); // 30 mm
    expect(on('pageLayout.rightMargin')).toEqual([42.52]); // 15 mm
    // Columns narrowed to fit the page at a size that stays legible (12 pt text at 11 pt or more).
    const zoom = on('pageLayout.zoom') as { scale: number }[];
    expect(zoom).toHaveLength(1);
    expect(zoom[0]?.scale).toBeGreaterThanOrEqual(93);
    expect(on('pageLayout.headersFooters.state')).toEqual(['FirstAndDefault']);
    expect(on('pageLayout.headersFooters.defaultForAllPages.centerHeader')).toEqual(['&"Times New Roman,Regular"&13&P']);
    expect(on('pageLayout.headersFooters.firstPage.centerHeader')).toEqual(['']);
    expect(ctx.calls('pageLayout.setPrintTitleRows', 'call').find((c) => c.target === TASKS_SHEET)?.args).toEqual(['$8:$9']);
  });

  it('hides the marker sheet, names the as-of cell and shows the task sheet', async () => {
    const { ctx } = await write(OFFICE.m365);
    expect(ctx.sheet('PlanTracker').visibility).toBe('Hidden');
    expect(ctx.names.get('PlanTracker_AsOf')).toBe("='Tổng hợp'!$C$6");
    expect(ctx.active).toBe(TASKS_SHEET);
    expect(ctx.sheet(TARGETS_SHEET).value('A1')).not.toBe('');
  });
});

describe('older Office: what cannot be done is explained, the rest is written', () => {
  it('Office 2019 (ExcelApi 1.8): no print settings nor filter, rules and validation still there', async () => {
    const { ctx, report } = await write(OFFICE.office2019);
    expect(report.degraded.map((w) => w.code).sort()).toEqual(['excel-no-autofilter', 'excel-no-page-layout']);
    expect(report.degraded.every((w) => w.message.length > 20)).toBe(true);
    expect(ctx.calls('getRanges', 'call')).toEqual([]);
    expect(ctx.log.some((c) => c.name.startsWith('pageLayout.'))).toBe(false);
    expect(ctx.calls('conditionalFormats.add', 'call').length).toBeGreaterThan(0);
    expect(ctx.calls('dataValidation.rule', 'set').length).toBeGreaterThan(0);
    const s = ctx.sheet(TASKS_SHEET);
    expect(s.cell(`A${rowOf(s, '1.10')}`)).toMatchObject({ v: '1.10', nf: '@' });
  });

  it('Office 2016 (ExcelApi 1.4): no conditional formats, no validation, values and formats still written', async () => {
    const { ctx, report } = await write(OFFICE.office2016);
    expect(report.degraded.map((w) => w.code).sort()).toEqual([
      'excel-no-autofilter',
      'excel-no-conditional-formats',
      'excel-no-data-validation',
      'excel-no-freeze-panes',
      'excel-no-page-layout',
    ]);
    expect(ctx.calls('conditionalFormats.add', 'call')).toEqual([]);
    expect(ctx.calls('dataValidation.rule', 'set')).toEqual([]);
    expect(ctx.calls('format.font.name', 'set').length).toBeGreaterThan(0);
    const s = ctx.sheet(TASKS_SHEET);
    expect(s.cell(`A${rowOf(s, '1.10')}`)).toMatchObject({ v: '1.10', nf: '@' });
  });

  it('carries what it takes to explain in English when Office speaks English (the pane says it again in its language)', async () => {
    const { report } = await write(OFFICE.office2019, 'en-US');
    const w = report.degraded.find((x) => x.code === 'excel-no-page-layout');
    expect(w && renderWarning(w, 'en')).toMatch(/^This Excel cannot set up printing/);
    expect(w && renderWarning(w, 'vi')).toMatch(/^Excel này chưa hỗ trợ thiết lập trang in/);
  });
});

describe('a column of one relative formula', () => {
  it('is written once per run and filled down (ExcelApi 1.9): every task row gets its own row references', async () => {
    const host = fakeHost({ api: OFFICE.m365 });
    host.ctx.addSheet('Sheet1');
    written(await createExcelOperations(host.env).writePlan(generatePlan(40), { today: '2024-06-01' }));
    const s = host.ctx.sheet(TASKS_SHEET);
    const col = colOf(s, 'Đánh giá tiến độ');
    const progress = colOf(s, 'Tình trạng');
    const rows = [...Array(60).keys()].map((i) => i + 10).filter((r) => /^\d+\.\d+$/.test(String(s.value(`A${r}`))));
    expect(rows.length).toBe(40);
    for (const r of rows) expect(s.cell(`${col}${r}`)?.f).toContain(`TRIM(${progress}${r})`);
    expect(host.ctx.calls('copyFrom', 'call').filter((c) => c.args[1] === 'Formulas').length).toBeGreaterThan(0);
  });

  it('is written cell by cell where copyFrom is missing (Office 2019)', async () => {
    const host = fakeHost({ api: OFFICE.office2019 });
    host.ctx.addSheet('Sheet1');
    written(await createExcelOperations(host.env).writePlan(generatePlan(40), { today: '2024-06-01' }));
    const s = host.ctx.sheet(TASKS_SHEET);
    const col = colOf(s, 'Đánh giá tiến độ');
    const formulas = [...Array(60).keys()].map((i) => s.cell(`${col}${i + 10}`)?.f).filter(Boolean);
    expect(formulas.length).toBe(40);
    expect(host.ctx.calls('copyFrom', 'call')).toEqual([]);
  });
});
