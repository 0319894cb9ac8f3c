/**
 * Warnings and failures made from the catalog: a stable code, the parameters it was said with,
 * and a rendered message. The core builds every warning and error through these two, so none is
 * worded outside src/i18n/messages.ts.
 * - A warning's message is in DEFAULT_LOCALE (Vietnamese) whatever the interface language: it is
 *   part of the Plan JSON, which must not change with who ran the parser.
 * - A failure is no part of any Plan; it goes straight to the person, so its message is in the
 *   interface's current language (a caller that prints `error.message` is already right).
 */
import type { Warning } from '../core/model';
import type { Failure } from '../core/result';
import { currentLocale, DEFAULT_LOCALE } from './locale';
import { msg, type MessageCode, type Param, type ParamsOf, type WarningCode } from './messages';

/** Where a warning happened: the Warning's own fields, never part of its detail. */
export interface Place {
  task?: string | undefined;
  page?: number | undefined;
  row?: number | undefined;
}

const PLACE_KEYS = ['task', 'page', 'row'] as const;

function defined(params: Record<string, Param | undefined>): Record<string, Param> {
  const out: Record<string, Param> = {};
  for (const [k, v] of Object.entries(params)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * A warning: `params` become its detail (task, page and row, when among them, its own fields),
 * so renderWarning can say it again in any language. Only a warning code (not a failure's) compiles.
 */
export function warning<C extends WarningCode>(code: C, params: ParamsOf<C>, place: Place = {}): Warning {
  const all = defined({ ...(params as Record<string, Param | undefined>), ...(place as Record<string, Param | undefined>) });
  const w: Warning = { code, message: msg(code, all as ParamsOf<C>, DEFAULT_LOCALE) };
  const detail: Record<string, Param> = { ...all };
  for (const k of PLACE_KEYS) {
    const v = all[k];
    delete detail[k];
    if (v === undefined) continue;
    if (k === 'task') w.task = String(v);
    else w[k] = Number(v);
  }
  if (Object.keys(detail).length > 0) w.detail = detail;
  return w;
}

/** A failure with its code, params and message; `where` as Result's fail takes it. */
export function failure<C extends MessageCode>(code: C, params: ParamsOf<C>, where?: string): Failure {
  const p = defined(params as Record<string, Param | undefined>);
  const error: Failure['error'] = { code, message: msg(code, p as ParamsOf<C>, currentLocale()) };
  if (where !== undefined) error.where = where;
  if (Object.keys(p).length > 0) error.params = p;
  return { ok: false, error };
}
