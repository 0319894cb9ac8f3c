import { key } from '../text';
import { oneEditApart } from '../units/unit-key';

/** Progress, typed by a person from a list (contract, "Status conventions"). */
export const PROGRESS = ['Chưa thực hiện', 'Đang thực hiện', 'Hoàn thành', 'Tạm dừng'] as const;
export type Progress = (typeof PROGRESS)[number];

const [NOT_STARTED, IN_PROGRESS, DONE, PAUSED] = PROGRESS;

/**
 * Folded phrases people type, longest first wins. null marks phrases that must not be read as
 * any progress: "Chưa hoàn thành" may be not started or in progress; a timeliness word
 * ("Quá hạn") is not progress.
 */
const PHRASES: [string, Progress | null][] = [
  ['chua hoan thanh', null],
  ['khong hoan thanh', null],
  ['chua thuc hien', NOT_STARTED],
  ['chua trien khai', NOT_STARTED],
  ['chua bat dau', NOT_STARTED],
  ['chua lam', NOT_STARTED],
  ['not started', NOT_STARTED],
  ['to do', NOT_STARTED],
  ['todo', NOT_STARTED],
  ['dang thuc hien', IN_PROGRESS],
  ['dang trien khai', IN_PROGRESS],
  ['dang tien hanh', IN_PROGRESS],
  ['dang lam', IN_PROGRESS],
  ['dang xu ly', IN_PROGRESS],
  ['in progress', IN_PROGRESS],
  ['ongoing', IN_PROGRESS],
  ['on going', IN_PROGRESS],
  ['hoan thanh', DONE],
  ['da hoan thanh', DONE],
  ['hoan tat', DONE],
  ['da hoan tat', DONE],
  ['da thuc hien', DONE],
  ['da xong', DONE],
  ['xong', DONE],
  ['done', DONE],
  ['completed', DONE],
  ['complete', DONE],
  ['finished', DONE],
  ['tam dung', PAUSED],
  ['tam ngung', PAUSED],
  ['tam hoan', PAUSED],
  ['dung thuc hien', PAUSED],
  ['ngung thuc hien', PAUSED],
  ['paused', PAUSED],
  ['on hold', PAUSED],
  ['suspended', PAUSED],
];
PHRASES.sort((a, b) => b[0].length - a[0].length);

/** The four labels themselves (and "Đã hoàn thành"), for OCR's one-letter slips. */
const FUZZY: [string, Progress][] = [
  ['chua thuc hien', NOT_STARTED],
  ['dang thuc hien', IN_PROGRESS],
  ['hoan thanh', DONE],
  ['da hoan thanh', DONE],
  ['tam dung', PAUSED],
];

function normalise(written: string): string {
  return key(written.replace(/[ðÐ]/g, 'd')) // legacy-encoding Đ (U+00D0) as in "Ðang thực hiện"
    .replace(/[^\p{L}\p{N}%]+/gu, ' ')
    .trim();
}

/**
 * The progress a person typed, accent- and case-insensitive, with OCR and English variants
 * ("Done", "In progress"). A longer remark after the label is fine ("Hoàn thành đúng hạn",
 * "Đang thực hiện - 50%"). null when the text names no progress (or is ambiguous).
 */
export function parseProgress(written: string): Progress | null {
  const s = normalise(written);
  if (!s) return null;
  for (const [phrase, progress] of PHRASES) {
    if (s === phrase || s.startsWith(phrase + ' ')) return progress;
  }
  const words = s.split(' ');
  for (const [phrase, progress] of FUZZY) {
    const target = phrase.split(' ');
    const head = words.slice(0, target.length);
    if (head.length !== target.length) continue;
    let off = 0;
    const fits = target.every((w, i) => {
      const v = head[i] as string;
      if (v === w) return true;
      return w.length >= 3 && oneEditApart(v, w) && ++off <= 1;
    });
    if (fits) return progress;
  }
  return null;
}
