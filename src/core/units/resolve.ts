import { clean, foldOcr } from '../text';
import { splitUnitGroup, unitBody } from './split';
import type { ResolvedUnit, UnitDirectory } from './types';
import { abbreviationTable, candidateKeys, oneEditApart, unitWords, type Abbreviations } from './unit-key';

interface DirectoryIndex {
  abbreviations: Abbreviations;
  /** Key -> entry number; the first entry to claim a key keeps it. */
  byKey: Map<string, number>;
  /** Keys of three words or more by word count, for the OCR-tolerant fallback. */
  fuzzyKeys: Map<number, { words: string[]; entry: number }[]>;
  /** Keys of two words or more by word count, for text read by OCR (ocrEntry). */
  ocrKeys: Map<number, { words: string[]; entry: number }[]>;
  cache: Map<string, ResolvedUnit>;
  /** resolveUnits by list item: plans repeat the same lead items on most rows. */
  items: Map<string, ResolvedUnit[]>;
}

// Directories are treated as immutable values: parseDirectory and the default return fresh objects.
const INDEXES = new WeakMap<UnitDirectory, DirectoryIndex>();

function indexOf(dir: UnitDirectory): DirectoryIndex {
  const known = INDEXES.get(dir);
  if (known) return known;
  const abbreviations = abbreviationTable(dir.abbreviations);
  const byKey = new Map<string, number>();
  const fuzzyKeys = new Map<number, { words: string[]; entry: number }[]>();
  const ocrKeys = new Map<number, { words: string[]; entry: number }[]>();
  dir.units.forEach((u, entry) => {
    for (const name of [u.name, ...u.aliases]) {
      const words = unitWords(name, abbreviations);
      const key = words.join(' ');
      if (!key || byKey.has(key)) continue;
      byKey.set(key, entry);
      if (words.length >= 3) {
        const list = fuzzyKeys.get(words.length) ?? [];
        list.push({ words, entry });
        fuzzyKeys.set(words.length, list);
      }
      if (words.length >= 2) {
        const list = ocrKeys.get(words.length) ?? [];
        list.push({ words, entry });
        ocrKeys.set(words.length, list);
      }
    }
  });
  const index: DirectoryIndex = { abbreviations, byKey, fuzzyKeys, ocrKeys, cache: new Map(), items: new Map() };
  INDEXES.set(dir, index);
  return index;
}

/**
 * OCR leaves one wrong letter in a word ("Phong Vin hoa", "Trung tdm"). A key of three words or
 * more matches when every word is equal or one edit away (words of three letters or more, not
 * numbers), at most one word in three differs, and only one entry matches.
 */
function fuzzyEntry(index: DirectoryIndex, key: string): number | null {
  const words = key.split(' ');
  const limit = Math.max(1, Math.floor(words.length / 3));
  const found = new Set<number>();
  for (const cand of index.fuzzyKeys.get(words.length) ?? []) {
    let off = 0;
    const fits = cand.words.every((w, i) => {
      const v = words[i] as string;
      if (w === v) return true;
      if (w.length < 3 || v.length < 3 || /\d/.test(w + v) || !oneEditApart(w, v)) return false;
      return ++off <= limit;
    });
    if (fits) found.add(cand.entry);
  }
  return found.size === 1 ? ([...found][0] as number) : null;
}

/** A word without its vowels: OCR damages vowels and keeps consonants ("vy"/"vu", "pheng"/"phong"). */
const skeleton = (w: string) => w.replace(/[aeiouy]/g, '');

/**
 * The OCR fallback, looser than fuzzyEntry: a word may differ in its vowels only or by one edit
 * whatever its length, up to half the words; the first word (the kind of unit) must keep its
 * consonants, and only one entry may match.
 */
function ocrEntry(index: DirectoryIndex, key: string): number | null {
  const words = key.split(' ');
  if (words.length < 2) return null;
  const found = new Set<number>();
  for (const cand of index.ocrKeys.get(words.length) ?? []) {
    let off = 0;
    const fits = cand.words.every((w, i) => {
      const v = words[i] as string;
      if (w === v) return true;
      if (/\d/.test(w + v)) return false;
      if (i === 0 && skeleton(w) !== skeleton(v)) return false;
      return (skeleton(w) === skeleton(v) || oneEditApart(w, v)) && ++off <= Math.ceil(words.length / 2);
    });
    if (fits) found.add(cand.entry);
  }
  return found.size === 1 ? ([...found][0] as number) : null;
}

/**
 * The directory's unit for a written phrase, accent- and case-insensitive, past abbreviations,
 * place words ("quận", "Quận 1", "thành phố ...") and a head's title ("Trưởng Phòng Nội vụ" ->
 * Phòng Nội vụ). Unknown phrases keep their written form (without bullet and role clause).
 */
export function resolveUnit(written: string, dir: UnitDirectory): ResolvedUnit {
  const index = indexOf(dir);
  const cleaned = clean(written);
  const cached = index.cache.get(cleaned);
  if (cached) return cached;
  const body = unitBody(cleaned);
  const keys = candidateKeys(unitWords(body, index.abbreviations));
  let entry: number | null = null;
  let fuzzy = false;
  for (const k of keys) {
    entry = index.byKey.get(k) ?? null;
    if (entry !== null) break;
  }
  if (entry === null) {
    for (const k of keys) {
      entry = fuzzyEntry(index, k);
      if (entry !== null) {
        fuzzy = true;
        break;
      }
    }
  }
  if (entry === null) {
    // Text read by OCR without a Vietnamese model ("Phong N¢i vu Qu¢n 7"): its slips folded and
    // a damaged place word read as one, then looked up again; what is printed stays as it is.
    const repaired = foldOcr(body)
      .replace(/(?<![a-z])qu[a-z]n(?=\s+\d+(?!\S)|\s*$)/g, 'quan')
      .replace(/(?<![a-z])c[a-z]?c(?![a-z])/g, 'cac')
      .replace(/(?<=(?:\d|cac)\s+)ph(?!ong(?![a-z]))[a-z]{1,4}ng(?![a-z])/g, 'phuong');
    for (const k of candidateKeys(unitWords(repaired, index.abbreviations))) {
      entry = index.byKey.get(k) ?? fuzzyEntry(index, k) ?? ocrEntry(index, k);
      if (entry !== null) break;
    }
    fuzzy = entry !== null;
  }
  const unit = entry === null ? undefined : dir.units[entry];
  const result: ResolvedUnit = unit
    ? { written: cleaned, canonical: unit.name, known: true, ...(unit.kind ? { kind: unit.kind } : {}), ...(fuzzy ? { fuzzy } : {}) }
    : { written: cleaned, canonical: body || cleaned, known: false };
  if (index.cache.size > 10000) index.cache.clear(); // bounded: phrases repeat, documents do not
  Object.freeze(result); // shared through the caches
  index.cache.set(cleaned, result);
  return result;
}

/** A list item's units: split into unit phrases, resolved, one per canonical name. */
export function resolveUnits(item: string, dir: UnitDirectory): ResolvedUnit[] {
  const cache = indexOf(dir).items;
  const cached = cache.get(item);
  if (cached) return cached.slice();
  const seen = new Set<string>();
  const out: ResolvedUnit[] = [];
  for (const phrase of splitUnitGroup(item)) {
    const r = resolveUnit(phrase, dir);
    if (seen.has(r.canonical)) continue;
    seen.add(r.canonical);
    out.push(r);
  }
  if (cache.size > 10000) cache.clear();
  cache.set(item, out);
  return out.slice();
}
