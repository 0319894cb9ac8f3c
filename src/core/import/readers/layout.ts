import type { CellLine, SourceRow, SourceTable } from '../../model';
import { clean, key } from '../../text';

/** Words of an appendix header, folded; two of them in separate columns make a header line. */
const HEADER_WORDS = [
  'stt', 'tt', 'nhiem vu', 'noi dung', 'san pham', 'ket qua', 'chu tri', 'phoi hop', 'thoi gian',
  'thoi han', 'tien do', 'ghi chu', 'don vi', 'co quan', 'lanh dao', 'hoan thanh',
];
const HEADER_WORD = new RegExp(`(^|[^\\p{L}])(${HEADER_WORDS.join('|')})($|[^\\p{L}])`, 'u');

interface Segment {
  start: number;
  text: string;
}

/** Runs of text separated by two or more spaces, with their starting column. */
function segments(line: string): Segment[] {
  const out: Segment[] = [];
  for (const m of line.matchAll(/\S+(?: \S+)*/g)) out.push({ start: m.index ?? 0, text: m[0] });
  return out;
}

function isHeaderLine(line: string): boolean {
  const segs = segments(line);
  if (segs.length < 3) return false;
  const hits = segs.filter((s) => HEADER_WORD.test(key(s.text)));
  return hits.length >= 2;
}

/** Page furniture inside a table region: a lone page number ("3", "- 3 -", "Trang 3"). */
function isPageNumber(line: string): boolean {
  return /^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*[-–—])?\s*$/i.test(line);
}

/** Running text that ends a table: starts at the margin, no column gaps, and long. */
function isProse(line: string, width: number): boolean {
  return /^\S/.test(line) && segments(line).length === 1 && line.trim().length > width * 0.5;
}

/** Column ranges from the gutters: runs of two or more positions that (almost) no line uses. */
function columns(lines: string[]): [number, number][] {
  const width = lines.reduce((w, l) => Math.max(w, l.length), 0); // no spread: a file may have 1,000,000 lines
  const used = new Array<number>(width).fill(0);
  for (const l of lines) for (let p = 0; p < l.length; p++) if (l[p] !== ' ') used[p] = (used[p] ?? 0) + 1;
  const tolerance = Math.floor(lines.length * 0.02);
  const cols: [number, number][] = [];
  let start = -1;
  let gap = 0;
  for (let p = 0; p <= width; p++) {
    const free = p === width || (used[p] ?? 0) <= tolerance;
    if (!free) {
      if (start < 0) start = p;
      else if (gap >= 2) {
        cols.push([start, p - gap]);
        start = p;
      }
      gap = 0;
    } else gap++;
  }
  if (start >= 0) cols.push([start, width]);
  return cols;
}

function columnOf(cols: [number, number][], at: number): number {
  for (let i = cols.length - 1; i >= 0; i--) if (at >= (cols[i] as [number, number])[0]) return i;
  return 0;
}

interface Region {
  start: number;
  end: number;
}

function regionFrom(lines: string[], start: number): Region {
  const width = lines[start]?.trimEnd().length ?? 0;
  let end = start + 1;
  while (end < lines.length && !isProse(lines[end] as string, width)) end++;
  while (end > start + 1 && (lines[end - 1] as string).trim() === '') end--;
  return { start, end };
}

/** One table from a region of layout lines; null when the columns do not hold. */
function tableOf(lines: string[], index: number): SourceTable | null {
  const body = lines.filter((l) => l.trim() !== '' && l !== '\f' && !isPageNumber(l));
  // Section titles merged across the row run over the gutters: only full rows draw the columns.
  const full = body.filter((l) => segments(l).length >= 3);
  const cols = columns(full.length >= 2 ? full : body);
  if (cols.length < 3 || body.length < 2) return null;
  const rows: SourceRow[] = [];
  let page = 1;
  let current: { cells: CellLine[][]; header: boolean; page: number } | null = null;
  const push = (): void => {
    if (!current) return;
    const row: SourceRow = { cells: current.cells.map((lines) => ({ lines })), row: rows.length, page: current.page };
    if (current.header) row.header = true;
    rows.push(row);
  };
  for (const line of lines) {
    if (line === '\f') page++;
    if (line.trim() === '' || line === '\f' || isPageNumber(line)) continue;
    const segs = segments(line);
    const header = isHeaderLine(line);
    const first = segs[0] !== undefined && columnOf(cols, segs[0].start) === 0;
    const headerTail = current?.header === true && !first && segs.every((s) => s.text.split(' ').length <= 5);
    if (!current || header || first || (current.header && !headerTail)) {
      push();
      current = { cells: cols.map(() => []), header, page };
    }
    for (const s of segs) {
      const cell = current.cells[columnOf(cols, s.start)] as CellLine[];
      const text = clean(s.text);
      if (text) cell.push({ text, hard: false });
    }
  }
  push();
  return { rows, index, page: 1 };
}

/**
 * Tables as `pdftotext -layout` writes them: columns separated by runs of two or more spaces at
 * steady positions, starting at a header line. A wrapped line (empty first column) continues
 * the row above as soft lines. Returns the tables and the lines outside them.
 */
export function readLayoutTables(lines: string[]): { tables: SourceTable[]; outside: string[] } {
  const tables: SourceTable[] = [];
  const outside: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderLine(lines[i] as string)) {
      outside.push(lines[i] as string);
      continue;
    }
    const region = regionFrom(lines, i);
    const table = tableOf(lines.slice(region.start, region.end), tables.length);
    if (!table) {
      outside.push(lines[i] as string);
      continue;
    }
    tables.push(table);
    i = region.end - 1;
  }
  return { tables, outside };
}
