/** A scripted Operations for the UI tests: records every call, answers from what the test gives. */
import type { Plan } from '../../src/core/model';
import { ok, type Result } from '../../src/core/result';
import { DEFAULT_SETTINGS, type Capabilities, type Operations, type Settings, type StatusReport, type WriteOptions, type WriteReport } from '../../src/taskpane/operations';

export interface FakeOperations extends Operations {
  calls: { name: string; args: unknown[] }[];
  written: Plan[];
}

export const SAMPLE_STATUS: StatusReport = {
  asOf: '2024-07-01',
  breaches: [
    { target: 'CT-3.2-1', text: 'Tỷ lệ hồ sơ trễ hạn dưới 2%', value: 3.5, comparator: '<', threshold: 2, unit: '%', cell: "'Chỉ tiêu'!F9" },
    { target: 'NV-1.4-1', text: 'Kiểm tra tối thiểu 40% cơ quan', value: 25, comparator: '>=', threshold: 40, unit: '%', cell: "'Chỉ tiêu'!F12" },
  ],
  invalid: [{ target: 'CT-3.3-1', cell: "'Chỉ tiêu'!F10", text: 'khoảng 90' }],
  overdue: [
    { task: '1.2', text: 'Ban hành kế hoạch kiểm tra', lead: ['Phòng Nội vụ'], due: '2024-03-31', timeliness: 'Quá hạn', cell: "'Nhiệm vụ'!B8" },
    { task: '2.1', text: 'Rà soát thủ tục hành chính', lead: ['Văn phòng UBND'], due: '2024-06-30', timeliness: 'Quá hạn', cell: "'Nhiệm vụ'!B15" },
  ],
  dueSoon: [{ task: '3.1', text: 'Báo cáo 6 tháng', lead: ['Phòng Nội vụ'], due: '2024-07-05', timeliness: 'Sắp đến hạn', cell: "'Nhiệm vụ'!B20" }],
  byUnit: {
    '': { tasks: 10, done: 4, overdue: 2, percentDone: 66.66666, percentOnTime: 75 },
    'Phòng Nội vụ': { tasks: 6, done: 3, overdue: 1, percentDone: 75, percentOnTime: 100 },
    'Văn phòng UBND': { tasks: 4, done: 1, overdue: 1, percentDone: 50, percentOnTime: null },
  },
};

export function fakeOperations(over: Partial<Operations> = {}, caps: Partial<Capabilities> = {}): FakeOperations {
  const calls: FakeOperations['calls'] = [];
  const written: Plan[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  const record = (name: string, args: unknown[]) => calls.push({ name, args });
  const base: Operations = {
    async capabilities() {
      record('capabilities', []);
      return { conditionalFormats: true, dataValidation: true, pageLayout: true, sheetCopy: true, displayLanguage: 'vi-VN', ...caps };
    },
    async writePlan(plan: Plan, options: WriteOptions): Promise<Result<WriteReport>> {
      record('writePlan', [plan, options]);
      written.push(plan);
      return ok({ sheet: 'Theo dõi', mode: 'new-sheet', added: plan.tasks.length, updated: 0, kept: 0, marked: 0, degraded: [] });
    },
    async readStatus(asOf?: string) {
      record('readStatus', [asOf]);
      return ok(SAMPLE_STATUS);
    },
    async goToCell(address: string) {
      record('goToCell', [address]);
      return ok(true as const);
    },
    async applyPrintSettings() {
      record('applyPrintSettings', []);
      return ok({ sheets: ['Theo dõi'], degraded: [] });
    },
    async loadSettings() {
      record('loadSettings', []);
      return settings;
    },
    async saveSettings(next: Settings) {
      record('saveSettings', [next]);
      settings = next;
      return ok(true as const);
    },
  };
  const wrapped: Operations = { ...base };
  for (const [k, fn] of Object.entries(over)) {
    (wrapped as unknown as Record<string, unknown>)[k] = async (...args: unknown[]) => {
      record(k, args);
      return (fn as (...a: unknown[]) => unknown)(...args);
    };
  }
  return Object.assign(wrapped, { calls, written });
}

export function callsOf(ops: FakeOperations, name: string): unknown[][] {
  return ops.calls.filter((c) => c.name === name).map((c) => c.args);
}
