import type { SourceTable } from '../model';
import { key } from '../text';
import { headerScore, mapColumns, MIN_HEADER_ROLES, type ColumnMap } from './columns';
import { cellText, toGrid, type GridRow } from './grid';

/** One table of the appendix with its grid and where its body starts. */
export interface AppendixPart {
  table: SourceTable;
  grid: GridRow[];
  /** Index of the first body row (after the header rows); 0 for a page with no header. */
  bodyStart: number;
}

export interface Appendix {
  columns: ColumnMap;
  /** Folded header texts, to recognise the header when a later page repeats it. */
  headerKeys: string[];
  /** 1, or 2 when a second header row names the columns under a spanning one. */
  headerRows: number;
  parts: AppendixPart[];
}

const HEADER_SEARCH_ROWS = 6;

/**
 * Header texts per column. A horizontally spanned header cell names every column under it, and a
 * second header row below adds to it ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp").
 */
function headerTexts(grid: GridRow[], at: number): string[] {
  const row = grid[at];
  if (!row) return [];
  const texts: string[] = [];
  let spanText = '';
  for (const c of row.cells) {
    if (c.spanned === 'col') texts.push(spanText);
    else {
      spanText = cellText(c);
      texts.push(spanText);
    }
  }
  return texts;
}

function findHeader(grid: GridRow[]): { at: number; rows: number; map: ColumnMap } | null {
  let best: { at: number; rows: number; map: ColumnMap; score: number } | null = null;
  for (let i = 0; i < Math.min(grid.length, HEADER_SEARCH_ROWS); i++) {
    const one = headerTexts(grid, i);
    const map = mapColumns(one);
    let score = headerScore(map);
    let rows = 1;
    let useMap = map;
    const below = grid[i + 1];
    if (below && score > 0) {
      const two = one.map((t, c) => `${t} ${cellText(below.cells[c])}`.trim());
      const map2 = mapColumns(two);
      const score2 = headerScore(map2);
      const belowIsHeader = below.cells.every((c) => cellText(c).length < 60) && score2 > score;
      if (belowIsHeader) {
        score = score2;
        rows = 2;
        useMap = map2;
      }
    }
    if (score >= MIN_HEADER_ROLES && (!best || score > best.score)) best = { at: i, rows, map: useMap, score };
  }
  return best ? { at: best.at, rows: best.rows, map: best.map } : null;
}

/**
 * Picks the appendix among a document's tables (letterhead and signature tables are skipped):
 * the first table whose header names the task columns, then every later table that repeats that
 * header (the next page of a PDF) or has the same width and no header of its own (a page whose
 * converter dropped the repeated header).
 */
export function findAppendix(tables: SourceTable[]): Appendix | null {
  let appendix: Appendix | null = null;
  for (const table of tables) {
    const grid = toGrid(table);
    // A later page that repeats the known header needs no search (the common case, and the
    // search reads every short cell of the page's first rows).
    if (appendix && grid[0] && isRepeatedHeader(grid[0], appendix.headerKeys)) {
      const below = grid[1];
      const second = appendix.headerRows === 2 && below !== undefined && !isTaskLike(below);
      appendix.parts.push({ table, grid, bodyStart: second ? 2 : 1 });
      continue;
    }
    const h = findHeader(grid);
    if (!appendix) {
      if (!h) continue;
      appendix = {
        columns: h.map,
        headerRows: h.rows,
        headerKeys: headerTexts(grid, h.at).map(key),
        parts: [{ table, grid, bodyStart: h.at + h.rows }],
      };
      continue;
    }
    const width = appendix.columns.roles.length;
    if (h) {
      const same = sameLayout(appendix.columns, h.map);
      if (!same) break;
      appendix.parts.push({ table, grid, bodyStart: h.at + h.rows });
    } else if ((grid[0]?.cells.length ?? 0) === width) {
      appendix.parts.push({ table, grid, bodyStart: 0 });
    } else break;
  }
  return appendix;
}

function sameLayout(a: ColumnMap, b: ColumnMap): boolean {
  if (a.roles.length !== b.roles.length) return false;
  return a.roles.every((r, i) => r === b.roles[i]);
}

/** A later row that repeats the header (a page's repeated header inside one table). */
export function isRepeatedHeader(row: GridRow, headerKeys: string[]): boolean {
  if (row.header) return true;
  let same = 0;
  let nonEmpty = 0;
  row.cells.forEach((c, i) => {
    const raw = cellText(c);
    if (raw === '') return;
    nonEmpty++;
    const want = headerKeys[i] ?? '';
    // Folding keeps length, so a cell of another length cannot be the header's text.
    if (want !== '' && Math.abs(raw.length - want.length) <= 2 && key(raw) === want) same++;
  });
  return nonEmpty > 0 && same / nonEmpty >= 0.6 && same >= 2;
}

/** A row that starts with a task number is a task, not a second header row. */
function isTaskLike(row: GridRow): boolean {
  return /^\s*([IVXLC]+|\d+(\.\d+)*)\.?\s*$/.test(cellText(row.cells[0]));
}

/** The "(1) (2) (3) ..." row under the header that numbers the columns. */
export function isColumnNumberRow(row: GridRow): boolean {
  const texts = row.cells.map(cellText).filter((t) => t !== '');
  if (texts.length < 2) return false;
  return texts.every((t, i) => {
    const m = /^\(?\s*(\d{1,2})\s*\)?$/.exec(t);
    return m !== null && (i === 0 || Number(m[1]) > 0);
  }) && texts.some((t) => t.startsWith('('));
}
