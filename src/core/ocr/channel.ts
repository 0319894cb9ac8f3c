/**
 * The confusion model: what Tesseract's English model reads for each Vietnamese letter
 * (learned by scripts/ocr/build-tables.js), turned around to give, for an OCR word, the valid
 * syllables it may have been and how likely each reading is (log P(read | syllable)).
 * Candidates are found by walking a letter tree of the valid syllables along the OCR word, so
 * only real syllables are ever proposed.
 */
import confusions from './data/confusions.json';
import { validSyllables } from './syllables';

export interface Candidate {
  /** Lower-case syllable. */
  syllable: string;
  /** log P(OCR word | syllable). */
  logp: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

interface Rule {
  letter: string;
  logp: number;
}

/** Longest OCR string read for one letter that the search tries. */
const MAX_READ = 3;
/** Most candidates the search returns for one OCR word (the restorer keeps the likeliest). */
const MAX_FOUND = 400;
/** A reading less likely than this (natural log) is not a candidate. */
const FLOOR = -12;
/**
 * One letter per word may be read as anything (a torn or smudged glyph) at this cost, so a
 * confusion the pairs never showed does not make the word unrecoverable.
 */
const WILD = -7;
/** How far below the best reading of a word a candidate may be (natural log). */
const MARGIN = 10;
/** Pseudo-counts that let any letter be read as itself or as its unmarked letter. */
const SELF_PRIOR = 0.5;
/**
 * A reading seen for one letter is lent, at this share of its count, to the letters of the same
 * family (a, á, ã, â, ấ ...): "4" read for "â" and "á" may be read for "ã" too; the pairs never
 * hold every tone of every vowel often enough to show it.
 */
const FAMILY_SHARE = 0.05;

const BASE: Record<string, string> = { đ: 'd' };
function unmarked(letter: string): string {
  return BASE[letter] ?? letter.normalize('NFD').replace(/\p{M}/gu, '');
}

interface Model {
  trie: TrieNode;
  /** OCR string -> the letters it may stand for. */
  rules: Map<string, Rule[]>;
}

let model: Model | undefined;

function build(): Model {
  const trie: TrieNode = { next: new Map(), end: false };
  for (const s of validSyllables()) {
    let n = trie;
    for (const ch of s) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { next: new Map(), end: false }));
      n = m;
    }
    n.end = true;
  }
  const letters = new Set<string>();
  for (const s of validSyllables()) for (const ch of s) letters.add(ch);
  const table = (confusions as { letters: Record<string, Record<string, number>> }).letters;
  const family = new Map<string, Record<string, number>>();
  for (const [letter, row] of Object.entries(table)) {
    const f = family.get(unmarked(letter)) ?? {};
    for (const [read, n] of Object.entries(row)) f[read] = (f[read] ?? 0) + n;
    family.set(unmarked(letter), f);
  }
  const rules = new Map<string, Rule[]>();
  for (const letter of letters) {
    const seen: Record<string, number> = { ...(table[letter] ?? {}) };
    for (const [read, n] of Object.entries(family.get(unmarked(letter)) ?? {})) {
      seen[read] = (seen[read] ?? 0) + n * FAMILY_SHARE;
    }
    seen[letter] = (seen[letter] ?? 0) + SELF_PRIOR;
    const base = unmarked(letter);
    seen[base] = (seen[base] ?? 0) + SELF_PRIOR;
    const total = Object.values(seen).reduce((a, b) => a + b, 0);
    for (const [read, n] of Object.entries(seen)) {
      if (read.length > MAX_READ) continue;
      let list = rules.get(read);
      if (!list) rules.set(read, (list = []));
      list.push({ letter, logp: Math.log(n / total) });
    }
  }
  // Likeliest first: the search meets good readings early and prunes the rest (MARGIN).
  for (const list of rules.values()) list.sort((a, b) => b.logp - a.logp);
  return { trie, rules };
}

function getModel(): Model {
  model ??= build();
  return model;
}

const cache = new Map<string, Candidate[]>();

/** Forgets the candidates found so far (the bench measures text never seen). */
export function clearCandidateCache(): void {
  cache.clear();
}

/**
 * The valid syllables an OCR word (any case) may have been, most likely first; [] when none is
 * within reach. At most one letter may have been lost entirely.
 */
export function candidates(ocrWord: string): Candidate[] {
  const word = ocrWord.normalize('NFC').toLowerCase();
  const hit = cache.get(word);
  if (hit) return hit;
  const { trie, rules } = getModel();
  const chars = [...word];
  // The OCR strings a letter may have been read as, from each position: made once per word.
  const reads = chars.map((_, pos) => Array.from({ length: MAX_READ + 1 }, (_, k) => (pos + k <= chars.length ? chars.slice(pos, pos + k).join('') : null)));
  const found = new Map<string, number>();
  // Readings far less likely than the best found so far are not worth finishing.
  let best = -Infinity;
  const walk = (pos: number, node: TrieNode, built: string, logp: number, lost: number, wild: number): void => {
    if (logp < FLOOR || logp < best - MARGIN || found.size >= MAX_FOUND) return;
    if (pos === chars.length && node.end && (found.get(built) ?? -Infinity) < logp) {
      found.set(built, logp);
      if (logp > best) best = logp;
    }
    for (let k = lost > 0 ? 1 : 0; k <= MAX_READ && pos + k <= chars.length; k++) {
      const read = pos < chars.length ? (reads[pos]?.[k] ?? '') : '';
      for (const r of rules.get(read) ?? []) {
        const child = node.next.get(r.letter);
        if (child) walk(pos + k, child, built + r.letter, logp + r.logp, k === 0 ? lost + 1 : lost, wild);
      }
    }
    if (wild === 0 && pos < chars.length) {
      for (const [letter, child] of node.next) walk(pos + 1, child, built + letter, logp + WILD, lost, 1);
    }
  };
  // Without a wild letter first; a word no learned confusion explains is searched again.
  walk(0, trie, '', 0, 0, 1);
  if (found.size === 0) walk(0, trie, '', 0, 0, 0);
  const out = [...found].map(([syllable, logp]) => ({ syllable, logp })).sort((a, b) => b.logp - a.logp);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}
