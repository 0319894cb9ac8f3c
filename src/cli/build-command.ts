/**
 * `plan-tracker build <input> -o <out.xlsx> [--template <book.xlsx>] [--figures <figures.csv>]
 *  [--year YYYY] [--today YYYY-MM-DD]`: a plan into the department's tracking workbook.
 * The input and the template are only read; the result goes to -o (never over an input).
 */
import { mkdirSync, renameSync, writeFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { PLAN_SCHEMA, type Plan, type Warning } from '../core/model';
import { ok, type Result } from '../core/result';
import { failure } from '../i18n/coded';
import { isoToSerial } from '../workbook/a1';
import { checkTracking, type CheckResult } from '../workbook/check';
import { parseFigures } from '../workbook/figures';
import type { ChangeList, DocumentReport, WorkbookLayout } from '../workbook/layout';
import { todayIso } from '../workbook/calendar';
import { readTracking } from '../workbook/read-back';
import { parseCommandArgs, parseToday, parseYear, usageLine } from './args';
import { msg, renderError, renderWarning, type ChangeKind } from '../i18n/messages';
import { COMMAND_SPECS } from './commands';
import { aboutFile, readInputFile, type CliIo } from './io';

/** A Plan JSON (what `parse --json` prints) is accepted as input too. */
function planFromJson(bytes: Uint8Array, name: string): Result<Plan> | null {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  if (!/^\s*\{/.test(text)) return null;
  try {
    const v = JSON.parse(text) as Partial<Plan>;
    if (v.schema !== PLAN_SCHEMA) return null;
    if (!Array.isArray(v.tasks) || !Array.isArray(v.sections)) return failure('bad-plan-json', { file: name }, name);
    return ok({ targets: [], warnings: [], ...v } as Plan);
  } catch {
    return null;
  }
}

const KINDS: ChangeKind[] = ['added', 'updated', 'renumbered', 'kept', 'removed', 'byHand', 'unchanged'];

function changeLines(what: 'tasks' | 'targets', c: ChangeList): string[] {
  const items: Record<ChangeKind, string[]> = {
    added: c.added,
    updated: c.updated.map((u) => `${u.id} (${u.fields.join(', ')})`),
    renumbered: c.renumbered.map((r) => `${r.from} -> ${r.to}`),
    kept: c.kept,
    removed: c.removed,
    byHand: c.byHand,
    unchanged: [],
  };
  const count = (k: ChangeKind): number => (k === 'unchanged' ? c.unchanged : items[k].length);
  const counts = KINDS.filter((k) => count(k) > 0).map((k) => msg('report.change-count', { reason: k, count: count(k) }));
  const lines = [msg('report.changes', { what, counts: counts.join(', ') })];
  for (const k of KINDS) {
    const ids = items[k];
    if (ids.length) lines.push(msg('report.change-list', { reason: k, items: `${ids.slice(0, 12).join(', ')}${ids.length > 12 ? `, ... (${ids.length})` : ''}` }));
  }
  return lines;
}

/** Which document of the register the build brought in (new, or the one it revised). */
function documentLines(d: DocumentReport): string[] {
  const lines =
    d.status === 'new'
      ? [msg('register.new-document', { document: d.label, heading: d.heading })]
      : [msg('register.revised-document', { document: d.label, heading: d.heading, previous: d.previousLabel })];
  if (d.documents.length > 1) lines.push(msg('register.documents', { count: d.documents.length }));
  return lines;
}

export function buildReport(out: string, layout: WorkbookLayout, plan: Plan, found: CheckResult, asOf: string): string {
  const r = layout.report;
  const lines = [
    msg('report.wrote', { path: out }),
    msg('report.contents', {
      sections: plan.sections.length,
      tasks: plan.tasks.length,
      sheets: layout.sheets.filter((s) => s.state === 'visible').map((s) => s.name).join(', '),
    }),
  ];
  if (r.update) lines.push(msg('report.updated', {}));
  if (r.document && r.update) lines.push(...documentLines(r.document));
  if (r.update || r.tasks.kept.length || r.tasks.removed.length) {
    lines.push(...changeLines('tasks', r.tasks), ...changeLines('targets', r.targets));
  }
  if (r.columnsAdded.length) lines.push(msg('report.columns-added', { columns: r.columnsAdded.join(', ') }));
  // A new workbook's sheets are all created: the contents line named them already.
  const visible = layout.sheets.filter((s) => s.state === 'visible').map((s) => s.name);
  if (r.sheetsCreated.length && r.sheetsCreated.join() !== visible.join()) lines.push(msg('report.sheets-created', { sheets: r.sheetsCreated.join(', ') }));
  for (const w of layout.warnings) lines.push(`  ${renderWarning(w)}`);
  if (plan.warnings.length) {
    // One line per kind of warning: its first case says what it means, the count how often.
    lines.push(msg('report.plan-warnings', { count: plan.warnings.length }));
    const byCode = new Map<string, Warning[]>();
    for (const w of plan.warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
    for (const ws of byCode.values()) lines.push(msg('report.warning-group', { example: renderWarning(ws[0] as Warning), more: ws.length - 1 }));
  }
  lines.push(msg('report.breaches', { count: found.breaches.length, list: '' }));
  for (const b of found.breaches.slice(0, 20)) {
    lines.push(`  ${msg('check.breach', { target: b.target, value: b.value, comparator: b.comparator, threshold: b.threshold, unit: b.unit, cell: b.cell ?? '?' })}`);
  }
  const overdue = found.overdue.slice(0, 20).map((o) => o.task).join(', ') + (found.overdue.length > 20 ? ', ...' : '');
  lines.push(msg('report.overdue', { asOf, count: found.overdue.length, list: overdue }));
  lines.push(msg('report.no-charts', {}));
  return lines.join('\n');
}

export async function runBuild(args: string[], io: CliIo): Promise<number> {
  const usage = (problem: string): number => {
    io.err(msg('cli.usage-error', { command: 'build', problem, usage: usageLine('build') }));
    return 2;
  };
  const failed = (m: string): number => {
    io.err(`plan-tracker build: ${m}`);
    return 2;
  };
  const a = parseCommandArgs(COMMAND_SPECS.build.options, args);
  if (!a.ok) return usage(renderError(a.error));
  const v = a.value.values;
  const [input, ...rest] = a.value.positionals;
  if (!input || rest.length > 0) return usage(input ? msg('cli.unexpected-argument', { argument: rest[0] ?? '' }) : msg('cli.missing-input', {}));
  const out = v.output;
  if (!out) return usage(msg('cli.missing-output', {}));
  if (!/\.xlsx$/i.test(out)) return usage(msg('cli.output-not-xlsx', { out }));
  const template = v.template;
  for (const src of [input, template, v.figures]) {
    if (src && resolve(src) === resolve(out)) return failed(msg('cli.output-overwrites-input', { out }));
  }
  const year = parseYear(v.year);
  if (!year.ok) return usage(year.error.message);
  const today = parseToday(v.today);
  if (!today.ok) return usage(today.error.message);

  const file = readInputFile(input);
  if (!file.ok) return failed(aboutFile(input, file.error));
  const fromJson = planFromJson(file.value.bytes, file.value.name);
  // The readers load once there is a document to read, like exceljs below.
  const plan =
    fromJson ??
    (await (await import('./paged')).parsePlanCli(file.value, {
      ...(year.value !== undefined ? { year: year.value } : {}),
      noise: v.noise ?? [],
    }));
  if (!plan.ok) return failed(aboutFile(input, plan.error));

  let figures: Record<string, number> | undefined;
  let figureLines: Record<string, number> = {};
  const figuresPath = v.figures;
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

  // exceljs loads here, once there is a workbook to write: a usage error never pays for it.
  const { buildWorkbook } = await import('../xlsx');
  const built = await buildWorkbook(plan.value, {
    template: templateBytes,
    ...(template ? { templateName: basename(template) } : {}),
    ...(figures ? { figures } : {}),
    ...(today.value ? { today: today.value } : {}),
    builtAt: new Date().toISOString(),
  });
  if (!built.ok) return failed(built.error.message);
  const unknown = built.value.layout.warnings.find((w) => w.code === 'figure-unknown-target');
  if (unknown && figuresPath) {
    const id = String(unknown.detail?.target ?? '');
    return failed(msg('cli.figure-unknown-target', { file: basename(figuresPath), line: figureLines[id] ?? '?', target: id }));
  }

  // Written next to the result first, then renamed: an interrupted run leaves no half file.
  const tmp = join(dirname(resolve(out)), `.${basename(out)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(tmp, built.value.bytes);
    renameSync(tmp, out);
  } catch (e) {
    return failed(msg('cli.cannot-write', { out, cause: (e as NodeJS.ErrnoException).code ?? (e as Error).message }));
  }
  const asOf = today.value ?? todayIso();
  const found = checkTracking(readTracking(built.value.snapshot), isoToSerial(asOf) as number);
  io.out(buildReport(resolve(out), built.value.layout, plan.value, found, asOf));
  return 0;
}
