import type { CellLine, SourceCell, SourceRow, SourceTable } from '../../model';
import type { Numbering } from './docx-lists';
import { attr, isOn, walkXml, type XmlAttrs } from './docx-xml';
import { superscriptText } from './footnote-marks';
import { LineBuilder, linesToText } from './lines';

interface CellBuild {
  lines: LineBuilder | CellLine[];
  colSpan: number;
  gridCol: number;
  vMerge?: 'restart' | 'continue';
  hMergeContinue?: boolean;
}

interface RowBuild {
  cells: CellBuild[];
  header: boolean;
  gridCol: number;
}

/**
 * Elements whose content is not the document's visible text: tracked deletions and moves
 * away (ECMA-376 §17.13.5), earlier property versions (*Change), drawings and VML shapes
 * (text boxes), embedded objects, the fallback copy of alternate content, field data.
 */
const SKIP = new Set([
  'del', 'moveFrom', 'delText', 'delInstrText', 'instrText', 'drawing', 'pict', 'object', 'Fallback',
  'pPrChange', 'rPrChange', 'tblPrChange', 'tcPrChange', 'trPrChange', 'tblGridChange',
  'sectPrChange', 'numberingChange', 'sdtPr', 'fldData', 'ffData',
]);

/**
 * Walks word/document.xml: outermost w:tbl become SourceTables (gridSpan -> colSpan, vMerge ->
 * rowSpan on the restart cell, tblHeader -> header), paragraphs become hard lines, w:br a hard
 * line, numbered paragraphs bullet lines; nested tables flatten into their cell; body
 * paragraphs outside tables are the running text.
 */
export function readBody(xml: string, numbering: Numbering): { tables: SourceTable[]; text: string } {
  const body = new LineBuilder(undefined, true);
  const tables: SourceTable[] = [];
  let rows: RowBuild[] = [];
  let row: RowBuild | null = null;
  let cell: CellBuild | null = null;
  let depth = 0;
  let skip = 0;
  let inText = false;
  let inRun = false;
  let hidden = false;
  /** Text of a superscript run (a footnote marker, or an exponent), and the text before it. */
  let sup: string | null = null;
  let last = '';
  let where: 'pPr' | 'trPr' | 'tcPr' | null = null;
  let numId: string | undefined;
  let ilvl: number | undefined;
  let pStyle: string | undefined;

  const target = (): LineBuilder => (cell && cell.lines instanceof LineBuilder ? cell.lines : body);

  const open = (name: string, a: XmlAttrs): void => {
    if (skip > 0 || SKIP.has(name)) {
      if (SKIP.has(name)) skip++;
      return;
    }
    switch (name) {
      case 'p':
        target().open();
        numId = ilvl = pStyle = undefined;
        last = '';
        return;
      case 'pPr': case 'trPr': case 'tcPr':
        where = name;
        return;
      case 'pStyle': if (where === 'pPr') pStyle = attr(a, 'val'); return;
      case 'numId': if (where === 'pPr') numId = attr(a, 'val'); return;
      case 'ilvl': if (where === 'pPr') ilvl = Number(attr(a, 'val') ?? 0); return;
      case 'r': inRun = true; hidden = false; sup = null; return;
      case 'vanish': if (inRun && where === null) hidden = isOn(a); return;
      case 'vertAlign': if (inRun && where === null && attr(a, 'val') === 'superscript') sup = ''; return;
      case 't': inText = inRun; return;
      case 'tab': if (inRun && where === null) target().text(' '); return;
      case 'noBreakHyphen': if (inRun) target().text('-'); return;
      case 'br': case 'cr': if (inRun) target().brk(); return;
      case 'tbl':
        depth++;
        if (depth === 1) rows = [];
        return;
      case 'tr':
        if (depth === 1) row = { cells: [], header: false, gridCol: 0 };
        return;
      case 'tc':
        if (depth === 1 && row) cell = { lines: new LineBuilder(), colSpan: 1, gridCol: row.gridCol };
        return;
    }
    if (depth !== 1) return;
    if (where === 'trPr' && row) {
      if (name === 'tblHeader') row.header = isOn(a);
      else if (name === 'gridBefore') row.gridCol = gridCount(attr(a, 'val'), 0);
    } else if (where === 'tcPr' && cell) {
      if (name === 'gridSpan') cell.colSpan = gridCount(attr(a, 'val'), 1);
      else if (name === 'vMerge') cell.vMerge = attr(a, 'val') === 'restart' ? 'restart' : 'continue';
      else if (name === 'hMerge') cell.hMergeContinue = attr(a, 'val') !== 'restart';
    }
  };

  const close = (name: string): void => {
    if (skip > 0) {
      if (SKIP.has(name)) skip--;
      return;
    }
    switch (name) {
      case 'pPr': {
        where = null;
        const mark = numbering.next(numId, ilvl, pStyle);
        if (mark) {
          target().markBullet();
          target().label(mark.glyph ? '-' : mark.label);
        }
        return;
      }
      case 'trPr': case 'tcPr': where = null; return;
      case 'p': target().brk(); return;
      case 'r':
        if (sup !== null) {
          const out = superscriptText(sup, last);
          if (out) target().text(out);
        }
        inRun = false; hidden = false; sup = null;
        return;
      case 't': inText = false; return;
      case 'tc':
        if (depth === 1 && row && cell) closeCell(row, cell);
        if (depth === 1) cell = null;
        return;
      case 'tr':
        if (depth === 1 && row) rows.push(row);
        if (depth === 1) row = null;
        return;
      case 'tbl':
        if (depth === 1 && rows.length > 0) tables.push({ rows: resolveMerges(rows), index: tables.length });
        depth--;
        return;
    }
  };

  walkXml(xml, 'word/document.xml', {
    open,
    close,
    text: (s) => {
      if (!inText || hidden || skip > 0) return;
      if (sup !== null) sup += s;
      else {
        target().text(s);
        last = s;
      }
    },
  });
  return { tables, text: linesToText(body.finish()) };
}

/**
 * A gridSpan or gridBefore value as a column count. Word tables have at most 63 columns; a
 * damaged or crafted value ("abc", 1e300, 2^53) is held to 64, as it would otherwise make the
 * column loops below and the grid run for ever or exhaust memory.
 */
function gridCount(value: string | undefined, fallback: number): number {
  const n = Math.trunc(Number(value));
  return Number.isFinite(n) && n >= fallback ? Math.min(n, 64) : fallback;
}

function closeCell(row: RowBuild, cell: CellBuild): void {
  const lines = cell.lines instanceof LineBuilder ? cell.lines.finish() : cell.lines;
  row.gridCol += cell.colSpan;
  const prev = row.cells[row.cells.length - 1];
  if (cell.hMergeContinue && prev) {
    // Legacy horizontal merge (w:hMerge): the cell widens the one before it.
    prev.colSpan += cell.colSpan;
    // One by one, not spread into push(): a cell of 200,000 paragraphs would overflow the stack.
    for (const l of lines) (prev.lines as CellLine[]).push({ ...l, hard: true });
    return;
  }
  row.cells.push({ ...cell, lines });
}

/**
 * vMerge "continue" cells leave the row; the restart cell above them at the same grid column
 * (found by summing gridSpans, gridBefore included) grows its rowSpan. A continue cell with
 * no restart above stays as an ordinary cell.
 */
function resolveMerges(rows: RowBuild[]): SourceRow[] {
  const openMerges = new Map<number, { cell: SourceCell; span: number }>();
  return rows.map((r, index) => {
    const cells: SourceCell[] = [];
    const seen = new Set<number>();
    for (const c of r.cells) {
      const lines = c.lines as CellLine[];
      const origin = c.vMerge === 'continue' ? openMerges.get(c.gridCol) : undefined;
      seen.add(c.gridCol);
      if (origin && origin.span === c.colSpan) {
        origin.cell.rowSpan = (origin.cell.rowSpan ?? 1) + 1;
        const hard = origin.cell.lines.length > 0;
        for (const l of lines) origin.cell.lines.push({ ...l, hard }); // no spread: see closeCell
        continue;
      }
      const out: SourceCell = { lines };
      if (c.colSpan > 1) out.colSpan = c.colSpan;
      cells.push(out);
      for (let g = c.gridCol; g < c.gridCol + c.colSpan; g++) openMerges.delete(g);
      if (c.vMerge === 'restart') openMerges.set(c.gridCol, { cell: out, span: c.colSpan });
    }
    for (const g of [...openMerges.keys()]) if (!seen.has(g)) openMerges.delete(g);
    const row: SourceRow = { cells, row: index };
    if (r.header) row.header = true;
    return row;
  });
}
