/**
 * PDFs and scans picked in the built task pane, in Chromium inside the Excel stand-in: pdf.js
 * (and for a scan, Tesseract with the Vietnamese model) run in the parse worker from the
 * add-in's own folder, with no request anywhere else; the preview shows the document's tasks and
 * Write hands the stand-in the same tasks, leads and deadlines as the document's clean text.
 *
 * Runs with `npx jest -c jest.e2e.config.js` after `npm run build` (see taskpane.e2e.test.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { type Page } from 'playwright-core';
import { parsePlan } from '../../src/core/import';
import type { Plan, Task } from '../../src/core/model';
import { UI } from '../../src/i18n/ui';
import { ROOT, SHOTS, paneHarness, suite } from './browser';
import { standInScript } from './stand-in';

const PDF = join(ROOT, 'test', 'fixtures', 'pdf');
const vi = UI.vi;


/** The notice as its clean text reads (the reference every reading of it is held to). */
function noticeFromText(): Plan {
  const r = parsePlan({ name: 'thong-bao-ket-luan.txt', bytes: new Uint8Array(readFileSync(join(PDF, 'thong-bao-ket-luan.txt'))) });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

suite('PDFs and scans in the task pane (Chromium)', () => {
  const harness = paneHarness();

  /** The pane in the stand-in; every request off localhost (office.js aside) is refused and noted. */
  async function pane(): Promise<{ page: Page; external: string[]; errors: string[]; fetched: string[]; close(): Promise<void> }> {
    const context = await harness.browser.newContext({ locale: 'vi-VN', viewport: { width: 420, height: 900 } });
    const external: string[] = [];
    const fetched: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.endsWith('/office.js')) return route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: 'Excel' }) });
      if (url.hostname === '127.0.0.1') {
        fetched.push(url.pathname);
        return route.fallback();
      }
      external.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${harness.server.url}/taskpane.html?e2e=stand-in`);
    await page.getByRole('heading', { name: vi.import.heading }).waitFor();
    return { page, external, errors, fetched, close: () => context.close() };
  }

  async function writtenPlan(page: Page): Promise<Plan> {
    await page.getByRole('button', { name: vi.preview.write }).click();
    await page.getByText(vi.write.doneTitle.replace('{sheet}', 'Theo dõi')).waitFor();
    const written = await page.evaluate(() => (window as unknown as { __standIn: { written: Plan[] } }).__standIn.written);
    expect(written).toHaveLength(1);
    return written[0] as Plan;
  }

  const shape = (t: Task) => ({ stt: t.stt, lead: t.lead, due: t.deadline.due });

  it('a notice printed to PDF: its tasks on preview, and written as its text gives them; Tesseract never loaded', async () => {
    const { page, external, errors, fetched, close } = await pane();
    await page.getByTestId('file-input').setInputFiles(join(PDF, 'thong-bao-ket-luan.pdf'));
    await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 60000 });
    const text = noticeFromText();
    expect(await page.getByTestId('preview-summary').innerText()).toMatch(new RegExp(`^${text.tasks.length} nhiệm vụ`));
    await page.screenshot({ path: join(SHOTS, 'e2e-pdf-preview.png'), fullPage: false });

    const plan = await writtenPlan(page);
    expect(plan.tasks.map((t) => ({ ...shape(t), task: t.task }))).toEqual(text.tasks.map((t) => ({ ...shape(t), task: t.task })));
    // pdf.js came in its own chunk, on demand; Tesseract and its model did not.
    expect(fetched.some((p) => /parse-worker\.pdfjs\.[0-9a-f]+\.js$/.test(p))).toBe(true);
    expect(fetched.filter((p) => p.includes('/ocr/') || p.includes('tesseract'))).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('a scanned notice (one page): page 1/1 shown while Tesseract reads it, then the same STT, leads and due dates as its text', async () => {
    const { page, external, errors, fetched, close } = await pane();
    // Chromium does not route a nested worker's own script: it is seen as a worker starting.
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await page.getByTestId('file-input').setInputFiles(join(PDF, 'thong-bao-ket-luan-scan.pdf'));
    await page.getByText('Trang 1/1: đang nhận dạng chữ trên ảnh').waitFor({ timeout: 30000 });
    expect(await page.getByRole('button', { name: vi.import.cancelReading }).isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'e2e-scan-progress.png'), fullPage: false });
    await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 110000 });

    const plan = await writtenPlan(page);
    expect(plan.tasks.map(shape)).toEqual(noticeFromText().tasks.map(shape));
    // The engine, its worker and the Vietnamese model came from the add-in's folder.
    expect(workers).toContain('/ocr/worker.min.js');
    expect(fetched).toContain('/ocr/vie.traineddata.gz');
    expect(fetched.some((p) => /^\/ocr\/tesseract-core-[a-z-]*lstm\.wasm\.js$/.test(p))).toBe(true);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 180000);

  it('a photographed notice (JPEG): read by Tesseract in the pane, the same STT, leads and due dates as its text', async () => {
    const { page, external, errors, close } = await pane();
    await page.getByTestId('file-input').setInputFiles(join(PDF, 'thong-bao-ket-luan-photo.jpg'));
    await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 110000 });
    const plan = await writtenPlan(page);
    expect(plan.source.format).toBe('image');
    expect(plan.tasks.map(shape)).toEqual(noticeFromText().tasks.map(shape));
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 180000);

  it('Hủy while a scan is read: back to the import screen at once, nothing reported, and the next file reads', async () => {
    const { page, external, errors, close } = await pane();
    await page.getByTestId('file-input').setInputFiles(join(PDF, 'thong-bao-ket-luan-scan.pdf'));
    await page.getByText('Trang 1/1: đang nhận dạng chữ trên ảnh').waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: vi.import.cancelReading }).click();
    await page.getByRole('button', { name: vi.import.cancelReading }).waitFor({ state: 'detached', timeout: 10000 });
    expect(await page.getByRole('button', { name: vi.import.fileButton }).isEnabled()).toBe(true);
    expect(await page.getByText(/Không đọc được/).count()).toBe(0);
    expect(await page.getByRole('heading', { name: vi.preview.heading }).count()).toBe(0);

    // The worker is still good for the next file.
    await page.getByTestId('file-input').setInputFiles(join(PDF, 'thong-bao-ket-luan.pdf'));
    await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 60000 });
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120000);
});
