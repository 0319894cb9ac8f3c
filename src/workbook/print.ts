/**
 * Print settings after Decree 30/2020/NĐ-CP (Phụ lục I): A4, margins top 20-25, bottom 20-25,
 * left 30-35, right 15-20 mm; page numbers in Arabic numerals, centred in the top margin, not on
 * the first page; Times New Roman. Wide tables print landscape, fitted to the page width.
 */
import type { PrintLayout } from './layout';
import { FONT } from './styles';

/** Header/footer codes: &C centre, &"font,style" font, &13 size, &P page number. */
const PAGE_NUMBER = `&C&"${FONT},Regular"&13&P`;

/** Decree 30/2020 margins (mm); the page is A4 landscape. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15, header: 8, footer: 8 } as const;

export function decree30Print(titleRows?: { first: number; last: number }, printArea?: string, scale?: number): PrintLayout {
  const p: PrintLayout = {
    paper: 'A4',
    orientation: 'landscape',
    marginsMm: { ...MARGINS_MM },
    fitToWidth: 1,
    fitToHeight: 0,
    oddHeader: PAGE_NUMBER,
    firstHeader: '',
    oddFooter: '',
    differentFirst: true,
    firstPageNumber: 1,
    horizontalCentered: false,
    fontName: FONT,
  };
  if (titleRows) p.titleRows = titleRows;
  if (printArea) p.printArea = printArea;
  if (scale !== undefined) p.scale = scale;
  return p;
}

export const MM_PER_INCH = 25.4;
