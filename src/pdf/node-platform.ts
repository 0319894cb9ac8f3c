/** The command line's page platform: pdf.js (legacy build), @napi-rs/canvas, Tesseract in Node. */
import type { PagePlatform } from '../core/import/readers/pdf/platform';
import { nodeOcr } from '../ocr/node';
import { openPdfNode } from './node';

export function nodePlatform(): PagePlatform {
  const ocr = nodeOcr();
  return {
    openPdf: openPdfNode,
    ocrFile: (bytes, signal) => ocr.readFile(bytes, signal),
    ocr: (image, signal) => ocr.read(image, signal),
    dispose: () => ocr.dispose(),
  };
}
