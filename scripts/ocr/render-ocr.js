#!/usr/bin/env node
/**
 * Renders clean text to page images and reads them back with Tesseract's ENGLISH model, the way
 * offices' scans end up when someone OCRs them without a Vietnamese model.
 *   text -> HTML (serif 13pt, A4, like a printed notice) -> chromium --print-to-pdf
 *        -> pdftoppm -r 200 -gray -> tesseract -l eng
 * Usage: node scripts/ocr/render-ocr.js <clean.txt> <out.ocr.txt> [font]
 * Needs: /usr/bin/chromium, pdftoppm (poppler), tesseract with eng.
 */
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

function html(text, font) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const paras = text.split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${esc(l)}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "${font}", serif; font-size: 13pt; line-height: 1.35; text-align: justify; }
p { margin: 0 0 6pt 0; text-indent: 10mm; }
</style></head><body>${paras}</body></html>`;
}

function renderOcr(cleanFile, outFile, font = 'Liberation Serif') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-'));
  try {
    const htmlFile = path.join(dir, 'doc.html');
    fs.writeFileSync(htmlFile, html(fs.readFileSync(cleanFile, 'utf8').normalize('NFC'), font));
    const pdf = path.join(dir, 'doc.pdf');
    execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', pdf, path.join(dir, 'page')]);
    const pages = fs.readdirSync(dir).filter((f) => /^page.*\.png$/.test(f)).sort();
    const text = pages
      .map((p) => execFileSync('tesseract', [path.join(dir, p), 'stdout', '-l', 'eng'], {
        encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      }))
      .join('\n');
    fs.writeFileSync(outFile, text);
    return pages.length;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { renderOcr };
if (require.main === module) {
  const n = renderOcr(process.argv[2], process.argv[3], process.argv[4]);
  process.stderr.write(`${process.argv[3]}: ${n} page(s)\n`);
}
