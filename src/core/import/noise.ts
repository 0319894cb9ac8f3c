import { clean, fold, foldedFinder } from '../text';

/**
 * Watermark and page-furniture fragments: what a scanner or converter stamped over the text.
 * They are recognised by what they are, not by a known string: a short fragment that stands alone
 * (a whole cell line, a whole paragraph, or a tail after a sentence's end), whose words the
 * document's own running text never uses, and that comes back in several places. Once such a
 * fragment is known, its variants (OCR garbles the same stamp differently) and its appearances
 * inside other lines are removed too. Users can add patterns of their own.
 */

export interface NoiseModel {
  /** Fragments judged to be noise, as first seen (for messages). */
  fragments: string[];
  /** Removes noise from one line; returns the cleaned line and what was removed. */
  strip(line: string): { text: string; removed: string[] };
}

export interface Fragment {
  text: string;
  /** Where it was seen: a page, or a distinct negative number per paragraph. Distinct places count. */
  place: number;
  /** What it sits in: a table column ("col:3") or the running text ("text"). */
  context: string;
}

const MAX_TOKENS = 6;
const MAX_CHARS = 48;
/** Long lines teach the document's vocabulary; fragments are judged against it. */
const LONG_LINE_TOKENS = 7;

/** Word characters: ASCII letters and digits, and anything from Latin-1 letters up (Vietnamese). */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x2bff) && (c < 0x3000 || c > 0x303f) && c !== 0xfeff);
}

/**
 * Lower-cased words of a line. A char-code scanner rather than /[\p{L}\p{N}]+/u: this runs over
 * every line of a document, and Unicode property classes are slow in V8.
 */
function tokens(s: string): string[] {
  const low = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= low.length; i++) {
    const w = i < low.length && isWordChar(low.charCodeAt(i));
    if (w && start < 0) start = i;
    else if (!w && start >= 0) {
      out.push(low.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/**
 * A candidate stamp: short, and with a word in it. Bare numbers (page numbers, STT) are never
 * taken for stamps: "17" on a page and in "7.17" are structure, and removing them loses data.
 */
export function isShortFragment(s: string): boolean {
  if (s.length > MAX_CHARS) return false;
  const t = tokens(s);
  return t.length > 0 && t.length <= MAX_TOKENS && s.length <= MAX_CHARS && /\p{L}{2,}/u.test(s);
}

/** The tail after a sentence's end ("... thực hiện./. Karl"), a place stamps land on. */
export function tailFragment(line: string): string | null {
  const m = /[.;:!?)]\s+([^.;:!?()]{1,40})$/u.exec(line);
  if (!m || !m[1]) return null;
  const tail = m[1].trim();
  return tokens(tail).length <= 3 ? tail : null;
}

export interface Vocabulary {
  /** Words used by at least two of the document's long lines (a stamp lands in one at most). */
  words: Set<string>;
  /** Most words carry Vietnamese diacritics, so a bare-ASCII fragment stands out. */
  accented: boolean;
}

export function learnVocabulary(lines: Iterable<string>): Vocabulary {
  const df = new Map<string, number>();
  let accented = 0;
  let letters = 0;
  // Distinct lines: a row repeated down the table is one use of its words, not fifty.
  for (const raw of new Set(lines)) {
    const tail = tailFragment(raw);
    const line = tail ? raw.slice(0, raw.length - tail.length) : raw;
    const t = tokens(line);
    if (t.length < LONG_LINE_TOKENS) continue;
    for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of t) {
      const c = w.charCodeAt(0);
      if (c >= 0x30 && c <= 0x39) continue;
      letters++;
      for (let i = 0; i < w.length; i++) {
        if (w.charCodeAt(i) > 0x7f) {
          accented++;
          break;
        }
      }
    }
  }
  const words = new Set<string>();
  for (const [w, n] of df) if (n >= 2) words.add(w);
  return { words, accented: letters > 0 && accented / letters >= 0.3 };
}

/**
 * Share of a fragment's words that the document's running text never uses. Short capitalised
 * abbreviations (VP, TC-KH, CNTT) count as the document's own: units are written that way.
 */
function foreignRatio(frag: string, vocab: Set<string>): number {
  const raw = frag.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (raw.length === 0) return 0;
  const foreign = raw.filter((w) => !vocab.has(w.toLowerCase()) && !isAbbreviation(w));
  return foreign.length / raw.length;
}

/** A Vietnamese syllable (folded): initial consonant(s), vowels, an allowed final. */
const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]+(ch|ng|nh|[cmnpt])?$/;

/**
 * Capitals that cannot be read as a syllable are an abbreviation (UBND, CCHC, VP, TC): units
 * are written that way. Capitals that can (LE THI MAI) are words, judged like any other.
 */
function isAbbreviation(w: string): boolean {
  return /^[\p{Lu}\p{N}]{2,6}$/u.test(w) && /\p{Lu}/u.test(w) && !SYLLABLE.test(fold(w));
}

function foldedTokens(s: string): string[] {
  return tokens(fold(s));
}

function similar(A: Set<string>, B: Set<string>): boolean {
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter) >= 0.5;
}

/** Clusters one word may lead to before that word stops being a way to find similar fragments. */
const MAX_CLUSTERS_PER_WORD = 64;

interface Cluster {
  rep: string;
  toks: string[];
  set: Set<string>;
  places: Set<number>;
  contexts: Set<string>;
  ascii: boolean;
  idLike: boolean;
}

/**
 * Decides which fragments are noise. A cluster of similar fragments is noise when it is mostly
 * foreign words and appears in at least two places; a lone fragment is noise when it is foreign
 * and at least half its words belong to a noise cluster ("Ngo Hán" next to "Ngo Hai Yen - 966").
 */
export function detectNoise(fragments: Fragment[], vocab: Vocabulary, userPatterns: string[] = []): NoiseModel {
  const cands = fragments.filter((f) => isShortFragment(f.text) && foreignRatio(f.text, vocab.words) >= 0.5);
  const clusters: Cluster[] = [];
  // Clusters by word: similar fragments share a word, so each is compared with few clusters.
  const byWord = new Map<string, Cluster[]>();
  for (const f of cands) {
    const ft = foldedTokens(f.text);
    const set = new Set(ft);
    const ascii = !/[^\x00-\x7f]/.test(f.text);
    const idLike = /\d{3,}/.test(f.text);
    let c: Cluster | undefined;
    for (const w of set) {
      // A word that many clusters share ("việc", "phòng" before distinct numbers in 20,000 rows)
      // is compared through the fragment's other words: scanning its whole list for every
      // fragment made this quadratic (20,000 rows: 171 s).
      const list = byWord.get(w);
      if (!list || list.length > MAX_CLUSTERS_PER_WORD) continue;
      c = list.find((x) => similar(x.set, set));
      if (c) break;
    }
    if (c) {
      c.places.add(f.place);
      c.contexts.add(f.context);
      c.ascii &&= ascii;
      c.idLike ||= idLike;
    } else {
      c = { rep: f.text, toks: ft, set, places: new Set([f.place]), contexts: new Set([f.context]), ascii, idLike };
      clusters.push(c);
      for (const w of set) {
        const list = byWord.get(w);
        if (list) list.push(c);
        else byWord.set(w, [c]);
      }
    }
  }
  // Being repeated and unknown is not enough in a short document, whose own words are few
  // ("Kế hoạch" as title and as a product). A stamp also looks like one: it carries an ID-like
  // number, or it is bare ASCII amid accented Vietnamese, or it is everywhere (three places and
  // more than one kind of place).
  const noisy = clusters.filter(
    (c) => c.places.size >= 2 && (c.idLike || (vocab.accented && c.ascii) || (c.contexts.size >= 2 && c.places.size >= 3)),
  );
  const noiseTokens = new Set(noisy.flatMap((c) => c.toks));
  const noisySet = new Set(noisy);
  const extra = clusters.filter(
    (c) => !noisySet.has(c) && c.toks.filter((w) => noiseTokens.has(w)).length / c.toks.length >= 0.5,
  );
  const all = [...noisy, ...extra];
  const matchers = all.map((c) => tokenSequenceRegex(c.toks));
  for (const p of userPatterns) {
    const re = userPatternRegex(p);
    if (re) matchers.push(re);
  }
  // Most lines hold no stamp: a substring test of each stamp's first word tells them at once.
  // User patterns that are real regexes have no such word and are always tried.
  const firstWords = all.map((c) => c.toks[0] ?? '').filter((w) => w !== '');
  const alwaysTry = userPatterns.length > 0;
  const mayHoldStamp = foldedFinder(firstWords);
  return {
    fragments: all.map((c) => c.rep).concat(userPatterns),
    strip(line: string) {
      if (matchers.length === 0 || line === '') return { text: line, removed: [] };
      if (!alwaysTry && !mayHoldStamp(line)) return { text: line, removed: [] };
      return stripMatches(line, matchers);
    },
  };
}

/** Matches the tokens in order on the folded text, separated by spaces, dashes or dots. */
function tokenSequenceRegex(toks: string[]): RegExp {
  const esc = toks.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${esc.join('[\\s\\-–.,]*')}(?![\\p{L}\\p{N}])`, 'gu');
}

/** "/regex/flags" or a literal matched accent- and case-insensitively. */
export function userPatternRegex(p: string): RegExp | null {
  const m = /^\/(.+)\/([a-z]*)$/.exec(p);
  try {
    if (m && m[1]) return new RegExp(fold(m[1]), `${(m[2] ?? '').replace(/g/g, '')}gu`);
  } catch {
    return null;
  }
  const t = foldedTokens(p);
  return t.length ? tokenSequenceRegex(t) : null;
}

/** Folds so that positions in the folded copy are positions in the original (one char each). */
function foldAligned(s: string): string {
  const f = fold(s);
  if (f.length === s.length) return f;
  let out = '';
  for (const ch of s) {
    const c = fold(ch);
    out += c.length === ch.length ? c : ch.toLowerCase();
  }
  return out;
}

/** A surrogate pair (an emoji, a rare CJK character) starts at `i`. */
function isPairAt(s: string, i: number): boolean {
  const hi = s.charCodeAt(i);
  const lo = s.charCodeAt(i + 1);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function stripMatches(line: string, matchers: RegExp[]): { text: string; removed: string[] } {
  if (matchers.length === 0 || line === '') return { text: line, removed: [] };
  const removed: string[] = [];
  let text = line;
  let folded = foldAligned(text);
  for (const re of matchers) {
    if (folded.length !== text.length) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const cuts: [number, number][] = [];
    while ((m = re.exec(folded)) !== null) {
      if (m[0].length === 0) {
        // Past an empty match by a whole code point: with the u flag, V8 moves a lastIndex that
        // points inside a surrogate pair back to its start, so +1 there matched again for ever.
        re.lastIndex = m.index + (isPairAt(folded, m.index) ? 2 : 1);
        continue;
      }
      cuts.push([m.index, m.index + m[0].length]);
    }
    for (let i = cuts.length - 1; i >= 0; i--) {
      const [a, b] = cuts[i] as [number, number];
      removed.unshift(text.slice(a, b));
      text = text.slice(0, a) + ' ' + text.slice(b);
    }
    if (cuts.length) folded = foldAligned(text);
  }
  if (removed.length === 0) return { text: line, removed };
  // A dangling separator left where a stamp sat ("- 966" after the name went) goes too.
  text = clean(text.replace(/\s[-–]\s*$/u, '').replace(/^\s*[-–]\s(?=\s*$)/u, ''));
  return { text, removed };
}
