import { clean, fold } from '../text';

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

function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A candidate stamp: short, and with a word in it. Bare numbers (page numbers, STT) are never
 * taken for stamps: "17" on a page and in "7.17" are structure, and removing them loses data.
 */
export function isShortFragment(s: string): boolean {
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
  for (const raw of lines) {
    const tail = tailFragment(raw);
    const line = tail ? raw.slice(0, raw.length - tail.length) : raw;
    const t = tokens(line);
    if (t.length < LONG_LINE_TOKENS) continue;
    for (const w of new Set(t)) df.set(w, (df.get(w) ?? 0) + 1);
    for (const w of t) {
      if (!/\p{L}/u.test(w)) continue;
      letters++;
      if (/[^\x00-\x7f]/.test(w)) accented++;
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

function similar(a: string[], b: string[]): boolean {
  const A = new Set(a);
  const B = new Set(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  return inter / (A.size + B.size - inter) >= 0.5;
}

/**
 * Decides which fragments are noise. A cluster of similar fragments is noise when it is mostly
 * foreign words and appears in at least two places; a lone fragment is noise when it is foreign
 * and at least half its words belong to a noise cluster ("Ngo Hán" next to "Ngo Hai Yen - 966").
 */
export function detectNoise(fragments: Fragment[], vocab: Vocabulary, userPatterns: string[] = []): NoiseModel {
  const cands = fragments.filter((f) => isShortFragment(f.text) && foreignRatio(f.text, vocab.words) >= 0.5);
  const clusters: { rep: string; toks: string[]; places: Set<number>; contexts: Set<string>; ascii: boolean; idLike: boolean }[] = [];
  for (const f of cands) {
    const ft = foldedTokens(f.text);
    const ascii = !/[^\x00-\x7f]/.test(f.text);
    const idLike = /\d{3,}/.test(f.text);
    const c = clusters.find((x) => similar(x.toks, ft));
    if (c) {
      c.places.add(f.place);
      c.contexts.add(f.context);
      c.ascii &&= ascii;
      c.idLike ||= idLike;
    } else clusters.push({ rep: f.text, toks: ft, places: new Set([f.place]), contexts: new Set([f.context]), ascii, idLike });
  }
  // Repeated, and out of place: in several columns or in both table and text, or bare ASCII
  // amid accented Vietnamese (a scanner's user name, an ID). A unit name repeated down its own
  // column is content, not a stamp.
  // Being repeated and unknown is not enough in a short document, whose own words are few
  // ("Kế hoạch" as title and as a product). A stamp also looks like one: it carries an ID-like
  // number, or it is bare ASCII amid accented Vietnamese, or it is everywhere (three places and
  // more than one kind of place).
  const noisy = clusters.filter(
    (c) => c.places.size >= 2 && (c.idLike || (vocab.accented && c.ascii) || (c.contexts.size >= 2 && c.places.size >= 3)),
  );
  const noiseTokens = new Set(noisy.flatMap((c) => c.toks));
  const extra = clusters.filter(
    (c) => !noisy.includes(c) && c.toks.filter((w) => noiseTokens.has(w)).length / c.toks.length >= 0.5,
  );
  const all = [...noisy, ...extra];
  const matchers = all.map((c) => tokenSequenceRegex(c.toks));
  for (const p of userPatterns) {
    const re = userPatternRegex(p);
    if (re) matchers.push(re);
  }
  return {
    fragments: all.map((c) => c.rep).concat(userPatterns),
    strip(line: string) {
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

/** Folds char by char so that positions in the folded copy are positions in the original. */
function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch.toLowerCase();
  }
  return out;
}

function stripMatches(line: string, matchers: RegExp[]): { text: string; removed: string[] } {
  if (matchers.length === 0 || line === '') return { text: line, removed: [] };
  const removed: string[] = [];
  let text = line;
  for (const re of matchers) {
    const folded = foldAligned(text);
    if (folded.length !== text.length) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const cuts: [number, number][] = [];
    while ((m = re.exec(folded)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      cuts.push([m.index, m.index + m[0].length]);
    }
    for (let i = cuts.length - 1; i >= 0; i--) {
      const [a, b] = cuts[i] as [number, number];
      removed.unshift(text.slice(a, b));
      text = text.slice(0, a) + ' ' + text.slice(b);
    }
  }
  if (removed.length === 0) return { text: line, removed };
  // A dangling separator left where a stamp sat ("- 966" after the name went) goes too.
  text = clean(text.replace(/\s[-–]\s*$/u, '').replace(/^\s*[-–]\s(?=\s*$)/u, ''));
  return { text, removed };
}
