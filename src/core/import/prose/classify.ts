import { foldOcr } from '../../text';
import { assignmentOf } from './assign';
import { ASSIGN_VERB, CLOSING, DEAR, DISTRIBUTION, DUE_INLINE, DUE_SENTENCE, LAST_SENTENCE, OPENS_BODY, SIGNATURE, UNIT_START } from './vocabulary';

/**
 * What a paragraph is, before tasks are made of it. Only `task`-like kinds can become tasks;
 * the rest (contract "Documents in prose") never do.
 */
export type NumberedKind =
  /** "2.1. Về chỉ tiêu ...", "3. Công tác tuyên truyền": a topic heading. */
  | { kind: 'topic' }
  /** "1. Thủ trưởng các phòng ...", "1. Giao Phòng Quản lý đô thị:": a unit heading, tasks below. */
  | { kind: 'unit'; unit: string }
  /** "1. Phòng Nội vụ: chủ trì ...": unit and first task on one line. */
  | { kind: 'unit-task'; unit: string; task: string }
  /** "4. Các phường chưa gửi báo cáo ...": the item is itself a task. */
  | { kind: 'task' };

const TOPIC = /^v[eo]\s/;
/** Two words and more in capitals, then a sentence: a part's title with its text run on. */
const CAPS_TITLE = /^(?:[\p{Lu}\d,-]+\s+){2,}(?=\p{Lu}\p{Ll})/u;
/**
 * How an item that states opens: an account ("Đến ngày ...", "Tính đến ...", "Từ đầu năm ...",
 * "Kết quả ...", "Thời gian qua ..."), contact details ("Thông tin chi tiết ..."), or when an event
 * takes place ("Thời gian ra quân: ...", "Thời gian: ...").
 */
const STATES = /^(?:den\s+ng[a-z]y|tinh\s+den|tu\s+dau|ket\s+qua|thong\s+tin|nhin\s+chung|(?:trong\s+)?th[a-z]{1,2}i\s+gian\s+qua|th[a-z]{1,2}i\s+g[a-z]{1,2}n\b[^:.;]{0,30}:)/;
const ENDS_SENTENCE = /[.;!?][”"')]*$/;

export function isDistribution(f: string): boolean {
  return DISTRIBUTION.test(f);
}
export function isSignature(f: string): boolean {
  return SIGNATURE.test(f);
}
export function isDear(f: string): boolean {
  return DEAR.test(f);
}
export function opensBody(f: string): boolean {
  return OPENS_BODY.test(f);
}
/** A closing formula, or an undashed last sentence ending "./.". */
export function isClosing(text: string, f: string): boolean {
  return CLOSING.some((re) => re.test(f)) || LAST_SENTENCE.test(text);
}
/** A paragraph that says only when: "- Thời gian thực hiện: trong quý IV năm 2025." */
export function isTimeOnly(f: string): boolean {
  const m = DUE_SENTENCE.exec(f);
  if (m !== null && m.index === 0 && f.split(/\s+/).length <= 16) return true;
  // "- Trong tháng 9 năm 2024.", "- Trước ngày 15/10/2024.": a time and nothing to do.
  const i = DUE_INLINE.exec(f);
  return i !== null && i.index === 0 && f.split(/\s+/).length <= 10 && /\d/.test(f);
}

export function classifyNumbered(text: string): NumberedKind {
  const f = foldOcr(text);
  if (TOPIC.test(f)) return { kind: 'topic' };
  const colon = text.indexOf(':');
  const head = ASSIGN_VERB.exec(f);
  const from = head ? head[0].length : 0;
  if (colon > 0 && colon < 260 && UNIT_START.test(f.slice(from, from + 30))) {
    const left = text.slice(from, colon);
    const right = text.slice(colon + 1).trim();
    // "... sau đây ..., như sau:" opens a list of units, it is none itself.
    if (opensBody(f.slice(0, colon + 1))) return { kind: 'topic' };
    // "N. Giao <unit>:" with nothing after: a unit heading, whatever words its name holds.
    if (right === '') return { kind: 'unit', unit: left.trim() };
    const a = assignmentOf(text);
    // "X chủ trì, phối hợp ...: ..." has its verb before the colon: a sentence, not a heading.
    if (!a || a.end >= colon) {
      return { kind: 'unit-task', unit: left.trim(), task: right };
    }
  }
  if (opensBody(f)) return { kind: 'topic' };
  const a = assignmentOf(text);
  if (a) return { kind: 'task' };
  if (!ENDS_SENTENCE.test(text) && UNIT_START.test(f.slice(from, from + 30))) return { kind: 'unit', unit: text.slice(from).replace(/[:\s]+$/, '') };
  if (!ENDS_SENTENCE.test(text) && text.split(/\s+/).length <= 40) return { kind: 'topic' };
  // "I. TÌNH HÌNH DỊCH BỆNH Từ đầu năm ...": a part's title in capitals and its account.
  if (CAPS_TITLE.test(text)) return { kind: 'topic' };
  // An item that opens as an account or a notice states ("Đến ngày 15/3, có ...", "Thông tin chi tiết liên hệ ...", "Thời gian ra quân: ...")
  // is an account or a notice, never a task (contract "Documents in prose").
  if (STATES.test(f)) return { kind: 'topic' };
  return { kind: 'task' };
}
