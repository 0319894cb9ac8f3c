import type { ReadDocument, SourceCell, SourceRow, SourceTable } from '../../model';
import { HtmlFlow, parseHtml, type Attrs } from './html-flow';
import { LineBuilder, linesToText } from './lines';

interface CellBuild {
  lines: LineBuilder;
  colSpan: number;
  rowSpan: number;
  th: boolean;
}

interface RowBuild {
  cells: SourceCell[];
  th: number;
  head: boolean;
}

/** CF_HTML (the Windows clipboard's HTML format) starts with "Version:0.9 StartHTML:..." lines. */
export function stripClipboardHeader(html: string): string {
  if (!/^\s*Version:\d/.test(html)) return html;
  const start = html.indexOf('<');
  return start < 0 ? '' : html.slice(start);
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 1000) : 1;
}

/**
 * HTML as Word saves it or Word and Excel put it on the clipboard. Only text comes out:
 * scripts, styles, comments, conditional blocks and attributes are dropped. Outermost tables
 * become SourceTables (rowspan/colspan kept, <thead>/<th> rows marked header); a table inside
 * a cell is flattened into that cell's lines. Text outside tables is the running text.
 */
export function readHtml(html: string): ReadDocument {
  const body = new LineBuilder(undefined, true);
  const flow = new HtmlFlow(body);
  const tables: SourceTable[] = [];
  let depth = 0;
  let table: SourceRow[] | null = null;
  let row: RowBuild | null = null;
  let cell: CellBuild | null = null;
  let inHead = false;
  // Word closes each table with a row of zero-height cells for old browsers; not content.
  let misaligned = false;

  const closeCell = (): void => {
    if (!cell || !row) return;
    const out: SourceCell = { lines: cell.lines.finish() };
    if (cell.colSpan > 1) out.colSpan = cell.colSpan;
    if (cell.rowSpan > 1) out.rowSpan = cell.rowSpan;
    row.cells.push(out);
    if (cell.th) row.th++;
    cell = null;
    flow.target = body;
  };
  const closeRow = (): void => {
    closeCell();
    if (!row || !table) return;
    if (!misaligned && row.cells.length > 0) {
      const out: SourceRow = { cells: row.cells, row: table.length };
      if (row.head || row.th === row.cells.length) out.header = true;
      table.push(out);
    }
    row = null;
  };
  const openTable = (): void => {
    depth = 1;
    table = [];
    body.brk();
  };
  const closeTable = (): void => {
    closeRow();
    if (table && table.length > 0) tables.push({ rows: table, index: tables.length });
    table = null;
    depth = 0;
    inHead = false;
  };

  const open = (name: string, attrs: Attrs): void => {
    if (flow.skipping || depth > 1) {
      if (name === 'table' && !flow.skipping) depth++;
      flow.open(name, attrs);
      return;
    }
    if (name === 'table') {
      if (depth === 0) openTable();
      else {
        depth++; // a table inside a cell: its text joins the cell
        flow.open(name, attrs);
      }
    } else if (name === 'thead' && depth === 1) {
      inHead = true;
    } else if (name === 'tr' || name === 'td' || name === 'th') {
      if (depth === 0) openTable(); // a clipboard fragment may start inside a table
      if (name === 'tr') {
        closeRow();
        row = { cells: [], th: 0, head: inHead };
        return;
      }
      closeCell();
      if (!row) row = { cells: [], th: 0, head: inHead };
      cell = { lines: new LineBuilder(), colSpan: span(attrs.colspan), rowSpan: span(attrs.rowspan), th: name === 'th' };
      flow.target = cell.lines;
    } else if (name !== 'tbody' && name !== 'tfoot' && name !== 'thead' && name !== 'col' && name !== 'colgroup') {
      flow.open(name, attrs);
    }
  };

  const close = (name: string): void => {
    if (flow.skipping || depth > 1) {
      if (name === 'table' && !flow.skipping) depth--;
      flow.close(name);
      return;
    }
    if (depth === 1 && name === 'table') closeTable();
    else if (depth === 1 && name === 'thead') {
      closeRow();
      inHead = false;
    } else if (depth === 1 && name === 'tr') closeRow();
    else if (depth === 1 && (name === 'td' || name === 'th')) closeCell();
    else if (!['tbody', 'tfoot', 'thead', 'col', 'colgroup', 'tr', 'td', 'th'].includes(name)) flow.close(name);
  };

  parseHtml(stripClipboardHeader(html), {
    open,
    close,
    text: (s) => flow.text(s),
    instruction: (data) => {
      if (/^!\[if\s+!supportMisalignedColumns\]/i.test(data)) misaligned = true;
      else if (misaligned && /^!\[endif\]/i.test(data)) misaligned = false;
      else flow.instruction(data);
    },
  });
  if (depth > 0) closeTable();
  return { format: 'html', tables, text: linesToText(body.finish()), warnings: [] };
}
