/** Tesseract for the command line: tesseract.js's Node worker, the model from node_modules. */
import { dirname, join } from 'path';
import { Ocr } from './tesseract';

export function nodeOcr(): Ocr {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const tesseract = require('tesseract.js') as { createWorker: ConstructorParameters<typeof Ocr>[0] };
  const model = join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
  return new Ocr(tesseract.createWorker, { langPath: model });
}
