import { fold } from '../text';

/**
 * Matching keys for unit names. A key is folded words (no case, no diacritics) with
 * punctuation, "và" and "các" dropped and abbreviations expanded, so "VH-KH&TT",
 * "Văn hóa, Khoa học và Thông tin" and "Văn hóa - Khoa học và Thông tin" meet.
 */

// fold() normalises twice per call; per character that dominated resolve time, so remember it.
const FOLDED_CHARS = new Map<string, string>();

function foldChar(c: string): string {
  let f = FOLDED_CHARS.get(c);
  if (f === undefined) {
    const folded = fold(c);
    f = folded.length === 1 ? folded : c;
    FOLDED_CHARS.set(c, f);
  }
  return f;
}

/** Folds one character at a time so indexes in the result point into the original string. */
export function foldAligned(s: string): string {
  return s.replace(/[^a-z0-9 ]/g, foldChar);
}

/** True when one insertion, deletion or substitution turns a into b (or they are equal). OCR's usual damage. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const tailA = a.slice(i + 1);
  const tailB = b.slice(i + 1);
  return tailA === tailB || a.slice(i) === tailB || tailA === b.slice(i);
}

/** Folded abbreviation (words separated by one space) to its expansion. */
export type Abbreviations = ReadonlyMap<string, string[]>;

const BUILT_IN: Record<string, string> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  vp: 'van phong',
  tt: 'trung tam',
  cntt: 'cong nghe thong tin',
  ttcntt: 'trung tam cong nghe thong tin',
  nv: 'noi vu',
  'tc kh': 'tai chinh ke hoach',
  tckh: 'tai chinh ke hoach',
  'vh kh tt': 'van hoa khoa hoc thong tin',
  'vh khtt': 'van hoa khoa hoc thong tin',
  vhkhtt: 'van hoa khoa hoc thong tin',
  'vh tt': 'van hoa thong tin',
  vhtt: 'van hoa thong tin',
  'vh xh': 'van hoa xa hoi',
  vhxh: 'van hoa xa hoi',
  'gd dt': 'giao duc dao tao',
  gddt: 'giao duc dao tao',
  'tn mt': 'tai nguyen moi truong',
  tnmt: 'tai nguyen moi truong',
  'ld tb xh': 'lao dong thuong binh xa hoi',
  'ld tbxh': 'lao dong thuong binh xa hoi',
  ldtbxh: 'lao dong thuong binh xa hoi',
  qldt: 'quan ly do thi',
  mttq: 'mat tran to quoc',
  mttqvn: 'mat tran to quoc viet nam',
  'ct xh': 'chinh tri xa hoi',
  ctxh: 'chinh tri xa hoi',
  bcd: 'ban chi dao',
  cchc: 'cai cach hanh chinh',
  cbccvc: 'can bo cong chuc vien chuc',
  tthc: 'thu tuc hanh chinh',
  vpdkdd: 'van phong dang ky dat dai',
  kbnn: 'kho bac nha nuoc',
  ldld: 'lien doan lao dong',
  tncs: 'thanh nien cong san',
};

/** Built-in abbreviations plus the directory's own (which win). */
export function abbreviationTable(extra?: Record<string, string>): Abbreviations {
  const table = new Map<string, string[]>();
  const add = (k: string, v: string) => {
    const from = words(k).join(' ');
    if (from) table.set(from, words(v));
  };
  for (const [k, v] of Object.entries(BUILT_IN)) add(k, v);
  for (const [k, v] of Object.entries(extra ?? {})) add(k, v);
  return table;
}

export const BUILT_IN_ABBREVIATIONS: Abbreviations = abbreviationTable();

/**
 * Parenthesised asides removed, as /\([^)]*\)/g does, but only up to the last ")": past it the
 * regex would scan to the end again from every "(" of a long run.
 */
function withoutAsides(s: string): string {
  const last = s.lastIndexOf(')');
  return last < 0 ? s : s.slice(0, last + 1).replace(/\([^)]*\)/g, ' ') + s.slice(last + 1);
}

/** Folded words, parenthesised asides ("(tổng hợp)", "(UBND)") removed. */
function words(s: string): string[] {
  return withoutAsides(foldAligned(s))
    .replace(/&/g, ' va ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** Per table: the most words in one abbreviation, and the words an abbreviation can start with. */
const SHAPES = new WeakMap<Abbreviations, { longest: number; firsts: Set<string> }>();
function shapeOf(table: Abbreviations): { longest: number; firsts: Set<string> } {
  let shape = SHAPES.get(table);
  if (!shape) {
    shape = { longest: 1, firsts: new Set() };
    for (const k of table.keys()) {
      const ws = k.split(' ');
      shape.longest = Math.max(shape.longest, ws.length);
      shape.firsts.add(ws[0] as string);
    }
    SHAPES.set(table, shape);
  }
  return shape;
}

const DROPPED = new Set(['va', 'nhung']);
const PLURAL_PLACES = new Set(['phuong', 'xa']);

/** The key as words. "10 phường" and "các phường" both become "cac phuong" (a group, not a place). */
export function unitWords(s: string, abbreviations: Abbreviations = BUILT_IN_ABBREVIATIONS): string[] {
  const raw = words(s).filter((w) => !DROPPED.has(w));
  const expanded: string[] = [];
  const { longest, firsts } = shapeOf(abbreviations);
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    const max = firsts.has(raw[i] as string) ? Math.min(longest, raw.length - i) : 0;
    for (let n = max; n >= 1 && !matched; n--) {
      const exp = abbreviations.get(raw.slice(i, i + n).join(' '));
      if (exp) {
        expanded.push(...exp);
        i += n;
        matched = true;
      }
    }
    if (matched) continue;
    const w = raw[i] as string;
    const place = /^([qp])(\d+)$/.exec(w); // "Q1", "P.5" written tight
    if (place) expanded.push(place[1] === 'q' ? 'quan' : 'phuong', place[2] as string);
    else expanded.push(w);
    i++;
  }
  const out: string[] = [];
  expanded.forEach((w, i) => {
    const next = expanded[i + 1];
    const plural = (w === 'cac' || /^\d+$/.test(w)) && next !== undefined && PLURAL_PLACES.has(next);
    if (plural) out.push('cac');
    else if (w !== 'cac' && w !== out[out.length - 1]) out.push(w); // OCR doubles words ("va va")
  });
  return out;
}

export function unitKey(s: string, abbreviations?: Abbreviations): string {
  return unitWords(s, abbreviations).join(' ');
}

/* ---------- Candidate keys: the phrase without a head's title or place words ---------- */

const TITLES = [
  'pho chu tich', 'chu tich', 'pho giam doc', 'giam doc', 'pho chanh', 'chanh', 'pho thu truong',
  'thu truong', 'pho truong', 'truong', 'pho bi thu', 'bi thu', 'hieu truong', 'chi huy truong',
  'chi cuc truong', 'lanh dao', 'dong chi',
].map((t) => t.split(' '));

function startsWith(ws: readonly string[], prefix: readonly string[], at = 0): boolean {
  return prefix.length > 0 && prefix.every((p, i) => ws[at + i] === p);
}

/** "Trưởng Phòng Nội vụ" -> "Phòng Nội vụ"; "Chánh Văn phòng" -> "Văn phòng"; null when no title. */
export function withoutTitle(ws: readonly string[]): string[] | null {
  const t = TITLES.find((title) => startsWith(ws, title) && ws.length > title.length);
  return t ? ws.slice(t.length) : null;
}

/** True when the words are nothing but a head's title ("Chủ tịch"). */
export function isBareTitle(ws: readonly string[]): boolean {
  return TITLES.some((t) => t.length === ws.length && startsWith(ws, t));
}

const PLACE_WORDS = ['quan', 'huyen', 'thi xa', 'thanh pho', 'tp', 'tinh', 'phuong', 'xa', 'thi tran', 'dac khu'].map(
  (p) => p.split(' '),
);
const PLACE_LEADS = ['tren dia ban', 'thuoc', 'cua', 'tai'].map((p) => p.split(' '));
/** OCR's "quén", "qudn", "phudng" fold to these; "phong" (office) is not a place. */
const OCR_PLACE = /^(qu[a-z]n|ph[a-z]{1,2}ng)$/;

function placeWordAt(ws: readonly string[], i: number): number {
  const p = PLACE_WORDS.find((pw) => startsWith(ws, pw, i));
  if (p) return p.length;
  const w = ws[i];
  return w !== undefined && w !== 'phong' && OCR_PLACE.test(w) ? 1 : 0;
}

/**
 * The phrase cut before each trailing place ("quận", "Quận 1", "thành phố Thủ Đức",
 * "quận, huyện, thành phố Thủ Đức"), the shortest cut first. A place name is at most three words.
 */
export function withoutPlaces(ws: readonly string[]): string[][] {
  const cuts: string[][] = [];
  let nextPlace = ws.length;
  for (let i = ws.length - 1; i >= 1; i--) {
    const len = placeWordAt(ws, i);
    if (len === 0 || ws[i - 1] === 'cac') continue; // "các phường" is a group, not a place
    if (nextPlace - (i + len) > 3) break;
    cuts.push(ws.slice(0, i));
    // "thuộc quận", "của phường": the lead word goes too, as a second try ("Một cửa phường" keeps "cửa").
    const lead = PLACE_LEADS.find((l) => i - l.length >= 1 && startsWith(ws, l, i - l.length));
    if (lead) cuts.push(ws.slice(0, i - lead.length));
    nextPlace = i;
  }
  return cuts;
}

/** Keys to look up, most literal first; the first one the directory knows wins. */
export function candidateKeys(ws: readonly string[]): string[] {
  const out: string[] = [];
  const push = (c: readonly string[]) => {
    const k = c.join(' ');
    if (k && !out.includes(k)) out.push(k);
  };
  const expand = (c: readonly string[]) => {
    push(c);
    for (const cut of withoutPlaces(c)) push(cut);
    if (c.length > 1 && /^\d+$/.test(c[c.length - 1] as string)) push(c.slice(0, -1)); // "Quận Đoàn 1"
  };
  expand(ws);
  const untitled = withoutTitle(ws);
  if (untitled) expand(untitled);
  return out;
}
