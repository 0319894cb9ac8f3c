import type { Plan } from '../core/model';
import { currentLocale, type Locale } from '../i18n/locale';
import { msg, renderWarning } from '../i18n/messages';

/** A short human summary of a parsed plan: what was found and what needs a look. */
export function planSummary(plan: Plan, locale: Locale = currentLocale()): string {
  const lines: string[] = [];
  lines.push(`${plan.source.file} (${plan.source.format})`);
  if (plan.title) lines.push(msg('summary.title', { title: plan.title }, locale));
  lines.push(msg('summary.year', { year: plan.year === null ? '-' : String(plan.year), source: plan.yearSource ?? 'none' }, locale));
  lines.push(msg('summary.counts', { sections: plan.sections.length, tasks: plan.tasks.length }, locale));
  for (const s of plan.sections) {
    const n = plan.tasks.filter((t) => t.section === s.stt).length;
    lines.push(`  ${msg('summary.section', { stt: s.stt, title: s.title, tasks: n }, locale)}`);
  }
  const dated = plan.tasks.filter((t) => t.deadline.due !== null).length;
  const kinds = count(plan.tasks.map((t) => msg('summary.deadline-kind', { kind: t.deadline.kind }, locale)));
  lines.push(msg('summary.deadlines', { dated, undated: plan.tasks.length - dated, kinds: fmt(kinds) }, locale));
  const taskTargets = plan.tasks.reduce((n, t) => n + t.targets.length, 0);
  lines.push(msg('summary.targets', { body: plan.targets.length, tasks: taskTargets }, locale));
  const codes = count(plan.warnings.map((w) => w.code));
  lines.push(msg('summary.warnings', { count: plan.warnings.length, codes: fmt(codes) }, locale));
  for (const w of plan.warnings.slice(0, 15)) {
    const where = msg('summary.place', { task: w.task, page: w.page, row: w.row }, locale);
    lines.push(`  [${w.code}]${where ? ` ${where}:` : ''} ${renderWarning(w, locale)}`);
  }
  if (plan.warnings.length > 15) lines.push(`  ${msg('summary.more-warnings', { count: plan.warnings.length - 15 }, locale)}`);
  return lines.join('\n');
}

function count(xs: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function fmt(m: Map<string, number>): string {
  return [...m].map(([k, v]) => `${k} ${v}`).join(', ');
}
