/**
 * End-to-end test hook. The end-to-end test (test/e2e) drives the built task pane with a
 * scripted stand-in for Excel: it serves a fake office.js and puts its Operations on
 * window.__PLAN_TRACKER_TEST_OPERATIONS__. The hook is honoured ONLY when the page was opened
 * with ?e2e=stand-in as well; a real Excel never opens the pane that way (the manifest's
 * SourceLocation has no query), so in production the real Office.js operations are always used.
 * It grants nothing a script already running in the page could not do.
 */
import type { Operations } from './operations';

declare global {
  interface Window {
    __PLAN_TRACKER_TEST_OPERATIONS__?: Operations;
  }
}

export const TEST_FLAG = 'e2e=stand-in';

export function testOperations(): Operations | null {
  if (!window.location.search.includes(TEST_FLAG)) return null;
  return window.__PLAN_TRACKER_TEST_OPERATIONS__ ?? null;
}
