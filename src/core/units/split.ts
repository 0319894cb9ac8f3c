import { clean, isBlank } from '../text';
import { foldAligned, oneEditApart } from './unit-key';

/**
 * Lead and coordinator cells hold phrases, not names: "Thủ trưởng cơ quan, đơn vị; Chủ tịch
 * UBND 10 phường", "Mặt trận ... quận cùng tham gia tuyên truyền và giám sát". These functions
 * cut a phrase into unit phrases and take the role clause off each.
 */

const BULLET = /^(?:[-+•*–—]\s*)+/;
// The look-behind starts a match only where a run begins: without it the engine scans a long
// run (";;;;... x") again from each of its characters.
const TRAILING_PUNCT = /(?<![\s;.,:])[\s;.,:]+$/;
/** Verbs before the unit ("Mời Ban Tuyên giáo ...", "Giao Phòng Nội vụ:"), folded. */
const LEADING_VERB = /^(?:moi|giao|de nghi)\s+/;

/**
 * What follows the unit and says what it does, folded: "cùng tham gia tuyên truyền và giám sát",
 * "tham gia tuyên truyền", "và các cơ quan liên quan", "có liên quan".
 */
const ROLE_CLAUSE =
  /\s+(?:cung\s+(?:tham gia|giam sat|phoi hop|thuc hien|theo doi)|tham gia\s+(?:tuyen truyen|giam sat|phoi hop|thuc hien)|phoi hop\s+thuc hien|va\s+(?:cac\s+)?(?:co quan|don vi)(?:\s*,\s*(?:cac\s+)?don vi)?(?:\s+co)?\s+lien quan|co\s+lien quan)(?=$|[\s,.;])/;

function trimEdges(s: string): string {
  return s.replace(BULLET, '').replace(TRAILING_PUNCT, '').trim();
}

/**
 * The unit phrase without its bullet, leading verb, role clause and trailing punctuation:
 * "- Mặt trận Tổ quốc Việt Nam ... quận cùng tham gia tuyên truyền và giám sát." ->
 * "Mặt trận Tổ quốc Việt Nam ... quận". Place words stay (resolveUnit looks past them).
 */
export function unitBody(written: string): string {
  let s = trimEdges(clean(written));
  let folded = foldAligned(s); // same length as s: cut both alike
  const verb = LEADING_VERB.exec(folded);
  if (verb && verb[0].length < s.length) [s, folded] = [s.slice(verb[0].length), folded.slice(verb[0].length)];
  const role = ROLE_CLAUSE.exec(folded);
  if (role && role.index > 0) s = s.slice(0, role.index);
  return trimEdges(s);
}

/** Words that start a unit phrase after a comma ("..., Chủ tịch UBND 10 phường"). */
const UNIT_STARTS = [
  'chủ tịch', 'phó chủ tịch', 'trưởng', 'phó trưởng', 'giám đốc', 'chánh', 'thủ trưởng', 'bí thư',
  'hiệu trưởng', 'lãnh đạo', 'ban', 'phòng', 'văn phòng', 'trung tâm', 'ủy ban', 'ubnd', 'công an',
  'thanh tra', 'chi cục', 'chi nhánh', 'mặt trận', 'hội', 'liên đoàn', 'kho bạc', 'bệnh viện',
  'quận đoàn', 'phường đoàn', 'đoàn',
];
const UNIT_STARTS_FOLDED = UNIT_STARTS.map(foldAligned);
const TITLES_ONLY = /^(?:pho\s+)?(?:chu tich|giam doc|chanh|truong|thu truong|bi thu)$/;
/** A generic lead-in before a list: "Thủ trưởng các cơ quan: Văn phòng UBND; Kho bạc ...". */
const GENERIC_PREFIX = /^(?:thu truong|lanh dao|cac|gom|bao gom)\b[^:;]{0,40}:\s*/;
const CONNECTOR = /\s+phoi hop voi\s+/g;
const GLUED_BULLET = /\.\s*[-+]\s+/y;

function startsWith(text: string, words: string): boolean {
  return text === words || text.startsWith(words + ' ');
}

/** Accent-sensitive ("Bản tin" is not "Ban"), except for text OCR left without any accents. */
function startsUnit(original: string): boolean {
  const first = original.charAt(0);
  if (first === '' || first === first.toLowerCase()) return false; // "sở, ban, ngành" stays one
  const head = original.slice(0, 24); // longer than any start word
  const lower = head.toLowerCase();
  const folded = foldAligned(head);
  const headWords = lower.split(' ');
  return UNIT_STARTS.some((w, i) => {
    if (startsWith(lower, w)) return true;
    const f = UNIT_STARTS_FOLDED[i] as string;
    if (startsWith(folded, f) && lower.slice(0, f.length) === f) return true;
    // OCR without accents and one letter off in one word: "Trung tim Cong nghe".
    const fw = f.split(' ');
    if (fw.length < 2) return false;
    let off = 0;
    return fw.every((x, k) => {
      const y = headWords[k];
      if (y === x) return true;
      return y !== undefined && y === foldAligned(y) && x.length >= 3 && oneEditApart(x, y) && ++off <= 1;
    });
  });
}

/**
 * Cuts one list item into unit phrases at ";", at a bullet glued after a full stop (".- "),
 * at "phối hợp với", and at a comma followed by a capitalised unit word. Never inside
 * parentheses or inside names such as "Phòng Tài chính - Kế hoạch" or "Văn hóa, Khoa học và
 * Thông tin". Each phrase comes back as written, without bullet and trailing punctuation; role
 * clauses stay (resolveUnit removes them).
 */
export function splitUnitGroup(item: string): string[] {
  let s = trimEdges(clean(item));
  let folded = foldAligned(s); // same length as s: cut both alike
  for (const lead of [LEADING_VERB, GENERIC_PREFIX]) {
    const m = lead.exec(folded);
    if (m && m[0].length < s.length) [s, folded] = [s.slice(m[0].length), folded.slice(m[0].length)];
  }

  const cuts: { at: number; skip: number }[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (c === ';') cuts.push({ at: i, skip: 1 });
    else if (c === '.') {
      GLUED_BULLET.lastIndex = i;
      const glued = GLUED_BULLET.exec(s);
      if (glued) cuts.push({ at: i, skip: glued[0].length });
    } else if (c === ',') {
      const rest = s.slice(i + 1).trimStart();
      const left = folded.slice(0, i).trim();
      const lastCut = cuts[cuts.length - 1];
      const piece = folded.slice(lastCut ? lastCut.at + lastCut.skip : 0, i).trim();
      if (left && !TITLES_ONLY.test(piece) && startsUnit(rest)) {
        cuts.push({ at: i, skip: 1 });
      }
    }
  }
  for (const m of folded.matchAll(CONNECTOR)) cuts.push({ at: m.index, skip: m[0].length });
  cuts.sort((a, b) => a.at - b.at);

  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.at < from) continue;
    pieces.push(s.slice(from, cut.at));
    from = cut.at + cut.skip;
  }
  pieces.push(s.slice(from));
  return pieces.map(trimEdges).filter((p) => !isBlank(p));
}
