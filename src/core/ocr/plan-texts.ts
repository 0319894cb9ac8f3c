/**
 * OCR restoration of an imported plan, in one call for the import pipeline: when the document
 * reads as English-model OCR, each task's text fields (task, products, lead, coordinators,
 * notes, deadline phrase), the section titles, the title and the running text are given back
 * as Vietnamese before the phrase readers run. A task whose text changed keeps what was read
 * (`task.ocr`), and one `ocr-damaged` warning says how much was damaged and restored.
 */
import { warning } from '../../i18n/coded';
import type { Plan, Task } from '../model';
import type { UnitDirectory } from '../units/types';
import { DEFAULT_UNIT_DIRECTORY } from '../units/default-directory';
import { detectDamage, looksVietnamese } from './detect';
import { restoreText } from './restore';

/** Every name and alias in the directory: the words units are written with. */
export function directoryVocabulary(directory: UnitDirectory): string[] {
  return directory.units.flatMap((u) => [u.name, ...u.aliases]);
}

function taskTexts(t: Task): string[] {
  return [t.task, ...t.products, ...t.lead, ...t.coordinators, t.notes, t.deadline.text];
}

/**
 * Restores `plan` in place when its text is damaged and returns the running text to read
 * phrases from (restored too); clean documents come back untouched, the same text returned.
 */
export function restorePlanTexts(plan: Plan, text: string, directory?: UnitDirectory): string {
  const all = [text, ...plan.tasks.flatMap(taskTexts), ...plan.sections.map((s) => s.title)].join('\n');
  if (looksVietnamese(all)) return text;
  const damage = detectDamage(all);
  if (!damage.damaged) return text;
  const vocabulary = [...directoryVocabulary(DEFAULT_UNIT_DIRECTORY), ...(directory ? directoryVocabulary(directory) : [])];
  const fix = (s: string): { text: string; changed: number } => (s.trim() === '' ? { text: s, changed: 0 } : restoreText(s, { vocabulary }));
  let changed = 0;
  let tasks = 0;
  for (const t of plan.tasks) {
    const raw = taskTexts(t).filter((s) => s.trim() !== '').join(' | ');
    let n = 0;
    const one = (s: string): string => {
      const r = fix(s);
      n += r.changed;
      return r.text;
    };
    t.task = one(t.task);
    t.products = t.products.map(one);
    t.lead = t.lead.map(one);
    t.coordinators = t.coordinators.map(one);
    t.notes = one(t.notes);
    t.deadline = { ...t.deadline, text: one(t.deadline.text) };
    if (n > 0) {
      t.ocr = { raw, changed: n };
      changed += n;
      tasks++;
    }
  }
  for (const s of plan.sections) s.title = fix(s.title).text;
  if (plan.title !== undefined) plan.title = fix(plan.title).text;
  const body = fix(text);
  // First in the list: the summary and the task pane show the first warnings, and this one
  // says how far every other line can be trusted.
  plan.warnings.unshift(warning('ocr-damaged', { share: Math.round(damage.share * 100), changed, tasks }));
  return body.text;
}
