import { parseArgs } from 'util';
import { ok, type Failure, type Result } from '../core/result';
import { failure } from '../i18n/coded';
import { msg } from '../i18n/messages';
import { COMMAND_SPECS, type CommandName, type OptionSpec } from './commands';
import { isPlanYear } from '../workbook/calendar';

export interface CommonOptions {
  year?: number;
  today?: string;
  json: boolean;
  noise: string[];
}

export function parseYear(v: string | undefined): Result<number | undefined> {
  if (v === undefined) return ok(undefined);
  if (!/^\d{4}$/.test(v) || !isPlanYear(Number(v))) return failure('bad-year', { value: v });
  return ok(Number(v));
}

export function parseToday(v: string | undefined): Result<string | undefined> {
  if (v === undefined) return ok(undefined);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== v) return failure('bad-today', { value: v });
  return ok(v);
}

type Strict<T extends Readonly<Record<string, OptionSpec>>> = { args: string[]; options: T; allowPositionals: true; strict: true };

/** A command's arguments, their values typed by its table: a string, a boolean, or a list for `multiple`. */
export type ParsedArgs<T extends Readonly<Record<string, OptionSpec>>> = ReturnType<typeof parseArgs<Strict<T>>>;

/**
 * A command's arguments by its table (src/cli/commands.ts, e.g. COMMAND_SPECS.build.options),
 * with Node's own parser, strict: an unknown flag is an error the user sees, not something ignored.
 */
export function parseCommandArgs<T extends Readonly<Record<string, OptionSpec>>>(options: T, args: string[]): Result<ParsedArgs<T>> {
  try {
    const config: Strict<T> = { args, options, allowPositionals: true, strict: true };
    return ok(parseArgs(config));
  } catch (e) {
    return badArguments(e as Error & { code?: string });
  }
}

/** How an option is written in a usage line: -o <out.xlsx>, --year YYYY, --noise PATTERN ... */
function optionSyntax(name: string, o: OptionSpec): string {
  const flag = o.short && o.required ? `-${o.short}` : `--${name}`;
  return [flag, o.value, o.multiple ? '...' : undefined].filter((x) => x !== undefined).join(' ');
}

/** The command's usage line, written from its table. */
export function usageLine(command: CommandName): string {
  const spec = COMMAND_SPECS[command];
  const options = Object.entries(spec.options).map(([name, o]: [string, OptionSpec]) => (o.required ? optionSyntax(name, o) : `[${optionSyntax(name, o)}]`));
  return ['plan-tracker', command, spec.operands, ...options].join(' ');
}

/** Every command's usage line, what it does, and each option with its meaning (`--help`). */
export function commandsHelp(): string {
  const lines: string[] = [];
  for (const command of Object.keys(COMMAND_SPECS) as CommandName[]) {
    const spec = COMMAND_SPECS[command];
    lines.push(`  ${usageLine(command)}`, `      ${msg(spec.help, {})}`);
    const rows = Object.entries(spec.options).map(([name, o]: [string, OptionSpec]) => {
      const flag = [o.short ? `-${o.short},` : undefined, `--${name}`, o.value, o.multiple ? '...' : undefined].filter((x) => x !== undefined).join(' ');
      return [flag, msg(o.help, {})] as const;
    });
    const width = Math.max(...rows.map(([flag]) => flag.length));
    for (const [flag, meaning] of rows) lines.push(`      ${flag.padEnd(width)}  ${meaning}`);
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}

/**
 * Node's parser says what is wrong in English only; its error code and the option it quotes
 * are enough to say it in Vietnamese too. Node's first line stays as the English wording.
 */
function badArguments(e: Error & { code?: string }): Failure {
  const error = e.message.split('\n')[0] || String(e);
  const option = /'(-[^' ]*(?:, --[^' ]+)?)/.exec(error)?.[1];
  const problem =
    e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? 'unknown-option'
      : e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? /does not take an argument/.test(error) ? 'takes-no-value' : 'missing-value'
        : 'other';
  return failure('bad-arguments', { problem, option, error });
}
