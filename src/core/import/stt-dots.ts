import { warning } from '../../i18n/coded';
import type { Warning } from '../model';

/**
 * OCR drops the dot of a small STT ("11" for "1.1"). A number is given its dot back only when
 * the section's own numbering proves it: in section S, the k-th task numbered "S.k" everywhere
 * else, and this task's digits are S followed by exactly its position k ("11" as the first task
 * of section 1, "110" as the tenth). A dotted number ("1.10") is never touched, nor a section
 * whose tasks are numbered plainly. Each repair is reported.
 */
export function restoreLostDots(
  drafts: { stt: string; section: string; page?: number; row?: number }[],
  warn: (w: Warning, index: number) => void,
): void {
  const bySection = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (!/^\d+$/.test(d.section)) return;
    const list = bySection.get(d.section) ?? [];
    list.push(i);
    bySection.set(d.section, list);
  });
  for (const [section, indexes] of bySection) {
    const stts = indexes.map((i) => (drafts[i] as { stt: string }).stt.replace(/\.$/, ''));
    // The section is numbered S.1, S.2, ... in order: every dotted number sits at its position,
    // and there is at least one of them.
    const dotted = stts.map((s, k) => s === `${section}.${k + 1}`);
    if (!dotted.some(Boolean)) continue;
    if (stts.some((s, k) => s.includes('.') && !dotted[k])) continue;
    stts.forEach((s, k) => {
      const want = `${section}.${k + 1}`;
      if (dotted[k] || s !== want.replace('.', '')) return;
      const i = indexes[k] as number;
      const d = drafts[i] as { stt: string; page?: number; row?: number };
      const w = warning('ocr-stt-dot-restored', { from: d.stt, to: want });
      if (d.page !== undefined) w.page = d.page;
      if (d.row !== undefined) w.row = d.row;
      d.stt = want;
      warn(w, i);
    });
  }
}
