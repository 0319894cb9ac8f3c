import type { ReadDocument, SourceFormat, SourceTable, Warning } from '../../../model';
import type { Page, PageText } from './page';
import { proseParagraphs } from './prose';
import { carrySpansOverPages } from './spans';
import { pageTables } from './tables';

/**
 * Pages (text from pdf.js, or words from OCR) into the document every reader produces: each
 * ruled table on each page a SourceTable with its page and row numbers, so the core joins an
 * appendix across pages (repeated headers, rows cut by a page break) as it does for every
 * source; the text outside tables as paragraphs, one a line.
 */
export function readPages(pages: readonly Page[], format: SourceFormat, warnings: Warning[] = []): ReadDocument {
  const used = new Set<PageText>();
  const tables: SourceTable[] = [];
  let right = 0;
  for (const page of pages) {
    for (const t of pageTables(page, used)) {
      tables.push({ rows: t.rows, page: page.number, index: tables.length });
      right = Math.max(right, t.x1);
    }
  }
  carrySpansOverPages(tables, warnings);
  const paragraphs = proseParagraphs(pages, used, right);
  // No ruled table: the paragraphs go to the prose reader (src/core/import/prose), as a .txt's do.
  return { format, tables, text: paragraphs.join('\n'), warnings };
}
