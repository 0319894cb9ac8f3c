/**
 * Parsing in the page: the fallback when no Web Worker can start, and what the UI tests use.
 * The core is imported on first use, so it (and the .docx reader with fflate and saxes) stays
 * out of the first-load script; a frame is yielded first so the spinner paints before the work.
 */
import { fail } from '../../core/result';
import type { PlanParser } from './types';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

export const parseInPage: PlanParser = async ({ name, bytes, options, onProgress, signal }) => {
  await nextFrame();
  try {
    const { sniffPaged } = await import('../../core/import/readers/sniff');
    if (sniffPaged(bytes) && typeof location !== 'undefined') {
      // A PDF or a scan without the worker: the same reader, in the page (slower, but it works).
      const { parsePaged } = await import(/* webpackChunkName: "paged" */ './paged');
      return await parsePaged({ name, bytes }, location.href, { ...options, ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) });
    }
    const { parsePlan } = await import('../../core/import');
    return parsePlan({ name, bytes }, options);
  } catch (e) {
    // A bug in the core, not bad input: it reaches the user as a coded failure, never a blank pane.
    return fail('parse-crashed', e instanceof Error ? e.message : String(e), name);
  }
};
