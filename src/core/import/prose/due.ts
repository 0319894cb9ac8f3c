import { foldOcr } from '../../text';
import { DUE_INLINE, DUE_SENTENCE } from './vocabulary';

/** Recurring times inside a sentence: "định kỳ hằng tháng", "hằng quý". */
const RECURRING = /(?:dinh\s+ky\s+)?h[a-z]ng\s+(?:thang|quy|nam|tuan)(?![a-z])/;

/**
 * The words of a task that say when it is due, as printed: the sentence "Thời gian thực hiện
 * ..." / "Thời hạn hoàn thành: ..." when there is one, else the clause with "trước ngày ...",
 * "trong quý ...", "hằng quý". The dates of documents a task cites are not in these clauses;
 * the deadline reader masks those that are.
 */
export function dueTextOf(text: string): string {
  const f = foldOcr(text);
  const s = DUE_SENTENCE.exec(f);
  if (s) return clause(text, f, s.index, /[.;](?:\s|$)/);
  const inline = DUE_INLINE.exec(f) ?? RECURRING.exec(f);
  if (inline) return clause(text, f, inline.index, /[.;,(](?:\s|$)|\s\(/);
  return '';
}

function clause(text: string, f: string, from: number, end: RegExp): string {
  const rest = f.slice(from);
  // "Thời gian ... tháng 9\nnăm 2023." may carry a year after a line break: ends at the full stop.
  const stop = rest.search(end);
  return text.slice(from, stop < 0 ? text.length : from + stop).trim();
}
