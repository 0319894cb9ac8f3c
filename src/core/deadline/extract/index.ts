import type { Mention } from '../types';
import { DATE_PATTERNS } from './dates';
import { HALF_YEAR_PATTERNS } from './half-years';
import { MONTH_PATTERNS } from './months';
import { QUARTER_PATTERNS } from './quarters';
import { WEEK_PATTERNS } from './weeks';
import { scan, type Pattern } from './scan';
import { YEAR_PATTERNS } from './years';

/**
 * The families in the order they read a part: exact days first (they hold "tháng" and "năm"),
 * then quarters and half-years (they hold "năm"), months, and years last. Each family blanks
 * what it read, so "Quý I năm 2024" is one quarter, not a quarter and a year.
 */
const FAMILIES: { needs: RegExp; patterns: Pattern[] }[] = [
  // `needs`: what every phrase of the family holds; a part without it skips the family's patterns.
  // Weeks of a month first: "tuần thứ 3 tháng 9" is no 3 September.
  { needs: /tuan/, patterns: WEEK_PATTERNS },
  { needs: /\d/, patterns: DATE_PATTERNS },
  { needs: /q/, patterns: QUARTER_PATTERNS },
  { needs: /th|nua/, patterns: HALF_YEAR_PATTERNS },
  { needs: /th/, patterns: MONTH_PATTERNS },
  { needs: /\d|nam/, patterns: YEAR_PATTERNS },
];

/** Every date or period a folded, masked part names, in reading order. */
export function extractMentions(folded: string): Mention[] {
  const out: Mention[] = [];
  let rest = folded;
  for (const { needs, patterns } of FAMILIES) if (needs.test(rest)) rest = scan(rest, patterns, out);
  return out.sort((a, b) => a.index - b.index);
}
