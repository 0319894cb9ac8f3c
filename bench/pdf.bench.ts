/**
 * PDFs and scans (issue 11): a 30-page text PDF parsed (pdf.js, target under 1 s), OCR of one A4
 * page at 200 dpi (Tesseract, Vietnamese model; target under 5 s median of 3), and the peak
 * memory of reading a scan (target under 1 GB for 30 pages; measured on SCAN_PAGES pages, the
 * memory held per page is what grows). Figures, not pass/fail.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/pdf.bench.ts
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { deflateSync } from 'zlib';
import { buildPlan } from '../src/core/import';
import { readInputAsync } from '../src/core/import/readers/pdf/async';
import { prepareScan } from '../src/core/import/readers/pdf/ocr-page';
import type { Page } from '../src/core/import/readers/pdf/page';
import { readPages } from '../src/core/import/readers/pdf/read';
import { openPdfNode } from '../src/pdf/node';
import { nodePlatform } from '../src/pdf/node-platform';
import { scanPdf } from '../test/pdf/support/tiny-pdf';
import { row, time } from './measure';

const PDF = join(__dirname, '..', 'test', 'fixtures', 'pdf');
const SCAN_PAGES = Number(process.env.SCAN_PAGES ?? 4);

async function main(): Promise<void> {
  const text = new Uint8Array(readFileSync(join(PDF, 'ke-hoach-04-appendix.pdf')));
  let pages = 0;
  let tasks = 0;
  const parse = await time(async () => {
    const h = await openPdfNode(text);
    const all: Page[] = [];
    for (let i = 1; i <= h.pageCount; i++) all.push(await h.page(i));
    await h.close();
    pages = all.length;
    const plan = buildPlan(readPages(all, 'pdf'), 'ke-hoach.pdf');
    tasks = plan.ok ? plan.value.tasks.length : 0;
  }, 3);
  console.log('== PDFs and scans');
  row(`text PDF, ${pages} pages, parsed to ${tasks} tasks`, parse, 'target < 1000 ms');

  // One A4 page drawn at 200 dpi, read by Tesseract (the worker is started before timing).
  const h = await openPdfNode(new Uint8Array(readFileSync(join(PDF, 'thong-bao-ket-luan.pdf'))));
  const page = await h.render(1, 200);
  await h.close();
  const platform = nodePlatform();
  const { forOcr } = prepareScan(page);
  await platform.ocr(forOcr);
  const ocr = await time(() => platform.ocr(forOcr), 3, 0);
  row(`OCR of one A4 page at 200 dpi (${page.width} x ${page.height} px)`, ocr, 'target < 5000 ms median');

  // A scan of SCAN_PAGES pages read whole, with the peak resident memory sampled meanwhile.
  const scan = scanPdf(new Array(SCAN_PAGES).fill(page), (b) => new Uint8Array(deflateSync(b)));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const t0 = Date.now();
  const r = await readInputAsync({ name: 'scan.pdf', bytes: scan }, platform);
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  await platform.dispose?.();
  const ms = Date.now() - t0;
  console.log(`${`scan of ${SCAN_PAGES} pages read (OCR at 300 dpi), ${r.ok ? 'ok' : r.error.code}`.padEnd(60)} ${String(ms).padStart(8)} ms   peak RSS ${(peak / 1048576).toFixed(0)} MB (target < 1024 MB for 30 pages; pages are read one at a time, so the peak does not grow with the page count)`);
}

void main();
