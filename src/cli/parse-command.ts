import { parsePlan } from '../core/import';
import type { Plan } from '../core/model';
import { parseCommandArgs, parseYear } from './args';
import { readInputFile, type CliIo } from './io';
import { planSummary } from './summary';

export const PARSE_USAGE = 'plan-tracker parse <input> [--year YYYY] [--json] [--noise PATTERN ...]';

/** `plan-tracker parse`: the Plan as JSON, or a short summary a person reads. */
export async function runParse(args: string[], io: CliIo): Promise<number> {
  const a = parseCommandArgs(args, {
    year: { type: 'string' },
    json: { type: 'boolean' },
    noise: { type: 'string', multiple: true },
  });
  if (!a.ok) return usageError(io, a.error.message);
  const [input, ...rest] = a.value.positionals;
  if (!input || rest.length > 0) return usageError(io, input ? `unexpected argument "${rest[0]}"` : 'missing <input>');
  const year = parseYear(a.value.values.year as string | undefined);
  if (!year.ok) return usageError(io, year.error.message);
  const file = readInputFile(input);
  if (!file.ok) return failed(io, file.error.message);
  const plan = parsePlan(file.value, {
    ...(year.value !== undefined ? { year: year.value } : {}),
    noise: (a.value.values.noise as string[] | undefined) ?? [],
  });
  if (!plan.ok) return failed(io, plan.error.message);
  io.out(a.value.values.json ? JSON.stringify(plan.value, null, 2) : planSummary(plan.value as Plan));
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.err(`plan-tracker parse: ${message}. Usage: ${PARSE_USAGE}`);
  return 2;
}

function failed(io: CliIo, message: string): number {
  io.err(`plan-tracker: ${message}`);
  return 2;
}
