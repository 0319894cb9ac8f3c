/**
 * The noun phrase a target applies to. Read after the number for "40% các cơ quan, đơn vị" and
 * "100% trong từng lĩnh vực", else before its comparator: "riêng lĩnh vực xử lý đơn đạt 98%",
 * an organisation opening the clause, "lĩnh vực đất đai", "cấp quận", "10 phường".
 */
import { fold } from '../text';
import {
  DETERMINERS,
  FIELD_STOP_WORDS,
  LINK_WORDS,
  ORG_HEADS,
  ORG_STOP_WORDS,
  SCOPE_NOUNS,
  SCOPE_STOP_WORDS,
  WHERE_WORDS,
} from './vocabulary';
import { compileWords, matchEndingAt, matchStartingAt, phrase, tokenAtOrAfter, type Phrase, type Token } from './words';

const STOPS = compileWords(SCOPE_STOP_WORDS);
const ORG = compileWords(ORG_HEADS);
const FIELD_STOPS = compileWords(FIELD_STOP_WORDS);
const ORG_STOPS = compileWords(ORG_STOP_WORDS);
const WHERE = compileWords(WHERE_WORDS);
const DET = compileWords(DETERMINERS);
const LINKS = compileWords(LINK_WORDS);
const AND = compileWords(['và']);
const RATE = compileWords(['tỷ lệ', 'tỉ lệ']);
const ONLY = compileWords(['riêng']);
const FIELD = [{ p: phrase('lĩnh vực') }];
const TRAILING = [...RATE, ...STOPS].sort((a, b) => b.p.lower.length - a.p.lower.length);
const NOUN_RES = SCOPE_NOUNS.map((s) => ({
  lower: new RegExp(`(?<![\\p{L}\\p{N}])${s}(?![\\p{L}\\p{N}])`, 'gu'),
  folded: new RegExp(`(?<![\\p{L}\\p{N}])${fold(s)}(?![\\p{L}\\p{N}])`, 'gu'),
}));
const MAX_TOKENS = 12;

export interface Ctx {
  src: string;
  tokens: readonly Token[];
}

type Compiled = readonly { p: Phrase }[];

/** Tokens from index i while they stay in [.., limit), joined by spaces or commas, until a stop. */
function collect(ctx: Ctx, i: number, limit: number, stops: Compiled, max = MAX_TOKENS): [number, number] {
  const { src, tokens } = ctx;
  let k = i;
  while (k < tokens.length && k - i < max) {
    const t = tokens[k] as Token;
    if (t.end > limit) break;
    if (k > i && !/^\s*,?\s*$/.test(src.slice((tokens[k - 1] as Token).end, t.start))) break;
    const stop = matchStartingAt(src, tokens, k, stops);
    if (stop) {
      // "cơ quan, đơn vị và phường": "và" joins two nouns; "... và tối thiểu 20%" does not.
      const isAnd = matchStartingAt(src, tokens, k, AND);
      const nt = tokens[k + 1];
      const joinsNoun = isAnd && nt && nt.end <= limit && !/^\d/.test(nt.lower) &&
        !matchStartingAt(src, tokens, k + 1, stops);
      if (!joinsNoun || k === i) break;
    }
    k++;
  }
  return [i, k];
}

function text(ctx: Ctx, [i, k]: [number, number]): string {
  if (k <= i) return '';
  return ctx.src.slice((ctx.tokens[i] as Token).start, (ctx.tokens[k - 1] as Token).end);
}

function skip(ctx: Ctx, i: number, list: Compiled): number {
  let k = i;
  for (;;) {
    const m = matchStartingAt(ctx.src, ctx.tokens, k, list);
    if (!m) return k;
    k += m.p.lower.length;
  }
}

export interface AfterScope {
  scope: string;
  end: number;
  /** "trong từng lĩnh vực": a place, not the counted noun; the target's text ends with it. */
  where: boolean;
}

/** The noun right after the number: "40% các cơ quan, đơn vị trực thuộc ..." -> "cơ quan, đơn vị". */
export function scopeAfter(ctx: Ctx, from: number, limit: number, percent: boolean): AfterScope | null {
  const { src, tokens } = ctx;
  const i = tokenAtOrAfter(tokens, from);
  const t = tokens[i];
  if (!t || t.end > limit || !/^\s*$/.test(src.slice(from, t.start))) return null;
  const where = matchStartingAt(src, tokens, i, WHERE);
  if (where) {
    const span = collect(ctx, skip(ctx, i + where.p.lower.length, DET), limit, STOPS);
    const s = text(ctx, span);
    if (!/^(?:tung |cac )?(?:linh vuc|cap |don vi|co quan|\d+ phuong|phuong|quan|xa)/.test(fold(s))) return null;
    return { scope: s, end: (tokens[span[1] - 1] as Token).end, where: true };
  }
  // Only a share is followed by what it is a share of ("40% các cơ quan"); "02 buổi đối thoại" is not.
  if (!percent || /^\d/.test(t.lower) || matchStartingAt(src, tokens, i, STOPS)) return null;
  const span = collect(ctx, skip(ctx, i, DET), limit, STOPS);
  const s = text(ctx, span);
  return s ? { scope: s, end: (tokens[span[1] - 1] as Token).end, where: false } : null;
}

/** Every group noun of [from, to) in order ("cấp quận, cấp phường"), longest where they overlap. */
export function scopeNouns(ctx: Ctx, from: number, to: number): string[] {
  const seg = ctx.src.slice(from, to);
  const lower = seg.toLowerCase();
  if (lower.length !== seg.length) return [];
  const found: [number, number][] = [];
  for (const re of NOUN_RES) {
    for (const m of lower.matchAll(re.lower)) found.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    if (/^[\x20-\x7e]*$/.test(seg)) {
      for (const m of lower.matchAll(re.folded)) found.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    }
  }
  const kept = found
    .filter(([a, b]) => !found.some(([c, d]) => c <= a && b <= d && d - c > b - a))
    .sort((x, y) => x[0] - y[0])
    .filter((x, n, all) => n === 0 || x[0] >= (all[n - 1] as [number, number])[1]);
  return kept.map(([a, b]) => seg.slice(a, b));
}

/** The scope named before the comparator, in [from, to): see the file's comment for the order. */
export function scopeBefore(ctx: Ctx, from: number, to: number, afterTarget: boolean): string {
  const { src, tokens } = ctx;
  const first = tokenAtOrAfter(tokens, from);
  let last = tokenAtOrAfter(tokens, to);
  if (last <= first) return '';
  for (let k = last - 1; k >= first; k--) {
    if (matchStartingAt(src, tokens, k, ONLY)) {
      return text(ctx, collect(ctx, skip(ctx, k + 1, RATE), to, [], MAX_TOKENS));
    }
  }
  const start = skip(ctx, first, LINKS);
  if (matchStartingAt(src, tokens, start, ORG)) return text(ctx, collect(ctx, start, to, ORG_STOPS, 14));
  for (let k = start; k < last; k++) {
    if (matchStartingAt(src, tokens, k, FIELD)) {
      const [, end] = collect(ctx, k + 2, to, FIELD_STOPS, MAX_TOKENS - 2);
      return text(ctx, [k, end]);
    }
  }
  const nouns = scopeNouns(ctx, from, to);
  if (nouns.length > 0) return nouns[nouns.length - 1] as string;
  if (afterTarget && last - start <= 10) {
    for (let m = matchEndingAt(src, tokens, last - 1, TRAILING); m && last > start; m = matchEndingAt(src, tokens, last - 1, TRAILING)) {
      last -= m.p.lower.length;
    }
    return text(ctx, [start, last]);
  }
  return '';
}
