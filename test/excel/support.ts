/** Test helpers for the Office.js edge: an OfficeEnv over the fake, Office versions, plans. */
import type { OfficeEnv } from '../../src/excel/env';
import { FakeContext, type FakeOptions } from './fake-excel';

/** ExcelApi minor versions of the Office versions the README names. */
export const OFFICE = {
  /** Microsoft 365 / Excel on the web. */
  m365: 17,
  /** Office 2021. */
  office2021: 14,
  /** Office 2019: stops at ExcelApi 1.8 (no page layout, RangeAreas, copyFrom, AutoFilter). */
  office2019: 8,
  /** Office 2016 after updates. */
  office2016: 4,
} as const;

export interface FakeHost {
  ctx: FakeContext;
  env: OfficeEnv;
}

export function fakeHost(options: FakeOptions & { language?: string; now?: Date } = {}): FakeHost {
  const ctx = new FakeContext(options);
  const env: OfficeEnv = {
    run: async <T>(batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> => batch(ctx as unknown as Excel.RequestContext),
    isSetSupported: (name, version) => name === 'ExcelApi' && Number(version.split('.')[1]) <= ctx.api,
    displayLanguage: () => options.language ?? 'vi-VN',
    documentSettings: () => null,
    storage: () => null,
    now: () => options.now ?? new Date(2024, 5, 1, 9, 30),
  };
  return { ctx, env };
}
