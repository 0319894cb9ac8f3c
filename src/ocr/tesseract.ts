/**
 * Tesseract (tesseract.js, WebAssembly) with the Vietnamese model shipped with the project
 * (@tesseract.js-data/vie, the tessdata "best" model quantised to integers): never fetched from
 * the network. The same wrapper serves Node (the command line) and the task pane's worker; the
 * caller says where the model and the engine's files are.
 */
import type { GrayImage, OcrWord } from '../core/import/readers/pdf/page';
import { toPgm } from '../core/import/readers/pdf/ocr-page';

export interface OcrPaths {
  /** Folder (path or URL) holding vie.traineddata.gz. */
  langPath: string;
  /** Browser only: tesseract.js's worker script and its core (wasm) folder, served locally. */
  workerPath?: string;
  corePath?: string;
}

interface TesseractBbox { x0: number; y0: number; x1: number; y1: number }
interface TesseractWord { text: string; confidence: number; bbox: TesseractBbox }
interface TesseractLine { words: TesseractWord[] }
interface TesseractPara { lines: TesseractLine[] }
interface TesseractBlock { paragraphs: TesseractPara[] }
interface TesseractWorker {
  recognize(image: unknown, options?: object, output?: object): Promise<{ data: { blocks: TesseractBlock[] | null; text: string } }>;
  setParameters(p: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
}
type CreateWorker = (lang: string, oem: number, options: Record<string, unknown>) => Promise<TesseractWorker>;

export class Ocr {
  private worker: Promise<TesseractWorker> | null = null;

  constructor(private readonly createWorker: CreateWorker, private readonly paths: OcrPaths) {}

  private start(): Promise<TesseractWorker> {
    this.worker ??= (async () => {
      // errorHandler: without one, tesseract.js also throws a failed job's error out of its
      // message listener (an uncaught exception), besides rejecting the job's promise.
      const options: Record<string, unknown> = { langPath: this.paths.langPath, gzip: true, cacheMethod: 'none', errorHandler: () => undefined };
      // The worker script itself, not a blob: URL that imports it (a page's CSP may refuse blobs).
      if (this.paths.workerPath) Object.assign(options, { workerPath: this.paths.workerPath, workerBlobURL: false });
      if (this.paths.corePath) options.corePath = this.paths.corePath;
      // OEM 1: the LSTM engine only (the model holds no legacy data).
      const w = await this.createWorker('vie', 1, options);
      // Keep spaces between words as printed (tables have wide gaps) and read the page as blocks.
      await w.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: '0' });
      return w;
    })();
    return this.worker;
  }

  read(image: GrayImage, signal?: AbortSignal): Promise<OcrWord[]> {
    return this.recognize(toPgm(image), image.dpi, signal);
  }

  /** An image file as it is (PNG, JPEG, TIFF), decoded by Tesseract's own library. */
  readFile(bytes: Uint8Array, signal?: AbortSignal): Promise<OcrWord[]> {
    return this.recognize(bytes, 0, signal);
  }

  private async recognize(image: Uint8Array, dpi: number, signal?: AbortSignal): Promise<OcrWord[]> {
    const worker = await this.start();
    await worker.setParameters({ user_defined_dpi: dpi ? String(dpi) : '' });
    const abort = () => void this.dispose();
    signal?.addEventListener('abort', abort, { once: true });
    try {
      const { data } = await worker.recognize(typeof Buffer !== 'undefined' ? Buffer.from(image) : image, {}, { blocks: true, text: true });
      const words: OcrWord[] = [];
      for (const b of data.blocks ?? []) for (const p of b.paragraphs) for (const l of p.lines) for (const w of l.words) {
        words.push({ text: w.text, x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1, confidence: w.confidence });
      }
      return words;
    } finally {
      signal?.removeEventListener('abort', abort);
    }
  }

  async dispose(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await (await w).terminate();
  }
}
