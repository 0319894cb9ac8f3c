/**
 * Pairs the plan's rows with the rows a workbook already holds (update in place):
 *   1. same id and same text;
 *   2. same text (the plan renumbered it);
 *   3. same id and a text that keeps at least half its words (the plan edited its text). A row
 *      whose text shares less with the plan's is another task that took the number of one the
 *      plan removed: matching it would hand one task's typed progress to another (found by the
 *      people's-data property test), so it is left over instead (kept, marked, when typed);
 *   4. among rows still unpaired, a text that keeps most of its words and whose numbers do not
 *      conflict (renumbered and edited in the same revision), only when each is the other's
 *      clear best; a target compares its text with its threshold masked (renumbered and
 *      re-set at once);
 *   5. the rest of the plan is new. Existing rows left over have left the plan.
 * Text comparison folds case, diacritics and spacing (core/text `key`).
 * Lookups go through maps: a 20,000-row workbook is matched in linear time.
 */
import { parseVietnameseNumber } from '../core/text';

export interface PlanKeyed {
  id: string;
  textKey: string;
  /** The text pass 4 compares, when it differs from textKey (a target's, its threshold masked). */
  looseKey?: string;
}

export interface ExistingKeyed {
  id: string | null;
  textKey: string;
  looseKey?: string;
}

export interface Matching<E> {
  /** For each plan row (by index), the existing row it continues, if any. */
  byPlan: (E | null)[];
  /** Existing rows no plan row continues, in sheet order. */
  leftOver: E[];
}

export interface MatchOptions<P, E> {
  /** Rows pass 4 may pair (not rows typed by hand, nor rows already marked as left the plan). */
  fuzzy?: (e: E) => boolean;
  /** Pairs no pass may make (a target of one task with a target of another). */
  compatible?: (p: P, e: E) => boolean;
}

/** Same id, edited text: at least this share of words in common (Dice over word sets). */
export const EDITED_LIKENESS = 0.5;
/** Other id, edited text (pass 4): at least this share of words, and numbers not in conflict. */
export const MOVED_LIKENESS = 0.6;
/** Pass 4 compares every unpaired plan row with every unpaired sheet row; past this, it is skipped. */
const FUZZY_LIMIT = 4_000_000;

/**
 * A folded text with the numbers that read as `value` replaced by "#": a target's threshold is
 * the number a revision changes ("đạt trên 51%" -> "đạt trên 52%"); its other numbers
 * ("10 phường") still tell targets apart.
 */
export function maskNumber(textKey: string, value: number | null): string {
  if (value === null || !Number.isFinite(value)) return textKey;
  return textKey.replace(/\d[\d.,]*\d|\d/g, (n) => (parseVietnameseNumber(n) === value ? '#' : n));
}

function wordsOf(textKey: string): Set<string> {
  return new Set(textKey.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== ''));
}

/** Share of words two folded texts have in common: 2·|A∩B| / (|A|+|B|); 1 when both are empty. */
export function likeness(a: string, b: string): number {
  return dice(wordsOf(a), wordsOf(b));
}

function dice(x: Set<string>, y: Set<string>): number {
  if (x.size + y.size === 0) return 1;
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return (2 * both) / (x.size + y.size);
}

/** The words holding digits: "quý 1" and "quý 4" are different tasks, however alike. */
function numbersOf(words: Set<string>): Set<string> {
  return new Set([...words].filter((w) => /\d/.test(w)));
}

/**
 * Numbers that do not conflict: one text's are all in the other's. A number changed ("quý 1" ->
 * "quý 4") makes another task; one added or dropped in an edit ("trong năm 2024" -> "kịp
 * thời") does not (found by the people's-data property test).
 */
function sameNumbers(a: Set<string>, b: Set<string>): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const n of small) if (!big.has(n)) return false;
  return true;
}

function groupBy<E>(items: E[], keyOf: (e: E) => string | null): Map<string, E[]> {
  const m = new Map<string, E[]>();
  for (const e of items) {
    const k = keyOf(e);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(e);
    else m.set(k, [e]);
  }
  return m;
}

/** Nothing paired: what matching gives when the sheet has no rows (a fresh build skips it). */
export function unmatched<E>(planCount: number): Matching<E> {
  return { byPlan: Array.from({ length: planCount }, () => null), leftOver: [] };
}

export function matchRows<P extends PlanKeyed, E extends ExistingKeyed>(plan: P[], existing: E[], options: MatchOptions<P, E> = {}): Matching<E> {
  const byPlan: (E | null)[] = plan.map(() => null);
  const taken = new Set<E>();
  const compatible = options.compatible ?? (() => true);
  const pass = (index: Map<string, E[]>, keyOf: (p: P) => string | null, also: (p: P, e: E) => boolean = () => true): void => {
    plan.forEach((p, i) => {
      if (byPlan[i]) return;
      const k = keyOf(p);
      if (k === null) return;
      // The first free row in sheet order, as a person reading top-down would pair them.
      const e = index.get(k)?.find((x) => !taken.has(x) && compatible(p, x) && also(p, x));
      if (e) {
        byPlan[i] = e;
        taken.add(e);
      }
    });
  };
  const idText = (id: string | null, textKey: string): string | null => (id !== null && textKey !== '' ? `${id}\u0000${textKey}` : null);
  pass(
    groupBy(existing, (e) => idText(e.id, e.textKey)),
    (p) => idText(p.id, p.textKey),
  );
  pass(
    groupBy(existing, (e) => (e.textKey !== '' ? e.textKey : null)),
    (p) => (p.textKey !== '' ? p.textKey : null),
  );
  // An empty text on either side says nothing against the id.
  const edited = (p: PlanKeyed, e: E): boolean => p.textKey === '' || e.textKey === '' || likeness(p.textKey, e.textKey) >= EDITED_LIKENESS;
  pass(
    groupBy(existing, (e) => e.id),
    (p) => p.id,
    edited,
  );
  if (options.fuzzy) movedAndEdited(plan, existing, byPlan, taken, options.fuzzy, compatible);
  return { byPlan, leftOver: existing.filter((e) => !taken.has(e)) };
}

/**
 * Pass 4: a plan row and a sheet row, both unpaired, whose texts keep most words and whose
 * numbers do not conflict, paired only when each is the other's best by a clear margin (a tie pairs nothing:
 * better a row kept and marked than typed values handed to the wrong task).
 */
function movedAndEdited<P extends PlanKeyed, E extends ExistingKeyed>(
  plan: P[],
  existing: E[],
  byPlan: (E | null)[],
  taken: Set<E>,
  eligible: (e: E) => boolean,
  compatible: (p: P, e: E) => boolean,
): void {
  const ps = plan.map((p, i) => ({ i, p })).filter(({ i, p }) => !byPlan[i] && p.textKey !== '');
  const es = existing.filter((e) => !taken.has(e) && e.textKey !== '' && eligible(e));
  if (ps.length === 0 || es.length === 0 || ps.length * es.length > FUZZY_LIMIT) return;
  const words = (x: PlanKeyed | ExistingKeyed) => {
    const w = wordsOf(x.looseKey ?? x.textKey);
    return { w, n: numbersOf(w) };
  };
  const pw = ps.map(({ p }) => words(p));
  const ew = es.map(words);
  const bestP = ps.map(() => ({ j: -1, score: 0, second: 0 }));
  const bestE = es.map(() => ({ i: -1, score: 0, second: 0 }));
  ps.forEach((_, i) => {
    es.forEach((_e, j) => {
      const a = pw[i] as { w: Set<string>; n: Set<string> };
      const b = ew[j] as { w: Set<string>; n: Set<string> };
      const s = sameNumbers(a.n, b.n) && compatible((ps[i] as { p: P }).p, es[j] as E) ? dice(a.w, b.w) : 0;
      const bp = bestP[i] as { j: number; score: number; second: number };
      if (s > bp.score) [bp.second, bp.score, bp.j] = [bp.score, s, j];
      else if (s > bp.second) bp.second = s;
      const be = bestE[j] as { i: number; score: number; second: number };
      if (s > be.score) [be.second, be.score, be.i] = [be.score, s, i];
      else if (s > be.second) be.second = s;
    });
  });
  bestP.forEach((bp, i) => {
    if (bp.j < 0 || bp.score < MOVED_LIKENESS || bp.second === bp.score) return;
    const be = bestE[bp.j] as { i: number; score: number; second: number };
    if (be.i !== i || be.second === be.score) return;
    const e = es[bp.j] as E;
    byPlan[(ps[i] as { i: number }).i] = e;
    taken.add(e);
  });
}

/**
 * Where rows that left the plan go: right after the plan row that preceded them in the sheet
 * (so a person finds them where they were), or first when nothing preceded them.
 * Returns, for each plan index (-1 = before everything), the left-over rows to place after it.
 */
export function placeLeftOvers<E>(sheetOrder: E[], matching: Matching<E>): Map<number, E[]> {
  const planIndexOf = new Map<E, number>();
  matching.byPlan.forEach((e, i) => {
    if (e) planIndexOf.set(e, i);
  });
  const leftOver = new Set(matching.leftOver);
  const out = new Map<number, E[]>();
  let anchor = -1;
  for (const e of sheetOrder) {
    const i = planIndexOf.get(e);
    if (i !== undefined) anchor = i;
    else if (leftOver.has(e)) {
      const list = out.get(anchor) ?? [];
      list.push(e);
      out.set(anchor, list);
    }
  }
  return out;
}
