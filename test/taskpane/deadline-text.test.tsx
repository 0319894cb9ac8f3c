/** @jest-environment jsdom */
/**
 * Deadlines in the preview as a Vietnamese reader expects them (issue 14): a date as dd/mm/yyyy;
 * without one, why in plain words ("Không có hạn cố định", recurring, bound to an event), with
 * the document's phrase beneath and never the same words twice.
 */
import './jsdom-setup';
import { render } from '@testing-library/react';
import type { Deadline } from '../../src/core/model';
import { UI } from '../../src/i18n/ui';
import { DeadlineText } from '../../src/taskpane/DeadlineText';

const vi = UI.vi.preview;

function shown(d: Partial<Deadline>): string {
  const deadline: Deadline = { text: '', due: null, kind: 'none', milestones: [], ...d };
  const { container, unmount } = render(<DeadlineText deadline={deadline} />);
  const text = Array.from(container.children).map((e) => e.textContent).join(' | ');
  unmount();
  return text;
}

describe('DeadlineText', () => {
  it.each([
    [{ text: 'Trước ngày 30/6/2024', due: '2024-06-30', kind: 'date' as const }, '30/06/2024 | Trước ngày 30/6/2024'],
    [{ text: '', kind: 'none' as const }, vi.kindNone],
    [{ text: 'Không có hạn cố định', kind: 'none' as const }, vi.kindNone],
    [{ text: 'Thường xuyên', kind: 'recurring' as const }, `${vi.kindRecurring} | Thường xuyên`],
    [{ text: 'Khi có phát sinh', kind: 'event' as const }, `${vi.kindEvent} | Khi có phát sinh`],
    [{ text: 'Khi có việc phát sinh.', kind: 'event' as const }, vi.kindEvent],
  ])('%j reads "%s"', (d, expected) => {
    expect(shown(d)).toBe(expected);
  });

  it('says no deadline in words a reader expects, with no English and no bare kind word', () => {
    for (const label of [vi.kindNone, vi.kindRecurring, vi.kindEvent]) {
      expect(label).toMatch(/hạn cố định|ngày cố định|phát sinh/);
      expect(label).not.toMatch(/[A-Za-z]+ing\b|none|event|recurring/);
    }
  });
});
