/**
 * The Office.js side of the review mark: notes of the layout become workbook comments
 * (ExcelApi 1.10), and a comment an earlier import left on such a cell is replaced, not
 * duplicated (Excel refuses a second comment on a cell). A minimal stand-in for the comment API.
 */
import { Batch } from '../../../src/excel/batch';
import { writeNotes } from '../../../src/excel/notes';
import type { SheetLayout } from '../../../src/workbook/layout';

interface FakeComment {
  cell: string;
  content: string;
  deleted: boolean;
}

function fakeExcel(existing: FakeComment[]) {
  const all = [...existing];
  const ws = {
    getRange: (a: string) => ({ a }),
    comments: {
      items: [] as unknown[],
      load() {
        this.items = all.filter((c) => !c.deleted).map((c) => ({
          getLocation: () => ({ address: `'Theo dõi'!$${c.cell.replace(/(\d+)/, '$$$1')}`, load: () => undefined }),
          delete: () => void (c.deleted = true),
        }));
      },
    },
  };
  const context = {
    sync: async () => undefined,
    workbook: { comments: { add: (r: { a: string }, content: string) => void all.push({ cell: r.a, content, deleted: false }) } },
  };
  return { ws, context, live: () => all.filter((c) => !c.deleted) };
}

const sheet = (): SheetLayout =>
  ({
    name: 'Theo dõi',
    blocks: [{ top: 10, left: 1, cells: [[{ value: { kind: 'text', text: '1' } }, { value: { kind: 'text', text: 'Phòng Nội vụ' }, note: 'Văn bản gốc: Phong N¢i vu' }]] }],
  }) as unknown as SheetLayout;

test('a note becomes a comment on its cell; an old comment there is replaced', async () => {
  const x = fakeExcel([
    { cell: 'B10', content: 'old', deleted: false },
    { cell: 'C12', content: 'a person\'s own comment', deleted: false },
  ]);
  const batch = new Batch(x.context);
  await writeNotes(batch, x.context as never, x.ws as never, sheet());
  await batch.flush();
  expect(x.live().map((c) => [c.cell, c.content]).sort()).toEqual([
    ['B10', 'Văn bản gốc: Phong N¢i vu'],
    ['C12', 'a person\'s own comment'],
  ]);
});

test('a sheet without notes is not touched', async () => {
  const x = fakeExcel([]);
  const batch = new Batch(x.context);
  const s = sheet();
  delete (s.blocks[0]?.cells[0]?.[1] as { note?: string }).note;
  await writeNotes(batch, x.context as never, x.ws as never, s);
  expect(batch.syncs).toBe(0);
  expect(x.live()).toEqual([]);
});
