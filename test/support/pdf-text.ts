/**
 * What a PDF prints, with the size each piece of text prints at: pdf.js (pdfjs-dist, an ES
 * module) run in a child Node process, since jest transpiles to CommonJS. The size is the text
 * matrix times the page's transform: the point size on paper, scaling included.
 */
import { execFileSync } from 'child_process';
import { join } from 'path';

export interface PrintedText {
  page: number;
  /** Points on paper. */
  size: number;
  text: string;
}

const SCRIPT = `
const pdfjs = await import(process.argv[1]);
const data = new Uint8Array((await import('fs')).readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
const out = [];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  for (const it of tc.items) {
    if (!it.str || !it.str.trim()) continue;
    out.push({ page: p, size: Math.round(Math.hypot(it.transform[2], it.transform[3]) * 100) / 100, text: it.str });
  }
  page.cleanup();
}
process.stdout.write(JSON.stringify(out));
`;

export function printedText(pdf: string): PrintedText[] {
  const pdfjs = join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT, pdfjs, pdf], {
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120000,
  });
  return JSON.parse(out.toString('utf8')) as PrintedText[];
}

/** Text of each page as pdftotext lays it out (NFC, whitespace collapsed), page by page. */
export function pageTexts(pdf: string): string[] {
  const out = execFileSync('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024, timeout: 120000 }).toString('utf8');
  return out.split('\f').map((p) => p.normalize('NFC').replace(/\s+/g, ' ').trim());
}
