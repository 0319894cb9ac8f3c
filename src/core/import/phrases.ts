import { warning } from '../../i18n/coded';
import { findPlanDate, inferPlanYear, parseDeadline } from '../deadline';
import type { Plan, Warning } from '../model';
import { compareBodyAndTaskTargets, extractTargets, readChiTieuSection } from '../targets';

export interface PhraseOptions {
  year?: number;
  /** "Trước ngày d/m/y": by that day (default) or the day before. */
  beforeDay?: 'inclusive' | 'exclusive';
}

/**
 * Reads the phrases of a plan whose tables are in: its year and date, each task's deadline, the
 * targets of the body and of each task.
 * The year a phrase does not name comes from --year, else from the document, and is marked as
 * implied so people can see what was guessed.
 */
export function readPhrases(plan: Plan, text: string, options: PhraseOptions = {}): Plan {
  const warnings: Warning[] = [];
  const date = findPlanDate(text);
  if (date !== null) plan.date = date;
  if (options.year !== undefined) {
    plan.year = options.year;
    plan.yearSource = 'option';
  } else {
    const inferred = inferPlanYear({ ...(plan.title !== undefined ? { title: plan.title } : {}), text });
    if (inferred) {
      plan.year = inferred.year;
      plan.yearSource = 'document';
      warnings.push(warning('year-inferred', { year: inferred.year, from: inferred.from }));
    } else {
      plan.yearSource = 'none';
      warnings.push(warning('year-unknown', {}));
    }
  }
  // A plan repeats a handful of phrases ("Trong năm 2024") over all its tasks: read each once.
  const seen = new Map<string, ReturnType<typeof parseDeadline>>();
  for (const task of plan.tasks) {
    let r = seen.get(task.deadline.text);
    if (!r) {
      r = parseDeadline(task.deadline.text, {
        year: plan.year,
        yearImplied: plan.yearSource !== 'option',
        ...(options.beforeDay ? { beforeDay: options.beforeDay } : {}),
        ...(plan.date ? { planDate: plan.date } : {}),
      });
      seen.set(task.deadline.text, r);
    }
    task.deadline = structuredClone(r.deadline);
    for (const w of r.warnings) warnings.push({ ...w, task: task.id, ...task.origin });
  }
  // Targets: the body's CHỈ TIÊU list, each task's own text, then the two compared.
  const body = readChiTieuSection(text);
  plan.targets = body.targets;
  // Appended one by one, not spread into push(): a call takes only so many arguments, and a
  // large document's warnings (100,000 and more) overflowed the stack.
  for (const w of body.warnings) warnings.push(w);
  for (const task of plan.tasks) task.targets = extractTargets(task.task, { idPrefix: `NV-${task.id}` });
  for (const w of compareBodyAndTaskTargets(plan.targets, plan.tasks)) warnings.push(w);
  for (const w of warnings) plan.warnings.push(w);
  return plan;
}
