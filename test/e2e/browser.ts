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
