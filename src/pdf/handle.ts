/**
 * pdf.js behind the reader's PdfHandle: the same code in Node (legacy build, @napi-rs/canvas) and
 * in the task pane's parse worker (OffscreenCanvas). Only what the pure reader needs leaves here:
 * text runs with their boxes, ruling lines from the operator list, the count of painted images,
 * and a page drawn to grayscale for OCR.
 */
import type { GrayImage, Page, PageLine } from '../core/import/readers/pdf/page';
import { PdfOpenError, type PdfHandle } from '../core/import/readers/pdf/platform';
import { glyphRuns, multiply } from './glyphs';

type Pdfjs = typeof import('pdfjs-dist');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;
type Matrix = [number, number, number, number, number, number];

/** A canvas the platform makes (OffscreenCanvas, @napi-rs/canvas); pdf.js draws into its 2D context. */
export interface CanvasLike {
  width: number;
  height: number;
  getContext(kind: '2d'): unknown;
}

/** The part of a 2D context used here (the command line compiles without the DOM's types). */
export interface Context2d {
  fillStyle: unknown;
  fillRect(x: number, y: number, w: number, h: number): void;
  drawImage(image: never, x: number, y: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: ArrayLike<number> };
}

export interface HandleOptions {
  /** Where pdf.js finds its standard fonts and CMaps (a folder URL or path ending in "/"). */
  standardFontDataUrl?: string;
  cMapUrl?: string;
  makeCanvas(width: number, height: number): CanvasLike;
  /** Where pdf.js finds its image decoders' WebAssembly (JPEG 2000, JBIG2), a folder URL. */
  wasmUrl?: string;
  /**
   * A worker has no document: pdf.js's own fetches (fonts, CMaps, wasm) go through its parser
   * side, and the scratch canvases it draws with come from this factory (OffscreenCanvas).
   */
  useWorkerFetch?: boolean;
  CanvasFactory?: unknown;
  /** Draw glyphs as paths instead of @font-face rules (a worker has no document to add them to). */
  disableFontFace?: boolean;
}

/**
 * The largest image pdf.js will decode (pixels): a page-sized scan at 600 dpi is ~35 MP; a
 * "decompression bomb" image that declares 100,000 x 100,000 is refused instead of allocated.
 */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;
/** The largest canvas drawn for OCR (bytes, RGBA): an A4 page at 300 dpi is ~35 MB. */
const MAX_CANVAS_BYTES = 128 * 1024 * 1024;

export async function openWithPdfjs(pdfjs: Pdfjs, bytes: Uint8Array, options: HandleOptions): Promise<PdfHandle> {
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    maxImageSize: MAX_IMAGE_PIXELS,
    canvasMaxAreaInBytes: MAX_CANVAS_BYTES,
    stopAtErrors: false,
    verbosity: 0,
    ...(options.standardFontDataUrl ? { standardFontDataUrl: options.standardFontDataUrl } : {}),
    ...(options.cMapUrl ? { cMapUrl: options.cMapUrl, cMapPacked: true } : {}),
    ...(options.disableFontFace ? { disableFontFace: true } : {}),
    ...(options.wasmUrl ? { wasmUrl: options.wasmUrl } : {}),
    ...(options.useWorkerFetch !== undefined ? { useWorkerFetch: options.useWorkerFetch } : {}),
    ...(options.CanvasFactory ? { CanvasFactory: options.CanvasFactory as never } : {}),
  });
  // A password-protected PDF asks for a password: say so instead of waiting for one.
  let asked = false;
  task.onPassword = () => {
    asked = true;
    void task.destroy();
  };
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    const message = e instanceof Error ? e.message : String(e);
    if (asked || name === 'PasswordException' || /password/i.test(message)) throw new PdfOpenError('encrypted', message);
    throw new PdfOpenError('damaged', message);
  }
  const OPS = pdfjs.OPS;
  return {
    pageCount: doc.numPages,
    async page(n: number): Promise<Page> {
      const page = await doc.getPage(n);
      try {
        return await readPage(page, n, OPS);
      } finally {
        page.cleanup();
      }
    },
    async render(n: number, dpi: number): Promise<GrayImage> {
      const page = await doc.getPage(n);
      try {
        const viewport = page.getViewport({ scale: dpi / 72 });
        const width = Math.ceil(viewport.width);
        const height = Math.ceil(viewport.height);
        const canvas = options.makeCanvas(width, height);
        const context = canvas.getContext('2d') as Context2d;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, width, height);
        await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
        const rgba = context.getImageData(0, 0, width, height).data;
        return { width, height, data: toGray(rgba, width * height), dpi };
      } finally {
        page.cleanup();
      }
    },
    async close(): Promise<void> {
      await doc.destroy();
    },
  };
}

/** RGBA to 8-bit luma (Rec. 601 weights, integer arithmetic). */
export function toGray(rgba: ArrayLike<number>, pixels: number): Uint8Array {
  const out = new Uint8Array(pixels);
  for (let i = 0, j = 0; i < pixels; i++, j += 4) {
    out[i] = ((rgba[j] as number) * 77 + (rgba[j + 1] as number) * 150 + (rgba[j + 2] as number) * 29) >> 8;
  }
  return out;
}

async function readPage(page: PdfPage, n: number, OPS: Pdfjs['OPS']): Promise<Page> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const ops = await page.getOperatorList();
  const objs = (page as unknown as { commonObjs: { has(n: string): boolean; get(n: string): unknown } }).commonObjs;
  const font = (name: string) => (objs.has(name) ? (objs.get(name) as { fontMatrix?: number[]; vertical?: boolean }) : undefined);
  const texts = glyphRuns(ops.fnArray, ops.argsArray, vt, OPS, font);
  const { lines, images } = rulings(ops.fnArray, ops.argsArray, vt, OPS);
  return { number: n, width: viewport.width, height: viewport.height, texts, lines, images };
}


function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Thinner than this (points) a filled rectangle is a drawn line. */
const THIN = 3;
/** Shorter than this (points) a line is a glyph part or a bullet, not a border. */
const SHORT = 6;

/**
 * Table borders as Word, LibreOffice and Chromium draw them: stroked paths of straight segments
 * or rectangles, and thin filled rectangles. Shapes are followed through the graphics state
 * (save, restore, transform) into page coordinates.
 */
function rulings(fns: number[], args: unknown[][], vt: Matrix, OPS: Pdfjs['OPS']): { lines: PageLine[]; images: number } {
  const lines: PageLine[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const add = (ax: number, ay: number, bx: number, by: number) => {
    const [x1, y1] = apply(vt, ...apply(ctm, ax, ay));
    const [x2, y2] = apply(vt, ...apply(ctm, bx, by));
    const l = { x1: Math.min(x1, x2), y1: Math.min(y1, y2), x2: Math.max(x1, x2), y2: Math.max(y1, y2) };
    const w = l.x2 - l.x1;
    const h = l.y2 - l.y1;
    if (w < THIN && h >= SHORT) lines.push({ x1: (l.x1 + l.x2) / 2, x2: (l.x1 + l.x2) / 2, y1: l.y1, y2: l.y2 });
    else if (h < THIN && w >= SHORT) lines.push({ x1: l.x1, x2: l.x2, y1: (l.y1 + l.y2) / 2, y2: (l.y1 + l.y2) / 2 });
  };
  for (let i = 0; i < fns.length; i++) {
    const fn = fns[i];
    const a = args[i] ?? [];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, a as unknown as Matrix);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageXObjectRepeat || fn === OPS.paintImageMaskXObject) images++;
    else if (fn === OPS.constructPath) {
      const op = a[0] as number;
      const path = (a[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | null | undefined;
      const minMax = a[2] as ArrayLike<number> | null | undefined;
      const stroke = op === OPS.stroke || op === OPS.closeStroke || op === OPS.fillStroke || op === OPS.eoFillStroke || op === OPS.closeFillStroke || op === OPS.closeEOFillStroke;
      const fill = op === OPS.fill || op === OPS.eoFill;
      if (stroke && path) segmentsOf(path, add);
      else if (fill && minMax && minMax.length >= 4) {
        const [x0, y0, x1, y1] = [minMax[0] as number, minMax[1] as number, minMax[2] as number, minMax[3] as number];
        if (x1 - x0 < THIN || y1 - y0 < THIN) add(x0, y0, x1, y1);
      }
    }
  }
  return { lines, images };
}

/** The straight axis-aligned segments of a pdf.js path (DrawOPS: 0 moveTo, 1 lineTo, 2 curveTo, 3 quadraticCurveTo, 4 closePath). */
function segmentsOf(path: ArrayLike<number>, add: (ax: number, ay: number, bx: number, by: number) => void): void {
  let x = 0, y = 0, sx = 0, sy = 0;
  for (let i = 0; i < path.length;) {
    const op = path[i++];
    if (op === 0) { x = sx = path[i++] as number; y = sy = path[i++] as number; }
    else if (op === 1) {
      const nx = path[i++] as number, ny = path[i++] as number;
      if (Math.abs(nx - x) < 0.5 || Math.abs(ny - y) < 0.5) add(x, y, nx, ny);
      x = nx; y = ny;
    } else if (op === 2) { i += 4; x = path[i++] as number; y = path[i++] as number; }
    else if (op === 3) { i += 2; x = path[i++] as number; y = path[i++] as number; }
    else if (op === 4) {
      if (Math.abs(sx - x) < 0.5 || Math.abs(sy - y) < 0.5) add(x, y, sx, sy);
      x = sx; y = sy;
    } else break;
  }
}
