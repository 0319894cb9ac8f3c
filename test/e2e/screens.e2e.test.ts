/**
 * Every task-pane screen as a civil servant sees it, at 350 px (the narrowest Excel task pane)
 * and 500 px, in Chromium with the scripted stand-in for Excel (stand-in.ts): after a preview
 * Write is on screen without scrolling, and stays in reach when the tasks are scrolled; no
 * English word or API name on the Vietnamese screens; a failure is announced (role=alert).
 * Screenshots go to PLAN_TRACKER_SHOTS or .tmp/ for a person to look at.
 *
 * Runs with `npx jest -c jest.e2e.config.js` after `npx webpack --mode production`.
 */
import { join } from 'path';
import { type Page } from 'playwright-core';
import { UI } from '../../src/i18n/ui';
import { fixtureJson } from '../support/fixtures';
import { toWordHtml, type AppendixSection, type AppendixTask } from '../support/render-appendix';
import { SHOTS, paneHarness, pasteFromWord, suite } from './browser';
import { standInScript, type FailingOperation } from './stand-in';


const expected = fixtureJson<{ sections: AppendixSection[]; tasks: AppendixTask[] }>('ke-hoach-04.expected.json');
const vi = UI.vi;
/** A task pane's height on a laptop screen with the ribbon open. */
const HEIGHT = 640;

/**
 * English a Vietnamese reader must not meet: API and requirement-set names, "sheet", and the
 * everyday English words a forgotten string would carry ("to" is Vietnamese too: "to lớn"). "Excel" and "Word" are product names.
 */
const ENGLISH = [
  /\bsheets?\b/i, /ExcelApi/, /requirement set/i, /office\.js/i, /\bAPI\b/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /\[object /,
  /\b(the|and|of|is|not|error|failed|loading|save|write|settings|cell|task|target|done|overdue|print)\b/i,
];

function englishIn(text: string): string[] {
  return ENGLISH.flatMap((re) => {
    const m = re.exec(text);
    return m ? [m[0]] : [];
  });
}

/** The tasks pasted from Word, as the first e2e test does, until the preview shows. */
async function paste(page: Page): Promise<void> {
  await pasteFromWord(page, vi.import.pasteLabel, toWordHtml(expected.sections, expected.tasks));
  await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 30000 });
}

/** Whether the element lies wholly inside the viewport as it is scrolled now. */
async function inView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole('button', { name }).boundingBox();
  return box !== null && box.y >= 0 && box.y + box.height <= HEIGHT;
}

suite.each([350, 500])('task pane screens at %i px', (width) => {
  const harness = paneHarness();

  async function open(failing: FailingOperation[] = []): Promise<Page> {
    const context = await harness.browser.newContext({ locale: 'vi-VN', viewport: { width, height: HEIGHT } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.fallback();
      if (url.pathname.endsWith('/office.js')) return route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: 'Excel', failing }) });
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/taskpane.html?e2e=stand-in`);
    await page.getByRole('heading', { name: vi.import.heading }).waitFor();
    return page;
  }

  async function shot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `pane-${width}-${name}.png`), fullPage: false });
  }

  /** The pane's text: no English, nothing wider than the pane (no sideways scrolling). */
  async function readsWell(page: Page): Promise<void> {
    expect(englishIn(await page.locator('#root').innerText())).toEqual([]);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(width);
  }

  afterEach(async () => {
    for (const c of harness.browser.contexts()) await c.close();
  });

  it('import, preview (Write in view without scrolling, and after scrolling the tasks), written', async () => {
    const page = await open();
    await shot(page, 'import');
    await readsWell(page);

    await paste(page);
    await shot(page, 'preview');
    // Focus moved to the preview (the pane scrolls its heading to the top); Write is there, no scrolling by hand.
    const heading = await page.getByRole('heading', { name: vi.preview.heading }).boundingBox();
    expect(heading && heading.y >= 0 && heading.y < HEIGHT / 4).toBe(true);
    expect(await inView(page, vi.preview.write)).toBe(true);
    await readsWell(page);

    const sections = page.locator('tr[data-section] button[aria-expanded="false"]');
    while ((await sections.count()) > 0) await sections.first().click();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await inView(page, vi.preview.write)).toBe(true);
    await shot(page, 'preview-scrolled');
    await readsWell(page);

    await page.getByRole('button', { name: vi.preview.write }).click();
    await page.getByText(vi.write.doneTitle.replace('{sheet}', 'Theo dõi')).waitFor();
    await shot(page, 'written');
    await readsWell(page);
  });

  it('targets, status, print and settings read in Vietnamese only', async () => {
    const page = await open();
    await page.getByRole('tab', { name: vi.app.tabTargets }).click();
    await page.getByRole('button', { name: vi.targets.check }).click();
    await page.locator('[data-cell]').first().waitFor();
    await shot(page, 'targets');
    await readsWell(page);

    await page.getByRole('tab', { name: vi.app.tabStatus }).click();
    await page.getByText(vi.status.percentDone).first().waitFor();
    await shot(page, 'status');
    await readsWell(page);

    await page.getByRole('tab', { name: vi.app.tabPrint }).click();
    await page.getByRole('heading', { name: vi.print.heading }).waitFor();
    await shot(page, 'print');
    await readsWell(page);

    await page.getByRole('tab', { name: vi.app.tabSettings }).click();
    await page.getByRole('heading', { name: vi.settings.heading }).waitFor();
    await shot(page, 'settings');
    await readsWell(page);
    // The units directory: a table of the built-in units, editable in the narrow pane.
    await page.getByRole('heading', { name: vi.settings.unitsHeading }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById('units-heading')?.scrollIntoView());
    expect(await page.locator('tr[data-unit-row]').count()).toBeGreaterThan(5);
    await shot(page, 'settings-units');
    await readsWell(page);
  });

  it('a failure is announced (role=alert), takes the focus and reads in Vietnamese', async () => {
    const page = await open(['readStatus', 'writePlan']);
    await paste(page);
    await page.getByRole('button', { name: vi.preview.write }).click();
    const alert = page.getByRole('alert');
    await alert.first().waitFor();
    const said = await alert.first().innerText();
    expect(said).toContain(vi.write.failedTitle);
    // A failure the catalog knows is said plainly, not as "an unexpected error".
    expect(said).not.toContain(vi.app.unexpected.split('{')[0]?.trim() ?? '');
    // Focus went to the failure: a screen reader reads it, a keyboard user is there.
    expect(await page.evaluate(() => document.activeElement?.contains(document.querySelector('[role="alert"]')) ?? false)).toBe(true);
    await shot(page, 'write-failed');
    await readsWell(page);

    await page.getByRole('tab', { name: vi.app.tabTargets }).click();
    await page.getByRole('button', { name: vi.targets.check }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByRole('alert').first().innerText()).toContain(vi.targets.failedTitle);
    await shot(page, 'targets-failed');
    await readsWell(page);
  });
});
