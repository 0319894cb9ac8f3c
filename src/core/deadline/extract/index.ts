import type { Mention } from '../types';
import { DATE_PATTERNS } from './dates';
import { HALF_YEAR_PATTERNS } from './half-years';
import { MONTH_PATTERNS } from './months';
import { QUARTER_PATTERNS } from './quarters';
import { scan } from './scan';
import { YEAR_PATTERNS } from './years';

/**
 * The families in the order they read a part: exact days first (they hold "tháng" and "năm"),
 * then quarters and half-years (they hold "năm"), months, and years last. Each family blanks
 * what it read, so "Quý I năm 2024" is one quarter, not a quarter and a year.
 */
const FAMILIES = [DATE_PATTERNS, QUARTER_PATTERNS, HALF_YEAR_PATTERNS, MONTH_PATTERNS, YEAR_PATTERNS];

/** Every date or period a folded, masked part names, in reading order. */
export function extractMentions(folded: string): Mention[] {
  const out: Mention[] = [];
  let rest = folded;
  for (const family of FAMILIES) rest = scan(rest, family, out);
  return out.sort((a, b) => a.index - b.index);
}
