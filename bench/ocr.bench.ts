/**
 * OCR restoration (issue 12): how fast 20 pages of English-model OCR text are given back as
 * Vietnamese (target: under 1 s), and how big the tables are that the task pane loads with it
 * (target: a few hundred KiB gzipped at most). Figures, not pass/fail.
 * Run: node --expose-gc -r ts-node/register/transpile-only bench/ocr.bench.ts
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { gzipSync } from 'zlib';
import { detectDamage } from '../src/core/ocr/detect';
import { clearWordCaches, restoreText } from '../src/core/ocr/restore';
import { row, time } from './measure';

const ROOT = join(__dirname, '..');
const WORDS_PER_PAGE = 450;
const PAGES = 20;

/** About 20 pages of varied English-model OCR text: the training readings, then the real notices. */
function twentyPages(): string {
  const dir = join(ROOT, 'data', 'ocr', 'pairs');
  const texts = [
    readFileSync(join(ROOT, 'test', 'fixtures', 'thong-bao-241-TB-VP-2025-ocr.txt'), 'utf8'),
    readFileSync(join(ROOT, 'test', 'fixtures', 'ocr', 'thong-bao-kl-tan-binh-2023-ocr.txt'), 'utf8'),
    ...readdirSync(dir).filter((f) => f.endsWith('.times.ocr.txt') && !f.startsWith('ke-hoach-04')).sort().map((f) => readFileSync(join(dir, f), 'utf8')),
  ];
  const words = texts.join('\n\n').split(/(?<=\s)/);
  return words.slice(0, WORDS_PER_PAGE * PAGES).join('');
}

async function main(): Promise<void> {
  const text = twentyPages();
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(`== OCR restoration, ${PAGES} pages (${words.toLocaleString('en')} words) of English-model OCR text`);
  let first = { wall: 0, cpu: 0 };
  let changed = 0;
  {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    changed = restoreText(text).changed;
    first = { wall: Number(process.hrtime.bigint() - t0) / 1e6, cpu: (process.cpuUsage(c0).user + process.cpuUsage(c0).system) / 1000 };
  }
  row('first call: tables loaded, syllables and letter tree built', first, `${changed} syllables changed`);
  row('restoreText, 20 pages never seen (word caches cleared)', await time(() => {
    clearWordCaches();
    restoreText(text);
  }, 5, 1), `${words} words`);
  row('restoreText, the same 20 pages again (words cached)', await time(() => restoreText(text), 5, 1));
  row('detectDamage, 20 pages', await time(() => detectDamage(text), 9, 1));

  console.log('== OCR tables (src/core/ocr/data; the syllable list is generated, not stored)');
  const data = join(ROOT, 'src', 'core', 'ocr', 'data');
  let raw = 0;
  let gz = 0;
  for (const f of readdirSync(data).sort()) {
    const bytes = readFileSync(join(data, f));
    const z = gzipSync(bytes, { level: 9 }).length;
    raw += statSync(join(data, f)).size;
    gz += z;
    console.log(`${f.padEnd(56)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB raw ${(z / 1024).toFixed(1).padStart(8)} KiB gzipped`);
  }
  console.log(`${'all tables'.padEnd(56)} ${(raw / 1024).toFixed(1).padStart(8)} KiB raw ${(gz / 1024).toFixed(1).padStart(8)} KiB gzipped`);
}

void main();
