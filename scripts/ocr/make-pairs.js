#!/usr/bin/env node
/**
 * Makes the (clean, English-OCR) pairs the confusion model learns from, and the held-out pairs
 * the accuracy test measures on. Slow (Chromium + Tesseract per page): run once, the outputs are
 * committed so the tables can be rebuilt without the tools.
 *   training: data/ocr/corpus/*.txt + the project's two sample plans -> data/ocr/pairs/
 *   held-out: test/fixtures/ocr/heldout/*.txt -> the same folder, *.ocr.txt
 * Usage: node scripts/ocr/make-pairs.js [--heldout-only]
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { extract } = require('./extract-text');
const { renderOcr } = require('./render-ocr');

const ROOT = path.resolve(__dirname, '../..');
const FONTS = [['times', 'Liberation Serif'], ['dejavu', 'DejaVu Serif']];

/** The clean training texts: name -> text. */
function trainingTexts() {
  const texts = new Map();
  const corpus = path.join(ROOT, 'data/ocr/corpus');
  for (const f of fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
    texts.set(f.replace(/\.txt$/, ''), fs.readFileSync(path.join(corpus, f), 'utf8').normalize('NFC'));
  }
  for (const f of ['ke-hoach-04-KH-UBND-2024-quan-1.md', 'ke-hoach-12-KH-PVH-2025.html']) {
    texts.set(f.replace(/\.\w+$/, ''), extract(path.join(ROOT, 'test/fixtures', f)));
  }
  return texts;
}

function main() {
  const heldoutOnly = process.argv.includes('--heldout-only');
  if (!heldoutOnly) {
    const out = path.join(ROOT, 'data/ocr/pairs');
    fs.mkdirSync(out, { recursive: true });
    for (const [name, text] of trainingTexts()) {
      const clean = path.join(out, `${name}.clean.txt`);
      fs.writeFileSync(clean, text.trim() + '\n');
      for (const [tag, font] of FONTS) {
        const n = renderOcr(clean, path.join(out, `${name}.${tag}.ocr.txt`), font);
        process.stderr.write(`${name} (${font}): ${n} page(s)\n`);
      }
    }
  }
  const held = path.join(ROOT, 'test/fixtures/ocr/heldout');
  for (const f of fs.readdirSync(held).filter((f) => f.endsWith('.txt') && !f.endsWith('.ocr.txt')).sort()) {
    const n = renderOcr(path.join(held, f), path.join(held, f.replace(/\.txt$/, '.ocr.txt')), 'Liberation Serif');
    process.stderr.write(`held-out ${f}: ${n} page(s)\n`);
  }
}

main();
