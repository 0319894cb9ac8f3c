import { parseArgs } from 'util';
import { fail, ok, type Result } from '../core/result';

export interface CommonOptions {
  year?: number;
  today?: string;
  json: boolean;
  noise: string[];
}

export function parseYear(v: string | undefined): Result<number | undefined> {
  if (v === undefined) return ok(undefined);
  if (!/^\d{4}$/.test(v) || Number(v) < 1945 || Number(v) > 2200) return fail('bad-year', `--year must be a four-digit year, got "${v}"`);
  return ok(Number(v));
}

export function parseToday(v: string | undefined): Result<string | undefined> {
  if (v === undefined) return ok(undefined);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== v) return fail('bad-today', `--today must be a date as YYYY-MM-DD, got "${v}"`);
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
    return fail('bad-arguments', (e as Error).message.split('\n')[0] ?? 'bad arguments');
  }
}
