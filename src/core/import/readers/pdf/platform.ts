import type { GrayImage, OcrWord, Page } from './page';

/**
 * What the platform (Node for the command line, the parse worker in the task pane) lends the pure
 * reader: pdf.js to open a PDF and draw its pages, an image decoder, and Tesseract. The reader
 * decides what to do with each page; the platform only does the heavy lifting.
 */

/** Why a PDF could not be opened; the reader turns it into a coded failure. */
export type PdfOpenProblem = 'encrypted' | 'damaged' | 'too-large';

export class PdfOpenError extends Error {
  constructor(readonly problem: PdfOpenProblem, detail: string) {
    super(detail);
  }
}

export interface PdfHandle {
  pageCount: number;
  /** The page's text runs, ruling lines and image count (no rendering). */
  page(n: number): Promise<Page>;
  /** The page drawn to grayscale pixels at `dpi`, for OCR. */
  render(n: number, dpi: number): Promise<GrayImage>;
  close(): Promise<void>;
}

export interface PagePlatform {
  /** Opens a PDF; throws PdfOpenError when it is encrypted or damaged. */
  openPdf(bytes: Uint8Array): Promise<PdfHandle>;
  /**
   * Reads the words of a page image file (PNG, JPEG, TIFF) as it is: Tesseract's own image
   * library decodes it inside WebAssembly, where a damaged file is an error, never a crash (a
   * native decoder given a damaged PNG can take the process down).
   */
  ocrFile(bytes: Uint8Array, signal?: AbortSignal): Promise<OcrWord[]>;
  /** Reads the words on a page image with the Vietnamese model. */
  ocr(image: GrayImage, signal?: AbortSignal): Promise<OcrWord[]>;
  /** Frees what the platform holds (the OCR worker). */
  dispose?(): Promise<void>;
}

export interface ReadProgress {
  page: number;
  pages: number;
  /** The page is being read by OCR (slow) rather than from its text. */
  ocr: boolean;
}

export interface AsyncReadOptions {
  onProgress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
}
