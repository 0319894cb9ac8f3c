import type { GrayImage, OcrWord, Page, PageText } from './page';
import { findRulings, withoutRulings, type FoundLine } from './rulings';

/**
 * A scanned page as the reader sees any page: the words Tesseract read become text runs and the
 * borders found in the image become ruling lines, both scaled from pixels to points (1/72 inch),
 * so the table and paragraph rules work on scans and printed PDFs alike.
 */
/** The ruling lines of a scanned page, and the page without them for OCR. */
export function prepareScan(image: GrayImage): { rulings: FoundLine[]; forOcr: GrayImage } {
  // A border is at least a fifth of an inch long (a header row is about that high) and at most ~2 pt thick (in pixels at this dpi).
  const rulings = findRulings(image, Math.round(image.dpi / 5), Math.max(3, Math.round(image.dpi / 40)));
  return { rulings, forOcr: rulings.length > 0 ? withoutRulings(image, rulings) : image };
}

export function ocrPage(number: number, image: GrayImage, words: readonly OcrWord[], rulings: readonly FoundLine[] = prepareScan(image).rulings): Page {
  const k = 72 / image.dpi;
  const lines = rulings.map((l) => ({ x1: l.x1 * k, y1: l.y1 * k, x2: l.x2 * k, y2: l.y2 * k }));
  const verticals = lines.filter((l) => l.x1 === l.x2);
  // Tesseract reads a table border beside a line of text as a "|" (or "I", "l", "[", "]"): a
  // word of such strokes lying on a border found in the image is the border, not text.
  const onBorder = (w: OcrWord) => /^[|!Il[\]]+$/.test(w.text.trim()) && verticals.some((l) => l.x1 >= w.x0 * k - 3 && l.x1 <= w.x1 * k + 3);
  const texts: PageText[] = words
    .filter((w) => w.text.trim() && !onBorder(w))
    // A border stroke glued to a word ("|-", "việc|") is dropped from it.
    .map((w) => ({ ...w, text: w.text.trim().replace(/^\|+(?=\S)|(?<=\S)\|+$/g, '') }))
    .filter((w) => w.text)
    .map((w) => ({ str: w.text.normalize('NFC'), x: w.x0 * k, y: w.y0 * k, width: (w.x1 - w.x0) * k, height: (w.y1 - w.y0) * k, word: true }));
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
