/**
 * Runs pdf.js and Tesseract in a child Node process: jest's module sandbox cannot load pdf.js
 * (an ES module) without --experimental-vm-modules. Prints JSON on stdout:
 *   pages <file>  the pages as the adapter reads them (text runs, ruling lines)
 *   doc <file>    the ReadDocument of readInputAsync with the Node platform (OCR included)
 *   docs <files>  the same for several files, in one process (an array)
 */
import { readFileSync } from 'fs';
import { basename } from 'path';
import { readInputAsync } from '../../../src/core/import/readers/pdf/async';
import type { Page } from '../../../src/core/import/readers/pdf/page';
import { nodePlatform } from '../../../src/pdf/node-platform';
import { openPdfNode } from '../../../src/pdf/node';

async function main(): Promise<void> {
  const [mode, file, ...more] = process.argv.slice(2) as [string, string, ...string[]];
  const bytes = new Uint8Array(readFileSync(file));
  if (mode === 'pages') {
    const h = await openPdfNode(bytes);
    const pages: Page[] = [];
    for (let i = 1; i <= h.pageCount; i++) pages.push(await h.page(i));
    await h.close();
    process.stdout.write(JSON.stringify(pages));
    return;
  }
  const platform = nodePlatform();
  const out = [];
  for (const f of [file, ...more]) {
    const progress: number[] = [];
    const r = await readInputAsync({ name: basename(f), bytes: f === file ? bytes : new Uint8Array(readFileSync(f)) }, platform, { onProgress: (p) => progress.push(p.page) });
    out.push({ result: r, progress });
  }
  await platform.dispose?.();
  process.stdout.write(JSON.stringify(mode === 'docs' ? out : out[0]));
}

void main();
