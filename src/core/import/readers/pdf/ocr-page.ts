import type { GrayImage, OcrWord, Page, PageText } from './page';
import { findRulings } from './rulings';

/**
 * A scanned page as the reader sees any page: the words Tesseract read become text runs and the
 * borders found in the image become ruling lines, both scaled from pixels to points (1/72 inch),
 * so the table and paragraph rules work on scans and printed PDFs alike.
 */
export function ocrPage(number: number, image: GrayImage, words: readonly OcrWord[]): Page {
  const k = 72 / image.dpi;
  const texts: PageText[] = words
    .filter((w) => w.text.trim())
    .map((w) => ({ str: w.text.trim().normalize('NFC'), x: w.x0 * k, y: w.y0 * k, width: (w.x1 - w.x0) * k, height: (w.y1 - w.y0) * k }));
  // A border is at least a third of an inch long and at most ~2 pt thick (in pixels at this dpi).
  const lines = findRulings(image, Math.round(image.dpi / 3), Math.max(3, Math.round(image.dpi / 40))).map((l) => ({
    x1: l.x1 * k, y1: l.y1 * k, x2: l.x2 * k, y2: l.y2 * k,
  }));
  return { number, width: image.width * k, height: image.height * k, texts, lines, images: 1, ocr: true };
}

/** The image as a binary PGM (P5), a format Tesseract's image library reads from memory. */
export function toPgm(image: GrayImage): Uint8Array {
  const head = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(head.length + image.data.length);
  out.set(head, 0);
  out.set(image.data, head.length);
  return out;
}
