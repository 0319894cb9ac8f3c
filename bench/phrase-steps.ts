/** Benches' helpers over the core's own steps (src/core/import/phrases.ts). */
import { decidePlanYear, finishTasks, readBodyTargets, type PhraseOptions } from '../src/core/import/phrases';
import type { TaskDraft } from '../src/core/import/draft';
import type { Plan } from '../src/core/model';

/**
 * The phrase-reading share of an import, timed on its own: what buildPlan does after the text
 * stage (year and date decided once, each task read again from its deadline words, the body's
 * targets), composed from the same three steps it calls. Returns a new Plan.
 */
export function readPhrases(plan: Plan, text: string, options: PhraseOptions = {}): Plan {
  const year = decidePlanYear({ ...(plan.title !== undefined ? { title: plan.title } : {}), text }, options);
  const drafts: TaskDraft[] = plan.tasks.map((t) => ({ ...t, deadlineText: t.deadline.text }));
  const { tasks, warnings } = finishTasks(drafts, year, options);
  const body = readBodyTargets(text, tasks);
  const out: Plan = { ...plan, year: year.year, yearSource: year.yearSource, tasks, targets: body.targets, warnings: [...plan.warnings] };
  if (year.date !== null) out.date = year.date;
  for (const w of [...year.warnings, ...warnings, ...body.warnings]) out.warnings.push(w);
  return out;
}
