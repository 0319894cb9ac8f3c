import { key } from '../text';
import { ROLE_PATTERNS, type ColumnRole } from '../header-vocabulary';

export type { ColumnRole };

/** Header cells are short; a long cell is content, and reading it as a header is wasted work. */
const MAX_HEADER_CHARS = 120;

export function roleOf(headerText: string): ColumnRole | null {
  if (headerText.length > MAX_HEADER_CHARS) return null;
  const k = key(headerText).replace(/[()*:]/g, ' ').replace(/\s+/g, ' ').trim();
  if (k === '') return null;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(k)) return role;
  // OCR glues the words of a header ("Nhiệmvụcụ thể", "Cơquanchủ trì"): a short header is
  // matched again by its letters alone, spaces left out on both sides.
  if (k.length > MAX_GLUED_HEADER_CHARS) return null;
  const glued = k.replace(/ /g, '');
  for (const [role, re] of GLUED_PATTERNS) if (re.test(glued)) return role;
  return null;
}

/** Glued matching is for header-sized cells only: across a sentence, words run into false hits. */
const MAX_GLUED_HEADER_CHARS = 40;
const GLUED_PATTERNS: [ColumnRole, RegExp][] = ROLE_PATTERNS.map(([role, re]) => [role, new RegExp(re.source.replace(/ /g, ''), re.flags)]);

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
