/**
 * Entry of the task pane (dist/taskpane.html). Order of checks, each ending in a page that says
 * what is wrong rather than a blank pane or an endless spinner:
 * 1. the webview can run the core (old IE/EdgeHTML webviews cannot: "this Office is too old");
 * 2. office.js loaded (else: "runs inside Excel", office.js unreachable);
 * 3. Office.onReady within OFFICE_READY_MS, in Excel (else: "runs inside Excel" with install
 *    steps; if Office answers later after all, the app still starts);
 * then the app, with the Office.js operations and the worker parser.
 */
import { createRoot } from 'react-dom/client';
import { localeFor, setLocale } from '../i18n/locale';
import { UI } from '../i18n/ui';
import { App } from './App';
import { bootPage } from './boot-bridge';
import { loadExcelOperations } from './excel-operations';
import { parseInPage } from './parse/in-page';
import { createWorkerParser } from './parse/worker-client';
import { testOperations } from './test-hook';
import { canRunCore } from './webview';

const OFFICE_READY_MS = 800;
/** Next to taskpane.html; the build id keeps an old cached worker from answering a new page. */
const WORKER_URL = `parse-worker.js?v=${process.env.PLAN_TRACKER_BUILD ?? 'dev'}`;

async function start(): Promise<void> {
  const boot = bootPage();
  if (!canRunCore()) {
    boot.show('old');
    return;
  }
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') {
    boot.show('offline');
    return;
  }
  const timer = setTimeout(() => boot.show('outside'), OFFICE_READY_MS);
  const info = await Office.onReady();
  clearTimeout(timer);
  if (info.host !== Office.HostType.Excel) {
    boot.show('outside');
    return;
  }
  // Office's display language decides, once: the pane's strings and every failure's wording.
  const locale = localeFor(Office.context.displayLanguage);
  setLocale(locale);
  const operations = testOperations() ?? (await loadExcelOperations());
  const root = document.getElementById('root');
  if (!root) throw new Error('taskpane.html has no #root');
  createRoot(root).render(<App operations={operations} strings={UI[locale]} locale={locale} parser={createWorkerParser(WORKER_URL, parseInPage)} />);
  boot.started();
}

start().catch((e: unknown) => bootPage().show('failed', e instanceof Error ? e.message : String(e)));
