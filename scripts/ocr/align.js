/**
 * Aligning an English-OCR reading with the clean text it came from: words first (edit distance
 * over the two word sequences, in a band around the diagonal), then letters within each aligned
 * word pair. Used by build-tables.js (learning) and by the accuracy measure.
 */
'use strict';

const FOLD = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
/** Loose key of an OCR word: lower case, letters only, accents and debris gone. */
const loose = (s) => FOLD(s.toLowerCase()).replace(/[^a-z]/g, '');

function editDistance(a, b) {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** 0 (same word) .. 1 (nothing alike): the cost of pairing a clean word with an OCR word. */
function wordCost(clean, ocr) {
  const a = loose(clean);
  const b = loose(ocr);
  if (a === b) return 0;
  const d = editDistance(a, b) + (/\d/.test(clean) !== /\d/.test(ocr) ? 1 : 0);
  return Math.min(1, d / Math.max(a.length, b.length, 1));
}

/**
 * Pairs [cleanIndex, ocrIndex] of words that match (cost < 0.75), by a banded edit distance:
 * gap 0.9, substitution wordCost.
 */
function alignWords(clean, ocr, band = 400) {
  const m = clean.length;
  const n = ocr.length;
  const ratio = n / Math.max(m, 1);
  const INF = 1e9;
  const cost = new Map();
  const back = new Map();
  const key = (i, j) => i * (n + 1) + j;
  const lo = (i) => Math.max(0, Math.floor(i * ratio) - band);
  const hi = (i) => Math.min(n, Math.floor(i * ratio) + band);
  let prevRow = new Float64Array(n + 1).fill(INF);
  const bt = [];
  for (let j = 0; j <= hi(0); j++) prevRow[j] = j * 0.9;
  bt.push(new Int8Array(n + 1).fill(2));
  for (let i = 1; i <= m; i++) {
    const row = new Float64Array(n + 1).fill(INF);
    const b = new Int8Array(n + 1);
    for (let j = lo(i); j <= hi(i); j++) {
      let best = prevRow[j] + 0.9;
      let dir = 1; // clean word dropped
      if (j > 0) {
        const s = prevRow[j - 1] + wordCost(clean[i - 1], ocr[j - 1]);
        if (s < best) { best = s; dir = 0; }
        const ins = row[j - 1] + 0.9;
        if (ins < best) { best = ins; dir = 2; }
      }
      row[j] = best;
      b[j] = dir;
    }
    bt.push(b);
    prevRow = row;
  }
  void cost; void back; void key;
  const pairs = [];
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    const d = bt[i][j];
    if (d === 0) {
      if (wordCost(clean[i - 1], ocr[j - 1]) < 0.75) pairs.push([i - 1, j - 1]);
      i--; j--;
    } else if (d === 1) i--;
    else j--;
  }
  return pairs.reverse();
}

/**
 * Letters of a clean syllable against the OCR word: for each clean letter, the OCR string read
 * for it ("" when it was lost); OCR letters read in excess go with the clean letter before them.
 */
function alignLetters(clean, ocr) {
  const a = [...clean];
  const b = [...ocr];
  const m = a.length;
  const n = b.length;
  const sub = (x, y) => (x === y ? 0 : FOLD(x) === FOLD(y) ? 0.4 : 1);
  const d = Array.from({ length: m + 1 }, () => new Float64Array(n + 1));
  const bt = Array.from({ length: m + 1 }, () => new Int8Array(n + 1));
  for (let i = 1; i <= m; i++) { d[i][0] = i; bt[i][0] = 1; }
  for (let j = 1; j <= n; j++) { d[0][j] = j; bt[0][j] = 2; }
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      let best = d[i - 1][j - 1] + sub(a[i - 1], b[j - 1]);
      let dir = 0;
      if (d[i - 1][j] + 1 < best) { best = d[i - 1][j] + 1; dir = 1; }
      if (d[i][j - 1] + 1 < best) { best = d[i][j - 1] + 1; dir = 2; }
      d[i][j] = best;
      bt[i][j] = dir;
    }
  }
  const read = a.map(() => '');
  let i = m;
  let j = n;
  let pending = '';
  while (i > 0 || j > 0) {
    const dir = bt[i][j];
    if (dir === 0) { read[i - 1] = b[j - 1] + pending + read[i - 1]; pending = ''; i--; j--; }
    else if (dir === 1) { read[i - 1] = pending + read[i - 1]; pending = ''; i--; }
    else { pending = b[j - 1] + pending; j--; }
  }
  if (pending && m > 0) read[0] = pending + read[0];
  return a.map((c, k) => [c, read[k]]);
}

module.exports = { alignWords, alignLetters, wordCost, loose, FOLD };
