/** The task pane's pure helpers: placeholders, dates, numbers, warning groups, clipboard choice, the worker's fallback. */
import type { Plan, Warning } from '../../src/core/model';
import { ok } from '../../src/core/result';
import { clipboardInput } from '../../src/taskpane/clipboard';
import { comparatorSign, dmyOf, fill, formatDate, formatNumber, formatPercent, parseDmy } from '../../src/taskpane/format';
import { createWorkerParser } from '../../src/taskpane/parse/worker-client';
import type { ParseRequest } from '../../src/taskpane/parse/types';
import { yearOf } from '../../src/taskpane/useImportFlow';
import { groupWarnings, kindOf } from '../../src/taskpane/warnings';

describe('format', () => {
  it.each([
    ['{n} nhiệm vụ', { n: 3 }, '3 nhiệm vụ'],
    ['{a} và {a}', { a: 'x' }, 'x và x'],
    ['{missing} stays', {}, '{missing} stays'],
  ])('fill(%s)', (t, v, want) => expect(fill(t, v as Record<string, string | number>)).toBe(want));

  it.each([
    ['2024-10-31', 'vi', '31/10/2024'],
    ['2024-03-05', 'en', '5 Mar 2024'],
    ['not a date', 'vi', 'not a date'],
  ] as const)('formatDate(%s, %s)', (iso, locale, want) => expect(formatDate(iso, locale)).toBe(want));

  it.each([
    ['30/06/2025', '2025-06-30'],
    ['1/7/2024', '2024-07-01'],
    [' 31.12.2024 ', '2024-12-31'],
    ['29-02-2024', '2024-02-29'],
    ['29/02/2025', null],
    ['31/04/2025', null],
    ['06/30/2025', null],
    ['2025-06-30', null],
    ['30/06/25', null],
    ['', null],
  ])('parseDmy(%j): day first, whatever the browser', (text, want) => expect(parseDmy(text)).toBe(want));

  it('dmyOf writes what parseDmy reads', () => {
    for (const iso of ['2024-01-05', '2025-12-31']) expect(parseDmy(dmyOf(iso))).toBe(iso);
    expect(dmyOf('2024-01-05')).toBe('05/01/2024');
  });

  it.each([
    [3.5, 'vi', '3,5'],
    [3.5, 'en', '3.5'],
    [1 / 3, 'vi', '0,33'],
    [40, 'vi', '40'],
  ] as const)('formatNumber(%d, %s)', (n, locale, want) => expect(formatNumber(n, locale)).toBe(want));

  it('percentages are on 0..100 already; null is not applicable', () => {
    expect(formatPercent(66.666, 'vi', '—')).toBe('66,7%');
    expect(formatPercent(100, 'en', '—')).toBe('100%');
    expect(formatPercent(0.5, 'en', '—')).toBe('0.5%');
    expect(formatPercent(null, 'vi', '—')).toBe('—');
  });

  it('comparators read as signs', () => {
    expect(['>=', '<=', '>', '<', '='].map(comparatorSign)).toEqual(['≥', '≤', '>', '<', '=']);
  });

  it.each([
    ['2025', 2025],
    [' 2024 ', 2024],
    ['', undefined],
    ['25', undefined],
    ['20x5', undefined],
    ['1200', undefined],
    ['1944', undefined],
    ['1945', 1945],
    ['2201', undefined],
  ])('yearOf(%j)', (t, want) => expect(yearOf(t)).toBe(want));
});

describe('warning groups', () => {
  const w = (code: string, task?: string): Warning => ({ code, message: code, ...(task ? { task } : {}) });

  it('group by kind in a fixed order, keeping the document order inside a group', () => {
    const groups = groupWarnings([w('continuation-merged', '1.3'), w('year-inferred'), w('duplicate-stt', '2.1'), w('continuation-merged', '4.2'), w('something-new'), w('watermark-removed')]);
    expect(groups.map((g) => [g.kind, g.warnings.map((x) => x.task ?? x.code)])).toEqual([
      ['check', ['2.1']],
      ['guessed', ['year-inferred']],
      ['merged', ['1.3', '4.2']],
      ['removed', ['watermark-removed']],
      ['other', ['something-new']],
    ]);
  });

  it.each([
    ['unit-alias-duplicate', 'check'],
    ['encoding-guessed', 'guessed'],
    ['orphan-continuation', 'removed'],
    ['brand-new-code', 'other'],
  ])('%s is %s', (code, kind) => expect(kindOf(code)).toBe(kind));
});

describe('clipboard', () => {
  const text = (i: { bytes: Uint8Array } | null) => (i ? new TextDecoder().decode(i.bytes) : null);

  it('HTML with a table wins over the plain text (Word and Excel put both)', () => {
    const i = clipboardInput({ html: '<table><tr><td>STT</td></tr></table>', text: 'STT' }, 'dán');
    expect(i?.name).toBe('clipboard.html');
    expect(text(i)).toContain('<table>');
  });

  it('HTML without a table gives way to the text', () => {
    expect(clipboardInput({ html: '<p>STT Nhiệm vụ</p>', text: 'STT\tNhiệm vụ' }, 'dán')?.name).toBe('clipboard.txt');
  });

  it('HTML alone is used even without a table', () => {
    expect(clipboardInput({ html: '<p>x</p>', text: '' }, 'dán')?.name).toBe('clipboard.html');
  });

  it('nothing pasted: nothing to read', () => {
    expect(clipboardInput({ html: ' ', text: '\n' }, 'dán')).toBeNull();
  });
});

describe('worker parser', () => {
  const plan = { schema: 'plan-tracker/plan@1', tasks: [] } as unknown as Plan;
  const req: ParseRequest = { name: 'a.md', bytes: new Uint8Array([1]), options: {} };
  const g = globalThis as unknown as { Worker?: unknown };
  afterEach(() => {
    delete g.Worker;
  });

  it('without Worker, the page parses', async () => {
    const fallback = jest.fn(async () => ok(plan));
    await expect(createWorkerParser('w.js', fallback)(req)).resolves.toEqual(ok(plan));
    expect(fallback).toHaveBeenCalledWith(req);
  });

  it('a worker that answers is used; one that fails hands its requests to the page, and so do later ones', async () => {
    const made: FakeWorker[] = [];
    class FakeWorker {
      onmessage: ((e: { data: unknown }) => void) | null = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      posted: { id: number }[] = [];
      terminated = false;
      constructor(public url: string) {
        made.push(this);
      }
      postMessage(m: { id: number }) {
        this.posted.push(m);
      }
      terminate() {
        this.terminated = true;
      }
    }
    g.Worker = FakeWorker;
    const fallback = jest.fn(async () => ok(plan));
    const parse = createWorkerParser('parse-worker.js?v=1', fallback);

    const first = parse(req);
    const w = made[0] as FakeWorker;
    expect(w.url).toBe('parse-worker.js?v=1');
    w.onmessage?.({ data: { id: w.posted[0]?.id, result: ok(plan) } });
    await expect(first).resolves.toEqual(ok(plan));
    expect(fallback).not.toHaveBeenCalled();

    const second = parse(req);
    w.onerror?.({ preventDefault: () => undefined });
    await expect(second).resolves.toEqual(ok(plan));
    expect(w.terminated).toBe(true);
    expect(fallback).toHaveBeenCalledTimes(1);

    await parse(req);
    expect(made).toHaveLength(1);
    expect(fallback).toHaveBeenCalledTimes(2);
  });
});
