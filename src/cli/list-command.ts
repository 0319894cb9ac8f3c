/**
 * `plan-tracker list <book.xlsx> [--json]`: the documents a tracking register holds, in the order
 * they came in, each with its number of tasks (rows that left their document not counted).
 * Exit 0: listed; 2: could not read the workbook or it holds no task table.
 */
import { documentHeading } from '../workbook/document-id';
import { readTracking, registerDocuments } from '../workbook/read-back';
import { openWorkbook, readSnapshot } from '../xlsx';
import { parseCommandArgs, usageLine } from './args';
import { COMMAND_SPECS } from './commands';
import { msg, renderError } from '../i18n/messages';
import { readInputFile, type CliIo } from './io';

export async function runList(args: string[], io: CliIo): Promise<number> {
  const failed = (m: string): number => {
    io.err(`plan-tracker list: ${m}`);
    return 2;
  };
  const usage = (problem: string): number => {
    io.err(msg('cli.usage-error', { command: 'list', problem, usage: usageLine('list') }));
    return 2;
  };
  const a = parseCommandArgs(COMMAND_SPECS.list.options, args);
  if (!a.ok) return usage(renderError(a.error));
  const [book, ...rest] = a.value.positionals;
  if (!book || rest.length > 0) return usage(book ? msg('cli.unexpected-argument', { argument: rest[0] ?? '' }) : msg('cli.missing-book', {}));
  const file = readInputFile(book);
  if (!file.ok) return failed(file.error.message);
  const wb = await openWorkbook(file.value.bytes, book);
  if (!wb.ok) return failed(wb.error.message);
  const tracking = readTracking(readSnapshot(wb.value).snapshot);
  if (!tracking.tasksSheet) return failed(msg('list.no-tasks', { book }));
  const docs = registerDocuments(tracking);
  if (a.value.values.json) {
    io.out(JSON.stringify({ documents: docs.map(({ document, tasks }) => ({ ...document, tasks })) }, null, 2));
    return 0;
  }
  const lines = [msg('list.heading', { book, count: docs.length, tasks: tracking.tasks.length })];
  docs.forEach(({ document, tasks }, i) => {
    const heading = document.kind || document.number || document.title ? documentHeading(document) : undefined;
    lines.push(msg('list.document', { index: i + 1, document: document.label, tasks, heading }));
  });
  io.out(lines.join('\n'));
  return 0;
}
