import { blankAll } from '../mask';
import type { Mention } from '../types';

/** A mention as one pattern builds it; `scan` adds where it was found. */
export type Found = Omit<Mention, 'index'>;

export interface Pattern {
  re: RegExp;
  /** The mentions one match names, or null to let the match go (it is not blanked then). */
  build: (m: RegExpExecArray) => Found[] | null;
  /** The capture group where the mention starts, when not at the match (needs the `d` flag). */
  at?: number;
}

/**
 * Runs each pattern (global regexes) over `text`, collects what they name into `out`, and
 * returns `text` with the matched ranges blanked so that later families do not read them again.
 */
export function scan(text: string, patterns: Pattern[], out: Mention[]): string {
  let rest = text;
  for (const { re, build, at } of patterns) {
    const read: [number, number][] = [];
    for (const m of rest.matchAll(re)) {
      const found = build(m);
      if (!found) continue;
      const index = (at !== undefined ? m.indices?.[at]?.[0] : undefined) ?? m.index;
      for (const f of found) out.push({ ...f, index });
      read.push([m.index, m[0].length]);
    }
    rest = blankAll(rest, read);
  }
  return rest;
}

/** A period of whole months in one year: months `from`..`to`, ending on the last day. */
export function months(from: number, to: number): Found {
  return { exact: false, year: null, from: { month: from, day: 1 }, to: { month: to, day: 'end' } };
}

export function day(month: number, d: number, year: number | null): Found {
  return { exact: true, year, from: { month, day: d }, to: { month, day: d } };
}

/** The four-digit year of a capture, or null. */
export function year(s: string | undefined): number | null {
  return s === undefined ? null : Number(s);
}

/** Every number (or Roman quarter numeral) in a list capture such as ", II và quý III". */
export function listItems(list: string | undefined, item: RegExp): string[] {
  return list ? [...list.matchAll(item)].map((m) => m[1] ?? '') : [];
}
