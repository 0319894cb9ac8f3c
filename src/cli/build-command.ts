/**
 * `plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>]
 *  [--year YYYY] [--today YYYY-MM-DD]`: a plan into the department's tracking workbook.
 * The input and the template are only read; the result goes to -o (never over an input).
 */
import { mkdirSync, renameSync, writeFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { parsePlan } from '../core/import';
import { PLAN_SCHEMA, type Plan } from '../core/model';
import { fail, ok, type Result } from '../core/result';
import { isoToSerial } from '../workbook/a1';
import { checkTracking, type CheckResult } from '../workbook/check';
import { parseFigures } from '../workbook/figures';
import type { ChangeList, WorkbookLayout } from '../workbook/layout';
import { readTracking } from '../workbook/read-back';
import { buildWorkbook } from '../xlsx';
import { parseCommandArgs, parseToday, parseYear } from './args';
import { aboutFile, readInputFile, type CliIo } from './io';

export const BUILD_USAGE =
  'plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>] [--year YYYY] [--today YYYY-MM-DD]';

/** A Plan JSON (what `parse --json` prints) is accepted as input too. */
function planFromJson(bytes: Uint8Array, name: string): Result<Plan> | null {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (!/^\s*\{/.test(text)) return null;
  try {
    const v = JSON.parse(text) as Partial<Plan>;
    if (v.schema !== PLAN_SCHEMA) return null;
    if (!Array.isArray(v.tasks) || !Array.isArray(v.sections)) return fail('bad-plan-json', `${name}: a Plan JSON without tasks or sections`);
    return ok({ targets: [], warnings: [], ...v } as Plan);
  } catch {
    return null;
  }
}

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function changeLines(label: string, c: ChangeList): string[] {
  const parts = [
    c.added.length ? `${c.added.length} added` : '',
    c.updated.length ? `${c.updated.length} updated` : '',
    c.renumbered.length ? `${c.renumbered.length} renumbered` : '',
    c.kept.length ? `${c.kept.length} left the plan, kept with typed values` : '',
    c.removed.length ? `${c.removed.length} left the plan, removed (nothing typed)` : '',
    c.byHand.length ? `${c.byHand.length} added by hand, kept` : '',
    c.unchanged ? `${c.unchanged} unchanged` : '',
  ].filter(Boolean);
  const lines = [`  ${label}: ${parts.join(', ') || 'none'}`];
  const list = (name: string, ids: string[]): void => {
    if (ids.length) lines.push(`    ${name}: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? `, ... (${ids.length})` : ''}`);
  };
  list('added', c.added);
  list('updated', c.updated.map((u) => `${u.id} (${u.fields.join(', ')})`));
  list('renumbered', c.renumbered.map((r) => `${r.from} -> ${r.to}`));
  list('kept, marked "Đã bỏ khỏi kế hoạch"', c.kept);
  list('removed', c.removed);
  list('added by hand', c.byHand);
  return lines;
}

export function buildReport(out: string, layout: WorkbookLayout, plan: Plan, found: CheckResult, asOf: string): string {
  const r = layout.report;
  const lines = [
    `Wrote ${out}`,
    `  ${plan.sections.length} sections, ${plan.tasks.length} tasks; sheets: ${layout.sheets.filter((s) => s.state === 'visible').map((s) => s.name).join(', ')}`,
  ];
  if (r.update) lines.push('  Updated a workbook Plan Tracker filled earlier:');
  if (r.update || r.tasks.kept.length || r.tasks.removed.length) {
    lines.push(...changeLines('tasks', r.tasks), ...changeLines('targets', r.targets));
  }
  if (r.columnsAdded.length) lines.push(`  Columns added to the task table: ${r.columnsAdded.join(', ')}`);
  if (r.sheetsCreated.length) lines.push(`  Sheets created: ${r.sheetsCreated.join(', ')}`);
  for (const w of layout.warnings) lines.push(`  [${w.code}] ${w.message}`);
  if (plan.warnings.length) lines.push(`  The plan has ${plan.warnings.length} warnings (plan-tracker parse lists them)`);
  lines.push(`  Breaches: ${found.breaches.length}${found.breaches.length ? ` (${found.breaches.map((b) => b.target).join(', ')})` : ''}`);
  lines.push(`  Overdue at ${asOf}: ${found.overdue.length}${found.overdue.length ? ` (${found.overdue.slice(0, 20).map((o) => o.task).join(', ')}${found.overdue.length > 20 ? ', ...' : ''})` : ''}`);
  lines.push('  (exceljs writes no charts: the summary sheet has the figures; insert a chart in Excel if wanted)');
  return lines.join('\n');
}

export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const usage = (m: string): number => {
    io.err(`plan-tracker build: ${m}. Usage: ${BUILD_USAGE}`);
    return 2;
  };
  const failed = (m: string): number => {
    io.err(`plan-tracker build: ${m}`);
    return 2;
  };
  const a = parseCommandArgs(args, {
    output: { type: 'string', short: 'o' },
    template: { type: 'string' },
    figures: { type: 'string' },
    year: { type: 'string' },
    today: { type: 'string' },
    noise: { type: 'string', multiple: true },
  });
  if (!a.ok) return usage(a.error.message);
  const v = a.value.values;
  const [input, ...rest] = a.value.positionals;
  if (!input || rest.length > 0) return usage(input ? `unexpected argument "${rest[0]}"` : 'missing <input>');
  const out = v.output as string | undefined;
  if (!out) return usage('missing -o <out.xlsx>');
  if (!/\.xlsx$/i.test(out)) return usage(`-o must name an .xlsx file, got "${out}"`);
  const template = v.template as string | undefined;
  for (const src of [input, template, v.figures as string | undefined]) {
    if (src && resolve(src) === resolve(out)) return failed(`-o ${out} would overwrite an input; write the result to another file`);
  }
  const year = parseYear(v.year as string | undefined);
  if (!year.ok) return usage(year.error.message);
  const today = parseToday(v.today as string | undefined);
  if (!today.ok) return usage(today.error.message);

  const file = readInputFile(input);
  if (!file.ok) return failed(aboutFile(input, file.error.message));
  const fromJson = planFromJson(file.value.bytes, file.value.name);
  const plan =
    fromJson ??
    parsePlan(file.value, {
      ...(year.value !== undefined ? { year: year.value } : {}),
      noise: (v.noise as string[] | undefined) ?? [],
    });
  if (!plan.ok) return failed(aboutFile(input, plan.error.message));

  let figures: Record<string, number> | undefined;
  let figureLines: Record<string, number> = {};
  const figuresPath = v.figures as string | undefined;
  if (figuresPath) {
    const f = readInputFile(figuresPath);
    if (!f.ok) return failed(f.error.message);
    const parsed = parseFigures(new TextDecoder().decode(f.value.bytes), basename(figuresPath));
    if (!parsed.ok) return failed(parsed.error.message);
    figures = parsed.value.values;
    figureLines = parsed.value.lines;
  }
  let templateBytes: Uint8Array | null = null;
  if (template) {
    const t = readInputFile(template);
    if (!t.ok) return failed(t.error.message);
    templateBytes = t.value.bytes;
  }

  const built = await buildWorkbook(plan.value, {
    template: templateBytes,
    ...(figures ? { figures } : {}),
    ...(today.value ? { today: today.value } : {}),
    builtAt: new Date().toISOString(),
  });
  if (!built.ok) return failed(built.error.message.replace(/^template /, `${template} `));
  const unknown = built.value.layout.warnings.find((w) => w.code === 'figure-unknown-target');
  if (unknown && figuresPath) {
    const id = String(unknown.detail?.target ?? '');
    return failed(`${basename(figuresPath)} line ${figureLines[id] ?? '?'}: no target "${id}" in the plan or the workbook`);
  }

  // Written next to the result first, then renamed: an interrupted run leaves no half file.
  const tmp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(tmp, built.value.bytes);
    renameSync(tmp, out);
  } catch (e) {
    return failed(`cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const asOf = today.value ?? todayIso();
  const found = checkTracking(readTracking(built.value.snapshot), isoToSerial(asOf) as number);
  io.out(buildReport(resolve(out), built.value.layout, plan.value, found, asOf));
  return 0;
}
