import { failure, warning } from '../../../i18n/coded';
import type { ReadDocument, SourceFormat, Warning } from '../../model';
import { ok, type Result } from '../../result';
import { readDocx } from './docx';
import { readHtml } from './html';
import { readMarkdown } from './markdown';
import { extensionOf, sniffFormat } from './sniff';
import { readText } from './text';
import { readDelimited } from './tsv';

export { readDocx } from './docx';
export { readHtml } from './html';
export { readMarkdown } from './markdown';
export { sniffFormat } from './sniff';
export { readText } from './text';
export { readDelimited } from './tsv';

/** The formats each extension may honestly hold; anything else earns a `format-sniffed` warning. */
const EXPECTED: Record<string, SourceFormat[]> = {
  md: ['markdown', 'text'],
  markdown: ['markdown', 'text'],
  txt: ['text', 'markdown', 'tsv'],
  text: ['text', 'markdown', 'tsv'],
  html: ['html'],
  htm: ['html'],
  tsv: ['tsv', 'text'],
  csv: ['tsv', 'text'],
  docx: ['docx'],
};

function read(format: SourceFormat, text: string, ext: string): ReadDocument {
  switch (format) {
    case 'html': return readHtml(text);
    case 'markdown': return readMarkdown(text);
    case 'tsv': return readDelimited(text, ext === 'csv' ? ',' : undefined);
    default: return readText(text);
  }
}

/**
 * Reads any supported input: sniffs the format from the bytes (the extension decides only
 * ties), decodes text, and hands it to its reader. Warnings live in the document's `warnings`.
 * Failures name the file in `where`.
 */
export function readInput(file: { name: string; bytes: Uint8Array }): Result<ReadDocument> {
  // Nothing but a byte order mark and whitespace: say so, rather than "no table" in an empty file.
  if (isEmptyFile(file.bytes)) return failure('empty-file', { file: file.name }, file.name);
  const sniffed = sniffFormat(file.name, file.bytes);
  if (!sniffed.ok) return sniffed;
  const ext = extensionOf(file.name);
  const warnings: Warning[] = [];
  if (sniffed.encodingWarning) warnings.push(sniffed.encodingWarning);
  const expected = EXPECTED[ext];
  if (expected && !expected.includes(sniffed.format)) {
    warnings.push(warning('format-sniffed', { file: file.name, extension: ext, format: sniffed.format }));
  }
  let doc: ReadDocument;
  if (sniffed.format === 'docx') {
    const result = readDocx(file.bytes);
    if (!result.ok) {
      const where = result.error.where ? `${file.name}, ${result.error.where}` : file.name;
      return { ok: false, error: { ...result.error, where } };
    }
    doc = result.value;
  } else {
    doc = read(sniffed.format, sniffed.text ?? '', ext);
  }
  return ok({ ...doc, warnings: [...warnings, ...doc.warnings] });
}

/** Empty, or only a UTF-8 byte order mark and ASCII whitespace (a file saved with nothing in it). */
function isEmptyFile(bytes: Uint8Array): boolean {
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}
