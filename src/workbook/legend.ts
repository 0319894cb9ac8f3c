/**
 * The colour legend printed under each table: a swatch in the table's first column, its meaning
 * beside it. The swatches use the very fills of the conditional formats (styles.ts COLORS).
 */
import { cell, formula, text, BLANK } from './cells';
import { DROPPED_MARK, DUE_SOON_DAYS, TIMELINESS } from './formulas';
import type { LayoutCell } from './layout';
import type { StyleKey } from './styles';

export const LEGEND_TITLE = 'Chú thích:';


export interface LegendEntry {
  /** null: a line of explanation with no colour (a word the table uses, such as "Không hạn"). */
  swatch: StyleKey | null;
  meaning: string;
}

export const TASK_LEGEND: LegendEntry[] = [
  { swatch: 'swatchRed', meaning: 'Quá hạn: chưa hoàn thành, đã qua hạn chót' },
  { swatch: 'swatchOrange', meaning: `Sắp đến hạn: còn ${DUE_SOON_DAYS} ngày trở xuống` },
  { swatch: 'swatchGreen', meaning: 'Hoàn thành' },
  { swatch: 'swatchGrey', meaning: `${DROPPED_MARK} (giữ lại vì đã có số liệu nhập)` },
  { swatch: 'swatchSection', meaning: 'Dòng tiêu đề phần, nhóm nhiệm vụ' },
  // The timeliness label stays "Không hạn" (the contract's, other tools read it); here it is said in full.
  {
    swatch: null,
    meaning: `${TIMELINESS.noDue}: nhiệm vụ không có thời hạn cố định (làm thường xuyên, định kỳ không ghi ngày, hoặc khi có việc phát sinh); cột Thời hạn ghi đúng như văn bản`,
  },
];

/** Added to the task legend when some task's text was given back from OCR damage. */
export const OCR_REVIEW_LEGEND: LegendEntry = {
  swatch: 'swatchReview',
  meaning: 'Nội dung được khôi phục dấu tiếng Việt từ bản OCR: đối chiếu với ghi chú (văn bản gốc) trước khi in',
};

/** The note on a restored task's cell: what the OCR read, so a person can compare. */
export function ocrNote(raw: string, changed: number): string {
  return `Văn bản gốc (OCR), ${changed} âm tiết đã được khôi phục dấu:\n${raw}`;
}

export const TARGET_LEGEND: LegendEntry[] = [
  { swatch: 'swatchRed', meaning: 'Kết quả thực hiện không đạt chỉ tiêu' },
  { swatch: 'swatchGreen', meaning: 'Đạt chỉ tiêu' },
  { swatch: 'swatchGrey', meaning: DROPPED_MARK },
];

export const SUMMARY_LEGEND: LegendEntry[] = [{ swatch: 'swatchRed', meaning: 'Đơn vị có nhiệm vụ quá hạn' }];

/**
 * Rows of the legend block: a blank row, the title, one row per colour, and (tasks) the as-of
 * date the colours are computed for. Every column from left to right is written so that what a
 * longer table left there disappears.
 */
export function legendRows(
  left: number,
  right: number,
  entries: LegendEntry[],
  asOf?: { ref: string; sheet: string },
): Map<number, LayoutCell>[] {
  const blankRow = (): Map<number, LayoutCell> => {
    const m = new Map<number, LayoutCell>();
    for (let c = left; c <= right; c++) m.set(c, cell(BLANK, 'note'));
    return m;
  };
  const rows: Map<number, LayoutCell>[] = [blankRow()];
  const title = blankRow();
  title.set(left, cell(text(LEGEND_TITLE), 'label'));
  rows.push(title);
  for (const e of entries) {
    const m = blankRow();
    m.set(left, cell(BLANK, e.swatch ?? 'note'));
    m.set(left + 1, cell(text(e.meaning), 'note'));
    rows.push(m);
  }
  if (asOf) {
    const m = blankRow();
    // Where to change the date is said in that cell's input message (summary-sheet.ts), not on paper.
    m.set(left + 1, cell(text('Màu tính theo ngày:'), 'note'));
    m.set(left + 2, cell(formula(asOf.ref), 'dateLabel'));
    rows.push(m);
  }
  return rows;
}

/** The first meaning of each legend: how a legend Plan Tracker wrote is recognised. */
export const LEGEND_FIRST_MEANINGS = [TASK_LEGEND, TARGET_LEGEND, SUMMARY_LEGEND].map((l) => (l[0] as LegendEntry).meaning);
