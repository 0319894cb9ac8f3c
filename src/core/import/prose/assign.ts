import { clean, foldOcr } from '../../text';
import { ASSIGN_VERB, CAC, COORDINATE, TASK_VERBS, UNIT_START } from './vocabulary';

/**
 * Who is assigned, read from a sentence the way an office reads it: "Giao X <verb> ...",
 * "Đề nghị X ...", "Yêu cầu X ...", "X chủ trì, phối hợp với Y ...", or a heading "X: ...".
 * The unit phrase ends where the task's verb begins; it is kept as printed.
 */

const VERB = new RegExp(`^(?:${TASK_VERBS.join('|')})(?![a-z])`);
const WORD_START = /(?<![a-z0-9])[a-z0-9]/g;
/** A unit phrase is a name, not a sentence: beyond this many words no verb was found in time. */
const MAX_UNIT_WORDS = 28;

export interface Assigned {
  /** The unit phrase as printed ("Phòng Nội vụ Quận 1", "các cơ quan, đơn vị"). */
  lead: string;
  /** Where the task's own words begin, after the unit phrase. */
  end: number;
  coordinators: string[];
  /** How the lead was found: an assigning verb, or the sentence's subject. */
  how: 'verb' | 'subject';
}

/** Where the unit phrase that starts at `from` ends: before the first task verb or at ":". */
export function unitEnd(text: string, f: string, from: number): number {
  WORD_START.lastIndex = from;
  let words = 0;
  let prev = '';
  for (let m = WORD_START.exec(f); m; m = WORD_START.exec(f)) {
    const p = m.index;
    const between = f.slice(from, p);
    if (/[:.;(]/.test(between.replace(/\b[a-z]{1,3}\.(?=\S)/g, ''))) {
      const stop = from + between.search(/[:.;(]/);
      return stop > from ? stop : -1;
    }
    if (++words > MAX_UNIT_WORDS) return -1;
    // A verb starts lower case; "Tổ chức", "Tiếp nhận" in capitals are inside a name.
    const lower = (text[p] ?? '') === (text[p] ?? '').toLowerCase();
    // "thị trấn khẩn trương": "trấn" ends a place's name, it opens no verb; "dự án đầu tư xây
    // dựng" is a noun in a board's name ("Ban Quản lý dự án đầu tư xây dựng khu vực ...").
    const inName = (prev === 'thi' && /^tran(?![a-z])/.test(f.slice(p, p + 5))) || /dau tu\s$/.test(f.slice(Math.max(0, p - 7), p));
    if (p > from && lower && !CAC.test(prev) && !inName && VERB.test(f.slice(p, p + 40))) return p;
    prev = f.slice(p, p + 4).split(/[^a-z]/)[0] ?? '';
  }
  return -1;
}

function trimPhrase(s: string): string {
  return clean(s.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, ''));
}

/** Units named after "phối hợp (với)" in the task's first sentence. */
export function coordinatorsOf(text: string, f: string, from: number): string[] {
  const sentenceEnd = f.slice(from).search(/\.(?:\s|$)/);
  const limit = sentenceEnd < 0 ? f.length : from + sentenceEnd;
  const out: string[] = [];
  COORDINATE.lastIndex = from;
  for (let m = COORDINATE.exec(f); m && m.index < limit; m = COORDINATE.exec(f)) {
    const start = m.index + m[0].length;
    if (!UNIT_START.test(f.slice(start, start + 30))) continue;
    let end = unitEnd(text, f, start);
    if (end < 0) end = limit;
    for (const u of splitUnits(text.slice(start, Math.min(end, limit)))) out.push(u);
  }
  return out;
}

/** The assignment a sentence opens with, or null when it names nobody. */
export function assignmentOf(text: string): Assigned | null {
  const f = foldOcr(text);
  const verb = ASSIGN_VERB.exec(f);
  let from = 0;
  let how: Assigned['how'] = 'subject';
  if (verb) {
    from = verb[0].length;
    how = 'verb';
    // "Giao cho ...", "Yêu cầu đồng chí ...": the unit follows.
    if (f.startsWith('cho ', from)) from += 4;
  }
  if (!UNIT_START.test(f.slice(from, from + 30))) return null;
  const end = unitEnd(text, f, from);
  if (end < 0) return null;
  const lead = trimPhrase(text.slice(from, end));
  if (lead === '') return null;
  return { lead, end, coordinators: coordinatorsOf(text, f, end), how };
}

/** A kind of unit named bare in a list after "các": "các sở, ban, ngành", "các xã, phường, thị trấn". */
const BARE_KIND = /^(?:xa|ph[a-z]{1,2}ng|thi tran|quan|huyen|thi xa|thanh pho|so|ban|nganh|doan the|dia phuong|don vi|co quan|tinh)$/;
/** "Văn phòng HĐND", "Văn phòng Đoàn ĐBQH": the office of a council, whose name goes on "và UBND ...". */
const OFFICE_OF_COUNCIL = /^v[a-z]{1,2}n ph[a-z]{1,2}ng\s+(?:hdnd|hoi dong nhan dan|doan dbqh|doan dai bieu quoc hoi)$/;

/** Titles carried from the first unit of a list to those that lack one. */
const TITLE = /^(th[a-z]{0,2} tr[a-z]{1,3}ng|ch[a-z]{0,2} tich|pho chu tich|giam doc|truong|chanh van phong|nguoi dung dau|lanh dao)\s+(?=c[a-z]?c\s)/;

/**
 * A lead phrase into one unit an item: "Thủ trưởng các phòng chuyên môn, các đơn vị sự nghiệp
 * công lập và Chủ tịch Ủy ban nhân dân 10 phường" gives three; the title of the first goes to
 * the items that start with "các". "các cơ quan, đơn vị" and "Phòng Văn hóa và Thông tin" stay
 * whole: a cut needs the next piece to start as a unit does.
 */
export function splitUnits(phrase: string): string[] {
  const text = trimPhrase(phrase);
  const f = foldOcr(text);
  if (/^dong chi\s/.test(f)) return text ? [text] : [];
  const cuts: { at: number; skip: number }[] = [];
  let depth = 0;
  for (let i = 0; i < f.length; i++) {
    const c = f[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    const sep = /^(?:\s*[,;]\s*(?:va\s+)?|\s+va\s+)/.exec(f.slice(i, i + 8));
    if (!sep || (c !== ',' && c !== ';' && c !== ' ')) continue;
    const rest = f.slice(i + sep[0].length);
    const since = f.slice(cuts.length > 0 ? (cuts[cuts.length - 1] as { at: number; skip: number }).at : 0, i);
    // "các sở, ban, ngành", "các xã, phường": kinds listed after one "các" make one unit.
    const sameKind = /(?:^|\s)c[a-z]?c\s/.test(since) && BARE_KIND.test(rest.split(/\s*[,;]\s*|\s+va\s+/)[0] ?? '');
    // "Văn phòng HĐND và UBND": an office serving both bodies is one unit.
    const office = /\s+va\s+/.test(sep[0]) && OFFICE_OF_COUNCIL.test(since.replace(/^[\s,;]+/, '').replace(/^va\s+/, ''));
    if (UNIT_START.test(rest) && !sameKind && !office) {
      cuts.push({ at: i, skip: sep[0].length });
      i += sep[0].length - 1;
    }
  }
  const items: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    items.push(text.slice(from, cut.at));
    from = cut.at + cut.skip;
  }
  items.push(text.slice(from));
  const clean_ = items.map(trimPhrase).filter((s) => s !== '');
  const title = TITLE.exec(foldOcr(clean_[0] ?? ''));
  if (!title) return clean_;
  const printed = (clean_[0] ?? '').slice(0, (title[1] ?? '').length);
  return clean_.map((u, i) => (i > 0 && CAC.test(foldOcr(u).split(' ')[0] ?? '') ? `${printed} ${u}` : u));
}
