import { readFileSync, statSync } from 'fs';
import { basename } from 'path';
import { ok, type PlanError, type Result } from '../core/result';
import { failure } from '../i18n/coded';

/** What a command needs from the outside world; tests pass their own. */
export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const processIo: CliIo = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

/** Documents beyond this size are not plans; reading them would only exhaust memory. */
const MAX_INPUT_BYTES = 200 * 1024 * 1024;

export function readInputFile(path: string): Result<{ name: string; bytes: Uint8Array }> {
  try {
    const st = statSync(path);
    if (st.isDirectory()) return failure('input-is-directory', { path }, path);
    if (st.size > MAX_INPUT_BYTES) return failure('input-too-large', { path, mb: Math.round(st.size / 1048576) }, path);
    return ok({ name: basename(path), bytes: new Uint8Array(readFileSync(path)) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure('input-not-found', { path }, path);
    return failure('input-unreadable', { path, error: code }, path);
  }
}

/**
 * A failure about an input file, with the file named: messages written for the task pane say
 * "this file" (the one the person just picked); on the command line the line must say which.
 * A failure whose params carry the file (`file`, `path`) names it already.
 */
export function aboutFile(path: string, error: PlanError, message: string = error.message): string {
  const named = error.params?.file !== undefined || error.params?.path !== undefined;
  return named ? message : `${basename(path)}: ${message}`;
}
