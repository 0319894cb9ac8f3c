/** @jest-environment jsdom */
/**
 * One register, many documents in the task pane: before anything is written, the preview says
 * whether the pasted document is new to the workbook's register or a revision of one there.
 */
import './jsdom-setup';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Plan } from '../../src/core/model';
import { ok } from '../../src/core/result';
import { UI } from '../../src/i18n/ui';
import { App } from '../../src/taskpane/App';
import type { DocumentPreview } from '../../src/taskpane/operations';
import { callsOf, fakeOperations } from './fake-operations';
import { paste } from './paste';

const WORD_TABLE = readFileSync(join(__dirname, '..', 'fixtures', 'word-saved-table.html'), 'utf8');
const vi = UI.vi;

async function previewWith(preview: DocumentPreview) {
  const ops = fakeOperations({ previewDocument: async (_plan: Plan) => ok(preview) });
  render(<App operations={ops} strings={vi} locale="vi" />);
  paste(await screen.findByLabelText(vi.import.pasteLabel), { html: WORD_TABLE, text: 'STT\tNhiệm vụ' });
  await screen.findByRole('heading', { name: vi.preview.heading }, { timeout: 10000 });
  return ops;
}

describe('the preview names the document in the register', () => {
  it('a revision of a document already there, said before anything is written', async () => {
    const ops = await previewWith({ status: 'revision', label: '57/TB-UBND 03/04/2024', heading: 'Thông báo số 57/TB-UBND', documents: ['Kế hoạch 04/01/2024', '57/TB-UBND 03/04/2024'] });
    const note = await screen.findByTestId('register-document');
    expect(note.textContent).toContain('Bản sửa đổi của văn bản 57/TB-UBND 03/04/2024 đã có trong sổ theo dõi');
    expect(note.textContent).toContain('sổ theo dõi có 2 văn bản');
    expect(callsOf(ops, 'previewDocument')).toHaveLength(1);
    expect(callsOf(ops, 'writePlan')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: vi.preview.write }));
    await screen.findByText('Đã ghi vào trang tính “Theo dõi”');
  });

  it('a new document in a register that holds others', async () => {
    await previewWith({ status: 'new', label: '1203/UBND-VP 10/05/2024', heading: 'Công văn số 1203/UBND-VP', documents: ['57/TB-UBND 03/04/2024', '1203/UBND-VP 10/05/2024'] });
    expect((await screen.findByTestId('register-document')).textContent).toContain('Văn bản mới trong sổ theo dõi: 1203/UBND-VP 10/05/2024');
  });

  it('a first import says nothing about registers', async () => {
    const ops = await previewWith({ status: 'new', label: 'Kế hoạch 04/01/2024', heading: 'Kế hoạch', documents: ['Kế hoạch 04/01/2024'] });
    await waitFor(() => expect(callsOf(ops, 'previewDocument')).toHaveLength(1));
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(screen.queryByTestId('register-document')).toBeNull();
  });
});
