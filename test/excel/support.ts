/** Test helpers for the Office.js edge: an OfficeEnv over the fake, Office versions, plans. */
import type { OfficeEnv } from '../../src/excel/env';
import { makePlan, makeTask } from '../support/generate-plan';
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

/** Awkward values real plans hold: a STT that is not a number, text that looks like a formula. */
export function smallPlan() {
  return makePlan(
    [
      makeTask('1.1', 'I', '- Kế hoạch rà soát thủ tục', '2024-03-31'),
      makeTask('1.10', 'I', '=SUM(A1:A2) không phải công thức', '2024-12-31'),
      makeTask('1.2', 'I', '+84 đường dây nóng', null),
      makeTask('1.3', 'I', '@tổ công tác', '2024-06-05', {
        targets: [{ id: 'NV-1.3-1', text: 'tối thiểu 90% hồ sơ', comparator: '>=', value: 90, unit: '%', scope: 'hồ sơ' }],
      }),
    ],
    [{ stt: 'I', title: 'Công tác chỉ đạo' }],
  );
}

