/**
 * extractTargets: the targets inside one text (a task's text, one CHỈ TIÊU item), per the
 * contract's "Target phrases" table. Decisions (see README of this folder):
 * - "phấn đấu X" right after a firm target of the same clause is that target's stretch; a
 *   "phấn đấu X" with no firm target beside it is itself the target, stretch null.
 * - A rank ("nằm trong nhóm 05 đơn vị dẫn đầu") is `<=` 5, unit "hạng", lower is better.
 * - `better` is "lower" for `<`/`<=` (reductions, caps, ranks), else "higher".
 * - `text` is the clause holding the target (between ";" or "."), the same for targets that
 *   share a clause; `scope` tells them apart.
 */
import type { Comparator, Target } from '../model';
import { clean } from '../text';
import { findHits, mayHoldTarget, type Hit } from './hits';
import { findRanks } from './rank';
import { scopeAfter, scopeBefore, scopeNouns, type Ctx } from './scope';
import { STRETCH_WORDS } from './vocabulary';
import { compileWords, matchStartingAt, tokenAtOrAfter, tokenize, type Token } from './words';

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
  stretchEnd?: number;
  scope: string;
  segStart: number;
  textStart: number;
  textEnd: number;
}

/**
 * "đạt trên 50%, phấn đấu đạt 80%" and "từ 85% trở lên; phấn đấu 90%": the second figure, marked
 * "phấn đấu" and following a firm target of the same sentence (a few words between at most),
 * becomes the first one's stretch.
 */
type Stretched = Hit & { stretch: number | null; stretchEnd?: number };

function foldStretch(ctx: Ctx, hits: Hit[], starts: readonly number[]): Stretched[] {
  const out: Stretched[] = [];
  for (const h of hits) {
    const prev = out[out.length - 1];
    const sameSentence = !!prev && (prev.clause === h.clause ||
      (h.clause === prev.clause + 1 && ctx.src[(starts[h.clause] as number) - 1] === ';'));
    if (prev && sameSentence && h.stretchMark && prev.stretch === null && prev.unit === h.unit && !h.listHead && !prev.rank &&
      betweenTokens(ctx, prev.end, h.start).length <= 8) {
      prev.stretch = h.value;
      prev.stretchEnd = h.end;
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

/**
 * The clause a target's text shows: from the previous ";" or "." to the next. A clause that is
 * only the figure and its noun ("100% các đơn vị; cán bộ, công chức ... sử dụng chữ ký số")
 * runs on over ";" into the clauses after it that hold no target.
 */
function clauseText(ctx: Ctx, c: number, starts: readonly number[], hasHit: (c: number) => boolean): [number, number] {
  const end = (k: number): number => (k + 1 < starts.length ? (starts[k + 1] as number) - 1 : ctx.src.length);
  let last = c;
  const short = tokenAtOrAfter(ctx.tokens, end(c)) - tokenAtOrAfter(ctx.tokens, starts[c] as number) <= 6;
  while (short && last + 1 < starts.length && ctx.src[end(last)] === ';' && !hasHit(last + 1)) last++;
  return [starts[c] as number, end(last)];
}

function place(ctx: Ctx, hits: Stretched[], starts: readonly number[]): Placed[] {
  const placed: Placed[] = [];
  const clauses = new Set(hits.map((h) => h.clause));
  const clauseEnd = (c: number): number => (c + 1 < starts.length ? (starts[c + 1] as number) - 1 : ctx.src.length);
  let owned = 0; // end of the words the previous target of the clause claimed as its scope
  hits.forEach((h, n) => {
    const prev = hits[n - 1];
    const next = hits[n + 1];
    const samePrev = !!prev && prev.clause === h.clause;
    const segStart = samePrev ? Math.max(prev.stretchEnd ?? prev.end, owned) : (starts[h.clause] as number);
    const limit = next && next.clause === h.clause ? next.start : clauseEnd(h.clause);
    const after = h.listHead || h.rank ? null : scopeAfter(ctx, h.end, limit, h.unit === '%');
    // A target whose noun follows it ("40% các cơ quan, đơn vị ...") owns the words up to the next one.
    owned = Math.max(after ? (after.where ? after.end : limit) : h.end, h.stretchEnd ?? 0);
    const scope = after ? after.scope : h.listHead ? '' : scopeBefore(ctx, segStart, h.start, samePrev);
    const [textStart, textEnd] = clauseText(ctx, h.clause, starts, (c) => clauses.has(c));
    placed.push({ ...h, scope, segStart, textStart, textEnd });
  });
  // "cấp quận, cấp phường đạt tỷ lệ tối thiểu tương ứng là 60%, 55%": scopes in order.
  for (const head of placed.filter((p) => p.respectively && !p.listHead)) {
    const members = placed.filter((p) => p === head || p.listHead?.numStart === head.numStart);
    const nouns = scopeNouns(ctx, head.segStart, head.start);
    if (nouns.length === members.length) members.forEach((m, i) => (m.scope = nouns[i] as string));
  }
  return placed;
}

function better(c: Comparator, rank: boolean | undefined): 'higher' | 'lower' {
  return rank || c === '<' || c === '<=' ? 'lower' : 'higher';
}

/** Trim punctuation and a dangling "và" from both ends of a text or scope. */
function tidy(s: string): string {
  let out = s.replace(/^[\s,;:.\-–]+/, '').replace(/^(?:trong đó|đồng thời|và)\s*,?\s*/i, '');
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(/(?<![\s,;:\-–])[\s,;:\-–]+$/, '').replace(/\.$/, ''); // look-behind: one scan per run
    const tail = out.slice(-6).toLowerCase();
    const m = /[\s,](và|hoặc|va|hoac)$/.exec(tail);
    if (m) out = out.slice(0, out.length - m[1]!.length);
  }
  return out;
}

export function extractTargets(text: string, opts: { idPrefix: string }): Target[] {
  // The look-ahead runs before clean(): input is NFC by contract, made so here when it is not.
  const raw = /[\u0300-\u036f]/.test(text) ? text.normalize('NFC') : text;
  if (!mayHoldTarget(raw)) return [];
  const src = clean(raw);
  const tokens = tokenize(src);
  const ctx: Ctx = { src, tokens };
  const starts = clauseStarts(src);
  const clauseOf = (pos: number): number => indexOfClause(starts, pos);
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
  const placed = place(ctx, foldStretch(ctx, hits, starts), starts);
  // Targets of one clause share its text: tidied once, not once per target (a long clause full
  // of figures would cost its length for every one of them).
  const texts = new Map<string, string>();
  const textOf = (p: Placed): string => {
    const k = `${p.textStart}:${p.textEnd}`;
    let t = texts.get(k);
    if (t === undefined) texts.set(k, (t = tidy(src.slice(p.textStart, p.textEnd))));
    return t;
  };
  return placed.map((p, i) => ({
    id: `${opts.idPrefix}-${i + 1}`,
    text: textOf(p),
    comparator: p.comparator,
    value: p.value,
    unit: p.unit,
    scope: tidy(p.scope),
    better: better(p.comparator, p.rank),
    stretch: p.stretch,
  }));
}
