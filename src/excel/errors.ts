/**
 * Excel's errors -> Result failures. Nothing is logged and dropped (the official template's test
 * passed while its code threw): the code, Excel's message and where it happened reach the UI.
 */
import { fail, type Failure } from '../core/result';
import { PhaseError } from './batch';
import { phaseName, say, type ExcelMessageCode, type Lang } from './messages';

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
export function excelFailure(e: unknown, code: ExcelMessageCode, lang: Lang, params: Record<string, string> = {}): Failure {
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
  const finalCode: ExcelMessageCode = TOO_LARGE.test(inner.code) || TOO_LARGE.test(inner.message) ? 'excel-request-too-large' : code;
  const message = say(finalCode, lang, { ...params, phase: phaseName(phase, lang), detail: inner.message });
  return fail(finalCode, message, where || undefined);
}
