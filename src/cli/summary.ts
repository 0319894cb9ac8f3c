import type { Plan } from '../core/model';

/** A short human summary of a parsed plan: what was found and what needs a look. */
export function planSummary(plan: Plan): string {
  const lines: string[] = [];
  lines.push(`${plan.source.file} (${plan.source.format})`);
  if (plan.title) lines.push(`Title: ${plan.title}`);
  const yearFrom = plan.yearSource === 'option' ? 'from --year' : plan.yearSource === 'document' ? 'inferred from the document' : 'unknown';
  lines.push(`Year: ${plan.year ?? '-'} (${yearFrom})`);
  lines.push(`Sections: ${plan.sections.length}, tasks: ${plan.tasks.length}`);
  for (const s of plan.sections) {
    const n = plan.tasks.filter((t) => t.section === s.stt).length;
    lines.push(`  ${s.stt}. ${s.title} (${n} tasks)`);
  }
  const dated = plan.tasks.filter((t) => t.deadline.due !== null).length;
  const kinds = count(plan.tasks.map((t) => t.deadline.kind));
  lines.push(`Deadlines: ${dated} dated, ${plan.tasks.length - dated} without a date (${fmt(kinds)})`);
  const taskTargets = plan.tasks.reduce((n, t) => n + t.targets.length, 0);
  lines.push(`Targets: ${plan.targets.length} in the body, ${taskTargets} in tasks`);
  const codes = count(plan.warnings.map((w) => w.code));
  lines.push(`Warnings: ${plan.warnings.length}${plan.warnings.length ? ` (${fmt(codes)})` : ''}`);
  for (const w of plan.warnings.slice(0, 15)) {
    const where = [w.task ? `task ${w.task}` : '', w.page ? `page ${w.page}` : '', w.row ? `row ${w.row}` : ''].filter(Boolean).join(', ');
    lines.push(`  [${w.code}]${where ? ` ${where}:` : ''} ${w.message}`);
  }
  if (plan.warnings.length > 15) lines.push(`  ... and ${plan.warnings.length - 15} more (use --json for all)`);
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
