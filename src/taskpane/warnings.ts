/**
 * Warnings grouped the way the preview explains them: what was merged, removed or guessed, and
 * what the user should check. Codes are the core's stable ones (see the tests of src/core);
 * a code not listed here falls into "other" rather than disappearing.
 */
import type { Warning } from '../core/model';

export type WarningKind = 'merged' | 'removed' | 'guessed' | 'check' | 'other';

export const KIND_ORDER: readonly WarningKind[] = ['check', 'guessed', 'merged', 'removed', 'other'];

const KIND_OF: Record<string, WarningKind> = {
  'continuation-merged': 'merged',
  'watermark-removed': 'removed',
  'chi-tieu-junk-skipped': 'removed',
  'orphan-continuation': 'removed',
  'year-inferred': 'guessed',
  'year-unknown': 'guessed',
  'format-sniffed': 'guessed',
  'encoding-guessed': 'guessed',
  'column-not-recognised': 'guessed',
  'ragged-row': 'guessed',
  'delimited-quotes': 'guessed',
  'docx-numbering-unreadable': 'guessed',
  'duplicate-stt': 'check',
  'empty-lead': 'check',
  'cell-too-long': 'check',
  'target-unread': 'check',
  'target-conflict': 'check',
  'target-comparator-differs': 'check',
  'chi-tieu-empty': 'check',
  'chi-tieu-duplicate-ref': 'check',
  'ocr-damaged': 'check',
};

export function kindOf(code: string): WarningKind {
  if (KIND_OF[code]) return KIND_OF[code];
  // Units directory and feature checks: things a person should look at.
  if (code.startsWith('unit-') || code.startsWith('requires-')) return 'check';
  return 'other';
}

export interface WarningGroup {
  kind: WarningKind;
  warnings: Warning[];
}

/** Non-empty groups in display order; within a group, the document's order. */
export function groupWarnings(warnings: readonly Warning[]): WarningGroup[] {
  const by = new Map<WarningKind, Warning[]>();
  for (const w of warnings) {
    const k = kindOf(w.code);
    const list = by.get(k) ?? [];
    list.push(w);
    by.set(k, list);
  }
  return KIND_ORDER.flatMap((kind) => {
    const list = by.get(kind);
    return list ? [{ kind, warnings: list }] : [];
  });
}
