/**
 * Warnings grouped the way the screens explain them: what was merged, removed or guessed, what
 * the user should check, and what this Excel skipped. Every warning code in the catalog
 * (WarningCode, src/i18n/messages.ts) has its group here: a code added there does not compile
 * until it is placed, so no warning reaches a screen unexplained. A code the catalog does not
 * know (a Plan JSON from another version) falls into "other" rather than disappearing.
 */
import type { Warning } from '../core/model';
import { isWarningCode, type WarningCode } from '../i18n/messages';

export type WarningKind = 'merged' | 'removed' | 'guessed' | 'check' | 'skipped' | 'other';

export const KIND_ORDER: readonly WarningKind[] = ['check', 'guessed', 'merged', 'removed', 'skipped', 'other'];

const KIND_OF: Record<WarningCode, WarningKind> = {
  // Reading the input
  'encoding-guessed': 'guessed',
  'format-sniffed': 'guessed',
  'ragged-row': 'guessed',
  'delimited-quotes': 'guessed',
  'docx-numbering-unreadable': 'guessed',
  // The appendix table
  'column-not-recognised': 'guessed',
  'watermark-removed': 'removed',
  'continuation-merged': 'merged',
  'orphan-continuation': 'removed',
  'duplicate-stt': 'check',
  'empty-lead': 'check',
  'cell-too-long': 'check',
  'year-inferred': 'guessed',
  'year-unknown': 'guessed',
  // Deadlines: a date the tool could not take as written (these showed under "other" before).
  'deadline-invalid-date': 'other',
  'deadline-two-digit-year': 'other',
  'deadline-before-plan': 'other',
  'deadline-unrecognised': 'other',
  // Targets
  'target-conflict': 'check',
  'target-comparator-differs': 'check',
  'chi-tieu-junk-skipped': 'removed',
  'chi-tieu-empty': 'check',
  'chi-tieu-duplicate-ref': 'check',
  'ocr-damaged': 'check',
  // Documents in prose: what the reader guessed
  'prose-lead-not-found': 'check',
  'prose-paragraph-joined': 'merged',
  'prose-unit-unknown': 'check',
  'prose-target-from-heading': 'guessed',
  // PDFs and scans
  'pdf-span-carried': 'merged',
  'ocr-stt-dot-restored': 'guessed',
  'ocr-pages': 'check',
  // The register and the printout
  'register-revision-inferred': 'guessed',
  'print-too-wide': 'check',
  'target-unread': 'check',
  // The units directory and the settings that hold it
  'unit-alias-empty': 'check',
  'unit-field-unknown': 'check',
  'unit-directory-empty': 'check',
  'unit-alias-duplicate': 'check',
  'settings-units-invalid': 'check',
  // The workbook written into, and the figures read from it
  'template-no-task-table': 'check',
  'template-column-missing': 'check',
  'figure-unknown-target': 'check',
  // What this Excel could not do, or did another way
  'excel-no-conditional-formats': 'skipped',
  'excel-no-data-validation': 'skipped',
  'excel-no-page-layout': 'skipped',
  'excel-no-autofilter': 'skipped',
  'excel-no-copy-formats': 'skipped',
  'excel-no-freeze-panes': 'skipped',
  'excel-backup-unsupported': 'skipped',
  'excel-snapshot-merges-unread': 'skipped',
  'excel-settings-local': 'skipped',
};

export function kindOf(code: string): WarningKind {
  return isWarningCode(code) ? KIND_OF[code] : 'other';
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
