import type { Page, PageText } from './page';
import { groupLines, joinRuns, splitAtGaps, type TextLine } from './runs';
import { paragraphs } from './tables';

/**
 * The running text of a paged document as paragraphs, one a line: page numbers and running
 * headers and footers dropped, lines joined into paragraphs by how they sit on the page (a new
 * paragraph starts indented, with a number or bullet, after a gap, or after a line that stopped
 * short of the margin), paragraphs continued across a page break joined.
 */

/** Share of the page height at the top and bottom where page numbers and running lines sit. */
const BAND = 0.1;
const PAGE_NUMBER = /^(?:[-–]\s*)?(?:trang\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–])?$/i;
const OPENS = /^(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[IVXLC]{1,6}\s*[.)]|[a-zđ]\s*\)|[-–—+•*])\s*/i;

interface PlacedLine extends TextLine {
  page: number;
  /** The line holds text in separate columns. */
  columns: boolean;
  /** Where on the page, as a share of its height. */
  at: number;
}

/** Text of a line with its digits blanked, to see the same running header on every page. */
const shape = (s: string) => s.replace(/\d+/g, '#').toLowerCase();

export function proseParagraphs(pages: readonly Page[], used: ReadonlySet<PageText>, tableRight = 0): string[] {
  const lines: PlacedLine[] = [];
  for (const page of pages) {
    const free = page.texts.filter((t) => !used.has(t));
    for (const runs of groupLines(free)) {
      const size = Math.max(...runs.map((r) => r.height));
      // Two columns on one baseline (a letterhead: issuer left, motto right) stay one line, as
      // text read from paper has them, but never join a paragraph.
      const parts = splitAtGaps(runs, 3 * size).map(joinRuns).filter((l) => l.text);
      const first = parts[0];
      if (!first) continue;
      const l: TextLine = parts.length === 1 ? first : { ...first, text: parts.map((x) => x.text).join(' '), x1: Math.max(...parts.map((x) => x.x1)) };
      lines.push({ ...l, page: page.number, at: (l.y + l.size / 2) / page.height, columns: parts.length > 1 });
    }
  }
  const inBand = (l: PlacedLine) => l.at < BAND || l.at > 1 - BAND;
  // Running lines: the same words (numbers aside) in the top or bottom band of several pages.
  const pagesOf = new Map<string, Set<number>>();
  for (const l of lines) if (inBand(l)) pagesOf.set(shape(l.text), (pagesOf.get(shape(l.text)) ?? new Set()).add(l.page));
  const pageCount = new Set(lines.map((l) => l.page)).size;
  const running = (l: PlacedLine) => {
    const n = pagesOf.get(shape(l.text))?.size ?? 0;
    return pageCount >= 2 && n >= 2 && n * 2 >= pageCount;
  };
  const body = lines.filter((l) => !(inBand(l) && (PAGE_NUMBER.test(l.text) || running(l))));
  if (body.length === 0) return [];
  const left = percentile(body.map((l) => l.x0), 0.1);
  // The right margin: where most lines stop, or where tables stop; with few lines and no table,
  // the page mirrored (a title line alone is not a full line).
  let right = Math.max(percentile(body.map((l) => l.x1), 0.9), tableRight);
  if (body.length < 10 && tableRight === 0) right = Math.max(right, (pages[0]?.width ?? 0) - left);
  const width = right - left;
  const centred = (x: TextLine) => x.x0 - left > 0.8 * x.size && Math.abs((x.x0 - left) - (right - x.x1)) < 2 * x.size;
  const out = paragraphs(body, width, right, (l, prev) => {
    const a = l as PlacedLine;
    const b = prev as PlacedLine;
    if (a.columns || b.columns) return true;
    if (OPENS.test(l.text)) return true;
    // Indented further than the body's left edge (a first-line indent), unless a centred title
    // goes on centred.
    if (l.x0 - left > 0.8 * l.size && !(centred(l) && centred(prev))) return true;
    // A line starting after a wide gap on the same page (a space between paragraphs).
    if (a.page === b.page && l.y - (prev.y + prev.size) > 0.9 * prev.size) return true;
    return false;
  }, (l, prev) => (l as PlacedLine).page !== (prev as PlacedLine).page);
  return out.map((p) => p.text);
}

function percentile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.floor(q * (s.length - 1))))] ?? 0;
}
