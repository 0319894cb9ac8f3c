/**
 * Finds the numbers of a text that are targets: a number with a comparator before it (or
 * "trở lên" after it, or "100%" on its own), a unit after it, and nothing that makes it a
 * document number, date, period, standard or plain count.
 */
import type { Comparator } from '../model';
import { parseVietnameseNumber } from '../text';
import {
  AT_LEAST_AFTER,
  AT_MOST_AFTER,
  BAD_WORDS,
  COMPARATOR_PHRASES,
  COMPARATOR_SYMBOLS,
  LEAD_FILLERS,
  NOT_AFTER_HUNDRED,
  STRETCH_WORDS,
  UNITS,
  type Strength,
  type UnitWord,
} from './vocabulary';
import { compile, compileWords, matchEndingAt, matchStartingAt, tight, tokenAtOrAfter, type Token } from './words';

export interface Hit {
  /** Start of the lead-in ("đạt tỷ lệ tối thiểu"), or of the number when there is none. */
  start: number;
  numStart: number;
  /** After the number, its unit and any "trở lên". */
  end: number;
  value: number;
  unit: string;
  comparator: Comparator;
  /** The lead-in said "phấn đấu". */
  stretchMark: boolean;
  /** The lead-in said "tương ứng": values go to the scopes named before, in order. */
  respectively: boolean;
  /** Second and later values of a list ("60%, 55%") point at the first. */
  listHead?: Hit;
  rank?: boolean;
  clause: number;
}

const COMPARATORS = compile(COMPARATOR_PHRASES);
const FILLERS = compileWords(LEAD_FILLERS);
const STRETCH = compileWords(STRETCH_WORDS);
const UNIT_WORDS = compile(UNITS);
const AT_LEAST = compileWords(AT_LEAST_AFTER);
const AT_MOST = compileWords(AT_MOST_AFTER);
const NOT_100 = compileWords(NOT_AFTER_HUNDRED);
const BAD = compileWords(BAD_WORDS);

/**
 * A number not glued to a document number ("2709/QĐ", "05-CTr"), a date ("05/3/2020"), a
 * standard ("9001:2015") or a word. Decimal comma and thousands dots stay inside the match.
 */
const NUM_RE = /(?<![\p{L}\p{N}/.,:\-–])(\d+(?:[.,]\d+)*)(?![\p{L}\p{N}]|[/:]\d|[.,]\d|\/\p{L}|[-–]\p{L}|[-–]\d)/gu;
const RANGE_AFTER = /^\s*(?:đến|tới|den|toi|-|–|~)\s*\d/i;

interface Lead {
  start: number;
  comparator?: Comparator;
  strength?: Strength;
  stretch: boolean;
  respectively: boolean;
}

function readLead(src: string, tokens: readonly Token[], numStart: number): Lead {
  const lead: Lead = { start: numStart, stretch: false, respectively: false };
  let j = tokenAtOrAfter(tokens, numStart) - 1;
  const gapStart = j >= 0 ? (tokens[j] as Token).end : 0;
  const gap = src.slice(gapStart, numStart).trim();
  if (gap !== '') {
    const sym = COMPARATOR_SYMBOLS.find(([s]) => s === gap);
    const at = src.lastIndexOf(gap, numStart);
    // An ASCII ">" glued to a word is markup ("<sup>1</sup>"), not a comparator.
    if (!sym || (/^[<>=]/.test(gap) && at > 0 && !/[\s(]/.test(src.charAt(at - 1)))) return lead;
    lead.comparator = sym[1];
    lead.strength = 'strong';
    lead.start = at;
  }
  let right: Token | undefined;
  let nearest: { comparator: Comparator; strength: Strength } | undefined;
  while (j >= 0) {
    const tj = tokens[j] as Token;
    if (right && !tight(src, tj, right)) break;
    const c = matchEndingAt(src, tokens, j, COMPARATORS);
    const f = c ? undefined : matchEndingAt(src, tokens, j, FILLERS);
    const s = c || f ? undefined : matchEndingAt(src, tokens, j, STRETCH);
    const hit = c ?? f ?? s;
    if (!hit) break;
    if (c && (!nearest || (nearest.strength === 'weak' && c.strength === 'strong'))) nearest = c;
    if (f && f.words === 'tương ứng') lead.respectively = true;
    if (s) lead.stretch = true;
    j -= hit.p.lower.length;
    right = tokens[j + 1] as Token;
    lead.start = right.start;
  }
  if (!lead.comparator && nearest) {
    lead.comparator = nearest.comparator;
    lead.strength = nearest.strength;
  }
  // Without a comparator only "phấn đấu" is kept in the lead ("phấn đấu 100%"); fillers are not.
  if (!lead.comparator && !lead.stretch) lead.start = numStart;
  return lead;
}

interface UnitRead {
  unit: string;
  def?: UnitWord;
  end: number;
  atLeast: boolean;
  atMost: boolean;
}

function readUnit(src: string, tokens: readonly Token[], numEnd: number): UnitRead {
  const out: UnitRead = { unit: '', end: numEnd, atLeast: false, atMost: false };
  const pct = /^\s*%/.exec(src.slice(numEnd, numEnd + 4));
  if (pct) {
    out.unit = '%';
    out.end = numEnd + pct[0].length;
  } else {
    // "03 (ba) ngày": the number in words between brackets is skipped.
    const paren = /^\s*\([^()]{1,20}\)/.exec(src.slice(numEnd, numEnd + 24));
    const from = paren ? numEnd + paren[0].length : numEnd;
    const i = tokenAtOrAfter(tokens, from);
    const t = tokens[i];
    if (t && /^\s*$/.test(src.slice(from, t.start))) {
      const u = matchStartingAt(src, tokens, i, UNIT_WORDS);
      if (u) {
        out.unit = u.unit;
        out.def = u;
        out.end = (tokens[i + u.p.lower.length - 1] as Token).end;
      }
    }
  }
  const k = tokenAtOrAfter(tokens, out.end);
  const next = tokens[k];
  if (next && /^\s*$/.test(src.slice(out.end, next.start))) {
    const more = matchStartingAt(src, tokens, k, AT_LEAST) ?? matchStartingAt(src, tokens, k, AT_MOST);
    if (more) {
      out.atLeast = AT_LEAST.includes(more);
      out.atMost = !out.atLeast;
      out.end = (tokens[k + more.p.lower.length - 1] as Token).end;
    }
  }
  return out;
}

/** A bad thing named within a few words after the number: "0% hồ sơ trễ hạn". */
function badAfter(src: string, tokens: readonly Token[], from: number): boolean {
  const i = tokenAtOrAfter(tokens, from);
  for (let k = i; k < Math.min(tokens.length, i + 6); k++) {
    if (matchStartingAt(src, tokens, k, BAD)) return true;
  }
  return false;
}

function followedBy(src: string, tokens: readonly Token[], from: number, list: typeof NOT_100): boolean {
  const i = tokenAtOrAfter(tokens, from);
  const t = tokens[i];
  return !!t && /^\s*$/.test(src.slice(from, t.start)) && !!matchStartingAt(src, tokens, i, list);
}

/**
 * A cheap look before the real reading, on the raw text: "%", a symbol or "trở", or a
 * comparator or rank word followed within 45 characters by a number. Most task texts hold only
 * years and document numbers and stop here. Errs on the side of reading.
 */
const HINT_ANY = /%|[≥≤<>=]|trở|tro len|tro xuong|phần trăm|(?<![\d.,/])0\s/i;
const HINT_WORDS = 'đạt từ trên dưới vượt hơn tối nhất quá xuống nhóm top xếp dat tu tren duoi vuot hon toi nhat qua xuong nhom xep';
/** Case-sensitive with the three casings spelled out: twice as fast as the `i` flag on Vietnamese. */
const HINT_NEAR = new RegExp(
  `(?<!\\p{L})(?:${[...new Set(HINT_WORDS.split(' ').flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]))].join('|')})(?!\\p{L})[^\\d.;]{0,45}\\d`,
  'u',
);

export function mayHoldTarget(src: string): boolean {
  return /\d/.test(src) && (HINT_ANY.test(src) || HINT_NEAR.test(src));
}

const YEAR_LIKE = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;

/**
 * Every number of `src` that reads as a target, in reading order. `consumed` holds spans
 * already read (rank phrases) and `clauseOf` maps a position to its clause index.
 */
export function findHits(
  src: string,
  tokens: readonly Token[],
  clauseOf: (pos: number) => number,
  consumed: readonly [number, number][],
): Hit[] {
  const hits: Hit[] = [];
  for (const m of src.matchAll(NUM_RE)) {
    const raw = m[1] as string;
    const numStart = m.index ?? 0;
    const numEnd = numStart + raw.length;
    if (consumed.some(([a, b]) => numStart >= a && numStart < b)) continue;
    const value = parseVietnameseNumber(raw);
    if (value === null) continue;
    const u = readUnit(src, tokens, numEnd);
    if (u.def?.never) continue;
    if (RANGE_AFTER.test(src.slice(u.end, u.end + 8))) continue;
    const lead = readLead(src, tokens, numStart);
    const clause = clauseOf(numStart);
    const prev = hits[hits.length - 1];
    let comparator = lead.comparator;
    let strength = lead.strength;
    let listHead: Hit | undefined;
    if (!comparator) {
      if (u.atLeast || u.atMost) {
        comparator = u.atLeast ? '>=' : '<=';
        strength = 'weak';
      } else if (value === 100 && u.unit === '%' && !followedBy(src, tokens, u.end, NOT_100)) {
        comparator = '>='; // "100% các cơ quan ..." (contract: "100% + noun")
        strength = 'strong';
      } else if (value === 0 && badAfter(src, tokens, u.end)) {
        comparator = '<='; // "0% hồ sơ trễ hạn"
        strength = 'strong';
      } else if (
        prev && prev.clause === clause &&
        /^\s*(?:,\s*)?(?:(?:và|hoặc|va|hoac)\s+)?$/i.test(src.slice(prev.end, numStart)) &&
        (u.unit === '' || u.unit === prev.unit)
      ) {
        listHead = prev.listHead ?? prev;
        comparator = prev.comparator;
        strength = 'strong';
        if (u.unit === '') u.unit = prev.unit;
      }
    }
    if (!comparator || !strength) continue;
    const countOk = strength === 'strong' || u.atLeast || u.atMost;
    if (u.unit === '' && (strength === 'weak' || YEAR_LIKE(value))) continue;
    if (u.def?.countOnly && !countOk) continue;
    const hit: Hit = {
      start: lead.start,
      numStart,
      end: u.end,
      value,
      unit: u.unit,
      comparator,
      stretchMark: lead.stretch,
      respectively: lead.respectively || (listHead?.respectively ?? false),
      clause,
    };
    if (listHead) hit.listHead = listHead;
    hits.push(hit);
  }
  return hits;
}
