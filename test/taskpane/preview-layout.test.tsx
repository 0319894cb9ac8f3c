/** @jest-environment jsdom */
/**
 * The preview in a 350 px pane (issue 14): a plan of several sections starts as its outline,
 * each section saying how many tasks it holds; a click opens one. A plan of one section shows
 * its tasks at once.
 */
import './jsdom-setup';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { UI } from '../../src/i18n/ui';
import { PreviewScreen } from '../../src/taskpane/PreviewScreen';
import { generatePlan } from '../support/generate-plan';

const vi = UI.vi;
const noop = () => undefined;

function renderPreview(sections: number) {
  const plan = generatePlan(30, { sections });
  render(
    <PreviewScreen plan={plan} warnings={<></>} source="x.docx" reading={false} writing={false} writeFailure={null} yearText="" onYearText={noop} onReread={noop} onWrite={noop} onWriteWithoutBackup={noop} onDismissFailure={noop} onBack={noop} />,
  );
  const table = screen.getByRole('table', { name: vi.preview.tasksHeading });
  const taskRows = () => within(table).queryAllByRole('row').filter((r) => r.hasAttribute('data-task'));
  return { plan, table, taskRows };
}

describe('the preview at 350 px', () => {
  it('several sections start collapsed, each with its task count; a click opens one, another click closes it', () => {
    const { plan, table, taskRows } = renderPreview(3);
    const toggles = within(table).getAllByRole('button');
    expect(toggles).toHaveLength(3);
    expect(toggles.every((b) => b.getAttribute('aria-expanded') === 'false')).toBe(true);
    expect(taskRows()).toHaveLength(0);
    const first = plan.sections[0]?.stt as string;
    const inFirst = plan.tasks.filter((t) => t.section === first).map((t) => t.id);
    expect(toggles[0]?.textContent).toContain(`(${inFirst.length} nhiệm vụ)`);
    fireEvent.click(toggles[0] as HTMLElement);
    expect(taskRows().map((r) => r.getAttribute('data-task'))).toEqual(inFirst);
    expect(toggles[0]?.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggles[0] as HTMLElement);
    expect(taskRows()).toHaveLength(0);
  });

  it('one section shows its tasks at once', () => {
    const { plan, taskRows } = renderPreview(1);
    expect(taskRows()).toHaveLength(plan.tasks.length);
  });

  it('the summary comes before the tasks, and Write before the table', () => {
    renderPreview(3);
    const summary = screen.getByTestId('preview-summary');
    const write = screen.getByRole('button', { name: vi.preview.write });
    const table = screen.getByRole('table', { name: vi.preview.tasksHeading });
    expect(summary.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(write.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
