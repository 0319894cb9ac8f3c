/** Pastes like Word does: a paste event whose clipboardData holds HTML and plain text. */
import { fireEvent } from '@testing-library/react';

export function paste(target: Element, flavours: { html?: string; text?: string }): void {
  const data: Record<string, string> = { 'text/html': flavours.html ?? '', 'text/plain': flavours.text ?? '' };
  fireEvent.paste(target, { clipboardData: { getData: (type: string) => data[type] ?? '', types: Object.keys(data) } });
}
