/**
 * Text primitives shared by every stage. Input is made NFC once where it enters (readers);
 * comparisons go through `fold`, which removes case and diacritics so "Thời hạn", "THOI HAN"
 * and OCR's "thoi han" meet.
 */

/**
 * Characters outside the ranges NFC never changes: Latin up to U+02FF, Vietnamese's precomposed
 * letters (U+1E00..U+1EFF) and common punctuation (U+2010..U+20CF) are NFC-stable and never
 * compose with what precedes them. Anything else may change (combining marks from a decomposed
 * keyboard, but also singletons such as U+212B or CJK compatibility ideographs), so it is normalised.
 */
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u1e00-\u1eff\u2010-\u20cf]/;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/**
 * Control characters (C0 but whitespace, DEL, C1) and the noncharacters U+FFFE/U+FFFF: nothing
 * in a plan means them, XML 1.0 cannot hold them (a workbook with one does not open), and the
 * core uses U+0000 as an internal marker. Lone surrogates (half an emoji, from broken UTF-16)
 * become U+FFFD, as a UTF-8 decoder does with broken bytes.
 */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/**
 * True when `clean` would give `s` back unchanged: no whitespace but single inner spaces, nothing
 * invisible, nothing NFC could change (Latin, Vietnamese letters and common punctuation only).
 * One pass over char codes without allocating: most lines are clean already, and the regex
 * replace below copies every string it is given.
 */
function isClean(s: string): boolean {
  let prevSpace = true; // a leading space is trimmed
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c < 0x7f) {
      if (c < 32) return false; // whitespace or a control character
    } else if (c < 0x300) {
      if (c <= 0x9f || c === 0xa0 || c === 0xad) return false;
    } else if (!((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2010 && c <= 0x20cf && c !== 0x2028 && c !== 0x2029 && c !== 0x202f && c !== 0x205f && c !== 0x2060))) {
      return false;
    }
  }
  return !prevSpace || s.length === 0; // a trailing space is trimmed
}

/**
 * NFC, NBSP and other Unicode spaces to a plain space, runs of whitespace collapsed, trimmed;
 * invisible and control characters removed.
 */
export function clean(s: string): string {
  if (isClean(s)) return s;
  // Normalising and stripping cost a scan each; most text needs neither, so test first.
  // Invisible characters go first: one between a letter and its mark would otherwise keep them apart.
  INVISIBLE.lastIndex = 0;
  let t = INVISIBLE.test(s) ? s.replace(INVISIBLE, '') : s;
  t = t.replace(CONTROL, '').replace(LONE_SURROGATE, '\ufffd');
  if (MAY_CHANGE_UNDER_NFC.test(t)) t = t.normalize('NFC');
  return t.replace(SPACES, ' ').trim();
}

/** Folded form of each character below U+2000 (Latin, Vietnamese, combining marks); built once. */
const FOLD_TABLE: string[] = (() => {
  const t: string[] = [];
  for (let c = 0; c < 0x2000; c++) {
    const ch = String.fromCharCode(c);
    t.push(ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase());
  }
  return t;
})();

/**
 * The folded UTF-16 unit of each unit below U+2000 that folds to exactly one unit; -1 for those
 * that fold to none (combining marks) or several (some Indic and Arabic letters).
 */
const FOLD_UNIT: Int32Array = (() => {
  const t = new Int32Array(0x2000);
  for (let c = 0; c < 0x2000; c++) {
    const f = FOLD_TABLE[c] as string;
    t[c] = f.length === 1 ? f.charCodeAt(0) : -1;
  }
  return t;
})();

/** Units from U+2000 up, lower-cased one by one as `fold` reads them: 0 until first met, -1 if several. */
const HIGH_UNIT = new Int32Array(0x10000 - 0x2000);

function foldUnit(c: number): number {
  if (c < 0x2000) return FOLD_UNIT[c] as number;
  let f = HIGH_UNIT[c - 0x2000] as number;
  if (f === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    f = l.length === 1 ? l.charCodeAt(0) : -1;
    HIGH_UNIT[c - 0x2000] = f;
  }
  return f;
}

/** Reused between calls: folded text is written here unit by unit, then made a string once. */
let foldBuffer = new Uint16Array(256);

/**
 * Lower case without diacritics; đ/Đ folded by hand because NFD does not decompose them.
 * Punctuation and digits stay, so regexes work on the result. Precomposed (NFC) letters fold to
 * one character each, so positions in NFC text and in its fold agree. Table-driven: this runs on
 * every cell of every document, and nearly every Vietnamese word changes, so the result is
 * written unit by unit into a buffer rather than concatenated piece by piece.
 */
export function fold(s: string): string {
  const n = s.length;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) continue;
    if (foldUnit(c) !== c) break;
  }
  if (i === n) return s;
  if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
  const buf = foldBuffer;
  for (let k = 0; k < i; k++) buf[k] = s.charCodeAt(k);
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) {
      buf[i] = c;
      continue;
    }
    const f = foldUnit(c);
    if (f < 0) return foldByPieces(s); // a unit that folds to none or several: positions shift
    buf[i] = f;
  }
  let out = '';
  for (let k = 0; k < n; k += 4096) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + 4096)) as unknown as number[]);
  return out;
}

/**
 * A test of whether `fold(s)` contains one of `words`, made once for a word list and run on
 * every line of a document (are any of a watermark's words in it?), mostly to say no: one pass
 * over the line's units, without making `fold(s)`.
 */
export function foldedFinder(words: readonly string[]): (s: string) => boolean {
  const list = words.filter((w) => w !== '');
  if (list.length < words.length) return () => true; // "" is in every string
  // Words by their last unit: a word can only end where the folded line has that unit.
  const byLast = new Map<number, string[]>();
  for (const w of list) {
    const last = w.charCodeAt(w.length - 1);
    const ws = byLast.get(last);
    if (ws) ws.push(w);
    else byLast.set(last, [w]);
  }
  return (s: string): boolean => {
    const n = s.length;
    if (foldBuffer.length < n) foldBuffer = new Uint16Array(Math.max(n, foldBuffer.length * 2));
    const buf = foldBuffer;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      const f = c < 0x41 || (c > 0x5a && c < 0x80) ? c : foldUnit(c);
      if (f < 0) {
        const folded = foldByPieces(s);
        return list.some((w) => folded.includes(w));
      }
      buf[i] = f;
      const ending = byLast.get(f);
      if (ending === undefined) continue;
      for (const w of ending) {
        const m = w.length;
        if (m > i + 1) continue;
        let k = 2;
        while (k <= m && buf[i + 1 - k] === w.charCodeAt(m - k)) k++;
        if (k > m) return true;
      }
    }
    return false;
  };
}

/** `fold` for text holding units that fold to none or several. */
function foldByPieces(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x41 || (c > 0x5a && c < 0x80)) continue;
    const f = c < 0x2000 ? (FOLD_TABLE[c] as string) : s[i]!.toLowerCase();
    if (f.length === 1 && f.charCodeAt(0) === c) continue;
    out += s.slice(from, i) + f;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** `fold` plus `clean`: the key for accent- and case-insensitive matching of phrases. */
export function key(s: string): string {
  return fold(clean(s));
}

/** True when the string holds no letter or digit (empty cells, lone dashes, dots). */
export function isBlank(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

const ROMAN = /^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

/** Roman numeral to number (I..MMMCMXCIX), or null. Upper case only: "i" is not a numeral in STT. */
export function romanToInt(s: string): number | null {
  if (!ROMAN.test(s)) return null;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i] as string] ?? 0;
    const next = v[s[i + 1] as string] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

/** Parses "95,5", "95.5", "1.000" (thousands) and "1,5" the Vietnamese way; null when not a number. */
export function parseVietnameseNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s+/g, '');
  if (!/^[+-]?\d[\d.,]*$/.test(s)) return null;
  // "1.000.000" or "1.000" with groups of three after dots: thousands separators.
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^[+-]?\d{1,3}(\.\d{3})+,\d+$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (/^[+-]?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return Number(s);
  return null;
}

/** Excel's limit for the characters in one cell (ECMA-376 / Excel specifications). */
export const EXCEL_CELL_LIMIT = 32767;

/**
 * `fold` and then the slips an OCR engine without a Vietnamese model makes inside words, for
 * recognising structure only (headings, "Giao", "Đề nghị", unit names), never for text kept:
 * "N¢i" -> "noi", "K&" -> "ke", "t6" -> "to", "v1" -> "vi", "sO" -> "so". One character for one,
 * so positions in the result still point into the text as read.
 */
export function foldOcr(s: string): string {
  const known = OCR_FOLDED.get(s);
  if (known !== undefined) return known;
  const out = fold(s).replace(OCR_SLIPS, (m) => (m.length === 2 ? m.charAt(0) + (OCR_LETTER[m.charAt(1)] ?? m.charAt(1)) : (OCR_LETTER[m] ?? m)));
  // The structure readers ask again for the paragraph they are looking at: remember a few.
  if (OCR_FOLDED.size > 512) OCR_FOLDED.clear();
  OCR_FOLDED.set(s, out);
  return out;
}

const OCR_FOLDED = new Map<string, string>();
/**
 * Symbols read for letters anywhere; after a letter: "&" before a space ("V&"), 6, 0, 1 not in a
 * number, and the hook of ư/ơ read as an apostrophe ("tu’", "Tu’ phap"). No look-behind: this
 * runs on every paragraph, and a look-behind at every position measured slow.
 */
const OCR_SLIPS = /[¢©°€£|]|[a-z](?:[601](?!\d)|&(?= )|[’'](?=\s))/g;
const OCR_LETTER: Record<string, string> = { '¢': 'o', '©': 'o', '°': 'o', '€': 'e', '£': 'e', '|': 'l', '&': 'e', '6': 'o', '0': 'o', '1': 'i', '’': 'u', "'": 'u' };
