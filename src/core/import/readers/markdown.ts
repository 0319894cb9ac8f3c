import { warning } from '../../../i18n/coded';
import type { ReadDocument, SourceCell, SourceRow, SourceTable, Warning } from '../../model';
import { clean } from '../../text';
import { withoutGluedMarks } from './footnote-marks';
import { htmlToLines } from './html-flow';
import {
  hasPipe, isDelimiterRow, isRule, pageMarker, splitPipeRow, startsBlock, stripBlockMarkup,
  stripEmphasis, stripLinks, unescapeMarkdown, type PageMarker,
} from './markdown-syntax';

type Block =
  | { kind: 'table'; lines: string[] }
  | { kind: 'marker'; marker: PageMarker }
  | { kind: 'text'; line: string };

/**
 * Markdown as PDF converters write it: one pipe table per page, repeated headers, HTML
 * fragments (<br>, <p>, <ul><li>, <b>) inside cells. Each table keeps its own rows; joining
 * pages is the core's work. Rows are numbered from 0 (the table's first row) without the
 * delimiter row; pages follow the file's own page markers when it has them between tables,
 * else the table's ordinal.
 */
export function readMarkdown(text: string): ReadDocument {
  const blocks = toBlocks(prepare(text));
  const pages = assignPages(blocks);
  const warnings: Warning[] = [];
  const tables: SourceTable[] = [];
  for (const block of blocks) {
    if (block.kind !== 'table') continue;
    const index = tables.length;
    tables.push(readTable(block.lines, index, pages[index] ?? index + 1, warnings));
  }
  return { format: 'markdown', tables, text: runningText(blocks), warnings };
}

/** Cell and running text: HTML gone, markdown emphasis, links and escapes gone, NFC. */
export function tidyMarkdown(s: string): string {
  return withoutGluedMarks(clean(unescapeMarkdown(stripLinks(stripEmphasis(s)))));
}

/**
 * HTML comments removed, page markers kept on lines of their own. Only up to the last "-->":
 * past it the lazy regex would scan to the end again from every "<!--" of a long run.
 */
function withoutComments(s: string): string {
  const last = s.lastIndexOf('-->');
  if (last < 0) return s;
  const head = s.slice(0, last + 3).replace(/<!--([\s\S]*?)-->/g, (m) => (pageMarker(m) ? `\n${m.trim()}\n` : ''));
  return head + s.slice(last + 3);
}

function prepare(text: string): string[] {
  return withoutComments(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
    .replace(/\f/g, '\n\f\n')
    .split('\n');
}

function framed(line: string): boolean {
  const s = line.trim();
  return s.length > 1 && s.startsWith('|') && s.endsWith('|');
}

function startsTable(line: string, next: string | undefined): boolean {
  if (next === undefined || !hasPipe(line) || !hasPipe(next)) return false;
  if (isDelimiterRow(line)) return true;
  return isDelimiterRow(next) || (framed(line) && framed(next));
}

function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const marker = pageMarker(line);
    if (marker) {
      blocks.push({ kind: 'marker', marker });
    } else if (startsTable(line, lines[i + 1])) {
      let j = i;
      while (j < lines.length && (lines[j] as string).trim() !== '' && hasPipe(lines[j] as string)) j++;
      blocks.push({ kind: 'table', lines: lines.slice(i, j) });
      i = j - 1;
    } else {
      blocks.push({ kind: 'text', line });
    }
  }
  return blocks;
}

/** Page of each table: explicit markers when one sits between two tables, else 1, 2, 3... */
function assignPages(blocks: Block[]): number[] {
  const first = blocks.findIndex((b) => b.kind === 'table');
  let last = -1;
  blocks.forEach((b, i) => { if (b.kind === 'table') last = i; });
  const explicit = blocks.some((b, i) => b.kind === 'marker' && i > first && i < last);
  const pages: number[] = [];
  let page = 1;
  for (const b of blocks) {
    if (b.kind === 'marker') page = b.marker.kind === 'set' ? b.marker.page : page + 1;
    else if (b.kind === 'table') pages.push(explicit ? page : pages.length + 1);
  }
  return pages;
}

function readTable(lines: string[], index: number, page: number, warnings: Warning[]): SourceTable {
  const rows: SourceRow[] = [];
  let width: number | undefined;
  lines.forEach((line, i) => {
    // The delimiter row sits under the first row; a converter may also open with it.
    if (i <= 1 && isDelimiterRow(line)) return;
    const cells: SourceCell[] = splitPipeRow(line).map((raw) => ({ lines: htmlToLines(raw.trim(), tidyMarkdown) }));
    const row = rows.length;
    if (width === undefined) width = cells.length;
    else if (cells.length !== width) {
      warnings.push(warning('ragged-row', { reason: 'markdown', table: index, page, row, cells: cells.length, expected: width }));
    }
    rows.push({ cells, page, row });
  });
  return { rows, page, index };
}

/** The non-table lines as paragraphs, one per line, markdown markup gone; lists keep "- ". */
function runningText(blocks: Block[]): string {
  const out: string[] = [];
  let para: string[] = [];
  const flush = (): void => {
    if (para.length === 0) return;
    for (const l of htmlToLines(para.join(' '), tidyMarkdown, true)) out.push(l.text);
    para = [];
  };
  for (const b of blocks) {
    if (b.kind !== 'text') {
      flush();
      continue;
    }
    const line = b.line;
    if (line.trim() === '' || isRule(line)) {
      flush();
      continue;
    }
    if (startsBlock(line)) flush();
    para.push(stripBlockMarkup(line));
    if (/^\s{0,3}#/.test(line) || / {2,}$|\\$/.test(line)) flush();
  }
  flush();
  return out.join('\n');
}
