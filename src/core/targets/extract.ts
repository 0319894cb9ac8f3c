/**
 * extractTargets: the targets inside one text (a task's text, one CHỈ TIÊU item), per the
 * contract's "Target phrases" table. Decisions (see README of this folder):
 * - "phấn đấu X" right after a firm target of the same clause is that target's stretch; a
 *   "phấn đấu X" with no firm target beside it is itself the target, stretch null.
 * - A rank ("nằm trong nhóm 05 đơn vị dẫn đầu") is `<=` 5, unit "hạng", lower is better.
 * - `better` is "lower" for `<`/`<=` (reductions, caps, ranks), else "higher".
 */
import type { Comparator, Target } from '../model';
import { clean } from '../text';
import { findHits, type Hit } from './hits';
import { findRanks } from './rank';
import { scopeAfter, scopeBefore, scopeNouns, type Ctx } from './scope';
import { LINK_WORDS, STRETCH_WORDS } from './vocabulary';
import { compileWords, matchStartingAt, tokenAtOrAfter, tokenize, type Token } from './words';

const LINKS = compileWords(LINK_WORDS);
const STRETCH = compileWords(STRETCH_WORDS);

/** Clause starts: a clause ends at ";" or at ".", "!", "?" followed by a space or the end. */
function clauseStarts(src: string): number[] {
  const starts = [0];
  for (const m of src.matchAll(/[;!?]|\.(?=\s|$)/g)) starts.push((m.index ?? 0) + 1);
  return starts;
}

function indexOfClause(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface Placed extends Hit {
  stretch: number | null;
  scope: string;
  textStart: number;
  textEnd: number;
}

/** "đạt trên 50%, phấn đấu đạt 80%": the second figure becomes the first one's stretch. */
function foldStretch(ctx: Ctx, hits: Hit[]): (Hit & { stretch: number | null })[] {
  const out: (Hit & { stretch: number | null })[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const between = prev && prev.clause === h.clause ? betweenTokens(ctx, prev.end, h.start) : undefined;
    const marked = h.stretchMark || (between !== undefined && between.some((k) => !!matchStartingAt(ctx.src, ctx.tokens, k, STRETCH)));
    if (prev && between && marked && prev.stretch === null && prev.unit === h.unit && !h.listHead && between.length <= 3) {
      prev.stretch = h.value;
      prev.end = h.end;
      continue;
    }
    out.push({ ...h, stretch: null });
  }
  return out;
}

function betweenTokens(ctx: Ctx, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = tokenAtOrAfter(ctx.tokens, from); k < ctx.tokens.length && (ctx.tokens[k] as Token).end <= to; k++) out.push(k);
  return out;
}

/** Start of the text after dropping leading punctuation and linking words ("và", "trong đó"). */
function trimStart(ctx: Ctx, from: number, to: number): number {
  let k = tokenAtOrAfter(ctx.tokens, from);
  for (let m = matchStartingAt(ctx.src, ctx.tokens, k, LINKS); m; m = matchStartingAt(ctx.src, ctx.tokens, k, LINKS)) {
    k += m.p.lower.length;
  }
  const t = ctx.tokens[k];
  return t && t.start < to ? t.start : from;
}

function place(ctx: Ctx, hits: (Hit & { stretch: number | null })[], clauseEnd: (c: number) => number, starts: readonly number[]): Placed[] {
  const placed: Placed[] = [];
  hits.forEach((h, n) => {
    const prev = hits[n - 1];
    const next = hits[n + 1];
    const samePrev = prev && prev.clause === h.clause;
    // A target whose scope follows it ("40% các cơ quan, đơn vị ...") owns the words up to the next one.
    const segStart = samePrev ? Math.max(prev.end, (placed[n - 1] as Placed).textEnd) : (starts[h.clause] as number);
    const limit = next && next.clause === h.clause ? next.start : clauseEnd(h.clause);
    const after = h.listHead || h.rank ? null : scopeAfter(ctx, h.end, limit);
    let scope = after?.scope ?? '';
    if (!after && !h.listHead) scope = scopeBefore(ctx, segStart, h.start, !!samePrev);
    const textStart = trimStart(ctx, segStart, h.start);
    const textEnd = after && !after.where ? limit : Math.max(h.end, after?.end ?? 0);
    placed.push({ ...h, scope, textStart, textEnd });
  });
  // "cấp quận, cấp phường đạt tỷ lệ tối thiểu tương ứng là 60%, 55%": scopes in order.
  for (const head of placed.filter((p) => p.respectively && !p.listHead)) {
    const members = placed.filter((p) => p === head || p.listHead === head || p.listHead?.numStart === head.numStart);
    const nouns = scopeNouns(ctx, head.textStart, head.start);
    const last = members[members.length - 1] as Placed;
    members.forEach((m, i) => {
      if (nouns.length === members.length) m.scope = nouns[i] as string;
      m.textStart = head.textStart;
      m.textEnd = last.textEnd;
    });
  }
  return placed;
}

function better(c: Comparator, rank: boolean | undefined): 'higher' | 'lower' {
  return rank || c === '<' || c === '<=' ? 'lower' : 'higher';
}

function tidy(s: string): string {
  return s
    .replace(/^[\s,;:.\-–]+/, '')
    .replace(/[\s,;:\-–]+$/, '')
    .replace(/\.$/, '')
    .replace(/[\s,]+(?:và|hoặc|va|hoac)$/i, '');
}

export function extractTargets(text: string, opts: { idPrefix: string }): Target[] {
  const src = clean(text);
  if (!/\d/.test(src)) return [];
  const tokens = tokenize(src);
  const ctx: Ctx = { src, tokens };
  const starts = clauseStarts(src);
  const clauseOf = (pos: number): number => indexOfClause(starts, pos);
  const clauseEnd = (c: number): number => (c + 1 < starts.length ? (starts[c + 1] as number) - 1 : src.length);
  const ranks = findRanks(src);
  const hits: Hit[] = findHits(src, tokens, clauseOf, ranks.map((r) => [r.start, r.end]));
  for (const r of ranks) {
    const before = betweenTokens(ctx, starts[clauseOf(r.start)] as number, r.start);
    hits.push({
      start: r.start, numStart: r.numStart, end: r.end, value: r.value, unit: 'hạng', comparator: '<=',
      stretchMark: before.some((k) => !!matchStartingAt(src, tokens, k, STRETCH)),
      respectively: false, rank: true, clause: clauseOf(r.start),
    });
  }
  hits.sort((a, b) => a.numStart - b.numStart);
  const placed = place(ctx, foldStretch(ctx, hits), clauseEnd, starts);
  return placed.map((p, i) => ({
    id: `${opts.idPrefix}-${i + 1}`,
    text: tidy(src.slice(p.textStart, p.textEnd)),
    comparator: p.comparator,
    value: p.value,
    unit: p.unit,
    scope: tidy(p.scope),
    better: better(p.comparator, p.rank),
    stretch: p.stretch,
  }));
}
