/** @jest-environment jsdom */
/**
 * Warnings travel one way: whatever an operation returns in Result.warnings is on the screen
 * that asked for it, in the pane's language, grouped with every other warning (issue 15).
 * Each screen is driven as a user would, with a fake whose warnings are real catalog codes.
 */
import './jsdom-setup';
import { fireEvent, render, screen } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Plan, Warning } from '../../src/core/model';
import { ok } from '../../src/core/result';
import { warning } from '../../src/i18n/coded';
import { createExcelOperations } from '../../src/excel/operations';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { msg, renderWarning } from '../../src/i18n/messages';
import { UI } from '../../src/i18n/ui';
import { App } from '../../src/taskpane/App';
import { DEFAULT_SETTINGS, type Operations, type Settings, type WriteReport } from '../../src/taskpane/operations';
import { fakeHost, OFFICE } from '../excel/support';
import { fakeOperations, SAMPLE_STATUS } from './fake-operations';
import { paste } from './paste';

const WORD_TABLE = readFileSync(join(__dirname, '..', 'fixtures', 'word-saved-table.html'), 'utf8');

const UNITS_INVALID = warning('settings-units-invalid', { detail: 'Unexpected token } in JSON' });
const NO_TASK_TABLE = warning('template-no-task-table', {});
const MERGES_UNREAD = warning('excel-snapshot-merges-unread', { detail: 'GeneralException' });
const SETTINGS_LOCAL = warning('excel-settings-local', {});

const report = (plan: Plan): WriteReport => ({ sheet: 'Theo dõi', mode: 'template', added: plan.tasks.length, updated: 0, kept: 0, marked: 0, degraded: [] });

type Screen = {
  name: string;
  over: Partial<Operations>;
  warnings: Warning[];
  /** What the user does to get there; resolves once the screen shows its result. */
  go(s: (typeof UI)['vi']): Promise<unknown>;
};

async function pasteAndWrite(s: (typeof UI)['vi'], mode: 'modeTemplate' | 'modeNewSheet' = 'modeTemplate') {
  paste(await screen.findByLabelText(s.import.pasteLabel), { html: WORD_TABLE, text: 'STT\tNhiệm vụ' });
  fireEvent.click(await screen.findByRole('button', { name: s.preview.write }, { timeout: 10000 }));
  return screen.findByText(s.write[mode]);
}

const SCREENS: Screen[] = [
  {
    name: 'the write report',
    over: { writePlan: async (plan: Plan) => ok(report(plan), [UNITS_INVALID, NO_TASK_TABLE]) },
    warnings: [UNITS_INVALID, NO_TASK_TABLE],
    go: pasteAndWrite,
  },
  {
    name: 'targets',
    over: { readStatus: async () => ok(SAMPLE_STATUS, [MERGES_UNREAD, UNITS_INVALID]) },
    warnings: [MERGES_UNREAD, UNITS_INVALID],
    go: async (s) => {
      fireEvent.click(screen.getByRole('tab', { name: s.app.tabTargets }));
      fireEvent.click(screen.getByRole('button', { name: s.targets.check }));
      return screen.findByRole('list', { name: s.targets.breachesHeading.replace('{n}', '2') });
    },
  },
  {
    name: 'status',
    over: { readStatus: async () => ok(SAMPLE_STATUS, [UNITS_INVALID]) },
    warnings: [UNITS_INVALID],
    go: async (s) => {
      fireEvent.click(screen.getByRole('tab', { name: s.app.tabStatus }));
      return screen.findByTestId('status-counts');
    },
  },
  {
    name: 'print',
    over: { applyPrintSettings: async () => ok({ sheets: ['Theo dõi'], degraded: [] }, [MERGES_UNREAD]) },
    warnings: [MERGES_UNREAD],
    go: async (s) => {
      fireEvent.click(screen.getByRole('tab', { name: s.app.tabPrint }));
      fireEvent.click(screen.getByRole('button', { name: s.print.apply }));
      return screen.findByText(s.print.done.replace('{sheets}', 'Theo dõi'));
    },
  },
  {
    name: 'settings',
    over: { saveSettings: async (_next: Settings) => ok(true as const, [SETTINGS_LOCAL]) },
    warnings: [SETTINGS_LOCAL],
    go: async (s) => {
      fireEvent.click(screen.getByRole('tab', { name: s.app.tabSettings }));
      fireEvent.click(await screen.findByRole('button', { name: s.settings.save }));
      return screen.findByText(s.settings.saved);
    },
  },
];

// Every screen in Vietnamese; one in English too (the words come from the same catalog).
const CASES = [...SCREENS.map((x) => ['vi', x.name, x] as const), ['en', SCREENS[0]?.name, SCREENS[0] as Screen] as const];

describe('every screen shows the warnings its operation returned', () => {
  it.each(CASES)('in %s: %s', async (locale, _name, x) => {
    const s = UI[locale];
    render(<App operations={fakeOperations(x.over)} strings={s} locale={locale} />);
    await x.go(s);
    const shown = [...document.querySelectorAll('li[data-code]')];
    for (const w of x.warnings) {
      const item = shown.find((li) => li.getAttribute('data-code') === w.code);
      expect([w.code, item?.textContent]).toEqual([w.code, renderWarning(w, locale)]);
    }
    // Under its group's title, and counted in the heading.
    expect(screen.getByRole('heading', { name: s.warnings.heading.replace('{n}', String(x.warnings.length)) })).toBeTruthy();
  });
});

describe('a screen with nothing to point out draws no warning list', () => {
  it('status without warnings', async () => {
    render(<App operations={fakeOperations()} strings={UI.vi} locale="vi" />);
    fireEvent.click(screen.getByRole('tab', { name: UI.vi.app.tabStatus }));
    await screen.findByTestId('status-counts');
    expect(document.querySelector('li[data-code]')).toBeNull();
    expect(screen.queryByText(UI.vi.warnings.none)).toBeNull();
  });
});

describe('with the real Office.js operations over the fake Excel: what issue 15 found dropped now shows', () => {
  /** Browser storage only (no document settings): where settings go on hosts without them. */
  function memoryStorage(initial: Record<string, string> = {}): Storage {
    const m = new Map(Object.entries(initial));
    return {
      get length() { return m.size; },
      clear: () => m.clear(),
      getItem: (k: string) => m.get(k) ?? null,
      key: (i: number) => [...m.keys()][i] ?? null,
      removeItem: (k: string) => void m.delete(k),
      setItem: (k: string, v: string) => void m.set(k, v),
    };
  }

  function host(storage: Storage) {
    const h = fakeHost({ api: OFFICE.m365 });
    h.ctx.addSheet('Sheet1');
    return createExcelOperations({ ...h.env, storage: () => storage });
  }

  it('an invalid units directory in the settings is said on the write report', async () => {
    const stored = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ ...DEFAULT_SETTINGS, unitsDirectory: '{ "units": [' }) });
    render(<App operations={host(stored)} strings={UI.vi} locale="vi" />);
    await pasteAndWrite(UI.vi, 'modeNewSheet');
    const item = await screen.findByText((_, el) => el?.getAttribute('data-code') === 'settings-units-invalid');
    expect(item.textContent).toMatch(/^Danh bạ đơn vị trong thiết lập không hợp lệ/);
  });

  it('settings kept in the browser, not the workbook, are said on the settings screen', async () => {
    render(<App operations={host(memoryStorage())} strings={UI.vi} locale="vi" />);
    fireEvent.click(screen.getByRole('tab', { name: UI.vi.app.tabSettings }));
    fireEvent.click(await screen.findByRole('button', { name: UI.vi.settings.save }));
    await screen.findByText(UI.vi.settings.saved);
    expect(document.querySelector('[data-code="excel-settings-local"]')?.textContent).toBe(msg('excel-settings-local', {}, 'vi'));
  });
});
