/** @jest-environment jsdom */
import './jsdom-setup';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Plan } from '../../src/core/model';
import { fail } from '../../src/core/result';
import { warning } from '../../src/i18n/coded';
import { localeFor } from '../../src/i18n/locale';
import { msg } from '../../src/i18n/messages';
import { UI } from '../../src/i18n/ui';
import { App } from '../../src/taskpane/App';
import { callsOf, fakeOperations } from './fake-operations';
import { paste } from './paste';

const WORD_TABLE = readFileSync(join(__dirname, '..', 'fixtures', 'word-saved-table.html'), 'utf8');
const vi = UI.vi;

function renderApp(ops = fakeOperations(), locale: 'vi' | 'en' = 'vi') {
  render(<App operations={ops} strings={UI[locale]} locale={locale} />);
  return ops;
}

async function pasteWordTable(html = WORD_TABLE, strings = vi) {
  const box = await screen.findByLabelText(strings.import.pasteLabel);
  paste(box, { html, text: 'STT\tNhiệm vụ' });
  return screen.findByRole('heading', { name: strings.preview.heading }, { timeout: 10000 });
}

describe('import, preview, write', () => {
  it('a pasted Word table is previewed with its tasks and warnings, and written only on Write, once', async () => {
    const ops = renderApp();
    await pasteWordTable();

    // The tasks as understood, grouped under their section, deadlines as dates.
    const table = screen.getByRole('table', { name: vi.preview.tasksHeading });
    const rows = within(table).getAllByRole('row').filter((r) => r.getAttribute('data-task'));
    expect(rows.map((r) => r.getAttribute('data-task'))).toEqual(['1.1', '1.2', '1.3.']);
    expect(screen.getByTestId('preview-summary').textContent).toBe('3 nhiệm vụ trong 1 mục, 1 chỉ tiêu');
    expect(table.textContent).toMatch(/\d{2}\/\d{2}\/2024/);

    // The year was guessed from the title: said under "Đã đoán", in plain words.
    const guessed = document.querySelector('[data-kind="guessed"]');
    expect(guessed?.textContent).toContain(vi.warnings.guessed);
    expect(guessed?.querySelector('[data-code="year-inferred"]')).not.toBeNull();

    // Nothing written before the click.
    expect(callsOf(ops, 'writePlan')).toHaveLength(0);
    const write = screen.getByRole('button', { name: vi.preview.write });
    fireEvent.click(write);
    fireEvent.click(write); // a double click still writes once
    await screen.findByText('Đã ghi vào trang tính “Theo dõi”');
    const writes = callsOf(ops, 'writePlan');
    expect(writes).toHaveLength(1);
    const plan = writes[0]?.[0] as Plan;
    expect(plan.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3.']);
    expect(plan.year).toBe(2024);
    expect(screen.getByText('Thêm 3, cập nhật 0, giữ nguyên 0, đánh dấu đã rời kế hoạch 0.')).toBeTruthy();
  });

  it('pasted markup is data: no <script>, no <img onerror> ever reaches the page', async () => {
    const hits = { n: 0 };
    (window as unknown as { __pwned: () => void }).__pwned = () => void hits.n++;
    const evil = WORD_TABLE.replace(
      /(<td[^>]*>\s*<p[^>]*>)/i,
      '$1<script>window.__pwned()</script><img src=x onerror="window.__pwned()"><iframe src="javascript:window.__pwned()"></iframe>',
    );
    expect(evil).not.toBe(WORD_TABLE);
    renderApp();
    await pasteWordTable(evil);
    expect(document.querySelector('main script, main img, main iframe')).toBeNull();
    expect(document.body.innerHTML).not.toContain('onerror');
    expect(hits.n).toBe(0);
    // The paste box stays empty: the paste never lands in it.
    expect((screen.queryByLabelText(vi.import.pasteLabel) as HTMLTextAreaElement | null)?.value ?? '').toBe('');
  });

  it('an unknown year can be given and the input read again', async () => {
    renderApp();
    const html = readFileSync(join(__dirname, '..', 'fixtures', 'clipboard-word.html'), 'utf8');
    await pasteWordTable(html);
    expect(screen.getByText(vi.preview.yearUnknown)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(vi.import.yearLabel), { target: { value: '2025' } });
    fireEvent.click(screen.getByRole('button', { name: vi.preview.reread }));
    await screen.findByText('Năm của kế hoạch: 2025 (bạn nhập)');
  });

  it('a paste with no task table says why, and writes nothing', async () => {
    const ops = renderApp();
    const box = await screen.findByLabelText(vi.import.pasteLabel);
    paste(box, { text: 'Kính gửi các phòng ban.\nĐề nghị thực hiện.' });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không đọc được nội dung vừa dán');
    // No table, and prose that assigns to nobody (issue 10).
    expect(alert.textContent).toContain(msg('pane.no-assignments', {}, 'vi'));
    expect(callsOf(ops, 'writePlan')).toHaveLength(0);
  });

  it('a failed write is said in plain words and can be retried', async () => {
    let first = true;
    const ops = renderApp(
      fakeOperations({
        writePlan: async (plan: Plan) => {
          if (first) {
            first = false;
            return fail('sheet-protected', 'The sheet is protected');
          }
          return { ok: true, value: { sheet: 'Theo dõi', mode: 'update', added: 0, updated: plan.tasks.length, kept: 0, marked: 0, degraded: [] }, warnings: [] };
        },
      }),
    );
    await pasteWordTable();
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(vi.write.failedTitle);
    expect(alert.textContent).toContain('The sheet is protected');
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    await screen.findByText(vi.write.modeUpdate);
    expect(callsOf(ops, 'writePlan')).toHaveLength(2);
  });

  it('when this Excel cannot keep a copy, it asks first; "Do not write" writes nothing, "Write anyway" passes the consent on', async () => {
    const ops = renderApp(
      fakeOperations({
        writePlan: async (plan: Plan, options?: { allowWithoutBackup?: boolean }) =>
          options?.allowWithoutBackup
            ? { ok: true, value: { sheet: 'Theo dõi', mode: 'update', added: 0, updated: plan.tasks.length, kept: 0, marked: 0, degraded: [] }, warnings: [] }
            : fail('excel-backup-needs-consent', 'Phiên bản Excel này không sao chép được trang tính “Theo dõi” trước khi sửa.', 'Theo dõi'),
      }),
    );
    await pasteWordTable();
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    const ask = await screen.findByRole('alert');
    expect(ask.textContent).toContain(vi.write.consentTitle);
    expect(ask.textContent).toContain('Theo dõi');
    fireEvent.click(within(ask).getByRole('button', { name: vi.write.consentCancel }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(callsOf(ops, 'writePlan')).toHaveLength(1);

    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: vi.write.consentWrite }));
    await screen.findByText(vi.write.modeUpdate);
    const calls = callsOf(ops, 'writePlan') as unknown[][];
    expect(calls).toHaveLength(3);
    expect(calls[2]?.[1]).toMatchObject({ allowWithoutBackup: true });
    expect(calls[0]?.[1]).not.toMatchObject({ allowWithoutBackup: true });
  });

  it('what this Excel cannot do is said once, up front; the write report adds only what the notice did not say', async () => {
    renderApp(
      fakeOperations(
        {
          writePlan: async (plan: Plan) => ({
            ok: true,
            value: { sheet: 'Theo dõi', mode: 'new-sheet', added: plan.tasks.length, updated: 0, kept: 0, marked: 0, degraded: [warning('excel-no-conditional-formats', {}), warning('excel-no-autofilter', {})] },
            warnings: [],
          }),
        },
        { conditionalFormats: false, pageLayout: false },
      ),
    );
    await screen.findByText(vi.app.degradedTitle);
    const notice = screen.getByTestId('degraded-notice');
    expect(notice.textContent).toContain(vi.app.missingConditionalFormats);
    expect(notice.textContent).toContain(vi.app.missingPageLayout);
    // How to set up printing by hand, step by step, said once.
    expect(within(notice).getAllByRole('listitem').map((li) => li.textContent)).toEqual([vi.app.printStepPaper, vi.app.printStepMargins, vi.app.printStepFit, vi.app.printStepTitles, vi.app.printStepNumbers]);
    await pasteWordTable();
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    await screen.findByText(vi.write.degradedTitle);
    expect(document.querySelector('[data-code="excel-no-conditional-formats"]')).toBeNull();
    expect(document.querySelector('[data-code="excel-no-autofilter"]')?.textContent).toBe(msg('excel-no-autofilter', {}, 'vi'));
  });

  it.each(['vi', 'en'] as const)('on Excel 2019 (%s) no screen names an API, and the print tab gives no button and no green "done"', async (locale) => {
    const s = UI[locale];
    render(<App operations={fakeOperations({}, { pageLayout: false, sheetCopy: false, dataValidation: true, conditionalFormats: true })} strings={s} locale={locale} />);
    await screen.findByText(s.app.degradedTitle);
    expect(screen.getAllByText(s.app.degradedTitle)).toHaveLength(1);
    for (const tab of [s.app.tabImport, s.app.tabTargets, s.app.tabStatus, s.app.tabPrint, s.app.tabSettings]) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      expect([tab, document.body.textContent]).not.toEqual([tab, expect.stringMatching(/ExcelApi|requirement set/i)]);
      expect(screen.getAllByText(s.app.degradedTitle)).toHaveLength(1);
    }
    fireEvent.click(screen.getByRole('tab', { name: s.app.tabPrint }));
    expect(screen.queryByRole('button', { name: s.print.apply })).toBeNull();
    expect(screen.getByText(s.print.byHand)).toBeTruthy();
  });

  it('print that set up no sheet says no "done"', async () => {
    renderApp(fakeOperations({ applyPrintSettings: async () => ({ ok: true, value: { sheets: [], degraded: [warning('excel-no-page-layout', {})] }, warnings: [] }) }));
    fireEvent.click(screen.getByRole('tab', { name: vi.app.tabPrint }));
    fireEvent.click(screen.getByRole('button', { name: vi.print.apply }));
    await screen.findByText(vi.write.degradedTitle);
    expect(screen.queryByText(/Đã thiết lập in cho/)).toBeNull();
    expect(document.querySelector('[data-code="excel-no-page-layout"]')?.textContent).not.toMatch(/ExcelApi/);
  });
});

describe('targets and status', () => {
  it('breaches are listed and a click goes to the cell', async () => {
    const ops = renderApp();
    fireEvent.click(screen.getByRole('tab', { name: vi.app.tabTargets }));
    fireEvent.click(screen.getByRole('button', { name: vi.targets.check }));
    const list = await screen.findByRole('list', { name: 'Chỉ tiêu chưa đạt (2)' });
    const items = within(list).getAllByRole('button');
    expect(items[0]?.textContent).toContain('CT-3.2-1');
    expect(items[0]?.textContent).toContain('Đạt 3,5%, yêu cầu < 2%');
    fireEvent.click(items[1] as HTMLElement);
    await waitFor(() => expect(callsOf(ops, 'goToCell')).toEqual([["'Chỉ tiêu'!F12"]]));
    expect(screen.getByText('“khoảng 90” không phải là số')).toBeTruthy();
  });

  it('the as-of date is typed day first and reaches the reading as ISO; a date that is none is refused', async () => {
    const ops = renderApp();
    fireEvent.click(screen.getByRole('tab', { name: vi.app.tabTargets }));
    const field = screen.getByLabelText(vi.targets.asOf) as HTMLInputElement;
    expect(field.value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    fireEvent.change(field, { target: { value: '31/04/2025' } });
    expect(screen.getByText(vi.targets.asOfInvalid)).toBeTruthy();
    expect((screen.getByRole('button', { name: vi.targets.check }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(field, { target: { value: '30/4/2025' } });
    fireEvent.click(screen.getByRole('button', { name: vi.targets.check }));
    await waitFor(() => expect(callsOf(ops, 'readStatus')).toEqual([['2025-04-30']]));
  });

  it('status counts and lists follow the unit filter', async () => {
    renderApp();
    fireEvent.click(screen.getByRole('tab', { name: vi.app.tabStatus }));
    const overdueAll = await screen.findByRole('region', { name: 'Nhiệm vụ quá hạn (2)' });
    expect(within(overdueAll).getAllByRole('listitem').map((li) => li.getAttribute('data-task'))).toEqual(['1.2', '2.1']);
    expect(screen.getByTestId('status-counts').textContent).toContain('66,7%');
    // Each percentage says how it is counted, where it is shown.
    expect(screen.getByTestId('percent-rules').textContent).toBe(vi.status.percentDoneRule + vi.status.percentOnTimeRule);
    expect(screen.getByRole('region', { name: vi.status.byUnitHeading }).textContent).toContain('Văn phòng UBND');

    fireEvent.change(screen.getByLabelText(vi.status.unitFilter), { target: { value: 'Văn phòng UBND' } });
    const overdueOne = await screen.findByRole('region', { name: 'Nhiệm vụ quá hạn (1)' });
    expect(within(overdueOne).getAllByRole('listitem').map((li) => li.getAttribute('data-task'))).toEqual(['2.1']);
    expect(screen.getByRole('region', { name: 'Nhiệm vụ sắp đến hạn (0)' }).textContent).toContain(vi.status.noneDueSoon);
    const counts = screen.getByTestId('status-counts').textContent ?? '';
    expect(counts).toContain('50%');
    expect(counts).toContain('—');
  });

  it('print applies the settings and names the sheets', async () => {
    const ops = renderApp();
    fireEvent.click(screen.getByRole('tab', { name: vi.app.tabPrint }));
    fireEvent.click(screen.getByRole('button', { name: vi.print.apply }));
    await screen.findByText('Đã thiết lập in cho: Theo dõi');
    expect(callsOf(ops, 'applyPrintSettings')).toHaveLength(1);
  });
});

describe('settings', () => {
  it('saves noise lines and the before-day reading; the untouched units directory stays as stored', async () => {
    const ops = renderApp();
    fireEvent.click(screen.getByRole('tab', { name: vi.app.tabSettings }));
    await screen.findByRole('heading', { name: vi.settings.unitsHeading });
    fireEvent.change(screen.getByLabelText(vi.settings.noiseLabel), { target: { value: 'Bản sao lưu hành nội bộ\n\n/^Trang \\d+$/\n' } });
    fireEvent.click(screen.getByLabelText(vi.settings.beforeExclusive));
    fireEvent.click(screen.getByRole('button', { name: vi.settings.save }));
    await screen.findByText(vi.settings.saved);
    expect(callsOf(ops, 'saveSettings')).toEqual([[{ noise: ['Bản sao lưu hành nội bộ', '/^Trang \\d+$/'], beforeDay: 'exclusive', unitsDirectory: '' }]]);
  });
});

describe('language', () => {
  it.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['vi-VN', 'vi'],
    ['fr-FR', 'vi'],
    ['', 'vi'],
  ])('display language %s gives %s', (lang, locale) => {
    expect(localeFor(lang)).toBe(locale);
  });

  it('in English when Office speaks English', async () => {
    renderApp(fakeOperations({}, { displayLanguage: 'en-US' }), localeFor('en-US'));
    expect(screen.getByRole('tab', { name: 'Targets' })).toBeTruthy();
    await pasteWordTable(WORD_TABLE, UI.en);
    expect(screen.getByTestId('preview-summary').textContent).toBe('Tasks: 3, sections: 1, targets: 1');
    expect(screen.getByRole('button', { name: 'Write to the workbook' })).toBeTruthy();
    expect(screen.queryByText(vi.preview.write)).toBeNull();
  });
});

describe('focus follows what appears (keyboard and screen-reader users)', () => {
  it('to the preview, then to the write result; a failure takes focus and is an alert', async () => {
    renderApp(fakeOperations({ writePlan: async () => fail('excel-unavailable', 'Excel is not available') }));
    await pasteWordTable();
    const preview = screen.getByRole('region', { name: vi.preview.heading });
    expect(document.activeElement).toBe(preview);
    expect(screen.getByTestId('preview-summary').getAttribute('aria-live')).toBe('polite');
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    const alert = await screen.findByRole('alert');
    expect(alert.parentElement?.contains(document.activeElement) || document.activeElement === alert.parentElement).toBe(true);
  });

  it('a successful write moves focus to its report, announced politely', async () => {
    renderApp();
    await pasteWordTable();
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    const report = await screen.findByRole('region', { name: 'Đã ghi vào trang tính “Theo dõi”' });
    await waitFor(() => expect(document.activeElement).toBe(report));
    expect(within(report).getByRole('status').getAttribute('aria-live')).toBe('polite');
  });
});
