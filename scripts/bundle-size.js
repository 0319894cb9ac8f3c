#!/usr/bin/env node
/**
 * First-load script of the built task pane, gzipped: the scripts dist/taskpane.html loads from
 * dist/ before the user does anything (office.js, from Microsoft's CDN, is not ours and not
 * counted; chunks loaded on demand are listed apart). Budget: 350 KiB. Exit code 1 over budget.
 *
 *   npm run build && node scripts/bundle-size.js     (npm run bench calls it)
 */
'use strict';
const { readFileSync, readdirSync, existsSync, statSync } = require('fs');
const { join } = require('path');
const { gzipSync } = require('zlib');

const DIST = join(__dirname, '..', 'dist');
const BUDGET_KIB = 350;

function kib(bytes) {
  return bytes / 1024;
}

/** Gzip as a web server does by default (level 6). */
function gzipped(file) {
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

/** Local scripts the page loads: <script src> in taskpane.html that point into dist/. */
function firstLoadScripts(html) {
  const out = [];
  for (const m of html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)"?/gi)) {
    const src = (m[1] || '').split('?')[0];
    if (/^[a-z]+:|^\/\//i.test(src)) continue; // office.js from the CDN
    out.push(src);
  }
  return out;
}

function folderBytes(dir) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) n += e.isDirectory() ? folderBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size;
  return n;
}

function main() {
  const page = join(DIST, 'taskpane.html');
  if (!existsSync(page)) {
    console.error('dist/taskpane.html is missing: run `npm run build` first.');
    process.exit(2);
  }
  const first = firstLoadScripts(readFileSync(page, 'utf8'));
  let total = 0;
  console.log('== task pane first load (gzipped)');
  for (const src of first) {
    const size = gzipped(join(DIST, src));
    total += size;
    console.log(`${src.padEnd(40)} ${kib(size).toFixed(1).padStart(8)} KiB`);
  }
  console.log(`${'total'.padEnd(40)} ${kib(total).toFixed(1).padStart(8)} KiB   budget ${BUDGET_KIB} KiB`);
  const later = readdirSync(DIST).filter((f) => f.endsWith('.js') && !first.includes(f));
  if (later.length) {
    console.log('== loaded on demand (gzipped, not in the first load)');
    for (const f of later.sort()) console.log(`${f.padEnd(40)} ${kib(gzipped(join(DIST, f))).toFixed(1).padStart(8)} KiB`);
  }
  // What the parse worker fetches only when a PDF or a scan is picked (webpack.config.js copies it).
  const folders = ['ocr', 'pdfjs'].filter((d) => existsSync(join(DIST, d)));
  if (folders.length) {
    console.log('== fetched by the parse worker for PDFs and scans only (as stored)');
    for (const d of folders) console.log(`${(d + '/').padEnd(40)} ${kib(folderBytes(join(DIST, d))).toFixed(1).padStart(8)} KiB`);
  }
  if (kib(total) > BUDGET_KIB) {
    console.error(`over budget by ${(kib(total) - BUDGET_KIB).toFixed(1)} KiB`);
    process.exit(1);
  }
}

main();
