/** The command line's page platform: pdf.js (legacy build), @napi-rs/canvas, Tesseract in Node. */
import type { GrayImage } from '../core/import/readers/pdf/page';
import type { PagePlatform } from '../core/import/readers/pdf/platform';
import { nodeOcr } from '../ocr/node';
import { toGray, type Context2d } from './handle';
import { makeNodeCanvas, openPdfNode } from './node';

/** Pixels assumed for an image file that does not say its resolution (a phone photo, a fax). */
const IMAGE_DPI = 200;
/** The largest image file decoded (pixels): an A4 page at 600 dpi is ~35 MP. */
const MAX_IMAGE_PIXELS = 64 * 1024 * 1024;

export function nodePlatform(): PagePlatform {
  const ocr = nodeOcr();
  return {
    openPdf: openPdfNode,
    async decodeImage(bytes: Uint8Array): Promise<GrayImage[]> {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { loadImage } = require('@napi-rs/canvas') as { loadImage(b: Buffer): Promise<{ width: number; height: number }> };
      const img = await loadImage(Buffer.from(bytes));
      if (img.width * img.height > MAX_IMAGE_PIXELS) throw new Error(`${img.width} x ${img.height}`);
      const canvas = makeNodeCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d') as Context2d;
      ctx.drawImage(img as never, 0, 0);
      const rgba = ctx.getImageData(0, 0, img.width, img.height).data;
      return [{ width: img.width, height: img.height, data: toGray(rgba, img.width * img.height), dpi: IMAGE_DPI }];
    },
    ocr: (image, signal) => ocr.read(image, signal),
    dispose: () => ocr.dispose(),
  };
}
