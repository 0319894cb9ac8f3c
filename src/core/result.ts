import type { Warning } from './model';

/**
 * Every stage returns a value with its messages (the way mammoth.js does): odd input becomes a
 * warning; a failure that leaves no usable value is an error with a code and where it happened.
 * Exceptions are reserved for bugs.
 */
export interface Failure {
  ok: false;
  error: PlanError;
}

export interface Success<T> {
  ok: true;
  value: T;
  warnings: Warning[];
}

export type Result<T> = Success<T> | Failure;

export interface PlanError {
  code: string;
  message: string;
  /** Where: a file, a page, a row, a cell, a byte offset. */
  where?: string;
  /** What the message was made from, so it can be said again in another language (src/i18n). */
  params?: Record<string, string | number | boolean>;
}

export function ok<T>(value: T, warnings: Warning[] = []): Success<T> {
  return { ok: true, value, warnings };
}

export function fail(code: string, message: string, where?: string): Failure {
  return { ok: false, error: where === undefined ? { code, message } : { code, message, where } };
}
