/**
 * Excel's errors -> Result failures. Nothing is logged and dropped (the official template's test
 * passed while its code threw): the code, Excel's message and where it happened reach the UI.
 */
import type { Failure } from '../core/result';
import { failure } from '../i18n/coded';
import type { ParamsOf } from '../i18n/messages';
import { PhaseError } from './batch';

/** The failures an Excel.run can end in, by what was being done. */
export type RunFailureCode = 'excel-write-failed' | 'excel-read-failed' | 'excel-go-to-failed' | 'excel-print-failed';

/** The parts of OfficeExtension.Error we keep (duck-typed: tests and other hosts throw lookalikes). */
interface OfficeErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown; code?: unknown };
}

const TOO_LARGE = /PayloadSizeLimit|PayloadTooLarge|RequestEntityTooLarge/i;

export function describeError(e: unknown): { code: string; message: string; location: string; statement: string } {
  const x = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as OfficeErrorLike;
  const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
  return {
    code: str(x.code) || str(x.debugInfo?.code),
    message: str(x.message) || str(e),
    location: str(x.debugInfo?.errorLocation),
    statement: str(x.debugInfo?.statement),
  };
}

/** A failure with a stable code, a plain message and, in `where`, the phase and Excel's own details. */
export function excelFailure(e: unknown, code: RunFailureCode, params: { phase?: string; address?: string } = {}): Failure {
  const phase = e instanceof PhaseError ? e.phase : (params.phase ?? '');
  const inner = describeError(e instanceof PhaseError ? e.original : e);
  const where = [
    phase ? `phase: ${phase}` : '',
    inner.code ? `code: ${inner.code}` : '',
    inner.location ? `at: ${inner.location}` : '',
    inner.statement ? `statement: ${inner.statement}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  if (TOO_LARGE.test(inner.code) || TOO_LARGE.test(inner.message)) return failure('excel-request-too-large', { phase, detail: inner.message }, where || undefined);
  // The phase travels raw ("cells"): the catalog names it in whichever language says the failure.
  // Only excel-go-to-failed needs an address, and its caller always gives one.
  return failure(code, { ...params, phase, detail: inner.message } as ParamsOf<'excel-go-to-failed'>, where || undefined);
}
