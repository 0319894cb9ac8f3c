#!/usr/bin/env node
/**
 * Clean text out of the project's own documents (markdown from a PDF converter, Word HTML) for
 * the OCR tables: one paragraph or table cell per line, markup and entities removed.
 * Usage: node scripts/ocr/extract-text.js <file.md|file.html> > out.txt
 */
'use strict';
const fs = require('fs');

const ENTITIES = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s) {
  return s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, n) => ENTITIES[n.toLowerCase()] ?? m);
}

function stripTags(s) {
  return s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/(p|div|tr|td|th|li|h\d)>/gi, '\n').replace(/<[^>]*>/g, ' ');
}

function fromMarkdown(src) {
  const out = [];
  for (const line of src.split('\n')) {
    if (/^\s*\|?\s*:?-{3,}/.test(line)) continue;
    const cells = line.trim().startsWith('|') ? line.split('|') : [line];
    for (const cell of cells) {
      for (const l of decode(stripTags(cell)).split('\n')) out.push(l.replace(/[*_#`]+/g, ' '));
    }
  }
  return out;
}

function fromHtml(src) {
  const body = src.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<style[\s\S]*?<\/style>/gi, '');
  return decode(stripTags(body)).split('\n');
}

function extract(file) {
  const src = fs.readFileSync(file, 'utf8');
  const lines = /\.html?$/i.test(file) ? fromHtml(src) : /\.md$/i.test(file) ? fromMarkdown(src) : src.split('\n');
  return lines
    .map((l) => l.normalize('NFC').replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '' && /\p{L}/u.test(l))
    .join('\n');
}

module.exports = { extract };
if (require.main === module) process.stdout.write(extract(process.argv[2]) + '\n');
