/**
 * The syllable bigram model of administrative Vietnamese (counts learned by
 * scripts/ocr/build-tables.js), interpolated Kneser-Ney: a pair never seen backs off to how many
 * different syllables precede the syllable, and a valid syllable never seen at all keeps a little
 * probability. Extra text (the units directory's names) can be added with a weight: names of
 * units are strong evidence in the documents that cite them.
 */
import ngrams from './data/ngrams.json';
import { sentences, START, END } from './lm-tokens';
import { validSyllables } from './syllables';

const DISCOUNT = 0.75;
const UNSEEN = 0.05;

export interface LanguageModel {
  /** log P(word | previous). */
  logp(previous: string, word: string): number;
  /** The model's number for a word (the decoder works on numbers: millions of lookups). */
  id(word: string): number;
  /** log P(word | previous) by numbers from id(). */
  logpIds(previous: number, word: number): number;
  /** log P(word) on its own. */
  unigram(word: string): number;
  /** How often the pair was seen (for "is this a known phrase"). */
  pairCount(previous: string, word: string): number;
}

interface Counts {
  uni: Map<string, number>;
  bi: Map<string, number>;
}

function baseCounts(): Counts {
  const data = ngrams as { unigrams: Record<string, number>; bigrams: Record<string, number> };
  return { uni: new Map(Object.entries(data.unigrams)), bi: new Map(Object.entries(data.bigrams)) };
}

function addText(c: Counts, lines: readonly string[], weight: number): void {
  for (const s of sentences(lines.join('\n'))) {
    let prev = START;
    c.uni.set(prev, (c.uni.get(prev) ?? 0) + weight);
    for (const w of [...s, END]) {
      if (w !== END) c.uni.set(w, (c.uni.get(w) ?? 0) + weight);
      const k = `${prev} ${w}`;
      c.bi.set(k, (c.bi.get(k) ?? 0) + weight);
      prev = w;
    }
  }
}

function makeModel(c: Counts): LanguageModel {
  // Words as small integers, pairs as one number: the decoder asks for millions of pairs.
  const ids = new Map<string, number>();
  const id = (w: string): number => {
    let n = ids.get(w);
    if (n === undefined) ids.set(w, (n = ids.size));
    return n;
  };
  const PAIR = 1 << 20;
  let total = 0;
  const uni = new Map<number, number>();
  for (const [w, n] of c.uni) {
    uni.set(id(w), n);
    total += n;
  }
  const bi = new Map<number, number>();
  /** previous -> [count as a context, distinct followers] */
  const context = new Map<number, [number, number]>();
  for (const [k, n] of c.bi) {
    const cut = k.indexOf(' ');
    const prev = id(k.slice(0, cut));
    bi.set(prev * PAIR + id(k.slice(cut + 1)), n);
    const e = context.get(prev) ?? [0, 0];
    e[0] += n;
    e[1] += 1;
    context.set(prev, e);
  }
  const vocabulary = validSyllables().size + 2;
  const uniP = (w: number): number => ((uni.get(w) ?? 0) + UNSEEN) / (total + UNSEEN * vocabulary);
  // Kneser-Ney: a pair never seen backs off to how many different words precede the word.
  const preceded = new Map<number, number>();
  let pairs = 0;
  for (const key of bi.keys()) {
    const w = key % PAIR;
    preceded.set(w, (preceded.get(w) ?? 0) + 1);
    pairs++;
  }
  const contP = (w: number): number => ((preceded.get(w) ?? 0) + UNSEEN) / (pairs + UNSEEN * vocabulary);
  const memo = new Map<number, number>();
  const uniLog = new Map<number, number>();
  const logpIds = (a: number, b: number): number => {
    const key = a * PAIR + b;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const ctx = context.get(a);
    let p: number;
    if (!ctx) p = uniP(b);
    else p = Math.max((bi.get(key) ?? 0) - DISCOUNT, 0) / ctx[0] + ((DISCOUNT * ctx[1]) / ctx[0]) * contP(b);
    const lp = Math.log(p);
    memo.set(key, lp);
    return lp;
  };
  return {
    logp: (previous, word) => logpIds(id(previous), id(word)),
    id,
    logpIds,
    unigram: (word) => {
      const k = id(word);
      let lp = uniLog.get(k);
      if (lp === undefined) uniLog.set(k, (lp = Math.log(uniP(k))));
      return lp;
    },
    pairCount: (previous, word) => bi.get(id(previous) * PAIR + id(word)) ?? 0,
  };
}

let base: LanguageModel | undefined;
const withExtra = new Map<string, LanguageModel>();

/** The model, with `extra` lines (unit names) counted `weight` times each when given. */
export function languageModel(extra: readonly string[] = [], weight = 5): LanguageModel {
  if (extra.length === 0) {
    base ??= makeModel(baseCounts());
    return base;
  }
  const key = `${weight}\n${extra.join('\n')}`;
  let m = withExtra.get(key);
  if (!m) {
    const c = baseCounts();
    addText(c, extra, weight);
    m = makeModel(c);
    if (withExtra.size > 4) withExtra.clear();
    withExtra.set(key, m);
  }
  return m;
}
