import { dayBefore, dayOf } from './calendar';
import type { DeadlineContext, Mention } from './types';

/** A mention with its year given and its due day worked out. */
export interface Dated {
  mention: Mention;
  year: number | null;
  /** The year came from the caller's plan year, not from the phrase. */
  implied: boolean;
  due: string | null;
  /** A year is known but the day does not exist (31/02, tháng 13). */
  invalid: boolean;
}

/**
 * Gives every mention a year: its own; else the nearest year the phrase states, looking ahead
 * first ("Quý I: ...; Quý II năm 2024" -> 2024), then back; else the plan's year (implied).
 * `parts` are the mentions of each part in reading order.
 */
export function dateMentions(parts: Mention[][], ctx: DeadlineContext): Dated[][] {
  const nearest = nearestStated(parts.flat().map((m) => m.year));
  let at = 0;
  return parts.map((mentions) =>
    mentions.map((mention) => {
      const stated = mention.year ?? nearest[at++] ?? null;
      const year = stated ?? ctx.year;
      const implied = stated === null && year !== null;
      return { mention, year, implied, ...dueOf(mention, year, ctx) };
    }),
  );
}

/** For each position, the next stated year after it, else the last one before it (one pass each way). */
function nearestStated(years: (number | null)[]): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(years.length).fill(null);
  let seen: number | null = null;
  for (let i = years.length - 1; i >= 0; i--) {
    out[i] = seen;
    seen = years[i] ?? seen;
  }
  seen = null;
  for (let i = 0; i < years.length; i++) {
    out[i] = out[i] ?? seen;
    seen = years[i] ?? seen;
  }
  return out;
}

/**
 * The due day: the end of what the mention names. "Trước" a day is that day ('inclusive', the
 * contract's default reading "by that day") or the day before ('exclusive'); "trước" a period
 * ("trước quý III") is always the day before it starts: nobody means "by the end of Q3" by it.
 */
function dueOf(m: Mention, year: number | null, ctx: DeadlineContext): { due: string | null; invalid: boolean } {
  if (year === null) return { due: null, invalid: false };
  const start = dayOf(year, m.from);
  const end = dayOf(year, m.to);
  if (start === null || end === null) return { due: null, invalid: true };
  if (!m.before) return { due: end, invalid: false };
  if (m.exact && ctx.beforeDay !== 'exclusive') return { due: end, invalid: false };
  return { due: dayBefore(start), invalid: false };
}
