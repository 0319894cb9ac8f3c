/**
 * `plan-tracker check <book.xlsx> [--today YYYY-MM-DD] [--json]`: reads figures, progress and
 * dates back from the workbook's cells and judges them with the workbook's own rules.
 * Exit 0: nothing found; 1: breaches or overdue tasks; 2: could not do its job.
 */
import { todayIso } from '../workbook/calendar';
import { judgeWorkbook } from '../workbook/status-read';
import { parseCommandArgs, parseToday, usageLine } from './args';
import { msg, renderError } from '../i18n/messages';
import { COMMAND_SPECS } from './commands';
import { readInputFile, type CliIo } from './io';

function ddmmyyyy(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const failed = (m: string): number => {
    io.err(`plan-tracker check: ${m}`);
    return 2;
  };
  const a = parseCommandArgs(COMMAND_SPECS.check.options, args);
  const usage = (problem: string): number => {
    io.err(msg('cli.usage-error', { command: 'check', problem, usage: usageLine('check') }));
    return 2;
  };
  if (!a.ok) return usage(renderError(a.error));
  const [book, ...rest] = a.value.positionals;
  if (!book || rest.length > 0) return usage(book ? msg('cli.unexpected-argument', { argument: rest[0] ?? '' }) : msg('cli.missing-book', {}));
  const today = parseToday(a.value.values.today);
  if (!today.ok) return failed(today.error.message);
  const file = readInputFile(book);
  if (!file.ok) return failed(file.error.message);
  // exceljs loads once there is a workbook to read: a usage error never pays for it.
  const { openWorkbook, readSnapshot } = await import('../xlsx');
  const wb = await openWorkbook(file.value.bytes, book);
  if (!wb.ok) return failed(wb.error.message);
  // The same reading as the task pane's (src/workbook/status-read), at --today or today: never the
  // workbook's own as-of cell, as the command has always done.
  const judged = judgeWorkbook(readSnapshot(wb.value).snapshot, { asOf: today.value ?? todayIso(), today: todayIso() });
  if (!judged.ok) return failed(msg('check.no-tables', { book }));
  const { tracking, checked: result, asOf } = judged.value;
  if (a.value.values.json) {
    io.out(JSON.stringify(result, null, 2));
  } else {
    const lines: string[] = [];
    lines.push(msg('check.heading', { book, tasks: tracking.tasks.length, targets: tracking.targets.length, asOf: ddmmyyyy(asOf) }));
    lines.push(msg('check.breaches', { count: result.breaches.length }));
    // A register of several documents names each one's document: "1.2" alone would not say which.
    const register = tracking.documents.length > 1;
    for (const b of result.breaches) {
      const p = { target: b.target, value: b.value, comparator: b.comparator, threshold: b.threshold, unit: b.unit, cell: b.cell ?? '?' };
      lines.push(msg('check.breach', register ? { ...p, document: b.document } : p));
    }
    lines.push(msg('check.overdue', { count: result.overdue.length }));
    for (const o of result.overdue) {
      const p = { task: o.task, due: ddmmyyyy(o.due) };
      lines.push(register ? msg('register.overdue-task', { ...p, document: o.document }) : msg('check.overdue-task', p));
    }
    if (result.invalid.length) {
      lines.push(msg('check.invalid', { count: result.invalid.length }));
      for (const i of result.invalid) lines.push(msg('check.invalid-figure', { target: i.target, value: String(i.value), cell: i.cell ?? '?' }));
    }
    io.out(lines.join('\n'));
  }
  return result.breaches.length > 0 || result.overdue.length > 0 ? 1 : 0;
}
