/**
 * The command line's pdf.js: the legacy build (for Node), loaded on first use. The package is an
 * ES module and the command is CommonJS, so it is imported through a real `import()`, which
 * TypeScript would otherwise turn into require().
 */
import { dirname, join } from 'path';
import { pathToFileURL } from 'url';
import type { PdfHandle } from '../core/import/readers/pdf/platform';
import { openWithPdfjs, type CanvasLike } from './handle';

type Pdfjs = typeof import('pdfjs-dist');

const importEsm = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

let loaded: Promise<Pdfjs> | null = null;

function pdfjsFolder(): string {
  return dirname(require.resolve('pdfjs-dist/package.json'));
}

export function loadPdfjsNode(): Promise<Pdfjs> {
  loaded ??= (async () => {
    const folder = pdfjsFolder();
    const lib = (await importEsm(pathToFileURL(join(folder, 'legacy/build/pdf.mjs')).href)) as Pdfjs;
    lib.GlobalWorkerOptions.workerSrc = pathToFileURL(join(folder, 'legacy/build/pdf.worker.mjs')).href;
    return lib;
  })();
  return loaded;
}

export function makeNodeCanvas(width: number, height: number): CanvasLike {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createCanvas } = require('@napi-rs/canvas') as { createCanvas(w: number, h: number): CanvasLike };
  return createCanvas(width, height);
}

export async function openPdfNode(bytes: Uint8Array): Promise<PdfHandle> {
  const pdfjs = await loadPdfjsNode();
  const folder = pdfjsFolder();
  return openWithPdfjs(pdfjs, bytes, {
    standardFontDataUrl: `${join(folder, 'standard_fonts')}/`,
    cMapUrl: `${join(folder, 'cmaps')}/`,
    makeCanvas: makeNodeCanvas,
  });
}
