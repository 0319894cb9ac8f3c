/**
 * One register, many documents with the Office.js writer over the fake Excel: the sample plan,
 * a conclusion notice, a directive letter, the notice revised, a person typing in between. Same
 * outcome as the Node writer (test/workbook/register.test.ts), and the number of syncs of a build
 * does not depend on how many documents and tasks the register holds.
 */
import { createExcelOperations } from '../../src/excel/operations';
import { readWorkbook } from '../../src/excel/snapshot-read';
import type { Plan } from '../../src/core/model';
import { colLetter } from '../../src/workbook';
import { generatePlan } from '../support/generate-plan';
import { samplePlan } from '../support/sample-plan';
import { documentPlan, item, LETTER, LETTER_TASKS, NOTICE, NOTICE_TASKS, noticeRevision } from '../workbook/register-plans';
import { registerRows, taskRows, type RegisterRow } from '../workbook/register-read';
import type { FakeContext } from './fake-excel';
import { fakeHost, OFFICE } from './support';

const TASKS = 'Theo dõi nhiệm vụ';
const NOTICE_LABEL = '57/TB-UBND 03/04/2024';
const LETTER_LABEL = '1203/UBND-VP 10/05/2024';

async function rows(ctx: FakeContext): Promise<RegisterRow[]> {
  const read = await readWorkbook(ctx as unknown as Excel.RequestContext, { pageLayout: true, mergedAreas: true });
  return registerRows(read.snapshot).rows;
}

/** A person types a progress and a note on the row of (document, id). */
async function type(ctx: FakeContext, document: string, id: string, progress: string, note: string): Promise<void> {
  const all = await rows(ctx);
  const r = all.find((x) => x.document === document && x.id === id);
  if (!r) throw new Error(`no row for ${document} ${id}`);
  const s = ctx.sheet(TASKS);
  const header = (name: string): number => {
    for (let c = 1; c <= 40; c++) if (String(s.value(`${colLetter(c)}8`)).startsWith(name)) return c;
    throw new Error(`no column ${name}`);
  };
  for (const [c, v] of [
    [header('Tình trạng'), progress],
    [header('Kết quả thực hiện'), note],
  ] as const) {
    s.setRows([[...(new Array(c - 1).fill(null) as null[]), v]], r.row);
  }
}

async function write(host: ReturnType<typeof fakeHost>, plan: Plan) {
  const r = await createExcelOperations(host.env).writePlan(plan, { today: '2024-06-15' });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('a register of many documents (Office.js writer, fake Excel)', () => {
  it('holds every task of every document once, the removed one marked, every typed value on its task', async () => {
    const host = fakeHost({ api: OFFICE.m365 });
    host.ctx.addSheet('Sheet1');
    const plan = samplePlan();
    await write(host, plan);
    const planLabel = (await rows(host.ctx))[0]?.document as string;
    await type(host.ctx, planLabel, '1.1', 'Hoàn thành', 'Đã kiện toàn');
    const second = await write(host, documentPlan(NOTICE, NOTICE_TASKS));
    expect(second.document).toMatchObject({ status: 'new', label: NOTICE_LABEL });
    await type(host.ctx, NOTICE_LABEL, '3', 'Đang thực hiện', 'Đã tổng hợp 40 kiến nghị');
    await type(host.ctx, NOTICE_LABEL, '4', 'Chưa thực hiện', 'Chờ kế hoạch của Sở');
    await write(host, documentPlan(LETTER, LETTER_TASKS));
    await type(host.ctx, LETTER_LABEL, '2', 'Hoàn thành', 'Đã hướng dẫn 10 phường');
    const revision = noticeRevision();
    const last = await write(host, revision.plan);
    expect(last.document).toMatchObject({ status: 'revision', label: NOTICE_LABEL });
    expect(last).toMatchObject({ added: 1, marked: 1 });

    const all = taskRows(await rows(host.ctx));
    const live = all.filter((r) => !r.id.endsWith('(đã bỏ)'));
    expect(live.map((r) => `${r.document}|${r.id}|${r.task}`)).toEqual([
      ...plan.tasks.map((t) => `${planLabel}|${t.id}|${t.task}`),
      ...revision.plan.tasks.map((t) => `${NOTICE_LABEL}|${t.id}|${t.task}`),
      ...LETTER_TASKS.map((t) => `${LETTER_LABEL}|${t.id}|${t.task}`),
    ]);
    const at = (document: string, id: string) => all.find((r) => r.document === document && r.id === id);
    expect(at(planLabel, '1.1')).toMatchObject({ progress: 'Hoàn thành', notes: 'Đã kiện toàn' });
    expect(at(NOTICE_LABEL, '3 (đã bỏ)')).toMatchObject({ progress: 'Đang thực hiện', notes: 'Đã tổng hợp 40 kiến nghị', timeliness: 'Đã bỏ khỏi kế hoạch' });
    // Notice task 4 became 3 in the revision; its values followed it.
    expect(at(NOTICE_LABEL, '3')).toMatchObject({ progress: 'Chưa thực hiện', notes: 'Chờ kế hoạch của Sở' });
    expect(at(LETTER_LABEL, '2')).toMatchObject({ progress: 'Hoàn thành', notes: 'Đã hướng dẫn 10 phường' });
    expect(all.filter((r) => r.notes !== '').length).toBe(4);
  }, 60_000);

  it('the preview says whether the document is new to the register or a revision, before anything is written', async () => {
    const host = fakeHost({ api: OFFICE.m365 });
    host.ctx.addSheet('Sheet1');
    const ops = createExcelOperations(host.env);
    await write(host, documentPlan(NOTICE, NOTICE_TASKS));
    const before = host.ctx.log.length;
    const letter = await ops.previewDocument(documentPlan(LETTER, LETTER_TASKS));
    const revision = await ops.previewDocument(noticeRevision().plan);
    if (!letter.ok || !revision.ok) throw new Error('preview failed');
    expect(letter.value).toMatchObject({ status: 'new', label: LETTER_LABEL, documents: [NOTICE_LABEL, LETTER_LABEL] });
    expect(revision.value).toMatchObject({ status: 'revision', label: NOTICE_LABEL, documents: [NOTICE_LABEL] });
    // Nothing was written: only reads.
    expect(host.ctx.log.slice(before).filter((c) => c.op === 'set' || ['insert', 'delete', 'add', 'copy'].includes(c.name))).toEqual([]);
  });
});

describe('syncs of a register build do not depend on its documents and tasks', () => {
  /** Builds `docs` notices of `tasks` tasks each into one workbook, then counts the syncs of one more. */
  async function syncsOfNext(docs: number, tasks: number): Promise<number> {
    const host = fakeHost({ api: OFFICE.m365 });
    host.ctx.addSheet('Sheet1');
    await write(host, { ...generatePlan(tasks), source: { file: 'ke-hoach.md', format: 'markdown', kind: 'plan', number: '1/KH-UBND', date: '2024-01-05' } });
    for (let d = 2; d <= docs; d++) {
      const list = Array.from({ length: tasks }, (_, i) => item(i + 1, `Nhiệm vụ ${i + 1} của thông báo số ${d}: rà soát, báo cáo kết quả thực hiện`, 'Phòng Nội vụ', '2024-09-30'));
      await write(host, documentPlan({ ...NOTICE, number: `${d}/TB-UBND` }, list));
    }
    // Each write leaves a hidden safety copy; the person deletes the old ones (else the read grows with them).
    host.ctx.sheets.splice(0, host.ctx.sheets.length, ...host.ctx.sheets.filter((x) => !x.name.startsWith('Sao lưu')));
    const sync = jest.spyOn(host.ctx, 'sync');
    await write(host, documentPlan({ ...NOTICE, number: '999/TB-UBND' }, NOTICE_TASKS));
    return sync.mock.calls.length;
  }

  // Reading the workbook first is split by its estimated size (src/excel/snapshot-read.ts, 4 MB a
  // request at 200 bytes a cell before anything is measured): a register past about 1,000 rows
  // is read in one more sync per 4 MB. Below that, and for the write at any size, the count is flat.
  it('2 documents of 5 tasks and 6 documents of 150 tasks take the same number of syncs', async () => {
    const small = await syncsOfNext(2, 5);
    const large = await syncsOfNext(6, 150);
    expect(large).toBe(small);
  }, 120_000);
});

describe('the status pane over a register', () => {
  it('names the document of each overdue task and breach, and counts per document', async () => {
    const host = fakeHost({ api: OFFICE.m365 });
    host.ctx.addSheet('Sheet1');
    const notice = documentPlan(NOTICE, NOTICE_TASKS);
    notice.targets = [{ id: 'CT-1-1', text: 'Tỷ lệ hài lòng đạt tối thiểu 90%', comparator: '>=', value: 90, unit: '%', scope: 'toàn quận' }];
    const letter = documentPlan(LETTER, LETTER_TASKS);
    letter.targets = [{ id: 'CT-1-1', text: 'Tỷ lệ hồ sơ ký số đạt tối thiểu 70%', comparator: '>=', value: 70, unit: '%', scope: 'toàn quận' }];
    await write(host, notice);
    await write(host, letter);
    // A figure below the letter's threshold, typed in the letter's target row.
    const read = await readWorkbook(host.ctx as unknown as Excel.RequestContext, { pageLayout: true, mergedAreas: true });
    const tracking = (await import('../../src/workbook')).readTracking(read.snapshot);
    const letterTarget = tracking.targets.find((t) => t.document === LETTER_LABEL);
    if (!letterTarget?.cell) throw new Error('no letter target');
    const [, cell] = letterTarget.cell.split('!') as [string, string];
    const col = (cell.match(/^[A-Z]+/) as RegExpMatchArray)[0];
    const s = host.ctx.sheet('Chỉ tiêu');
    s.setRows([[...(new Array(col.charCodeAt(0) - 65).fill(null) as null[]), 65]], Number(cell.slice(col.length)));
    const r = await createExcelOperations(host.env).readStatus('2024-06-15');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.breaches).toEqual([expect.objectContaining({ target: 'CT-1-1', document: LETTER_LABEL, text: 'Tỷ lệ hồ sơ ký số đạt tối thiểu 70%', value: 65 })]);
    expect(r.value.overdue.filter((o) => o.document === NOTICE_LABEL).map((o) => o.task)).toEqual(['1', '2', '3', '4']);
    expect(r.value.overdue.filter((o) => o.document === LETTER_LABEL).map((o) => o.task)).toEqual(['2']);
    expect(r.value.byDocument?.[NOTICE_LABEL]).toMatchObject({ tasks: 5, overdue: 4 });
    expect(r.value.byDocument?.[LETTER_LABEL]).toMatchObject({ tasks: 3, overdue: 1 });
  });
});
