/**
 * One register, many documents (issue 13), with the Node writer: the sample plan, then a
 * conclusion notice, then a directive letter, then a revision of the notice (one task removed,
 * one added, one reworded), with a person typing between builds. Every task of every document is
 * there once, the removed one marked, every typed value still on its task; other documents' rows
 * are untouched by a revision; check and list name each task's document.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import type { Plan } from '../../src/core/model';
import { checkTracking, isoToSerial, readTracking, type WorkbookLayout } from '../../src/workbook';
import { documentLabel, freeLabel, planDocument, sameDocument } from '../../src/workbook/document-id';
import { registerDocuments } from '../../src/workbook/read-back';
import { buildWorkbook, readSnapshot } from '../../src/xlsx';
import { generatePlan } from '../support/generate-plan';
import { samplePlan } from '../support/sample-plan';
import { sofficeCleanup, sofficeConvert, sofficeReady } from '../support/soffice';
import { readXlsx } from '../support/xlsx';
import { documentPlan, LETTER, LETTER_TASKS, NOTICE, NOTICE_TASKS, noticeRevision } from './register-plans';
import { registerRows, taskRows, type RegisterRow } from './register-read';

const NOTICE_LABEL = '57/TB-UBND 03/04/2024';
const LETTER_LABEL = '1203/UBND-VP 10/05/2024';

async function build(plan: Plan, template: Uint8Array | null): Promise<{ bytes: Uint8Array; layout: WorkbookLayout }> {
  const r = await buildWorkbook(plan, { template, today: '2024-06-15' });
  if (!r.ok) throw new Error(r.error.message);
  return { bytes: r.value.bytes, layout: r.value.layout };
}

async function rowsOf(bytes: Uint8Array): Promise<RegisterRow[]> {
  return registerRows(readSnapshot(await readXlsx(bytes)).snapshot).rows;
}

/** What a person typed: (document, task id) -> progress and note. */
interface Typed {
  document: string;
  id: string;
  progress: string;
  note: string;
}

async function type(bytes: Uint8Array, values: Typed[]): Promise<Uint8Array> {
  const wb = await readXlsx(bytes);
  const { snapshot } = readSnapshot(wb);
  const { rows, typing } = registerRows(snapshot);
  const ws = wb.getWorksheet(typing.sheet) as ExcelJS.Worksheet;
  const progress = typing.progress;
  const result = typing.note;
  for (const v of values) {
    const r = rows.find((x) => x.document === v.document && x.id === v.id);
    if (!r) throw new Error(`no row for ${v.document} ${v.id}`);
    ws.getCell(r.row, progress).value = v.progress;
    ws.getCell(r.row, result).value = v.note;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('a register of many documents (Node writer)', () => {
  const plan = samplePlan();
  const PLAN_LABEL = planDocument(plan).label;
  const revision = noticeRevision();
  let steps: { bytes: Uint8Array; layout: WorkbookLayout; rows: RegisterRow[] }[] = [];
  const typed: Typed[] = [];
  let typedBeforeRevision: Uint8Array;

  beforeAll(async () => {
    steps = [];
    const push = async (b: { bytes: Uint8Array; layout: WorkbookLayout }): Promise<void> => {
      steps.push({ ...b, rows: await rowsOf(b.bytes) });
    };
    // 1. The year's plan.
    await push(await build(plan, null));
    const t1: Typed[] = [
      { document: PLAN_LABEL, id: '1.1', progress: 'Hoàn thành', note: 'Đã kiện toàn (QĐ 15)' },
      { document: PLAN_LABEL, id: '3.2', progress: 'Đang thực hiện', note: 'Chờ số liệu phường' },
    ];
    typed.push(...t1);
    // 2. A conclusion notice, into the person's file.
    await push(await build(documentPlan(NOTICE, NOTICE_TASKS), await type((steps[0] as { bytes: Uint8Array }).bytes, t1)));
    const t2: Typed[] = [
      { document: NOTICE_LABEL, id: '1', progress: 'Hoàn thành', note: 'Đã báo cáo' },
      { document: NOTICE_LABEL, id: '2', progress: 'Đang thực hiện', note: 'Kiểm tra 12 tuyến' },
      { document: NOTICE_LABEL, id: '3', progress: 'Đang thực hiện', note: 'Đã tổng hợp 40 kiến nghị' },
      { document: NOTICE_LABEL, id: '4', progress: 'Chưa thực hiện', note: 'Chờ kế hoạch của Sở' },
      { document: PLAN_LABEL, id: '2.1', progress: 'Tạm dừng', note: 'Theo chỉ đạo mới' },
    ];
    typed.push(...t2);
    // 3. A directive letter.
    await push(await build(documentPlan(LETTER, LETTER_TASKS), await type((steps[1] as { bytes: Uint8Array }).bytes, t2)));
    const t3: Typed[] = [{ document: LETTER_LABEL, id: '2', progress: 'Hoàn thành', note: 'Đã hướng dẫn 10 phường' }];
    typed.push(...t3);
    // 4. The notice revised.
    typedBeforeRevision = await type((steps[2] as { bytes: Uint8Array }).bytes, t3);
    await push(await build(revision.plan, typedBeforeRevision));
  }, 60_000);

  test('the document is named the same way everywhere: number and date', () => {
    expect(planDocument(documentPlan(NOTICE, NOTICE_TASKS)).label).toBe(NOTICE_LABEL);
    expect(documentLabel({ file: 'ke-hoach.md', date: '2024-01-04' })).toBe('ke-hoach 04/01/2024');
    // Without a number: the title (cut when long) and the date.
    expect(PLAN_LABEL).toMatch(/^Kế hoạch thực hiện công tác cải cách hành chính .*… 04\/01\/2024$/);
  });

  test('a workbook of one plan has no document column; the second document brings it, with a section row per document', () => {
    const one = steps[0] as { rows: RegisterRow[] };
    expect(one.rows.some((r) => r.heading)).toBe(false);
    const two = steps[1] as { rows: RegisterRow[] };
    expect(two.rows.filter((r) => r.heading).map((r) => r.document)).toEqual([PLAN_LABEL, NOTICE_LABEL]);
    // The plan's block first, as it stood; the notice's after it.
    expect((two.rows[0] as RegisterRow).heading).toBe(true);
    const firstNotice = two.rows.findIndex((r) => r.document === NOTICE_LABEL);
    expect(two.rows.slice(firstNotice).every((r) => r.document === NOTICE_LABEL)).toBe(true);
    expect((two.rows[firstNotice] as RegisterRow).task).toContain('Thông báo số 57/TB-UBND ngày 03/04/2024');
  });

  test('each build reports the document it brought in: new, new, new, then a revision', () => {
    const status = steps.map((s) => s.layout.report.document?.status);
    expect(status).toEqual(['new', 'new', 'new', 'revision']);
    const last = (steps[3] as { layout: WorkbookLayout }).layout.report;
    expect(last.document).toMatchObject({ label: NOTICE_LABEL, by: 'number' });
    expect(last.document?.documents).toEqual([
      { label: PLAN_LABEL, tasks: plan.tasks.length },
      { label: NOTICE_LABEL, tasks: 5 },
      { label: LETTER_LABEL, tasks: 3 },
    ]);
    expect(last.tasks.added).toEqual(['5']);
    expect(last.tasks.kept).toEqual(['3']);
    expect(last.tasks.updated.map((u) => u.id)).toEqual(['2']);
    expect(last.tasks.renumbered).toEqual([
      { from: '4', to: '3' },
      { from: '5', to: '4' },
    ]);
    // The second document's build changed nothing of the first's.
    const second = (steps[1] as { layout: WorkbookLayout }).layout.report.tasks;
    expect(second.kept).toEqual([]);
    expect(second.removed).toEqual([]);
  });

  test('every task of every document is there once, the removed one marked', () => {
    const rows = taskRows((steps[3] as { rows: RegisterRow[] }).rows);
    const live = rows.filter((r) => !r.id.endsWith('(đã bỏ)'));
    const expected = [
      ...plan.tasks.map((t) => `${PLAN_LABEL}|${t.id}|${t.task}`),
      ...revision.plan.tasks.map((t) => `${NOTICE_LABEL}|${t.id}|${t.task}`),
      ...LETTER_TASKS.map((t) => `${LETTER_LABEL}|${t.id}|${t.task}`),
    ];
    expect(live.map((r) => `${r.document}|${r.id}|${r.task}`)).toEqual(expected);
    const dropped = rows.filter((r) => r.id.endsWith('(đã bỏ)'));
    expect(dropped).toHaveLength(1);
    expect(dropped[0]).toMatchObject({ document: NOTICE_LABEL, timeliness: 'Đã bỏ khỏi kế hoạch', task: (NOTICE_TASKS[2] as { task: string }).task });
  });

  test('every value a person typed is still on its task', () => {
    const rows = taskRows((steps[3] as { rows: RegisterRow[] }).rows);
    // The notice's tasks were renumbered by the revision: follow them by text.
    const renumber: Record<string, string> = { '3': '3 (đã bỏ)', '4': '3', '5': '4' };
    for (const v of typed) {
      const id = v.document === NOTICE_LABEL ? (renumber[v.id] ?? v.id) : v.id;
      const r = rows.find((x) => x.document === v.document && x.id === id);
      expect({ at: `${v.document} ${v.id}`, progress: r?.progress, note: r?.notes }).toEqual({ at: `${v.document} ${v.id}`, progress: v.progress, note: v.note });
    }
    // And no other row holds a typed note.
    expect(rows.filter((r) => r.notes !== '' && !typed.some((v) => v.note === r.notes))).toEqual([]);
  });

  test("a revision leaves the other documents' rows exactly as they were", async () => {
    const before = (await rowsOf(typedBeforeRevision)).filter((r) => r.document !== NOTICE_LABEL);
    const after = (steps[3] as { rows: RegisterRow[] }).rows.filter((r) => r.document !== NOTICE_LABEL);
    const strip = (r: RegisterRow): RegisterRow => ({ ...r, row: 0 });
    expect(after.map(strip)).toEqual(before.map(strip));
  });

  test('building the same document again changes nothing', async () => {
    const again = await build(revision.plan, (steps[3] as { bytes: Uint8Array }).bytes);
    expect(again.layout.report.document?.status).toBe('revision');
    expect(again.layout.report.tasks).toMatchObject({ added: [], updated: [], removed: [], renumbered: [] });
    const strip = (r: RegisterRow): RegisterRow => ({ ...r, row: 0 });
    expect((await rowsOf(again.bytes)).map(strip)).toEqual((steps[3] as { rows: RegisterRow[] }).rows.map(strip));
  });

  test('check names the document of each overdue task; list counts the tasks of each document', async () => {
    const { snapshot } = readSnapshot(await readXlsx((steps[3] as { bytes: Uint8Array }).bytes));
    const tracking = readTracking(snapshot);
    const found = checkTracking(tracking, isoToSerial('2024-06-15') as number);
    // Notice task 2 (due 15/05, in progress) is overdue on 15/06 and belongs to the notice.
    expect(found.overdue.find((o) => o.task === '2' && o.document === NOTICE_LABEL)).toBeDefined();
    expect(found.overdue.filter((o) => o.document === LETTER_LABEL).map((o) => o.task)).toEqual([]);
    expect(registerDocuments(tracking).map((d) => [d.document.label, d.tasks])).toEqual([
      [PLAN_LABEL, plan.tasks.length],
      [NOTICE_LABEL, 5],
      [LETTER_LABEL, 3],
    ]);
  });

  test('the summary counts per document and per lead unit', async () => {
    const wb = await readXlsx((steps[3] as { bytes: Uint8Array }).bytes);
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const labels: string[] = [];
    for (let r = 9; r <= ws.rowCount; r++) labels.push(String(ws.getCell(r, 2).value ?? ''));
    const byDoc = labels.indexOf('Theo văn bản giao');
    expect(labels.slice(byDoc + 1, byDoc + 4)).toEqual([PLAN_LABEL, NOTICE_LABEL, LETTER_LABEL]);
    expect(labels[byDoc + 4]).toBe('Theo đơn vị chủ trì');
    // Lead units of the notice and the letter are counted too.
    expect(labels).toEqual(expect.arrayContaining(['Phòng Nội vụ', 'Công an', 'Phòng Giáo dục và Đào tạo', 'Phòng Quản lý đô thị']));
    const f = ws.getCell(9 + byDoc + 2, 3).value as { formula?: string };
    expect(f.formula).toContain('"="&SUBSTITUTE');
  });
});

describe('which document a plan is (document-id)', () => {
  const base = planDocument(documentPlan(NOTICE, NOTICE_TASKS));
  const cases: [string, Parameters<typeof sameDocument>[1], number, string | null][] = [
    ['same number: a revision, whatever the tasks', { label: 'x', number: '57/TB-UBND' }, 0, 'number'],
    ['same number, spacing and case aside', { label: 'x', number: '57/tb-ubnd' }, 0, 'number'],
    ['another number: another document, however alike', { label: 'x', number: '58/TB-UBND', title: NOTICE.subject }, 1, null],
    ['no number, same kind and issuer, most tasks alike', { label: 'x', kind: 'notice', issuer: 'UBND Quận 3 khác', file: 'a.pdf' }, 0.8, null],
    ['no number, another kind', { label: 'x', kind: 'letter', issuer: NOTICE.issuer, title: NOTICE.subject }, 1, null],
    ['a workbook of one plan known by its file only: its tasks tell', { label: 'x', file: 'other.md' }, 0.7, 'tasks'],
    ['a workbook of one plan, other tasks', { label: 'x', file: 'other.md' }, 0.1, null],
  ];
  const noNumber: [string, Parameters<typeof sameDocument>[1], number, string | null][] = [
    ['no number: the same subject and date', { label: 'x', title: NOTICE.subject, date: NOTICE.date }, 0, 'title'],
    ['no number: the same subject on another date is another document', { label: 'x', title: NOTICE.subject, date: '2024-05-03' }, 0, null],
    ['no number: the same file', { label: 'x', file: NOTICE.file, date: '2024-05-03' }, 0, 'file'],
    ['no number: another issuer', { label: 'x', issuer: 'Sở Nội vụ', title: NOTICE.subject, date: NOTICE.date }, 1, null],
  ];
  test.each(cases)('%s', (_what, there, alike, by) => {
    expect(sameDocument(base, there, () => alike)).toBe(by);
  });
  test.each(noNumber)('%s', (_what, there, alike, by) => {
    const { number: _n, ...doc } = base;
    void _n;
    expect(sameDocument(doc, there, () => alike)).toBe(by);
  });
  test('labels are unique in a register', () => {
    expect(freeLabel('Kết luận giao ban 03/04/2024', ['kết luận giao ban 03/04/2024', 'Kết luận giao ban 03/04/2024 (2)'])).toBe('Kết luận giao ban 03/04/2024 (3)');
    expect(freeLabel('57/TB-UBND 03/04/2024', ['1203/UBND-VP 10/05/2024'])).toBe('57/TB-UBND 03/04/2024');
  });
  test('without a number on either side: kind and issuer with most tasks alike', () => {
    const { number: _n, ...noNumber } = base;
    void _n;
    expect(sameDocument(noNumber, { label: 'x', kind: 'notice', issuer: NOTICE.issuer }, () => 0.6)).toBe('kind-issuer');
    expect(sameDocument(noNumber, { label: 'x', kind: 'notice', issuer: NOTICE.issuer }, () => 0.2)).toBe(null);
    expect(sameDocument(noNumber, { label: 'x', kind: 'notice', issuer: NOTICE.issuer, file: NOTICE.file }, () => 0)).toBe('file');
  });
});

const lo = sofficeReady('LibreOffice register summary test');
(lo ? describe : describe.skip)('the register summary in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pt-register-lo-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    sofficeCleanup();
  });

  test('per document: tasks, done and overdue computed by the spreadsheet agree with check', async () => {
    let bytes = (await build(samplePlan(), null)).bytes;
    bytes = (await build(documentPlan(NOTICE, NOTICE_TASKS), bytes)).bytes;
    bytes = await type(bytes, [{ document: NOTICE_LABEL, id: '1', progress: 'Hoàn thành', note: 'Đã báo cáo' }]);
    bytes = (await build(documentPlan(LETTER, LETTER_TASKS), bytes)).bytes;
    const file = join(dir, 'register.xlsx');
    writeFileSync(file, bytes);
    const [resaved] = sofficeConvert([file], 'xlsx', mkdtempSync(join(dir, 'out-')));
    const wb = await readXlsx(new Uint8Array(readFileSync(resaved as string)));
    const ws = wb.getWorksheet('Tổng hợp') as ExcelJS.Worksheet;
    const computed = new Map<string, number[]>();
    for (let r = 9; r <= ws.rowCount; r++) {
      const label = String(ws.getCell(r, 2).value ?? '');
      // exceljs leaves `result` out of a formula cell whose cached value is 0.
      const n = (c: number): number => {
        const v = ws.getCell(r, c).value as { formula?: string; result?: number } | number | null;
        return typeof v === 'number' ? v : v && v.formula !== undefined ? Number(v.result ?? 0) : NaN;
      };
      computed.set(label, [n(3), n(4), n(6)]);
    }
    const tracking = readTracking(readSnapshot(await readXlsx(bytes)).snapshot);
    // The as-of date is 15/06/2024 (--today), as check is asked here.
    const found = checkTracking(tracking, isoToSerial('2024-06-15') as number);
    for (const { document, tasks } of registerDocuments(tracking)) {
      const done = tracking.tasks.filter((t) => t.document === document.label && t.progress === 'Hoàn thành').length;
      const overdue = found.overdue.filter((o) => o.document === document.label).length;
      expect({ document: document.label, figures: computed.get(document.label) }).toEqual({ document: document.label, figures: [tasks, done, overdue] });
    }
    // Notice: 5 tasks, 1 done; 2, 3 and 4 past due on 15/06 (5 has no date).
    expect(computed.get(NOTICE_LABEL)).toEqual([5, 1, 3]);
  }, 120_000);
});

describe('a workbook built before registers (one plan, no document column, no documents in its marker)', () => {
  /** The marker as the previous version wrote it: no "document N" rows. */
  async function asOldVersion(bytes: Uint8Array): Promise<Uint8Array> {
    const wb = await readXlsx(bytes);
    const marker = wb.getWorksheet('PlanTracker') as ExcelJS.Worksheet;
    const doomed: number[] = [];
    marker.eachRow((row, r) => {
      if (/^document \d+$/.test(String(row.getCell(1).value ?? ''))) doomed.push(r);
    });
    expect(doomed.length).toBe(1);
    for (const r of doomed.reverse()) marker.spliceRows(r, 1);
    return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  }

  test('a revision of its plan updates in place as before; a notice then comes in beside it', async () => {
    const plan = samplePlan();
    const old = await asOldVersion((await build(plan, null)).bytes);
    const typedOld = await type(old, [{ document: 'ke-hoach-04-KH-UBND-2024-quan-1', id: '1.1', progress: 'Hoàn thành', note: 'Đã kiện toàn' }]);
    // The revision: one task removed, the rest as they were.
    const revised = { ...plan, tasks: plan.tasks.filter((t) => t.id !== '1.2') };
    const updated = await build(revised, typedOld);
    expect(updated.layout.report.document).toMatchObject({ status: 'revision', by: 'file' });
    expect(updated.layout.report.columnsAdded).toEqual([]);
    const rows = await rowsOf(updated.bytes);
    expect(rows.some((r) => r.heading)).toBe(false);
    expect(taskRows(rows).filter((r) => !r.id.endsWith('(đã bỏ)')).map((r) => r.id)).toEqual(revised.tasks.map((t) => t.id));
    expect(rows.find((r) => r.id === '1.1')).toMatchObject({ progress: 'Hoàn thành', notes: 'Đã kiện toàn' });

    // A notice into the old workbook: a document of its own; the plan's rows are left as they were.
    const withNotice = await build(documentPlan(NOTICE, NOTICE_TASKS), typedOld);
    expect(withNotice.layout.report.document).toMatchObject({ status: 'new', label: NOTICE_LABEL });
    expect(withNotice.layout.report.tasks).toMatchObject({ kept: [], removed: [] });
    const after = await rowsOf(withNotice.bytes);
    const planLabel = (after[0] as RegisterRow).document;
    expect(after.filter((r) => r.heading).map((r) => r.document)).toEqual([planLabel, NOTICE_LABEL]);
    expect(taskRows(after).filter((r) => r.document === planLabel).map((r) => r.id)).toEqual(plan.tasks.map((t) => t.id));
    expect(after.find((r) => r.document === planLabel && r.id === '1.1')).toMatchObject({ progress: 'Hoàn thành', notes: 'Đã kiện toàn' });
  }, 60_000);
});

describe("each document's targets keep their rows, named by document", () => {
  const target = (id: string, text: string, value: number) => ({ id, ref: id.split('-')[1] as string, text, comparator: '>=' as const, value, unit: '%', scope: 'toàn quận' });

  test('a figure typed for the plan stays with the plan when a notice with the same target id comes and is revised', async () => {
    const plan = { ...samplePlan(), targets: [target('CT-1-1', 'Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%', 80)] };
    const first = await buildWorkbook(plan, { today: '2024-06-15', figures: { 'CT-1-1': 75 } });
    if (!first.ok) throw new Error(first.error.message);
    const notice = documentPlan(NOTICE, NOTICE_TASKS);
    notice.targets = [target('CT-1-1', 'Tỷ lệ hài lòng của người dân đạt tối thiểu 90%', 90)];
    const second = await buildWorkbook(notice, { today: '2024-06-15', template: first.value.bytes, figures: { 'CT-1-1': 95 } });
    if (!second.ok) throw new Error(second.error.message);
    const revised = { ...notice, targets: [target('CT-1-1', 'Tỷ lệ hài lòng của người dân đạt tối thiểu 92%', 92)] };
    const third = await buildWorkbook(revised, { today: '2024-06-15', template: second.value.bytes });
    if (!third.ok) throw new Error(third.error.message);
    const tracking = readTracking(third.value.snapshot);
    const planLabel = planDocument(plan).label;
    // The plan's targets inside its tasks (NV-...) stay the plan's, all of them.
    const inTasks = plan.tasks.reduce((n, t) => n + t.targets.length, 0);
    expect(tracking.targets.filter((t) => t.id.startsWith('NV-') && t.document === planLabel)).toHaveLength(inTasks);
    expect(tracking.targets.filter((t) => t.id.startsWith('CT-')).map((t) => [t.document, t.id, t.threshold, t.figure])).toEqual([
      [planLabel, 'CT-1-1', 80, 75],
      [NOTICE_LABEL, 'CT-1-1', 92, 95],
    ]);
    const found = checkTracking(tracking, isoToSerial('2024-06-15') as number);
    expect(found.breaches.filter((b) => b.target.startsWith('CT-')).map((b) => [b.document, b.target])).toEqual([[planLabel, 'CT-1-1']]);
    expect(third.value.layout.report.targets).toMatchObject({ added: [], kept: [], removed: [] });
  });
});

describe('a document without a number in a register', () => {
  test('its revision is recognised (same kind and issuer, most tasks alike) and said in a warning; another meeting with the same subject is a new document', async () => {
    const spec = { kind: 'notice' as const, date: '2024-07-01', issuer: 'Văn phòng HĐND và UBND', subject: 'Kết luận cuộc họp giao ban tháng 6', file: 'ket-luan-thang-6.pdf' };
    let bytes = (await build(documentPlan(NOTICE, NOTICE_TASKS), null)).bytes;
    const first = await build(documentPlan(spec, LETTER_TASKS), bytes);
    expect(first.layout.report.document).toMatchObject({ status: 'new', label: 'Kết luận cuộc họp giao ban tháng 6 01/07/2024' });
    bytes = first.bytes;
    const again = await build(documentPlan({ ...spec, file: 'ket-luan-thang-6-ban-sua.docx' }, LETTER_TASKS.slice(0, 2)), bytes);
    expect(again.layout.report.document).toMatchObject({ status: 'revision', by: 'kind-issuer' });
    expect(again.layout.warnings.map((w) => [w.code, w.detail?.document])).toContainEqual(['register-revision-inferred', 'Kết luận cuộc họp giao ban tháng 6 01/07/2024']);
    // Next month's meeting: same issuer and subject, other tasks, another date.
    const nextMonth = await build(documentPlan({ ...spec, date: '2024-08-01', file: 'ket-luan-thang-7.pdf' }, NOTICE_TASKS.slice(0, 3)), bytes);
    expect(nextMonth.layout.report.document).toMatchObject({ status: 'new', label: 'Kết luận cuộc họp giao ban tháng 6 01/08/2024' });
    expect(nextMonth.layout.warnings.map((w) => w.code)).not.toContain('register-revision-inferred');
  }, 60_000);
});

describe('a workbook Plan Tracker never filled is no register', () => {
  test("a template whose table already holds the plan's rows (no marker) is updated as before, not given a second document", async () => {
    const plan = samplePlan();
    const built = await build(plan, null);
    const typed = await type(built.bytes, [{ document: planDocument(plan).label, id: '1.1', progress: 'Hoàn thành', note: 'Đã kiện toàn' }]);
    // The department's copy: the same table, without Plan Tracker's marker sheet.
    const wb = await readXlsx(typed);
    wb.removeWorksheet((wb.getWorksheet('PlanTracker') as ExcelJS.Worksheet).id);
    const template = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const again = await build({ ...plan, source: { ...plan.source, file: 'another-name.md' } }, template);
    expect(again.layout.report.document).toMatchObject({ status: 'new', documents: [{ label: planDocument(plan).label, tasks: plan.tasks.length }] });
    const rows = await rowsOf(again.bytes);
    expect(rows.some((r) => r.heading)).toBe(false);
    expect(taskRows(rows).map((r) => r.id)).toEqual(plan.tasks.map((t) => t.id));
    expect(rows.find((r) => r.id === '1.1')).toMatchObject({ progress: 'Hoàn thành', notes: 'Đã kiện toàn' });
    // Another plan into that table: its rows are the plan's to replace, as update in place always did (one
    // typed row kept, marked), not another document's block.
    const other = generatePlan(6);
    const replaced = await build(other, template);
    expect(replaced.layout.report.document?.documents).toHaveLength(1);
    expect(replaced.layout.report.tasks.kept).toEqual(['1.1']);
    expect((await rowsOf(replaced.bytes)).some((r) => r.heading)).toBe(false);
  }, 60_000);
});
