import { execFileSync } from 'child_process';
import { join } from 'path';
import type { ReadDocument } from '../../../src/core/model';
import type { Page } from '../../../src/core/import/readers/pdf/page';
import type { Result } from '../../../src/core/result';

const ROOT = join(__dirname, '../../..');
const SCRIPT = join(__dirname, 'read-child.ts');

function run(mode: string, ...files: string[]): string {
  return execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', SCRIPT, mode, ...files], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 180_000,
  });
}

/** The pages of a PDF as pdf.js reads them (in a child process). */
export function pdfPages(file: string): Page[] {
  return JSON.parse(run('pages', file)) as Page[];
}

/** readInputAsync with the Node platform (pdf.js, Tesseract), in a child process. */
export function readAsync(file: string): { result: Result<ReadDocument>; progress: number[] } {
  return JSON.parse(run('doc', file)) as { result: Result<ReadDocument>; progress: number[] };
}

/** readInputAsync for several files in one child process (one start-up for all). */
export function readAsyncMany(files: string[]): { result: Result<ReadDocument>; progress: number[] }[] {
  return JSON.parse(run('docs', ...files)) as { result: Result<ReadDocument>; progress: number[] }[];
}
