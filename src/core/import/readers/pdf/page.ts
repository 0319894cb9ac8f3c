/**
 * What a page gives the pure reader, whatever drew it: pdf.js text runs (a printed PDF) or the
 * words Tesseract read (a scan), with the ruling lines of the page. Coordinates are in the page's
 * own units (PDF points, or pixels of a scan), x to the right, y downwards from the top edge.
 */

export interface PageText {
  /** The run's text as drawn (a word, a few words, or a single bullet glyph). */
  str: string;
  x: number;
  /** Top of the run's box. */
  y: number;
  width: number;
  height: number;
  /** A whole word (OCR): separated from its neighbours by a space whatever the gap. */
  word?: boolean;
}

/** A horizontal or vertical ruling line (a table border), x1 <= x2, y1 <= y2. */
export interface PageLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Page {
  /** 1-based page number in the document. */
  number: number;
  width: number;
  height: number;
  texts: PageText[];
  lines: PageLine[];
  /** Images painted on the page (a scanned page is one image and no text). */
  images: number;
  /** The page was read by OCR (its text is what Tesseract recognised). */
  ocr?: boolean;
}

/** A page rendered to 8-bit grayscale pixels (0 black .. 255 white), row by row. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Pixels per inch the page was rendered at, so sizes can be judged in points. */
  dpi: number;
}

/** One word Tesseract recognised, its box in the image's pixels. */
export interface OcrWord {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  confidence: number;
}
