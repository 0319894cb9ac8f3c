/**
 * The task pane's page platform, inside the parse worker: pdf.js's browser build running in the
 * same thread (its own worker module is imported here, so pdf.js needs no second worker), pages
 * drawn on an OffscreenCanvas for OCR, and tesseract.js with its engine and the Vietnamese model
 * served from the add-in's own folder (dist/ocr/, copied there by webpack.config.js). Nothing is
 * fetched from anywhere else. pdf.js and Tesseract are each loaded on first use, in chunks of
 * their own: a text PDF never loads Tesseract.
 */
import type { PagePlatform, PdfHandle } from '../core/import/readers/pdf/platform';
import { Ocr } from '../ocr/tesseract';
import { openWithPdfjs, type CanvasLike } from './handle';

type Pdfjs = typeof import('pdfjs-dist');

/** Where the engine, its worker script and the model are, relative to the add-in's folder. */
export const OCR_FOLDER = 'ocr/';
export const PDFJS_FOLDER = 'pdfjs/';

let loaded: Promise<Pdfjs> | null = null;

function loadPdfjs(): Promise<Pdfjs> {
  loaded ??= (async () => {
    // The worker module first: it sets globalThis.pdfjsWorker, and pdf.js then runs its parser in
    // this thread instead of starting a worker of its own (we already are one). Loaded in a
    // worker, that module also listens on the worker's own port and posts one "ready" message to
    // the page; the page's client ignores messages that carry no request id of its own.
    await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist/build/pdf.worker.mjs');
    return await import(/* webpackChunkName: "pdfjs" */ 'pdfjs-dist');
  })();
  return loaded;
}

function offscreenCanvas(width: number, height: number): CanvasLike {
  return new OffscreenCanvas(width, height) as unknown as CanvasLike;
}

interface CanvasAndContext { canvas: OffscreenCanvas | null; context: OffscreenCanvasRenderingContext2D | null }

/**
 * pdf.js's scratch canvases (masks, patterns, group layers) as OffscreenCanvas: its default
 * factory asks `document` for a <canvas>, and a worker has none. Same contract as pdf.js's
 * BaseCanvasFactory (create, reset, destroy).
 */
class OffscreenCanvasFactory {
  create(width: number, height: number): CanvasAndContext {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(c: CanvasAndContext, width: number, height: number): void {
    if (!c.canvas) throw new Error('Canvas is not specified');
    c.canvas.width = width;
    c.canvas.height = height;
  }
  destroy(c: CanvasAndContext): void {
    if (!c.canvas) return;
    c.canvas.width = 0;
    c.canvas.height = 0;
    c.canvas = null;
    c.context = null;
  }
}

/** `base` is the add-in's folder as an absolute URL (the worker's own location). */
export function browserPlatform(base: string): PagePlatform {
  const at = (path: string) => new URL(path, base).href;
  let ocr: Ocr | null = null;
  const tesseract = async (): Promise<Ocr> => {
    if (ocr) return ocr;
    const lib = (await import(/* webpackChunkName: "tesseract" */ 'tesseract.js')) as unknown as { createWorker?: ConstructorParameters<typeof Ocr>[0]; default?: { createWorker: ConstructorParameters<typeof Ocr>[0] } };
    const createWorker = lib.createWorker ?? lib.default?.createWorker;
    if (!createWorker) throw new Error('tesseract.js has no createWorker');
    ocr = new Ocr(createWorker, { langPath: at(OCR_FOLDER), workerPath: at(`${OCR_FOLDER}worker.min.js`), corePath: at(OCR_FOLDER) });
    return ocr;
  };
  return {
    async openPdf(bytes: Uint8Array): Promise<PdfHandle> {
      const pdfjs = await loadPdfjs();
      return openWithPdfjs(pdfjs, bytes, {
        standardFontDataUrl: at(`${PDFJS_FOLDER}standard_fonts/`),
        cMapUrl: at(`${PDFJS_FOLDER}cmaps/`),
        wasmUrl: at(`${PDFJS_FOLDER}wasm/`),
        makeCanvas: offscreenCanvas,
        CanvasFactory: OffscreenCanvasFactory,
        useWorkerFetch: true,
        // No document in a worker to add @font-face rules to: glyphs are drawn as paths.
        disableFontFace: true,
      });
    },
    ocrFile: async (bytes, signal) => (await tesseract()).readFile(bytes, signal),
    ocr: async (image, signal) => (await tesseract()).read(image, signal),
    dispose: async () => {
      const o = ocr;
      ocr = null;
      await o?.dispose();
    },
  };
}
