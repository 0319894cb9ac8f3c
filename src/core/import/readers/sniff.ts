import { failure } from '../../../i18n/coded';
import type { SourceFormat, Warning } from '../../model';
import type { Failure } from '../../result';
import { asWindows1252, decodeBytes } from './decode';
import { describeZip, isZip, unzipParts } from './docx';
import { detectLegacyEncoding } from './legacy';
import { hasPipeTable } from './markdown-syntax';
import { looksDelimited } from './tsv';

export interface Sniffed {
  /** Discriminates from Failure. */
  ok: true;
  format: SourceFormat;
  encodingWarning?: Warning;
  /** The decoded text (absent for .docx), so the caller does not decode twice. */
  text?: string;
}

/** The file's extension, lower case, without the dot ("" when none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? (m[1] as string).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/**
 * A PDF (%PDF-) or a page image (PNG, JPEG, TIFF) by its first bytes: these are read page by
 * page with pdf.js and OCR (readers/pdf/async.ts), not decoded as text. Null for anything else.
 */
export function sniffPaged(bytes: Uint8Array): 'pdf' | 'image' | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'image';
  return null;
}

/** An HTML document or clipboard fragment beyond doubt. */
function isHtmlDocument(head: string): boolean {
  if (/^Version:\d/.test(head) && /StartHTML:/i.test(head)) return true; // CF_HTML clipboard header
  return /^<(!doctype\s+html|html|head|body|meta)\b/i.test(head) || /<html[\s>]/i.test(head);
}

/** What a text is, by content; the extension decides only between text and what it names. */
function classifyText(text: string, ext: string): SourceFormat {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (isHtmlDocument(head)) return 'html';
  // Pipe tables before weaker HTML signs: converters' markdown carries <p>, <br>, <ul> too.
  if (hasPipeTable(text)) return 'markdown';
  if (/^<(table|tr|div|p|style)\b/i.test(head) || /<table[\s>]/i.test(text)) return 'html';
  if (looksDelimited(text)) return 'tsv';
  if (ext === 'csv' || ext === 'tsv') return 'tsv';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  // Up to the last ">" only: past it, every "<a" of a long run would scan to the end for one.
  if ((ext === 'html' || ext === 'htm') && /<\/?[a-z][^>]*>/i.test(text.slice(0, text.lastIndexOf('>') + 1))) return 'html';
  return 'text';
}

/**
 * Decides a file's format by its content, not its name: a zip holding word/document.xml is a
 * .docx; text is HTML, markdown (pipe tables), tab-separated or plain. Fails for binary files,
 * other zips (.xlsx), old .doc/.xls, PDF, and text typed in the legacy TCVN3 or VNI encodings.
 */
export function sniffFormat(name: string, bytes: Uint8Array): Sniffed | Failure {
  const ext = extensionOf(name);
  if (isZip(bytes)) {
    let names: string[];
    try {
      names = unzipParts(bytes, () => false).names;
    } catch {
      return { ok: true, format: 'docx' }; // a damaged zip: the .docx reader says what is wrong with it
    }
    if (names.some((n) => /^word\/document\d*\.xml$/.test(n))) return { ok: true, format: 'docx' };
    return failure('docx-not-word', { reason: 'sniffed', file: name, zip: describeZip(names) }, name);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return failure('unsupported-format', { file: name, kind: 'ole' }, name);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) {
    return failure('unsupported-format', { file: name, kind: 'pdf' }, name);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    return failure('unsupported-format', { file: name, kind: 'rtf' }, name);
  }
  const decoded = decodeBytes(bytes, name);
  if ('ok' in decoded) return decoded;
  const legacy = detectLegacyEncoding(decoded.encoding === 'utf-8' || decoded.encoding.startsWith('utf-16') ? decoded.text : asWindows1252(bytes));
  if (legacy) return failure('legacy-encoding', { encoding: legacy }, name);
  const sniffed: Sniffed = { ok: true, format: classifyText(decoded.text, ext), text: decoded.text };
  if (decoded.warning) sniffed.encodingWarning = decoded.warning;
  return sniffed;
}
