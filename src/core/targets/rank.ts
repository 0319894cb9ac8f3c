/**
 * Rank targets: "nằm trong nhóm 05 đơn vị dẫn đầu", "top 10", "xếp hạng thứ 3 trở lên".
 * A rank of N or better is read as at most N, unit "hạng", lower is better.
 */
import { fold } from '../text';
import { RANK_PATTERNS } from './vocabulary';

export interface RankHit {
  start: number;
  numStart: number;
  numEnd: number;
  end: number;
  value: number;
}

/** Runs on the folded text; fold keeps NFC text's length, so positions are the source's. */
const RANK_WORD = /nhóm|nhom|top|xếp|xep/i;

export function findRanks(src: string): RankHit[] {
  if (!RANK_WORD.test(src)) return [];
  const folded = fold(src);
  if (folded.length !== src.length) return [];
  const out: RankHit[] = [];
  for (const re of RANK_PATTERNS) {
    const withIndices = new RegExp(re.source, 'gd');
    for (const m of folded.matchAll(withIndices)) {
      const span = m.indices?.[1];
      const start = m.index ?? 0;
      if (!span || out.some((r) => start < r.end && r.start < start + m[0].length)) continue;
      out.push({ start, numStart: span[0], numEnd: span[1], end: start + m[0].length, value: Number(m[1]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
