import type { GrayImage, PageLine } from './page';

/**
 * Ruling lines (table borders) found in a page image: long runs of dark pixels along rows and
 * along columns, runs on neighbouring rows joined into one line, so a border a few pixels thick or
 * drawn a little askew by the scanner is one line. Coordinates are the image's pixels.
 */

/** Darker than this (0..255) is ink. */
const INK = 140;
/** A light gap this long (pixels) inside a run does not break it (scanner dropouts, noise). */
const GAP = 1;

interface Run {
  a: number;
  b: number;
  at: number;
}

/** Runs of ink at least `min` long along one line of pixels. */
function runsAlong(get: (i: number) => number, length: number, min: number, at: number, out: Run[]): void {
  let start = -1;
  let lastInk = -1;
  for (let i = 0; i <= length; i++) {
    const ink = i < length && get(i) < INK;
    if (ink) {
      if (start < 0) start = i;
      lastInk = i;
    } else if (start >= 0 && i - lastInk > GAP) {
      if (lastInk - start + 1 >= min) out.push({ a: start, b: lastInk, at });
      start = -1;
    }
  }
}

/** Joins runs on neighbouring rows (or columns) that overlap into lines, returned as [from, to, position]. */
function joinRuns(runs: Run[]): { a: number; b: number; lo: number; hi: number }[] {
  const done: { a: number; b: number; lo: number; hi: number }[] = [];
  let open: { a: number; b: number; lo: number; hi: number }[] = [];
  let at = -1;
  for (const r of runs) {
    if (r.at !== at) {
      // Lines not continued on the row before this one are finished.
      const still: typeof open = [];
      for (const o of open) (o.hi >= r.at - 2 ? still : done).push(o);
      open = still;
      at = r.at;
    }
    const o = open.find((x) => x.hi >= r.at - 2 && r.a <= x.b && x.a <= r.b);
    if (o) {
      o.a = Math.min(o.a, r.a);
      o.b = Math.max(o.b, r.b);
      o.hi = r.at;
    } else open.push({ a: r.a, b: r.b, lo: r.at, hi: r.at });
  }
  return [...done, ...open];
}

/** Horizontal and vertical ruling lines at least `minLength` pixels long and at most `maxThickness` thick. */
/** A ruling line with the band of pixels it covers across its length (rows or columns lo..hi). */
export interface FoundLine extends PageLine {
  lo: number;
  hi: number;
}

export function findRulings(img: GrayImage, minLength: number, maxThickness: number): FoundLine[] {
  const { width, height, data } = img;
  const rows: Run[] = [];
  for (let y = 0; y < height; y++) runsAlong((x) => data[y * width + x] as number, width, minLength, y, rows);
  const cols: Run[] = [];
  for (let x = 0; x < width; x++) runsAlong((y) => data[y * width + x] as number, height, minLength, x, cols);
  const out: FoundLine[] = [];
  for (const l of joinRuns(rows)) {
    // Thick blobs (a black box, a photo) are no border; askew lines are a little thicker.
    if (l.hi - l.lo + 1 > maxThickness + (l.b - l.a) / 50) continue;
    const y = (l.lo + l.hi) / 2;
    out.push({ x1: l.a, x2: l.b, y1: y, y2: y, lo: l.lo, hi: l.hi });
  }
  for (const l of joinRuns(cols)) {
    if (l.hi - l.lo + 1 > maxThickness + (l.b - l.a) / 50) continue;
    const x = (l.lo + l.hi) / 2;
    out.push({ x1: x, x2: x, y1: l.a, y2: l.b, lo: l.lo, hi: l.hi });
  }
  return out;
}

/**
 * The image with its ruling lines painted white: Tesseract reads a page better without table
 * borders (it takes them for letters, "|", or for a picture and skips the text beside them).
 */
export function withoutRulings(img: GrayImage, lines: readonly FoundLine[]): GrayImage {
  const data = img.data.slice();
  const { width, height } = img;
  for (const l of lines) {
    const horizontal = l.y1 === l.y2;
    const [x0, x1, y0, y1] = horizontal ? [l.x1, l.x2, l.lo - 1, l.hi + 1] : [l.lo - 1, l.hi + 1, l.y1, l.y2];
    for (let y = Math.max(0, Math.floor(y0)); y <= Math.min(height - 1, Math.ceil(y1)); y++) {
      data.fill(255, y * width + Math.max(0, Math.floor(x0)), y * width + Math.min(width - 1, Math.ceil(x1)) + 1);
    }
  }
  return { ...img, data };
}
