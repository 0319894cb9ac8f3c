/**
 * Parsing from the command line, PDFs and scans included: pdf.js and Tesseract are loaded only
 * when the input is a PDF or a page image; progress ("trang 3/31") goes to stderr on a terminal.
 */
import type { ParseOptions } from '../core/import';
import { parsePlanAsync } from '../core/import/readers/pdf/async';
import { sniffPaged } from '../core/import/readers/sniff';
import type { Plan } from '../core/model';
import type { Result } from '../core/result';
import { parsePlan } from '../core/import';
import { msg } from '../i18n/messages';

export async function parsePlanCli(file: { name: string; bytes: Uint8Array }, options: ParseOptions): Promise<Result<Plan>> {
  if (!sniffPaged(file.bytes)) return parsePlan(file, options);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { nodePlatform } = require('../pdf/node-platform') as typeof import('../pdf/node-platform');
  const platform = nodePlatform();
  const tty = process.stderr.isTTY === true;
  try {
    return await parsePlanAsync(file, platform, {
      ...options,
      onProgress: (p) => {
        if (tty) process.stderr.write(`\r${msg('cli.page-progress', { page: p.page, pages: p.pages })}`);
      },
    });
  } finally {
    if (tty) process.stderr.write('\r\x1b[K');
    await platform.dispose?.();
  }
}
