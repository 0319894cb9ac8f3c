/**
 * Gives OCR-damaged text (read with an English model: "Phong N¢i vu", "thdng 4 ndm 2025") back
 * as Vietnamese, syllable by syllable: each word's candidates come from the confusion model
 * (channel.ts), restricted to valid syllables; the sentence's reading is chosen by a syllable
 * bigram model (language-model.ts) with the Viterbi algorithm. What cannot be known stays as
 * read (protect.ts); a line that is already Vietnamese is not touched.
 */
import confusions from './data/confusions.json';
import { candidates, clearCandidateCache, type Candidate } from './channel';
import { languageModel, type LanguageModel } from './language-model';
import { BREAK, END, lmToken, START, OTHER } from './lm-tokens';
import { isAllCaps, isCapitalised, isCapsLine, isSurname, protectedWords } from './protect';
import { isSyllable } from './syllables';
import { splitLine, type Piece } from './tokens';

export interface RestoreOptions {
  /** Names the reader knows (the units directory): strong evidence for the words they use. */
  vocabulary?: readonly string[];
}

export interface Restored {
  text: string;
  /** How many words (syllables) were changed. */
  changed: number;
}

/** Weight of the confusion model against the language model. */
const CHANNEL_WEIGHT = 1;
/**
 * The word kept as read (a foreign word, a name the rules missed) is one more option of every
 * word, this unlikely as a reading: it wins only where no syllable explains the word.
 */
const KEEP_AS_READ = -14;
/** Candidates per word the sentence decoder weighs: the likeliest by reading and frequency. */
const KEEP = 10;

let shortlists = new WeakMap<LanguageModel, Map<string, Candidate[]>>();

/** Forgets every word seen so far: the next text is restored as if it were the first. */
export function clearWordCaches(): void {
  shortlists = new WeakMap();
  clearCandidateCache();
}

function shortlist(word: string, lm: LanguageModel): Candidate[] {
  let memo = shortlists.get(lm);
  if (!memo) shortlists.set(lm, (memo = new Map()));
  const hit = memo.get(word);
  if (hit) return hit;
  const out = candidates(word)
    .map((c) => ({ c, s: CHANNEL_WEIGHT * c.logp + lm.unigram(c.syllable) }))
    .sort((a, b) => b.s - a.s)
    .slice(0, KEEP)
    .map((x) => x.c);
  if (memo.size > 50_000) memo.clear();
  memo.set(word, out);
  return out;
}

/** Letters an English-model OCR never writes: a word that has one was not read by it. */
const OCR_ALPHABET = new Set([...(confusions as { ocrAlphabet: string }).ocrAlphabet]);
function hasVietnameseMark(word: string): boolean {
  for (const ch of word.toLowerCase()) if (!OCR_ALPHABET.has(ch) && /\p{L}/u.test(ch) && ch > '\u007f') return true;
  return false;
}

/**
 * A paragraph already in Vietnamese: a good share of its syllables carry a mark an English model
 * never writes (ư, ơ, ă, đ, ạ, ả, ...). Clean Vietnamese has well over half; an English-model
 * reading has next to none. Words that are no syllable (markup, English, codes) do not count.
 */
function isCleanLine(pieces: readonly Piece[], prot: readonly boolean[]): boolean {
  let words = 0;
  let marked = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (!p.word || prot[i] || !isSyllable(p.text)) continue;
    words++;
    if (hasVietnameseMark(p.text)) marked++;
  }
  return words === 0 || marked / words >= 0.3;
}

/** The restored syllable written in the case the OCR word was read in. */
function inCase(raw: string, syllable: string, capsLine: boolean): string {
  if ((capsLine || raw.length > 1) && isAllCaps(raw) && raw.replace(/[^\p{L}]/gu, '').length > 1) return syllable.toUpperCase();
  if (isCapitalised(raw)) return syllable.charAt(0).toUpperCase() + syllable.slice(1);
  return syllable;
}

interface Slot {
  piece: number;
  raw: string;
  /** Fixed: stays as read, seen by the model as this token. */
  fixed?: string;
  cands: Candidate[];
}

/** Names of people: a capitalised run opened by a surname, not a phrase the model knows. */
function markNames(slots: Slot[], lm: LanguageModel): void {
  for (let i = 0; i + 1 < slots.length; i++) {
    const a = slots[i] as Slot;
    const b = slots[i + 1] as Slot;
    if (a.fixed !== undefined || !isCapitalised(a.raw) || isAllCaps(a.raw) || !isSurname(a.raw)) continue;
    if (!isCapitalised(b.raw) || isAllCaps(b.raw)) continue;
    // "Hồ Chí Minh", "Đảng Cộng sản": the model knows the pair as a phrase of its texts.
    const x = a.cands[0];
    const y = b.cands[0];
    const known = x !== undefined && y !== undefined && lm.pairCount(x.syllable, y.syllable) >= 2;
    if (known) continue;
    let j = i;
    while (j < slots.length && j < i + 4) {
      const s = slots[j] as Slot;
      if (!isCapitalised(s.raw) || isAllCaps(s.raw)) break;
      s.fixed = lmToken(s.raw);
      j++;
    }
    i = j - 1;
  }
}

function viterbi(slots: Slot[], lm: LanguageModel): string[] {
  type Cell = { word: string; id: number; score: number; back: number };
  const layers: Cell[][] = [];
  let prev: Cell[] = [{ word: START, id: lm.id(START), score: 0, back: -1 }];
  for (const s of slots) {
    const options: Array<{ word: string; logp: number }> =
      s.fixed !== undefined
        ? [{ word: s.fixed, logp: 0 }]
        : [...s.cands.map((c) => ({ word: c.syllable, logp: c.logp })), { word: OTHER, logp: KEEP_AS_READ }];
    const layer: Cell[] = options.map((o) => {
      const id = lm.id(o.word);
      let best = -Infinity;
      let back = 0;
      for (let k = 0; k < prev.length; k++) {
        const p = prev[k] as Cell;
        const sc = p.score + lm.logpIds(p.id, id);
        if (sc > best) {
          best = sc;
          back = k;
        }
      }
      return { word: o.word, id, score: best + CHANNEL_WEIGHT * o.logp, back };
    });
    layers.push(layer);
    prev = layer;
  }
  let best = -Infinity;
  let at = 0;
  const end = lm.id(END);
  prev.forEach((p, k) => {
    const sc = p.score + lm.logpIds(p.id, end);
    if (sc > best) {
      best = sc;
      at = k;
    }
  });
  const out: string[] = [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const cell = (layers[i] as Cell[])[at] as Cell;
    out.push(cell.word);
    at = cell.back;
  }
  return out.reverse();
}

function restoreLine(line: string, lm: LanguageModel): Restored {
  const pieces = splitLine(line);
  const prot = protectedWords(pieces);
  if (isCleanLine(pieces, prot)) return { text: line, changed: 0 };
  const caps = isCapsLine(pieces);
  const result = pieces.map((p) => p.text);
  let changed = 0;
  let sentence: Slot[] = [];
  const decode = (): void => {
    if (sentence.length === 0) return;
    markNames(sentence, lm);
    const words = viterbi(sentence, lm);
    sentence.forEach((s, k) => {
      if (s.fixed !== undefined) return;
      const w = words[k] as string;
      // The reading "kept as read" won: no syllable explains the word well enough ("Meet").
      if (w === OTHER) return;
      const out = inCase(s.raw, w, caps);
      if (out !== s.raw) {
        result[s.piece] = out;
        changed++;
      }
    });
    sentence = [];
  };
  pieces.forEach((p, i) => {
    if (!p.word) {
      if (BREAK.test(p.text)) decode();
      return;
    }
    const slot: Slot = { piece: i, raw: p.text, cands: [] };
    if (prot[i]) slot.fixed = lmToken(p.text);
    else if (isSyllable(p.text) && hasVietnameseMark(p.text)) slot.fixed = lmToken(p.text);
    else {
      slot.cands = shortlist(p.text, lm);
      if (slot.cands.length === 0) slot.fixed = OTHER;
    }
    sentence.push(slot);
  });
  decode();
  return { text: result.join(''), changed };
}

/**
 * The text given back as Vietnamese, paragraph by paragraph (lines between blank lines: a
 * sentence wrapped over lines keeps its context); `changed` counts the words changed.
 */
export function restoreText(text: string, options: RestoreOptions = {}): Restored {
  const lm = languageModel(options.vocabulary ?? []);
  let changed = 0;
  const parts = text.normalize('NFC').split(/(\n[ \t]*\n)/);
  const out = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    const r = restoreLine(part, lm);
    changed += r.changed;
    return r.text;
  });
  return { text: out.join(''), changed };
}
