/**
 * OCR restoration as the import pipeline's text stage (src/core/import/finish-texts.ts): when the
 * document reads as English-model OCR, each task draft's texts (task, products, lead,
 * coordinators, notes, deadline words), the section titles, the running text and the
 * letterhead's issuer and subject are given back as Vietnamese before the phrase readers run.
 * A task whose text changed keeps what was read (`ocr`, contract), and one `ocr-damaged` warning
 * says how much was damaged and restored. Numbers (the document's number among them) are never
 * touched: restoreText protects them.
 */
import { warning } from '../../i18n/coded';
import type { DocumentTexts, FinishedTexts, FinishOptions } from '../import/finish-texts';
import type { TaskDraft } from '../import/draft';
import type { UnitDirectory } from '../units/types';
import { DEFAULT_UNIT_DIRECTORY } from '../units/default-directory';
import { detectDamage, looksVietnamese } from './detect';
import { restoreText } from './restore';

/** Every name and alias in the directory: the words units are written with. */
export function directoryVocabulary(directory: UnitDirectory): string[] {
  return directory.units.flatMap((u) => [u.name, ...u.aliases]);
}

function draftTexts(d: TaskDraft): string[] {
  return [d.task, ...d.products, ...d.lead, ...d.coordinators, d.notes, d.deadlineText];
}

/** The texts unchanged, as new objects (the stage never hands back what it was given). */
function unchanged(t: DocumentTexts): FinishedTexts {
  return { drafts: t.drafts.map((d) => ({ ...d })), sections: t.sections.map((s) => ({ ...s })), text: t.text, source: { ...t.source }, warnings: [] };
}

export function restoreDocumentTexts(t: DocumentTexts, options: FinishOptions = {}): FinishedTexts {
  const all = [t.text, ...t.drafts.flatMap(draftTexts), ...t.sections.map((s) => s.title)].join('\n');
  if (looksVietnamese(all)) return unchanged(t);
  const damage = detectDamage(all);
  if (!damage.damaged) return unchanged(t);
  const vocabulary = [...directoryVocabulary(DEFAULT_UNIT_DIRECTORY), ...(options.units ? directoryVocabulary(options.units) : [])];
  const fix = (s: string): { text: string; changed: number } => (s.trim() === '' ? { text: s, changed: 0 } : restoreText(s, { vocabulary }));
  let changed = 0;
  let tasks = 0;
  const drafts = t.drafts.map((d): TaskDraft => {
    let n = 0;
    const one = (s: string): string => {
      const r = fix(s);
      n += r.changed;
      return r.text;
    };
    const out: TaskDraft = {
      ...d,
      task: one(d.task),
      products: d.products.map(one),
      lead: d.lead.map(one),
      coordinators: d.coordinators.map(one),
      notes: one(d.notes),
      deadlineText: one(d.deadlineText),
    };
    if (n > 0) {
      out.ocr = { raw: draftTexts(d).filter((s) => s.trim() !== '').join(' | '), changed: n };
      changed += n;
      tasks++;
    }
    return out;
  });
  const source = { ...t.source };
  if (source.issuer !== undefined) source.issuer = fix(source.issuer).text;
  if (source.subject !== undefined) source.subject = fix(source.subject).text;
  return {
    drafts,
    sections: t.sections.map((s) => ({ ...s, title: fix(s.title).text })),
    text: fix(t.text).text,
    source,
    // First in the list: the summary and the task pane show the first warnings, and this one
    // says how far every other line can be trusted.
    warnings: [warning('ocr-damaged', { share: Math.round(damage.share * 100), changed, tasks })],
  };
}
