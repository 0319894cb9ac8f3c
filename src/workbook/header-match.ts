/**
 * Finds a task table or a targets table in a workbook by its header row: any sheet, any row,
 * any column order, the wordings of header-synonyms.ts.
 */
import { key } from '../core/text';
import {
  HEADER_SECOND_ROLE,
  TARGET_HEADER_SYNONYMS,
  TASK_HEADER_SYNONYMS,
  type TargetRole,
  type TaskRole,
} from '../core/header-vocabulary';
import { cellAt, cellText, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';

export type TableKind = 'tasks' | 'targets';
export type RoleOf<K extends TableKind> = K extends 'tasks' ? TaskRole : TargetRole;

export interface TableLocation<R extends string> {
  sheet: string;
  headerRow: number;
  /** The "(1) (2) (3)" row under the header, when the table has one. */
  numberRow: number | null;
  firstDataRow: number;
  columns: Partial<Record<R, number>>;
  /** Header cells that match no role: columns the department added, kept with each row. */
  otherColumns: { col: number; header: string }[];
  left: number;
  right: number;
}

/** Header text folded for matching: no diacritics, no case, no "(1)" numbering, single spaces. */
export function headerKey(text: string): string {
  return key(text)
    .replace(/\(\s*\d+\s*\)/g, ' ')
    .replace(/\s*([/,;:])\s*/g, '$1')
    .replace(/[.*]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Synonym<R extends string> {
  role: R;
  syn: string;
  /** The role this wording names when a stronger header of the table already names `role`. */
  second?: R;
}

function foldedSynonyms<R extends string>(table: Record<R, string[]>, seconds: Record<string, string> = {}): Synonym<R>[] {
  const out: Synonym<R>[] = [];
  const second = new Map(Object.entries(seconds).map(([w, r]) => [headerKey(w), r as R]));
  for (const role of Object.keys(table) as R[]) {
    for (const s of table[role]) {
      const syn = headerKey(s);
      const alt = second.get(syn);
      out.push(alt ? { role, syn, second: alt } : { role, syn });
    }
  }
  // Longest first: the most specific wording decides.
  return out.sort((a, b) => b.syn.length - a.syn.length);
}

const TASK_SYNS = foldedSynonyms(TASK_HEADER_SYNONYMS, HEADER_SECOND_ROLE);
const TARGET_SYNS = foldedSynonyms(TARGET_HEADER_SYNONYMS);

/** The role a header names, with the length of the synonym that matched (its strength). */
export function matchHeader<R extends string>(
  text: string,
  syns: Synonym<R>[],
): { role: R; score: number; second?: R } | null {
  const h = headerKey(text);
  if (!h) return null;
  for (const { role, syn, second } of syns) {
    const extra = second ? { second } : {};
    if (h === syn) return { role, score: syn.length + 1, ...extra };
    if (h.startsWith(syn)) {
      const next = h.charAt(syn.length);
      if (/[\s/,;:(\-–]/.test(next)) return { role, score: syn.length, ...extra };
    }
  }
  return null;
}

export function matchTaskHeader(text: string): { role: TaskRole; score: number } | null {
  return matchHeader(text, TASK_SYNS);
}

export function matchTargetHeader(text: string): { role: TargetRole; score: number } | null {
  return matchHeader(text, TARGET_SYNS);
}

const NUMBER_CELL = /^\(?\s*\d{1,2}\s*\)?$/;

interface Candidate<R extends string> {
  loc: TableLocation<R>;
  score: number;
}

function readHeaderRow<R extends string>(
  sheet: SheetSnapshot,
  row: number,
  syns: Synonym<R>[],
  required: (roles: Set<R>) => boolean,
): Candidate<R> | null {
  const cells = sheet.rows[row];
  if (!cells) return null;
  const found = new Map<R, { col: number; score: number }>();
  const matches: { col: number; role: R; score: number; second?: R }[] = [];
  for (const [c, cell] of Object.entries(cells)) {
    if (typeof cell.v !== 'string') continue;
    const m = matchHeader(cell.v, syns);
    if (m) matches.push({ col: Number(c), ...m });
  }
  // Strongest wording first (then leftmost); one that finds its role taken takes its second role.
  matches.sort((a, b) => b.score - a.score || a.col - b.col);
  for (const m of matches) {
    if (!found.has(m.role)) found.set(m.role, { col: m.col, score: m.score });
    else if (m.second !== undefined && !found.has(m.second)) found.set(m.second, { col: m.col, score: m.score });
  }
  const roles = new Set(found.keys());
  if (roles.size < 3 || !required(roles)) return null;
  const cols = [...found.values()].map((f) => f.col);
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  while (left > 1 && cellText(cellAt(sheet, row, left - 1)).trim() !== '') left--;
  while (cellText(cellAt(sheet, row, right + 1)).trim() !== '') right++;
  const columns: Partial<Record<R, number>> = {};
  for (const [role, f] of found) columns[role] = f.col;
  const used = new Set(cols);
  const otherColumns: { col: number; header: string }[] = [];
  for (let c = left; c <= right; c++) {
    const t = cellText(cellAt(sheet, row, c)).trim();
    if (!used.has(c) && t !== '') otherColumns.push({ col: c, header: t });
  }
  const numberRow = isNumberRow(sheet, row + 1, left, right) ? row + 1 : null;
  const score = roles.size * 100 + [...found.values()].reduce((s, f) => s + f.score, 0) / 100;
  return {
    loc: {
      sheet: sheet.name,
      headerRow: row,
      numberRow,
      firstDataRow: (numberRow ?? row) + 1,
      columns,
      otherColumns,
      left,
      right,
    },
    score,
  };
}

function isNumberRow(sheet: SheetSnapshot, row: number, left: number, right: number): boolean {
  let numbers = 0;
  for (let c = left; c <= right; c++) {
    const cell = cellAt(sheet, row, c);
    const t = cellText(cell).trim();
    if (t === '') continue;
    if (!NUMBER_CELL.test(t)) return false;
    numbers++;
  }
  return numbers >= 2;
}

/** Rows scanned for a header: headers sit near the top; long sheets need not be read whole. */
const HEADER_SCAN_ROWS = 200;

export function findTable<K extends TableKind>(
  snapshot: WorkbookSnapshot,
  kind: K,
  preferSheet?: string,
): TableLocation<RoleOf<K>> | null {
  type R = RoleOf<K>;
  const syns = (kind === 'tasks' ? TASK_SYNS : TARGET_SYNS) as Synonym<R>[];
  const required =
    kind === 'tasks'
      ? (roles: Set<R>) => roles.has('task' as R)
      : (roles: Set<R>) =>
          roles.has('text' as R) && (roles.has('threshold' as R) || roles.has('figure' as R) || roles.has('comparator' as R));
  let best: Candidate<R> | null = null;
  const sheets = [...snapshot.sheets].sort((a, b) => Number(b.name === preferSheet) - Number(a.name === preferSheet));
  for (const sheet of sheets) {
    if (sheet.state !== 'visible' && sheet.name !== preferSheet) continue;
    const last = Math.min(sheet.lastRow, HEADER_SCAN_ROWS);
    for (let r = 1; r <= last; r++) {
      const cand = readHeaderRow(sheet, r, syns, required);
      if (cand && (!best || cand.score > best.score)) best = cand;
    }
    // The preferred sheet (the one the marker names) wins when it holds such a table.
    if (best && sheet.name === preferSheet) break;
  }
  return best ? best.loc : null;
}
