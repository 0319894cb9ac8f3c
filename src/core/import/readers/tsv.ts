import Papa from 'papaparse';
import { warning } from '../../../i18n/coded';
import type { CellLine, ReadDocument, SourceRow, Warning } from '../../model';
import { clean } from '../../text';

/**
 * Tab-separated text as Excel and Word put it on the clipboard (cells holding line breaks are
 * quoted, quotes doubled, CRLF rows), or CSV with commas. One table; a line break inside a
 * cell (newline, or the vertical tab Word writes for Shift+Enter) starts a hard line.
 */
export function readDelimited(text: string, delimiter?: '\t' | ','): ReadDocument {
  const src = text.replace(/^\ufeff/, '');
  const delim = delimiter ?? guessDelimiter(src);
  const parsed = Papa.parse<string[]>(src, { delimiter: delim, quoteChar: '"', escapeChar: '"', skipEmptyLines: true });
  const warnings: Warning[] = [];
  for (const e of parsed.errors) {
    warnings.push(warning('delimited-quotes', { row: e.row, error: e.message, problem: e.code }));
  }
  const rows: SourceRow[] = [];
  const width = parsed.data[0]?.length ?? 0;
  parsed.data.forEach((fields, row) => {
    if (fields.length !== width) {
      warnings.push(warning('ragged-row', { reason: 'delimited', table: 0, row, cells: fields.length, expected: width }));
    }
    rows.push({ cells: fields.map((f) => ({ lines: cellLines(f) })), row });
  });
  return {
    format: 'tsv',
    tables: rows.length > 0 ? [{ rows, index: 0 }] : [],
    text: '',
    warnings,
  };
}

/** The lines of one field: every source line break is a real one. */
export function cellLines(field: string): CellLine[] {
  const lines: CellLine[] = [];
  for (const part of field.split(/\r\n|[\r\n\v\u2028\u2029]/)) {
    const text = clean(part);
    if (text) lines.push({ text, hard: lines.length > 0 });
  }
  return lines;
}

/** Tabs win when any line outside quotes holds one: clipboard text is tab-separated. */
export function guessDelimiter(text: string): '\t' | ',' {
  const sample = text.slice(0, 20000).replace(/"(?:[^"]|"")*"/g, '');
  if (sample.includes('\t')) return '\t';
  return sample.includes(',') ? ',' : '\t';
}

/**
 * Most non-empty lines hold a tab after some text, or several tabs (a row whose first cells are
 * empty); a single leading tab is an indent. Quoted multi-line cells are collapsed first.
 */
export function looksDelimited(text: string): boolean {
  const lines = text.slice(0, 100000).replace(/"(?:[^"]|"")*"/g, '""').split(/\r\n?|\n/).filter((l) => l.trim() !== '');
  const rows = lines.filter((l) => /\S\t/.test(l) || (l.match(/\t/g) ?? []).length >= 2).length;
  return rows >= 1 && rows >= lines.length * 0.5;
}
