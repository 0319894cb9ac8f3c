/**
 * The built-in template's top (Decree 30/2020 layout): agency names on the left, the national
 * motto on the right, the title, the "(Kèm theo ...)" line. Names are placeholders the user
 * fills in: agencies change with reorganisations, the code never names one.
 */
import { cell, text } from './cells';
import type { CellBlock, LayoutCell } from './layout';
import { range } from './a1';

export const LETTERHEAD = {
  parent: 'ỦY BAN NHÂN DÂN ...',
  agency: 'CƠ QUAN, ĐƠN VỊ ...',
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  attached: '(Kèm theo Kế hoạch số ....../KH-...... ngày ...... tháng ...... năm ...... của ......)',
} as const;

/** Row of the table header in a sheet built from the built-in template. */
export const BUILTIN_HEADER_ROW = 8;

export interface TopBlock {
  blocks: CellBlock[];
  merges: string[];
}

/**
 * The top rows 1-6 for a sheet whose table spans columns 1..width (width >= 4).
 * `lines` are the title lines (row 4 onwards); the "(Kèm theo ...)" line follows them.
 */
export function letterhead(width: number, lines: string[], attached = true): TopBlock {
  const split = Math.min(3, Math.max(1, Math.floor(width / 3)));
  const row = (entries: [number, LayoutCell][]): (LayoutCell | null)[] => {
    const out: (LayoutCell | null)[] = new Array(width).fill(null);
    for (const [c, v] of entries) out[c - 1] = v;
    return out;
  };
  const cells: (LayoutCell | null)[][] = [
    row([
      [1, cell(text(LETTERHEAD.parent), 'letterhead')],
      [split + 1, cell(text(LETTERHEAD.nation), 'letterheadBold')],
    ]),
    row([
      [1, cell(text(LETTERHEAD.agency), 'letterheadBold')],
      [split + 1, cell(text(LETTERHEAD.motto), 'motto')],
    ]),
    row([]),
  ];
  const merges = [range(1, 1, 1, split), range(2, 1, 2, split), range(1, split + 1, 1, width), range(2, split + 1, 2, width)];
  const titleLines = [...lines, ...(attached ? [LETTERHEAD.attached] : [])];
  titleLines.forEach((line, i) => {
    const last = attached && i === titleLines.length - 1;
    cells.push(row([[1, cell(text(line), last ? 'subtitle' : 'title')]]));
    merges.push(range(4 + i, 1, 4 + i, width));
  });
  return { blocks: [{ top: 1, left: 1, cells }], merges };
}
