/**
 * The Office host as this edge sees it: Excel.run, requirement sets, display language, document
 * settings, the clock. The globals are read when called, not when this module loads, so the
 * page can load outside Office (it then says so) and tests can put stand-ins in place.
 */
import type { Capabilities } from '../taskpane/operations';

export interface OfficeEnv {
  /** Excel.run; absent outside Excel. */
  run: (<T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>) | null;
  isSetSupported(name: string, version: string): boolean;
  displayLanguage(): string;
  /** The workbook's own settings (Office.context.document.settings), or null when unavailable. */
  documentSettings(): Office.Settings | null;
  /** The add-in's browser storage, or null when blocked. */
  storage(): Storage | null;
  now(): Date;
}

type Globals = { Excel?: typeof Excel; Office?: typeof Office; localStorage?: Storage };

function globals(): Globals {
  return globalThis as unknown as Globals;
}

export function officeEnv(): OfficeEnv {
  return {
    get run() {
      const x = globals().Excel;
      return x && typeof x.run === 'function' ? <T>(batch: (c: Excel.RequestContext) => Promise<T>) => x.run(batch) : null;
    },
    isSetSupported(name, version) {
      try {
        return globals().Office?.context?.requirements?.isSetSupported(name, version) === true;
      } catch {
        // Outside Office the requirements object may be missing: nothing is supported.
        return false;
      }
    },
    displayLanguage() {
      return globals().Office?.context?.displayLanguage ?? 'vi-VN';
    },
    documentSettings() {
      return globals().Office?.context?.document?.settings ?? null;
    },
    storage() {
      try {
        return globals().localStorage ?? null;
      } catch {
        // Some browsers throw on access when storage is disabled.
        return null;
      }
    },
    now() {
      return new Date();
    },
  };
}

/** ExcelApi sets the writer uses, and what each one brings. */
export const API_SETS = {
  conditionalFormats: '1.6',
  sheetCopy: '1.7', // worksheet.copy, freeze panes
  dataValidation: '1.8',
  pageLayout: '1.9', // pageLayout, getRanges (RangeAreas), copyFrom, autoFilter
  mergedAreas: '1.13', // range.getMergedAreasOrNullObject (reading merges)
  comments: '1.10', // workbook.comments (notes on OCR-restored cells)
} as const;

export function readCapabilities(env: OfficeEnv): Capabilities {
  const has = (v: string): boolean => env.isSetSupported('ExcelApi', v);
  return {
    conditionalFormats: has(API_SETS.conditionalFormats),
    dataValidation: has(API_SETS.dataValidation),
    pageLayout: has(API_SETS.pageLayout),
    sheetCopy: has(API_SETS.sheetCopy),
    comments: has(API_SETS.comments),
    displayLanguage: env.displayLanguage(),
  };
}

/**
 * Features that come with the same requirement set as a Capabilities flag (ExcelApi 1.9 brings
 * page layout, RangeAreas, copyFrom and AutoFilter; 1.7 brings sheet copy and freeze panes).
 */
export function derived(caps: Capabilities): { rangeAreas: boolean; copyFormats: boolean; autoFilter: boolean; freeze: boolean } {
  return { rangeAreas: caps.pageLayout, copyFormats: caps.pageLayout, autoFilter: caps.pageLayout, freeze: caps.sheetCopy };
}
