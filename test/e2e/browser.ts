/**
 * The Chrome or Chromium binary the end-to-end tests drive (playwright-core works with any):
 * PLAN_TRACKER_CHROMIUM when set, else the first of the usual places that exists. On Debian,
 * /usr/bin/chromium (apt-get install chromium); elsewhere, see scripts/test-all.sh.
 */
import { existsSync } from 'fs';

const USUAL = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

export function chromiumPath(env: Record<string, string | undefined> = process.env): string {
  const named = env.PLAN_TRACKER_CHROMIUM?.trim();
  if (named) return named;
  return USUAL.find((p) => existsSync(p)) ?? (USUAL[0] as string);
}

/* ---------- The harness every end-to-end file shares ---------- */

import { mkdirSync } from 'fs';
import { join } from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serve, type Served } from './serve';

export const CHROMIUM = chromiumPath();
export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
/** Where screenshots go: PLAN_TRACKER_SHOTS, else .tmp/ (git-ignored). */
export const SHOTS = process.env.PLAN_TRACKER_SHOTS ?? join(ROOT, '.tmp');

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && !process.env.CI) {
  console.log(`skipped: ${CHROMIUM} not present (apt-get install chromium, or set PLAN_TRACKER_CHROMIUM to a Chrome/Chromium binary; scripts/test-all.sh says more)`);
}
/** describe, or describe.skip without a browser; never skipped on CI, where a missing browser must fail. */
export const suite = hasChromium || process.env.CI ? describe : describe.skip;

/**
 * The built pane served from dist/ and one headless Chromium for the suite that calls this
 * (registered as its beforeAll/afterAll). Chromium starts with the flags this closed network
 * needs (no background networking, no component updates, no sync).
 */
export function paneHarness(): { readonly browser: Browser; readonly server: Served } {
  let browser: Browser | undefined;
  let server: Served | undefined;
  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html'))) throw new Error('dist/taskpane.html is missing: run `npx webpack --mode production` first');
    mkdirSync(SHOTS, { recursive: true });
    server = await serve(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('the browser is not started (paneHarness is used inside a suite)');
      return browser;
    },
    get server(): Served {
      if (!server) throw new Error('the server is not started (paneHarness is used inside a suite)');
      return server;
    },
  };
}

/** A real paste event on the pane's paste box, carrying Word's two clipboard flavours. */
export async function pasteFromWord(page: Page, label: string, html: string, text = 'STT\tNhiệm vụ cụ thể'): Promise<void> {
  const box = page.getByLabel(label);
  await box.focus();
  await box.evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data.html);
    dt.setData('text/plain', data.text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, { html, text });
}
