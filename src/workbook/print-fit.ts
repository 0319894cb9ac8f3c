/**
 * Column widths chosen for paper. A table printed "one page wide" is shrunk by the program until
 * its columns fit between the margins; with a dozen columns at their screen widths that is about
 * 55%, and 12 pt text prints at 6.6 pt. Here the visible columns are narrowed (their text wraps,
 * rows grow) until the table fits at a scale where the smallest text still prints at
 * MIN_PRINTED_PT or more.
 */
import { MARGINS_MM, MM_PER_INCH } from './print';

/** The smallest text size on paper a reader can be asked to read (points). */
export const MIN_PRINTED_PT = 11;
/** The smallest font the printed cells use (styles.ts: body text, headers, column numbers). */
export const SMALLEST_FONT_PT = 12;
/**
 * Scale the built-in table must print at: 11 / 12 = 0.917, rounded up for the programs' own
 * rounding. A department's template prints at 100%: its own fonts (often 11 pt for the column
 * numbers) are then what the paper shows.
 */
export const TARGET_SCALE = 0.93;
export const TEMPLATE_SCALE = 1;

const A4_LANDSCAPE_MM = 297;

const A4_SHORT_MM = 210;
/** Height between the Decree 30 margins of A4 landscape, in points. */
export const PRINTABLE_HEIGHT_PT = ((A4_SHORT_MM - MARGINS_MM.top - MARGINS_MM.bottom) / MM_PER_INCH) * 72;

/**
 * The tallest a body row may be: a row never splits across pages, and a program that meets a
 * row taller than the page under the repeated header rows shrinks the whole sheet to fit it.
 */
export function tallestRowPt(titleRowsPt: number): number {
  return Math.floor(PRINTABLE_HEIGHT_PT - titleRowsPt - 40);
}

/** Width between the Decree 30 margins of A4 landscape, in points. */
export const PRINTABLE_WIDTH_PT = ((A4_LANDSCAPE_MM - MARGINS_MM.left - MARGINS_MM.right) / MM_PER_INCH) * 72;

/**
 * Excel's column width unit is the width of a digit of the workbook's default font: 8 px at
 * 96 dpi for Times New Roman 12, the default font of the workbooks Plan Tracker writes
 * (src/xlsx/exceljs-patches.ts); LibreOffice prints w units as 8w px (measured), 2 px a column
 * are kept for rounding. Calibri 11 (7 px) gives narrower columns, which only prints larger.
 */
const DIGIT_PX = 8;
const PAD_PX = 2;
export function widthToPt(w: number): number {
  return (w * DIGIT_PX + PAD_PX) * 0.75;
}

/** The scale a program fitting these widths to one page wide prints at (never above 100%). */
export function fittedScale(widths: number[]): number {
  const total = widths.reduce((s, w) => s + widthToPt(w), 0);
  return Math.min(1, PRINTABLE_WIDTH_PT / total);
}

export interface WantedWidth {
  col: number;
  /** The width the column would have on screen. */
  want: number;
  /** The narrowest it may get (a date, a short word, the header's longest word). */
  min: number;
}

/**
 * Widths for the visible printed columns so that they fit at TARGET_SCALE: each column above
 * its minimum gives up the same share of what it has above that minimum. When even the
 * minimums do not fit, they are returned (the table then prints smaller; `fits` says so).
 */
export function fitWidths(
  cols: WantedWidth[],
  scale = TARGET_SCALE,
): { widths: Map<number, number>; fits: boolean; scale: number } {
  const budgetPt = PRINTABLE_WIDTH_PT / scale;
  const total = (ws: number[]): number => ws.reduce((s, w) => s + widthToPt(w), 0);
  const wants = cols.map((c) => Math.max(c.want, c.min));
  const widths = new Map<number, number>();
  // exceljs takes a width of exactly 9 for "no width set" and drops it: the column would fall
  // back to the sheet's default; a quarter less keeps it.
  const set = widths.set.bind(widths);
  widths.set = (col: number, w: number) => set(col, w === 9 ? 8.75 : w);
  if (total(wants) <= budgetPt) {
    cols.forEach((c, i) => widths.set(c.col, wants[i] as number));
    return { widths, fits: true, scale: percent([...widths.values()]) };
  }
  const mins = cols.map((c) => c.min);
  const minTotal = total(mins);
  if (minTotal >= budgetPt) {
    cols.forEach((c) => widths.set(c.col, c.min));
    return { widths, fits: minTotal <= budgetPt, scale: percent(mins) };
  }
  // Share of the slack above the minimums that can be kept, in width units (pt is linear in w).
  const slackWant = wants.reduce((s, w, i) => s + (w - (mins[i] as number)), 0);
  const slackHave = (budgetPt - minTotal) / 0.75 / DIGIT_PX;
  const keep = slackWant > 0 ? slackHave / slackWant : 1;
  cols.forEach((c, i) => {
    const w = (mins[i] as number) + ((wants[i] as number) - (mins[i] as number)) * keep;
    widths.set(c.col, Math.floor(w * 4) / 4);
  });
  return { widths, fits: true, scale: percent([...widths.values()]) };
}

/** The whole percent these widths print at, one page wide: at most 100. */
function percent(widths: number[]): number {
  return Math.min(100, Math.floor(fittedScale(widths) * 100));
}

/**
 * Narrows a sheet's visible columns in place (`columns` as the layout sets them, others from the
 * sheet's own widths) to fit the page at `scale`; returns the percent to print at, or undefined
 * when even the minimums do not fit (then fit to the width).
 */
export function fitSheetColumns(
  columns: { col: number; width?: number; hidden?: boolean }[],
  cols: number[],
  minOf: (col: number) => number,
  wantOf: (col: number) => number,
  scale = TARGET_SCALE,
): number | undefined {
  const set = new Map(columns.map((c) => [c.col, c]));
  const wanted: WantedWidth[] = cols
    .filter((c) => !set.get(c)?.hidden)
    .map((c) => ({ col: c, want: set.get(c)?.width ?? wantOf(c), min: minOf(c) }));
  const fit = fitWidths(wanted, scale);
  for (const [c, width] of fit.widths) {
    const existing = set.get(c);
    if (existing) existing.width = width;
    else columns.push({ col: c, width });
  }
  return fit.fits ? fit.scale : undefined;
}
