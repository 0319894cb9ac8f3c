/**
 * The built task pane (dist/, from `npm run build`) in Debian's Chromium, driven by
 * playwright-core: outside Office it speaks within a second; inside a scripted stand-in for
 * Excel, a Word table pasted through a real paste event is previewed and, on Write only, handed
 * to the stand-in with the right tasks. Screenshots go to .tmp/ for a person to look at.
 *
 * Runs with `npx jest -c jest.e2e.config.js` after `npm run build`. The browser: PLAN_TRACKER_CHROMIUM,
 * else /usr/bin/chromium or another usual place (browser.ts); without one it skips with a
 * message, except on CI (process.env.CI), where a missing browser fails.
 */
import { join } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import type { Plan } from '../../src/core/model';
import { UI } from '../../src/i18n/ui';
import { fixtureJson } from '../support/fixtures';
import { toDocx, toWordHtml, type AppendixSection, type AppendixTask } from '../support/render-appendix';
import { SHOTS, paneHarness, pasteFromWord, suite } from './browser';
import { standInScript } from './stand-in';

const OFFICE_JS = '**/office.js';


const expected = fixtureJson<{ sections: AppendixSection[]; tasks: AppendixTask[] }>('ke-hoach-04.expected.json');
const vi = UI.vi;

suite('task pane in Chromium', () => {
  const harness = paneHarness();
  const external: string[] = [];

  /** A task-pane-sized page; every request off localhost except office.js is refused and noted. */
  async function open(locale = 'vi-VN'): Promise<{ context: BrowserContext; page: Page }> {
    const context = await harness.browser.newContext({ locale, viewport: { width: 420, height: 900 } });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.pathname.endsWith('/office.js')) return route.fallback();
      external.push(url.href);
      return route.abort();
    });
    const page = await context.newPage();
    return { context, page };
  }

  /**
   * Navigates, waits for the boot page of the given kind, and returns how long after the page
   * arrived the boot page FIRST appeared (any kind: each says that Plan Tracker runs inside Excel
   * and how to install it). Measured in the page's own clock, from the end of the HTML response
   * to the moment the boot script showed it: what the page controls, without the test driver's
   * overhead or a cold renderer process on a busy machine.
   */
  async function bootShownAt(page: Page, url: string, kind: string): Promise<number> {
    await page.goto(url, { waitUntil: 'commit' });
    const box = page.locator(`#boot[data-kind="${kind}"]`);
    await box.waitFor({ state: 'visible', timeout: 10000 });
    const shown = Number(await box.getAttribute('data-shown-at'));
    const arrived = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).responseEnd);
    return shown - arrived;
  }

  it('office.js blocked: within a second the page says it runs inside Excel and how to install it', async () => {
    const { context, page } = await open();
    await page.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
    const ms = await bootShownAt(page, `${harness.server.url}/taskpane.html`, 'offline');
    const text = await page.locator('#boot').innerText();
    expect(text).toContain(vi.boot.title);
    expect(text).toContain(vi.boot.offline);
    expect(text).toContain(vi.boot.installHeading);
    expect(text).toContain(vi.boot.installWeb);
    await page.screenshot({ path: join(SHOTS, 'e2e-outside-offline.png'), fullPage: true });
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
    await context.close();
  });

  it('office.js that never answers: the page still speaks within a second, no blank page', async () => {
    const { context, page } = await open();
    await page.route(OFFICE_JS, () => undefined); // never fulfilled
    const ms = await bootShownAt(page, `${harness.server.url}/taskpane.html`, 'waiting');
    expect(await page.locator('#boot').innerText()).toContain(vi.boot.waiting);
    await page.screenshot({ path: join(SHOTS, 'e2e-outside-waiting.png'), fullPage: true });
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1000);
    await context.close();
  });

  it('opened in a browser outside Office (office.js loads, no host): says so, in English for an English browser', async () => {
    const { context, page } = await open('en-US');
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: null }) }));
    const ms = await bootShownAt(page, `${harness.server.url}/taskpane.html`, 'outside');
    expect(ms).toBeLessThan(1000);
    const text = await page.locator('#boot').innerText();
    expect(text).toContain(UI.en.boot.title);
    expect(text).toContain(UI.en.boot.outside);
    expect(await page.locator('#root').innerText()).toBe('');
    await page.screenshot({ path: join(SHOTS, 'e2e-outside-browser-en.png'), fullPage: true });
    await context.close();
  });

  it('a webview without regex lookbehind (IE11, old Edge, old Safari): says which Office is needed, starts nothing', async () => {
    const { context, page } = await open();
    // The engine of an old webview, as far as the checks can tell: lookbehind does not compile.
    await page.addInitScript(() => {
      const Native = RegExp;
      const Old = function (this: unknown, pattern: string | RegExp, flags?: string) {
        if (String(pattern).includes('(?<')) throw new SyntaxError('Invalid regular expression: lookbehind');
        return new Native(pattern, flags);
      } as unknown as RegExpConstructor;
      Object.defineProperty(Old, 'prototype', { value: Native.prototype });
      (window as unknown as { RegExp: RegExpConstructor }).RegExp = Old;
    });
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: 'Excel' }) }));
    const ms = await bootShownAt(page, `${harness.server.url}/taskpane.html?e2e=stand-in`, 'old');
    expect(ms).toBeLessThan(1000);
    const text = await page.locator('#boot').innerText();
    expect(text).toContain(vi.boot.oldTitle);
    expect(text).toContain('WebView2');
    await page.waitForLoadState('load'); // the deferred bundle has run its checks, and must not have started
    expect(await page.locator('#root').innerText()).toBe('');
    await page.screenshot({ path: join(SHOTS, 'e2e-old-webview.png'), fullPage: true });
    await context.close();
  });

  it('inside the stand-in: a pasted Word table is previewed, written on Write only, with the right tasks', async () => {
    const { context, page } = await open();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: 'Excel' }) }));
    await page.goto(`${harness.server.url}/taskpane.html?e2e=stand-in`);
    await page.getByRole('heading', { name: vi.import.heading }).waitFor();
    expect(await page.locator('#boot').isHidden()).toBe(true);

    // A real paste event carrying Word's two clipboard flavours.
    await pasteFromWord(page, vi.import.pasteLabel, toWordHtml(expected.sections, expected.tasks));

    await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 30000 });
    expect(await page.getByTestId('preview-summary').innerText()).toMatch(/^92 nhiệm vụ trong 7 mục/);
    // Seven sections start collapsed (the 350 px pane shows the outline); open them all.
    const sections = page.locator('tr[data-section] button[aria-expanded="false"]');
    expect(await sections.count()).toBe(7);
    expect(await page.locator('tr[data-task]').count()).toBe(0);
    while ((await sections.count()) > 0) await sections.first().click();
    const rows = page.locator('tr[data-task]');
    expect(await rows.count()).toBe(92);
    expect(await rows.first().innerText()).toContain(expected.tasks[0]?.task.slice(0, 40) ?? '');
    expect(await page.locator('table').first().innerText()).toMatch(/\d{2}\/\d{2}\/2024/);
    expect(workers.some((u) => u.includes('parse-worker.js'))).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'e2e-preview.png'), fullPage: false });

    // Nothing written yet; then one click writes once.
    expect(await page.evaluate(() => (window as unknown as { __standIn: { written: unknown[] } }).__standIn.written.length)).toBe(0);
    await page.getByRole('button', { name: vi.preview.write }).click();
    await page.getByText('Đã ghi vào trang tính “Theo dõi”').waitFor();
    const written = await page.evaluate(() => (window as unknown as { __standIn: { written: Plan[] } }).__standIn.written);
    expect(written).toHaveLength(1);
    const plan = written[0] as Plan;
    expect(plan.schema).toBe('plan-tracker/plan@1');
    expect(plan.year).toBe(2024);
    expect(plan.sections).toEqual(expected.sections);
    expect(plan.tasks.map((t) => ({ id: t.id, section: t.section, task: t.task, lead: t.lead, deadlineText: t.deadline.text }))).toEqual(
      expected.tasks.map((t) => ({ id: t.id, section: t.section, task: t.task, lead: t.lead, deadlineText: t.deadlineText })),
    );
    // The feature the stand-in lacks (page layout) is explained once, up front, not again on the report.
    await page.getByText(vi.write.doneTitle.replace('{sheet}', 'Theo dõi')).waitFor();
    expect(await page.getByText(vi.app.degradedTitle).count()).toBe(1);
    expect(await page.getByText(vi.write.degradedTitle).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'e2e-written.png'), fullPage: false });

    // Targets: the breach list goes to the cell.
    await page.getByRole('tab', { name: vi.app.tabTargets }).click();
    await page.getByRole('button', { name: vi.targets.check }).click();
    await page.locator('[data-cell]').first().click();
    const calls = await page.evaluate(() => (window as unknown as { __standIn: { calls: { name: string; args: unknown[] }[] } }).__standIn.calls);
    expect(calls.filter((c) => c.name === 'goToCell').map((c) => c.args)).toEqual([["'Chỉ tiêu'!F9"]]);
    await page.screenshot({ path: join(SHOTS, 'e2e-targets.png'), fullPage: false });

    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await context.close();
  });

  it('inside the stand-in: a .docx picked from disk is read (in the worker) and previewed', async () => {
    const { context, page } = await open();
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: 'Excel' }) }));
    await page.goto(`${harness.server.url}/taskpane.html?e2e=stand-in`);
    await page.getByRole('heading', { name: vi.import.heading }).waitFor();
    const docx = await toDocx(expected.sections, expected.tasks);
    await page.getByTestId('file-input').setInputFiles({ name: 'ke-hoach.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    await page.getByRole('heading', { name: vi.preview.heading }).waitFor({ timeout: 30000 });
    const sections = page.locator('tr[data-section] button[aria-expanded="false"]');
    while ((await sections.count()) > 0) await sections.first().click();
    expect(await page.locator('tr[data-task]').count()).toBe(92);
    expect(await page.getByText('Nguồn: ke-hoach.docx').count()).toBe(1);
    await context.close();
  });

  it('without the test flag the stand-in operations are ignored (the production path)', async () => {
    const { context, page } = await open();
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standInScript({ host: 'Excel' }) }));
    await page.goto(`${harness.server.url}/taskpane.html`);
    await page.getByRole('heading', { name: vi.import.heading }).waitFor();
    // The real Office.js operations were loaded instead: they ask the (fake) Office for settings,
    // never the stand-in's hook.
    const calls = await page.evaluate(() => (window as unknown as { __standIn: { calls: unknown[] } }).__standIn.calls.length);
    expect(calls).toBe(0);
    await context.close();
  });
});
