import { warning } from '../../i18n/coded';
import { findPlanDate, inferPlanYear, parseDeadline } from '../deadline';
import type { Deadline, Plan, Task, Warning } from '../model';
import { compareBodyAndTaskTargets, extractTargets, readChiTieuSection } from '../targets';
import type { TaskDraft } from './draft';

export interface PhraseOptions {
  year?: number;
  /** "Trước ngày d/m/y": by that day (default) or the day before. */
  beforeDay?: 'inclusive' | 'exclusive';
}

/** The year deadlines without one fall in, decided once per document, and where it came from. */
export interface PlanYear {
  year: number | null;
  yearSource: 'option' | 'document' | 'none';
  /** The document's own date (ISO), when its date line says it. */
  date: string | null;
  warnings: Warning[];
}

/**
 * The year a phrase does not name: --year, else the document's (title, date line, text), marked
 * as inferred so people can see what was guessed.
 */
export function decidePlanYear(doc: { title?: string; text: string }, options: PhraseOptions = {}): PlanYear {
  const date = findPlanDate(doc.text);
  if (options.year !== undefined) return { year: options.year, yearSource: 'option', date, warnings: [] };
  const inferred = inferPlanYear(doc);
  if (inferred) {
    return { year: inferred.year, yearSource: 'document', date, warnings: [warning('year-inferred', { year: inferred.year, from: inferred.from })] };
  }
  return { year: null, yearSource: 'none', date, warnings: [warning('year-unknown', {})] };
}

/**
 * Drafts to finished tasks: each draft's deadline words read into a Deadline and its words into
 * targets, the drafts themselves left as they are.
 */
export function finishTasks(drafts: readonly TaskDraft[], year: PlanYear, options: PhraseOptions = {}): { tasks: Task[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  // A plan repeats a handful of phrases ("Trong năm 2024") over all its tasks: read each once.
  const seen = new Map<string, ReturnType<typeof parseDeadline>>();
  const tasks = drafts.map((d): Task => {
    let r = seen.get(d.deadlineText);
    if (!r) {
      r = parseDeadline(d.deadlineText, {
        year: year.year,
        yearImplied: year.yearSource !== 'option',
        ...(options.beforeDay ? { beforeDay: options.beforeDay } : {}),
        ...(year.date ? { planDate: year.date } : {}),
      });
      seen.set(d.deadlineText, r);
    }
    for (const w of r.warnings) warnings.push({ ...w, task: d.id, ...d.origin });
    const deadline: Deadline = structuredClone(r.deadline);
    let targets = extractTargets(d.task, { idPrefix: `NV-${d.id}` });
    if (targets.length === 0 && d.headingTargets && d.headingTargets.length > 0) {
      targets = d.headingTargets.map((t, i) => ({ ...t, id: `NV-${d.id}-${i + 1}` }));
      warnings.push(warning('prose-target-from-heading', { task: d.id, section: d.section }, { task: d.id }));
    }
    const task: Task = {
      id: d.id, stt: d.stt, section: d.section, task: d.task, products: [...d.products], lead: [...d.lead],
      coordinators: [...d.coordinators], notes: d.notes, extra: { ...d.extra }, deadline, targets, origin: { ...d.origin },
    };
    if (d.ocr) task.ocr = { ...d.ocr };
    return task;
  });
  return { tasks, warnings };
}

/** The body's CHỈ TIÊU list, and the tasks' targets compared with it. */
export function readBodyTargets(text: string, tasks: Task[]): { targets: Plan['targets']; warnings: Warning[] } {
  const body = readChiTieuSection(text);
  const warnings: Warning[] = [];
  // Appended one by one, not spread into push(): a large document's warnings overflowed the stack.
  for (const w of body.warnings) warnings.push(w);
  for (const w of compareBodyAndTaskTargets(body.targets, tasks)) warnings.push(w);
  return { targets: body.targets, warnings };
}
