#!/usr/bin/env node
/**
 * Learns the OCR restoration tables from the (clean, English-OCR) pairs in data/ocr/pairs
 * (made by make-pairs.js) and writes them to src/core/ocr/data/:
 *   confusions.json  what Tesseract's English model reads for each Vietnamese letter
 *                    (letter -> OCR string -> count), from word and letter alignment
 *   ngrams.json      syllable unigram and bigram counts of the clean administrative texts
 * The valid-syllable list is not a table: src/core/ocr/syllables.ts generates it.
 * Usage: node scripts/ocr/build-tables.js [--ngrams-only]
 */
'use strict';
require('ts-node').register({ transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const fs = require('fs');
const path = require('path');
const { alignWords, alignLetters } = require('./align');
const { words } = require('../../src/core/ocr/tokens');
const { sentences } = require('../../src/core/ocr/lm-tokens');
const { isSyllable } = require('../../src/core/ocr/syllables');

const ROOT = path.resolve(__dirname, '../..');
const PAIRS = path.join(ROOT, 'data/ocr/pairs');
const OUT = path.join(ROOT, 'src/core/ocr/data');

function pairs() {
  const files = fs.readdirSync(PAIRS);
  return files
    .filter((f) => f.endsWith('.clean.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.clean\.txt$/, '');
      const clean = fs.readFileSync(path.join(PAIRS, f), 'utf8').normalize('NFC');
      const ocr = files.filter((g) => g.startsWith(`${name}.`) && g.endsWith('.ocr.txt')).sort()
        .map((g) => fs.readFileSync(path.join(PAIRS, g), 'utf8').normalize('NFC'));
      return { name, clean, ocr };
    });
}

function learnConfusions(all) {
  /** clean letter -> OCR string -> count */
  const counts = new Map();
  const ocrLetters = new Set();
  let words_ = 0;
  let aligned = 0;
  for (const { clean, ocr } of all) {
    const cw = words(clean).map((w) => w.toLowerCase());
    for (const text of ocr) {
      const ow = words(text).map((w) => w.toLowerCase());
      for (const w of ow) for (const ch of w) ocrLetters.add(ch);
      words_ += cw.length;
      for (const [i, j] of alignWords(cw, ow)) {
        const c = cw[i];
        if (!isSyllable(c)) continue;
        aligned++;
        for (const [letter, read] of alignLetters(c, ow[j])) {
          let m = counts.get(letter);
          if (!m) counts.set(letter, (m = new Map()));
          m.set(read, (m.get(read) ?? 0) + 1);
        }
      }
    }
  }
  const table = {};
  for (const letter of [...counts.keys()].sort()) {
    const m = counts.get(letter);
    const row = {};
    // A reading seen once is noise (a torn word, a misalignment) unless it is the letter itself.
    for (const [read, n] of [...m].sort((a, b) => b[1] - a[1])) if (n >= 2 || read === letter) row[read] = n;
    table[letter] = row;
  }
  process.stderr.write(`confusions: ${aligned} of ${words_} clean words aligned\n`);
  return { letters: table, ocrAlphabet: [...ocrLetters].sort().join('') };
}

/**
 * Names of people (a surname and capitalised words) are no part of the model: they are never
 * restored by guesswork, and the tables must not carry the sample documents' names.
 */
const NAME = /(?<!\p{L})(Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đinh|Đoàn|Lương|Trịnh|Lâm|Mai)(\s+\p{Lu}\p{Ll}*){1,3}(?!\p{L})/gu;

function learnNgrams(all) {
  const uni = new Map();
  const bi = new Map();
  const add = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { clean } of all) {
    for (const s of sentences(clean.replace(NAME, 'XNAME'))) {
      let prev = '<s>';
      add(uni, prev);
      for (const w of s) {
        add(uni, w);
        add(bi, `${prev} ${w}`);
        prev = w;
      }
      add(bi, `${prev} </s>`);
    }
  }
  const sorted = (m) => Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  process.stderr.write(`ngrams: ${uni.size} syllables, ${bi.size} bigrams\n`);
  return { unigrams: sorted(uni), bigrams: sorted(bi) };
}

function main() {
  const all = pairs();
  fs.mkdirSync(OUT, { recursive: true });
  // --ngrams-only: the clean texts changed, the OCR pairs did not (the alignment is the slow part).
  if (!process.argv.includes('--ngrams-only')) {
    fs.writeFileSync(path.join(OUT, 'confusions.json'), JSON.stringify(learnConfusions(all)) + '\n');
  }
  fs.writeFileSync(path.join(OUT, 'ngrams.json'), JSON.stringify(learnNgrams(all)) + '\n');
}

main();
