/** @jest-environment jsdom */
/**
 * A PDF or scan picked in the pane: the parse worker's page-by-page progress shows as a bar with
 * "Trang n/N", and Hủy sends the worker a cancel message and brings the import screen back with
 * nothing reported. The worker is a stand-in speaking the real message protocol (types.ts), so
 * the real worker client, import flow and screen are what is tested.
 */
import './jsdom-setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import { parsePlan } from '../../src/core/import';
import { failure } from '../../src/i18n/coded';
import { UI } from '../../src/i18n/ui';
import { App } from '../../src/taskpane/App';
import { ACCEPTED_FILES } from '../../src/taskpane/ImportScreen';
import { parseInPage } from '../../src/taskpane/parse/in-page';
import type { ParseReply, WorkerRequest } from '../../src/taskpane/parse/types';
import { createWorkerParser } from '../../src/taskpane/parse/worker-client';
import { fakeOperations } from './fake-operations';

const vi = UI.vi;
const NOTICE_TEXT = readFileSync(join(__dirname, '..', 'fixtures', 'pdf', 'thong-bao-ket-luan.txt'));

/** The parse worker's stand-in: records what the page posts; the test decides what it answers. */
class StandInWorker {
  static last: StandInWorker | null = null;
  onmessage: ((e: { data: ParseReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  readonly received: WorkerRequest[] = [];
  constructor(readonly url: string) {
    StandInWorker.last = this;
  }
  postMessage(message: WorkerRequest): void {
    this.received.push(message);
  }
  terminate(): void {}
  reply(data: ParseReply): void {
    act(() => this.onmessage?.({ data }));
  }
}

const g = globalThis as unknown as { Worker?: unknown };
let saved: unknown;
beforeEach(() => {
  saved = g.Worker;
  g.Worker = StandInWorker;
  StandInWorker.last = null;
});
afterEach(() => {
  g.Worker = saved;
});

function renderPane() {
  render(<App operations={fakeOperations()} strings={vi} locale="vi" parser={createWorkerParser('parse-worker.js', parseInPage)} />);
}

/** Picks a file as the user does: the hidden input behind "Chọn tệp…". */
async function pick(name: string, bytes: Uint8Array) {
  const input = await screen.findByTestId('file-input');
  const file = { name, arrayBuffer: async () => bytes.slice().buffer };
  fireEvent.change(input, { target: { files: [file] } });
  await waitFor(() => expect(StandInWorker.last?.received.length).toBe(1));
  const sent = StandInWorker.last?.received[0];
  if (!sent || sent.type === 'cancel') throw new Error('no parse request reached the worker');
  return { worker: StandInWorker.last as StandInWorker, id: sent.id, sent };
}

const PDF = new TextEncoder().encode('%PDF-1.7\n% a scanned notice\n');

describe('reading a PDF or scan in the task pane', () => {
  it('accepts PDFs and page images in the file picker', () => {
    for (const ext of ['.pdf', '.png', '.jpg', '.tif']) expect(ACCEPTED_FILES.split(',')).toContain(ext);
  });

  it('shows page n of N as the worker reports it, then the preview', async () => {
    renderPane();
    const { worker, id, sent } = await pick('thong-bao.pdf', PDF);
    expect(sent.type === 'parse' && sent.name).toBe('thong-bao.pdf');

    // Before the first page: the spinner only (no page bar: it has a maximum).
    expect(screen.getAllByRole('progressbar').filter((b) => b.hasAttribute('aria-valuemax'))).toHaveLength(0);
    expect(screen.queryByText(/^Trang/)).toBeNull();
    worker.reply({ id, progress: { page: 1, pages: 3, ocr: true } });
    expect(await screen.findByText('Trang 1/3: đang nhận dạng chữ trên ảnh')).toBeTruthy();
    const [bar, ...more] = screen.getAllByRole('progressbar');
    expect(more).toHaveLength(0);
    if (!bar) throw new Error('no progress bar');
    worker.reply({ id, progress: { page: 3, pages: 3, ocr: false } });
    expect(await screen.findByText('Trang 3/3')).toBeTruthy();
    expect(Number(bar.getAttribute('aria-valuenow'))).toBe(2);
    expect(bar.getAttribute('aria-valuemax')).toBe('3');
    // The file button waits while the pages are read.
    expect((screen.getByRole('button', { name: vi.import.fileButton }) as HTMLButtonElement).disabled).toBe(true);

    // The worker's result: the notice's tasks on preview, the bar gone.
    worker.reply({ id, result: parsePlan({ name: 'thong-bao.txt', bytes: new Uint8Array(NOTICE_TEXT) }, {}) });
    await screen.findByRole('heading', { name: vi.preview.heading });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByTestId('preview-summary').textContent).toMatch(/^[1-9]\d* nhiệm vụ/);
  });

  it('Hủy sends the worker a cancel for that reading and returns to the import screen with nothing reported', async () => {
    renderPane();
    const { worker, id } = await pick('phu-luc-scan.pdf', PDF);
    worker.reply({ id, progress: { page: 2, pages: 30, ocr: true } });
    await screen.findByText('Trang 2/30: đang nhận dạng chữ trên ảnh');

    fireEvent.click(screen.getByRole('button', { name: vi.import.cancelReading }));
    expect(worker.received[1]).toEqual({ type: 'cancel', id });
    // A progress message still in flight changes nothing.
    worker.reply({ id, progress: { page: 3, pages: 30, ocr: true } });
    expect(screen.queryByText('Trang 3/30: đang nhận dạng chữ trên ảnh')).toBeNull();

    // The worker stops and answers as the reader does.
    worker.reply({ id, result: failure('read-cancelled', {}, 'phu-luc-scan.pdf') });
    await waitFor(() => expect(screen.queryByRole('progressbar')).toBeNull());
    expect(screen.queryByRole('button', { name: vi.import.cancelReading })).toBeNull();
    expect((screen.getByRole('button', { name: vi.import.fileButton }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.queryByText(/Không đọc được/)).toBeNull();
  });

  it('a failed PDF reaches the user through the catalog, with the file named', async () => {
    renderPane();
    const { worker, id } = await pick('hong.pdf', PDF);
    worker.reply({ id, result: failure('pdf-unreadable', { reason: 'encrypted' }, 'hong.pdf') });
    expect(await screen.findByText('Không đọc được hong.pdf')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
