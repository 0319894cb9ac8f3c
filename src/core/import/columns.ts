import { key } from '../text';

/** What a column of the appendix holds. */
export type ColumnRole = 'stt' | 'task' | 'products' | 'lead' | 'coordinators' | 'deadline' | 'notes';

/**
 * Header wordings per role, folded (no accents, lower case). Order matters: the first role whose
 * pattern matches wins, so "phối hợp" is tested before "chủ trì" and both before "cơ quan".
 * Vocabulary is data so new wordings are one line each.
 */
const ROLE_PATTERNS: [ColumnRole, RegExp][] = [
  ['stt', /^(stt|tt|so tt|so thu tu|thu tu|s\.?t\.?t\.?)$/],
  ['coordinators', /phoi hop/],
  ['lead', /chu tri|thuc hien chinh|don vi thuc hien|co quan thuc hien|trach nhiem|phu trach/],
  ['deadline', /thoi gian|thoi han|tien do|han hoan thanh|han chot|thoi diem/],
  ['notes', /^ghi chu/],
  ['products', /san pham|ket qua/],
  ['task', /nhiem vu|noi dung|cong viec|hoat dong|giai phap|ten (de an|nhiem vu)/],
];

/** Header cells are short; a long cell is content, and reading it as a header is wasted work. */
const MAX_HEADER_CHARS = 120;

export function roleOf(headerText: string): ColumnRole | null {
  if (headerText.length > MAX_HEADER_CHARS) return null;
  const k = key(headerText).replace(/[()*:]/g, ' ').replace(/\s+/g, ' ').trim();
  if (k === '') return null;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(k)) return role;
  return null;
}

export interface ColumnMap {
  /** Role of each column index, or null for a column kept in `extra` under its header text. */
  roles: (ColumnRole | null)[];
  headers: string[];
}

/** Roles found in a candidate header row; a real header names at least a task and two others. */
export function mapColumns(headers: string[]): ColumnMap {
  const roles: (ColumnRole | null)[] = [];
  const seen = new Set<ColumnRole>();
  for (const h of headers) {
    const r = roleOf(h);
    // A role seen twice (two "Thời gian" columns) keeps the first; the second goes to extra.
    if (r && !seen.has(r)) {
      seen.add(r);
      roles.push(r);
    } else roles.push(null);
  }
  return { roles, headers };
}

export function headerScore(map: ColumnMap): number {
  const found = new Set(map.roles.filter((r): r is ColumnRole => r !== null));
  if (!found.has('task')) return 0;
  return found.size;
}

/** A row is a header when it names the task column and at least two other roles. */
export const MIN_HEADER_ROLES = 3;
