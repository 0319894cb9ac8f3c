/**
 * PDFs and page images in the task pane: the core's async reader with the browser platform
 * (pdf.js, OffscreenCanvas, tesseract.js). Imported only when such a file is picked, so pdf.js and
 * Tesseract stay out of the first load and out of the parse worker's own script.
 */
import { parsePlanAsync } from '../../core/import/readers/pdf/async';
import type { ParseOptions } from '../../core/import/plan';
import type { AsyncReadOptions } from '../../core/import/readers/pdf/platform';
import type { Plan } from '../../core/model';
import type { Result } from '../../core/result';
import { browserPlatform } from '../../pdf/browser-platform';

/** `base`: the add-in's folder (absolute URL), where webpack put pdf.js's and Tesseract's files. */
export async function parsePaged(file: { name: string; bytes: Uint8Array }, base: string, options: ParseOptions & AsyncReadOptions): Promise<Result<Plan>> {
  const platform = browserPlatform(base);
  try {
    return await parsePlanAsync(file, platform, options);
  } finally {
    await platform.dispose?.().catch(() => undefined);
  }
}
