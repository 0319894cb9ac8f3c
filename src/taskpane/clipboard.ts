/**
 * What a paste event carries, as an input for the core. Word and Excel put both an HTML and a
 * plain-text flavour on the clipboard; the HTML keeps merged cells and line breaks inside cells,
 * so it wins when it holds a table. The HTML is only ever handed to the core's reader as bytes:
 * it never enters the page.
 */
import type { ImportInput } from './useImportFlow';

export interface ClipboardFlavours {
  html: string;
  text: string;
}

/** Reads the two flavours from a paste event's DataTransfer (never navigator.clipboard). */
export function flavoursOf(data: Pick<DataTransfer, 'getData'> | null): ClipboardFlavours {
  if (!data) return { html: '', text: '' };
  return { html: data.getData('text/html') || '', text: data.getData('text/plain') || '' };
}

/** The input to parse, or null when the paste holds no text at all. */
export function clipboardInput({ html, text }: ClipboardFlavours, source: string): ImportInput | null {
  const encoder = new TextEncoder();
  if (html.trim() && (/<table[\s>]/i.test(html) || !text.trim())) {
    return { name: 'clipboard.html', bytes: encoder.encode(html), source };
  }
  if (text.trim()) return { name: 'clipboard.txt', bytes: encoder.encode(text), source };
  return null;
}
