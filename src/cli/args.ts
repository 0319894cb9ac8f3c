import { parseArgs } from 'util';
import { ok, type Failure, type Result } from '../core/result';
import { failure } from '../i18n/coded';
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

/** Node's own parser, strict: an unknown flag is an error the user sees, not something ignored. */
export function parseCommandArgs<T extends Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>>(
  args: string[],
  options: T,
): Result<{ values: Record<string, string | boolean | string[] | undefined>; positionals: string[] }> {
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return ok({ values: r.values as Record<string, string | boolean | string[] | undefined>, positionals: r.positionals });
  } catch (e) {
    return badArguments(e as Error & { code?: string });
  }
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
