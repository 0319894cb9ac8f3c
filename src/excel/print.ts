/**
 * Page layout (ExcelApi 1.9) after Decree 30/2020: A4, margins in points, header rows on every
 * page, one page wide, page number centred at the top from page 2 (different first page).
 */
import type { PrintLayout } from '../workbook/layout';
import { MM_PER_INCH } from '../workbook/print';
import { COMMAND_OVERHEAD, type Batch } from './batch';

export function mmToPoints(mm: number): number {
  return Math.round(((mm * 72) / MM_PER_INCH) * 100) / 100;
}

export interface HeaderSections {
  left: string;
  center: string;
  right: string;
}

/**
 * Excel's header codes ("&C&\"Times New Roman,Regular\"&13&P") split into the three sections
 * Office.js sets one by one: &L, &C, &R switch section ("&&" is a literal "&"); text before any
 * switch is centred, as Excel does.
 */
export function headerSections(code: string): HeaderSections {
  const out: HeaderSections = { left: '', center: '', right: '' };
  let cur: keyof HeaderSections = 'center';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i] as string;
    const nx = code[i + 1];
    if (ch === '&' && nx === '&') {
      out[cur] += '&&';
      i++;
    } else if (ch === '&' && (nx === 'L' || nx === 'C' || nx === 'R')) {
      cur = nx === 'L' ? 'left' : nx === 'C' ? 'center' : 'right';
      i++;
    } else out[cur] += ch;
  }
  return out;
}

function setSections(hf: Excel.HeaderFooter, header: HeaderSections, footer: HeaderSections): void {
  hf.leftHeader = header.left;
  hf.centerHeader = header.center;
  hf.rightHeader = header.right;
  hf.leftFooter = footer.left;
  hf.centerFooter = footer.center;
  hf.rightFooter = footer.right;
}

export async function writePrint(batch: Batch, ws: Excel.Worksheet, p: PrintLayout): Promise<void> {
  await batch.add(24 * COMMAND_OVERHEAD, () => {
    const pl = ws.pageLayout;
    pl.paperSize = 'A4';
    pl.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    pl.topMargin = mmToPoints(p.marginsMm.top);
    pl.bottomMargin = mmToPoints(p.marginsMm.bottom);
    pl.leftMargin = mmToPoints(p.marginsMm.left);
    pl.rightMargin = mmToPoints(p.marginsMm.right);
    pl.headerMargin = mmToPoints(p.marginsMm.header);
    pl.footerMargin = mmToPoints(p.marginsMm.footer);
    // 0 pages tall: as many as needed (ECMA-376 fitToHeight="0"), as the Node writer writes it.
    pl.zoom = p.scale !== undefined ? { scale: p.scale } : { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    pl.centerHorizontally = p.horizontalCentered;
    pl.firstPageNumber = p.firstPageNumber;
    if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows.first}:$${p.titleRows.last}`);
    if (p.printArea) pl.setPrintArea(p.printArea);
    const hf = pl.headersFooters;
    hf.state = p.differentFirst ? 'FirstAndDefault' : 'Default';
    const none = headerSections('');
    setSections(hf.defaultForAllPages, headerSections(p.oddHeader), headerSections(p.oddFooter));
    if (p.differentFirst) setSections(hf.firstPage, headerSections(p.firstHeader), none);
  });
}
