import { failure, warning } from '../../../../i18n/coded';
import type { Plan, ReadDocument, Warning } from '../../../model';
import { ok, type Result } from '../../../result';
import { buildPlan, type ParseOptions } from '../../plan';
import { readInput } from '../index';
import { sniffPaged } from '../sniff';
import { ocrPage, prepareScan } from './ocr-page';
import type { Page } from './page';
import { PdfOpenError, type AsyncReadOptions, type PagePlatform, type PdfHandle } from './platform';
import { readPages } from './read';

/**
 * The most scanned pages read at a time. OCR costs seconds a page; a plan's appendix is rarely
 * over 40 pages, and a 500-page scan is a book to split, not something to wait an hour for.
 */
export const MAX_OCR_PAGES = 60;
/** The most pages of a text PDF (reading is fast, but each page's glyphs are held until the end). */
export const MAX_TEXT_PAGES = 2000;
/** OCR resolution: Tesseract reads 10-12 pt text best at 200-300 dpi. */
export const OCR_DPI = 300;

class Cancelled extends Error {}

function check(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Cancelled('cancelled');
}

/** An engine's error as a short phrase: its message, without the "Error:" labels engines prefix. */
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e)).replace(/^(?:Error:\s*)+/i, '').replace(/\.$/, '');

/**
 * Reads any input, PDFs and page images included (those need the platform: pdf.js, an image
 * decoder, Tesseract). Other formats go to the synchronous readers. Reports progress page by
 * page; an aborted signal ends the work with a `read-cancelled` failure.
 */
export async function readInputAsync(file: { name: string; bytes: Uint8Array }, platform: PagePlatform, options: AsyncReadOptions = {}): Promise<Result<ReadDocument>> {
  const kind = sniffPaged(file.bytes);
  if (!kind) return readInput(file);
  try {
    const result = kind === 'pdf' ? await readPdf(file.bytes, platform, options) : await readImages(file.bytes, platform, options);
    if (!result.ok) return { ok: false, error: { ...result.error, where: result.error.where ? `${file.name}, ${result.error.where}` : file.name } };
    return result;
  } catch (e) {
    if (e instanceof Cancelled || options.signal?.aborted) return failure('read-cancelled', {}, file.name);
    throw e;
  }
}

export async function parsePlanAsync(file: { name: string; bytes: Uint8Array }, platform: PagePlatform, options: ParseOptions & AsyncReadOptions = {}): Promise<Result<Plan>> {
  const doc = await readInputAsync(file, platform, options);
  if (!doc.ok) return doc;
  return buildPlan(doc.value, file.name, options);
}

async function readPdf(bytes: Uint8Array, platform: PagePlatform, options: AsyncReadOptions): Promise<Result<ReadDocument>> {
  const { signal, onProgress } = options;
  let handle: PdfHandle;
  try {
    handle = await platform.openPdf(bytes);
  } catch (e) {
    if (e instanceof PdfOpenError) {
      if (e.problem === 'encrypted') return failure('pdf-unreadable', { reason: 'encrypted' });
      if (e.problem === 'too-large') return failure('pdf-unreadable', { reason: 'too-large', error: e.message });
      return failure('pdf-unreadable', { reason: 'damaged', error: e.message });
    }
    return failure('pdf-unreadable', { reason: 'damaged', error: errorText(e) });
  }
  try {
    const n = handle.pageCount;
    if (n === 0) return failure('pdf-unreadable', { reason: 'no-pages' });
    if (n > MAX_TEXT_PAGES) return failure('pdf-unreadable', { reason: 'too-many-pages', pages: n, limit: MAX_TEXT_PAGES });
    const pages: Page[] = [];
    let scanned = 0;
    for (let i = 1; i <= n; i++) {
      check(signal);
      let page: Page;
      try {
        page = await handle.page(i);
      } catch (e) {
        return failure('pdf-unreadable', { reason: 'page', page: i, error: errorText(e) });
      }
      const scan = page.texts.length === 0 && page.images > 0;
      if (scan && n > MAX_OCR_PAGES) return failure('pdf-unreadable', { reason: 'too-many-pages', pages: n, limit: MAX_OCR_PAGES });
      onProgress?.({ page: i, pages: n, ocr: scan });
      if (scan) {
        const image = await handle.render(i, OCR_DPI);
        check(signal);
        const { rulings, forOcr } = prepareScan(image);
        let words;
        try {
          words = await platform.ocr(forOcr, signal);
        } catch (e) {
          check(signal);
          return failure('ocr-failed', { page: i, error: errorText(e) });
        }
        page = ocrPage(i, image, words, rulings);
        scanned++;
      }
      pages.push(page);
    }
    if (pages.every((p) => p.texts.length === 0)) return failure('pdf-no-text', { pages: n });
    const warnings: Warning[] = scanned > 0 ? [warning('ocr-pages', { pages: scanned })] : [];
    return ok(readPages(pages, 'pdf', warnings));
  } finally {
    await handle.close();
  }
}

/** Pixels per inch assumed for a page image (a scan at 200 dpi; phone photos are near it). */
const IMAGE_DPI = 200;

async function readImages(bytes: Uint8Array, platform: PagePlatform, options: AsyncReadOptions): Promise<Result<ReadDocument>> {
  const { signal, onProgress } = options;
  onProgress?.({ page: 1, pages: 1, ocr: true });
  let words;
  try {
    words = await platform.ocrFile(bytes, signal);
  } catch (e) {
    check(signal);
    return failure('image-unreadable', { error: errorText(e) });
  }
  if (words.every((w) => !w.text.trim())) return failure('pdf-no-text', { pages: 1 });
  // The image's size as far as its words reach (the page bands for page numbers need a height).
  const width = Math.max(...words.map((w) => w.x1));
  const height = Math.max(...words.map((w) => w.y1)) * 1.1;
  const page = ocrPage(1, { width, height, data: new Uint8Array(0), dpi: IMAGE_DPI }, words, []);
  return ok(readPages([page], 'image', [warning('ocr-pages', { pages: 1 })]));
}
