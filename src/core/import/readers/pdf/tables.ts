import type { CellLine, SourceCell, SourceRow } from '../../../model';
import type { Page, PageLine, PageText } from './page';
import { cutRun, groupLines, joinRuns, type TextLine } from './runs';

/**
 * Tables on a page, rebuilt from their ruling lines: lines that touch form a table; the distinct
 * x of its vertical lines are the column edges, the distinct y of its horizontal lines the row
 * edges. A missing piece of border between two grid cells makes them one cell (a section row
 * spanning the columns, a lead unit shared by three rows). Text runs go to the cell holding
 * their centre; inside a cell, visual lines become paragraphs by how they wrap.
 */

export interface PageTable {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  rows: SourceRow[];
}

/** Edges closer than this (points or scaled pixels) are one edge. */
const SNAP = 2.5;

function horizontal(l: PageLine): boolean {
  return l.y2 - l.y1 < l.x2 - l.x1;
}

function touches(a: PageLine, b: PageLine): boolean {
  return a.x1 - SNAP <= b.x2 && b.x1 - SNAP <= a.x2 && a.y1 - SNAP <= b.y2 && b.y1 - SNAP <= a.y2;
}

/** Groups ruling lines into connected sets (union-find over touching lines). */
function components(lines: readonly PageLine[]): PageLine[][] {
  const parent = lines.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  // Sorting by x1 bounds the pairs compared to the lines that can overlap in x.
  const order = lines.map((_, i) => i).sort((a, b) => (lines[a] as PageLine).x1 - (lines[b] as PageLine).x1);
  for (let oi = 0; oi < order.length; oi++) {
    const i = order[oi] as number;
    const a = lines[i] as PageLine;
    for (let oj = oi + 1; oj < order.length; oj++) {
      const j = order[oj] as number;
      const b = lines[j] as PageLine;
      if (b.x1 - SNAP > a.x2) break;
      if (touches(a, b)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, PageLine[]>();
  lines.forEach((l, i) => {
    const r = find(i);
    const g = groups.get(r) ?? [];
    g.push(l);
    groups.set(r, g);
  });
  return [...groups.values()];
}

/** Distinct values, those within SNAP merged to their mean. */
function edges(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - (last[last.length - 1] as number) <= SNAP) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Is there a border along x = `x` over y = `y`? (vertical), or along y over x (horizontal). */
function hasVertical(vs: readonly PageLine[], x: number, y: number): boolean {
  return vs.some((l) => Math.abs(l.x1 - x) <= SNAP && l.y1 - SNAP <= y && y <= l.y2 + SNAP);
}
function hasHorizontal(hs: readonly PageLine[], y: number, x: number): boolean {
  return hs.some((l) => Math.abs(l.y1 - y) <= SNAP && l.x1 - SNAP <= x && x <= l.x2 + SNAP);
}

interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
  runs: PageText[];
}

/** The tables on a page; `used` collects the runs placed in them (the rest is running text). */
export function pageTables(page: Page, used: Set<PageText>): PageTable[] {
  const out: PageTable[] = [];
  for (const group of components(page.lines)) {
    const hs = group.filter(horizontal);
    const vs = group.filter((l) => !horizontal(l));
    const xs = edges(vs.flatMap((l) => [l.x1]));
    const ys = edges(hs.flatMap((l) => [l.y1]));
    if (xs.length < 2 || ys.length < 2) continue;
    const table = buildTable(page, hs, vs, xs, ys, used);
    if (table) out.push(table);
  }
  return out.sort((a, b) => a.y0 - b.y0);
}

function buildTable(page: Page, hs: PageLine[], vs: PageLine[], xs: number[], ys: number[], used: Set<PageText>): PageTable | null {
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  // owner[r][c]: the box covering grid cell (r, c).
  const owner: (Box | undefined)[][] = Array.from({ length: nr }, () => new Array<Box | undefined>(nc));
  const boxes: Box[] = [];
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (owner[r]?.[c]) continue;
      const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
      let c1 = c;
      while (c1 + 1 < nc && !hasVertical(vs, xs[c1 + 1] as number, midY)) c1++;
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      let r1 = r;
      while (r1 + 1 < nr && !hasHorizontal(hs, ys[r1 + 1] as number, midX) && !owner[r1 + 1]?.[c]) r1++;
      const box: Box = { r0: r, c0: c, r1, c1, runs: [] };
      boxes.push(box);
      for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) (owner[rr] as (Box | undefined)[])[cc] = box;
    }
  }
  const x0 = xs[0] as number, x1 = xs[nc] as number, y0 = ys[0] as number, y1 = ys[nr] as number;
  let placed = 0;
  for (const t0 of page.texts) {
    const cy = t0.y + t0.height / 2;
    if (cy < y0 || cy > y1 || t0.x + t0.width / 2 < x0 || t0.x + t0.width / 2 > x1) continue;
    used.add(t0);
    // A run crossing a column edge is cut there (pdf.js may join text over a narrow gap).
    let pieces: PageText[] = [t0];
    for (let c = 1; c < nc; c++) {
      pieces = pieces.flatMap((p) => {
        const cut = hasVertical(vs, xs[c] as number, cy) ? cutRun(p, xs[c] as number) : null;
        return cut ?? [p];
      });
    }
    for (const t of pieces) {
      const cx = t.x + t.width / 2;
      const r = lastBelow(ys, cy);
      const c = lastBelow(xs, cx);
      const box = owner[r]?.[c];
      if (box) {
        box.runs.push(t);
        placed++;
      }
    }
  }
  // A frame with nothing inside (a text box border, a signature line) is no table.
  if (placed === 0) return null;
  const padding = cellPadding(boxes, xs);
  const rows: SourceRow[] = [];
  for (let r = 0; r < nr; r++) {
    const cells: SourceCell[] = [];
    for (let c = 0; c < nc;) {
      const box = owner[r]?.[c] as Box;
      const span = box.c1 - box.c0 + 1;
      if (box.r0 === r) {
        const layout = { runs: box.runs, innerWidth: (xs[box.c1 + 1] as number) - (xs[box.c0] as number) - 2 * padding, rightEdge: (xs[box.c1 + 1] as number) - padding };
        const cell: SourceCell = { lines: cellLines(layout.runs, layout.innerWidth, layout.rightEdge) };
        LAYOUT.set(cell, layout);
        if (span > 1) cell.colSpan = span;
        if (box.r1 > box.r0) cell.rowSpan = box.r1 - box.r0 + 1;
        cells.push(cell);
      }
      c += span;
    }
    rows.push({ cells, page: page.number, row: r + 1 });
  }
  // Rows whose every cell is covered by a span from above hold no cell: drop them.
  return { x0, y0, x1, y1, rows: rows.filter((row) => row.cells.length > 0) };
}

/** Index of the last edge at or before v (clamped to a cell). */
function lastBelow(edgesAt: number[], v: number): number {
  let i = 0;
  while (i + 2 < edgesAt.length && (edgesAt[i + 1] as number) <= v) i++;
  return i;
}

/** The table's inner cell padding: the smallest gap between a cell's left edge and its text. */
function cellPadding(boxes: Box[], xs: number[]): number {
  let min = Infinity;
  for (const b of boxes) for (const r of b.runs) min = Math.min(min, r.x - (xs[b.c0] as number));
  return Number.isFinite(min) ? Math.max(0.5, Math.min(8, min)) : 2;
}

/** Where each cell's text was drawn, so a piece can be laid out again once its context is known. */
const LAYOUT = new WeakMap<SourceCell, { runs: PageText[]; innerWidth: number; rightEdge: number }>();

/**
 * Lays a cell out again as the rest of a list: the piece of a cell cut by a page break whose
 * first piece began with a dash. Its dashes at line starts are items even after a full line
 * ("Trung tâm ... quận" / "- Thủ trưởng"), which on their own would read as a dash inside a sentence.
 */
export function relayAsList(cell: SourceCell): void {
  const layout = LAYOUT.get(cell);
  if (layout) cell.lines = cellLines(layout.runs, layout.innerWidth, layout.rightEdge, true);
}

const BULLET = /^([-–—•+∙◦▪*])\s*/;

/**
 * A cell's visual lines into paragraphs. A line that starts with a bullet opens a paragraph; so
 * does a line after one that stopped short, leaving room for this line's first word (a wrap
 * happens only when the next word does not fit), or after a gap wider than a line.
 */
export function cellLines(runs: PageText[], innerWidth: number, rightEdge: number, inList = false): CellLine[] {
  const visual: TextLine[] = groupLines(runs).map(joinRuns).filter((l) => l.text);
  return paragraphs(visual, innerWidth, rightEdge, undefined, undefined, inList).map((p, i) => {
    const m = BULLET.exec(p.text);
    const line: CellLine = { text: m ? p.text.slice(m[0].length).trim() : p.text, hard: i > 0 };
    if (m) line.bullet = true;
    return line;
  }).filter((l) => l.text || l.bullet);
}

export interface Paragraph {
  text: string;
  x0: number;
  y: number;
  size: number;
}

export function paragraphs(
  lines: readonly TextLine[],
  innerWidth: number,
  /** The x where text stops at the right (a cell's inner edge, the right margin). */
  rightEdge: number,
  startsParagraph?: (line: TextLine, prev: TextLine) => boolean,
  /** The two lines are on different pages: their vertical gap says nothing. */
  pageBreak?: (line: TextLine, prev: TextLine) => boolean,
  /** The block goes on with a list begun before it (a cell's piece after a page break). */
  inList = false,
): Paragraph[] {
  const out: Paragraph[] = [];
  let prev: TextLine | null = null;
  // A block that opens with a dash is a list: every dash at a line start opens an item.
  const list = inList || BULLET.test(lines[0]?.text ?? '');
  for (const l of lines) {
    const cur = out[out.length - 1];
    const wrapped = prev !== null && wraps(prev, l, rightEdge, pageBreak?.(l, prev) ?? false);
    // A dash at the start of a line opens a list item, unless the line above ran full and did not
    // end a sentence: then it is a dash inside the sentence ("giai đoạn 2022" / "- 2025").
    const bullet = BULLET.test(l.text) && (list || !(wrapped && prev && !/[.;:]$/.test(prev.text)));
    if (prev && cur && !bullet && !(startsParagraph?.(l, prev) ?? false) && wrapped) {
      cur.text = joinWrapped(cur.text, prev, l.text, rightEdge);
    } else {
      out.push({ text: l.text, x0: l.x0, y: l.y, size: l.size });
    }
    prev = l;
  }
  return out;
}

/** The previous line was full: this line's first word would not have fitted after it. */
function wraps(prev: TextLine, next: TextLine, rightEdge: number, pageBreak: boolean): boolean {
  if (!pageBreak && next.y - (prev.y + prev.size) > 1.0 * prev.size) return false;
  const word = next.text.split(' ')[0] ?? '';
  // The word's width, from the next line's drawn width shared out by glyph shape: capitals are
  // wider than small letters, a space or a stop narrower ("kiểm soát" / "TTHC" wraps although
  // four average letters would have fitted). The space before the word counts too.
  const em = (next.x1 - next.x0) / Math.max(0.1, ems(next.text));
  const slack = 0.1 * next.size;
  return prev.x1 + em * ems(` ${word}`) > rightEdge - slack;
}

/** A text's width in ems of a proportional office font (Times-like): a shape estimate per glyph. */
function ems(text: string): number {
  let w = 0;
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    if (/\p{Lu}/u.test(ch)) w += /[IJ]/.test(ch) ? 0.38 : /[MW]/.test(ch) ? 0.9 : 0.7;
    else if (/\p{Ll}/u.test(ch)) w += /[ijlft]/.test(ch) ? 0.29 : /[mw]/.test(ch) ? 0.75 : 0.48;
    else if (/\d/.test(ch)) w += 0.5;
    else if (ch === ' ') w += 0.25;
    else if (/[.,;:'’!|]/.test(ch)) w += 0.27;
    else if (ch === '%') w += 0.83;
    else if (/[-–()/[\]]/.test(ch)) w += 0.33;
    else w += 0.5;
  }
  return w;
}

/** One Vietnamese syllable: onset, vowel nucleus, coda (a word cut inside joins back into one). */
export const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?[.,;:]?$/i;

/**
 * Joins a wrapped line to its paragraph. A line that is one word alone was cut inside the word
 * (a word wider than the column: "Trưởn" / "g"), and a line ending in a hyphen glued to a word
 * was cut at that hyphen ("QĐ-" / "UBND"): both join without a space.
 */
function joinWrapped(text: string, lastLine: TextLine, next: string, rightEdge: number): string {
  const last = lastLine.text.replace(BULLET, '');
  const full = rightEdge - lastLine.x1 < 0.75 * lastLine.size;
  const joined = `${last}${next.split(' ')[0] ?? ''}`.normalize('NFC');
  // Cut inside one word: a syllable ("Trưởn" / "g"), an acronym or a document number ("VBQP" / "PL").
  // An acronym or a number is cut only if the next line goes on with capitals or digits
  // ("VBQP" / "PL"); "12/KH-UBND" / "ngày" is a wrap after a whole number.
  const cut = full && !/\s/.test(last) && (SYLLABLE.test(joined) || (/^[\p{Lu}\d/.-]+$/u.test(last) && /^[\p{Lu}\d]/u.test(next)));
  if (cut || /\S[-–]$/.test(last)) return `${text}${next}`;
  return `${text} ${next}`;
}
