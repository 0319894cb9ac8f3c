/**
 * The scripted stand-in for Excel, served in place of office.js: a fake `Office` global that
 * says "Excel is ready" (or, for the outside-Office case, "no host"), and the Operations the
 * task pane uses when opened with ?e2e=stand-in (src/taskpane/test-hook.ts). It records what
 * the pane asks for on window.__standIn, where the test reads it back.
 */
import { failure, warning } from '../../src/i18n/coded';

/** What the stand-in's Excel skips: a warning the Office.js writer really makes (its page layout is off below). */
const NO_PAGE_LAYOUT = warning('excel-no-page-layout', {});

export interface StandInOptions {
  /** null: office.js loads but the page is not inside Office. */
  host: 'Excel' | null;
  displayLanguage?: string;
  /** Operations that fail, as the Office.js ones do when the workbook has no tracking sheet. */
  failing?: readonly FailingOperation[];
}

export type FailingOperation = 'readStatus' | 'applyPrintSettings' | 'saveSettings' | 'writePlan';

/** The failure a failing operation returns: a coded one the real operations make. */
const NO_TRACKING = failure('excel-no-tracking', {});

export function standInScript({ host, displayLanguage = 'vi-VN', failing = [] }: StandInOptions): string {
  return `
(function () {
  var info = { host: ${JSON.stringify(host)}, platform: ${host ? "'PC'" : 'null'} };
  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline' },
    context: { displayLanguage: ${JSON.stringify(displayLanguage)}, requirements: { isSetSupported: function () { return true; } } },
    onReady: function (cb) { if (cb) cb(info); return Promise.resolve(info); }
  };
  var log = window.__standIn = { calls: [], written: [] };
  function ok(value) { return Promise.resolve({ ok: true, value: value, warnings: [] }); }
  var failing = ${JSON.stringify(failing)};
  function fails(name) { return failing.indexOf(name) >= 0; }
  function no() { return Promise.resolve(${JSON.stringify(NO_TRACKING)}); }
  function rec(name, args) { log.calls.push({ name: name, args: JSON.parse(JSON.stringify(args)) }); }
  window.__PLAN_TRACKER_TEST_OPERATIONS__ = {
    capabilities: function () { rec('capabilities', []); return Promise.resolve({ conditionalFormats: true, dataValidation: true, pageLayout: false, sheetCopy: true, displayLanguage: ${JSON.stringify(displayLanguage)} }); },
    writePlan: function (plan, options) {
      rec('writePlan', [{ tasks: plan.tasks.length }, options]);
      if (fails('writePlan')) return no();
      log.written.push(JSON.parse(JSON.stringify(plan)));
      return ok({ sheet: 'Theo dõi', mode: 'new-sheet', added: plan.tasks.length, updated: 0, kept: 0, marked: 0, degraded: [${JSON.stringify(NO_PAGE_LAYOUT)}] });
    },
    readStatus: function (asOf) {
      rec('readStatus', [asOf || null]);
      if (fails('readStatus')) return no();
      return ok({ asOf: '2024-07-01', breaches: [{ target: 'CT-3.2-1', text: 'Giảm tỷ lệ hồ sơ trễ hạn xuống dưới 2%', value: 3.5, comparator: '<', threshold: 2, unit: '%', cell: "'Chỉ tiêu'!F9" }], invalid: [], overdue: [], dueSoon: [], byUnit: { '': { tasks: 92, done: 10, overdue: 3, percentDone: 76.9, percentOnTime: 90 } } });
    },
    goToCell: function (address) { rec('goToCell', [address]); return ok(true); },
    applyPrintSettings: function () { rec('applyPrintSettings', []); if (fails('applyPrintSettings')) return no(); return ok({ sheets: ['Theo dõi'], degraded: [] }); },
    loadSettings: function () { rec('loadSettings', []); return Promise.resolve({ noise: [], beforeDay: 'inclusive', unitsDirectory: '' }); },
    saveSettings: function (s) { rec('saveSettings', [s]); if (fails('saveSettings')) return no(); return ok(true); }
  };
})();
`;
}
