import type { PlanError } from '../core/result';
import { msg, renderError } from '../i18n/messages';
import { parseCommandArgs, parseYear, usageLine } from './args';
import { COMMAND_SPECS } from './commands';
import { aboutFile, readInputFile, type CliIo } from './io';
import { parsePlanCli } from './paged';
import { planSummary } from './summary';

/**
 * `plan-tracker parse`: the Plan as JSON, or a short summary a person reads. The JSON keeps its
 * messages in Vietnamese (the contract's default); the summary and errors speak the chosen language.
 */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  const a = parseCommandArgs(COMMAND_SPECS.parse.options, args);
  if (!a.ok) return usageError(io, renderError(a.error));
  const [input, ...rest] = a.value.positionals;
  if (!input || rest.length > 0) {
    return usageError(io, input ? msg('cli.unexpected-argument', { argument: rest[0] ?? '' }) : msg('cli.missing-input', {}));
  }
  const year = parseYear(a.value.values.year);
  if (!year.ok) return usageError(io, renderError(year.error));
  const file = readInputFile(input);
  if (!file.ok) return failed(io, input, file.error);
  const plan = await parsePlanCli(file.value, {
    ...(year.value !== undefined ? { year: year.value } : {}),
    noise: a.value.values.noise ?? [],
  });
  if (!plan.ok) return failed(io, input, plan.error);
  io.out(a.value.values.json ? JSON.stringify(plan.value, null, 2) : planSummary(plan.value));
  return 0;
}

function usageError(io: CliIo, problem: string): number {
  io.err(msg('cli.usage-error', { command: 'parse', problem, usage: usageLine('parse') }));
  return 2;
}

function failed(io: CliIo, input: string, error: PlanError): number {
  io.err(`plan-tracker: ${aboutFile(input, error, renderError(error))}`);
  return 2;
}
