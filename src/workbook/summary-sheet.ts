/**
 * The summary sheet: per lead unit and overall, tasks, done, done on time, overdue, due soon,
 * % hoàn thành and % đúng hạn, all as COUNTIFS formulas over the task sheet (contract.md,
 * "Status conventions"). It also holds the as-of date every timeliness formula reads.
 * exceljs cannot write charts, so the sheet has none; a chart can be inserted in Excel.
 */
import type { Plan, Task } from '../core/model';
import { addr, range, sheetRef } from './a1';
import { BLANK, cell, formula, text } from './cells';
import { letterhead, planHeading, type PlanHeading } from './builtin-template';
import {
  countDoneFormula,
  countTasksFormula,
  countWhereFormula,
  percentDoneFormula,
  percentOnTimeFormula,
  TIMELINESS,
  type SummaryRanges,
} from './formulas';
import type { CellValue, LayoutCell, SheetLayout } from './layout';
import { legendRows, SUMMARY_LEGEND } from './legend';
import { decree30Print } from './print';
import { fitSheetColumns } from './print-fit';
import { COLORS } from './styles';

/** The as-of date cell: fixed, so formulas elsewhere can point at it before this sheet is laid out. */
export const AS_OF_CELL = { row: 6, col: 3 };
const HEADER_ROW = 8;

export function asOfRef(sheetName: string): string {
  return sheetRef(sheetName) + addr(AS_OF_CELL.row, AS_OF_CELL.col, true);
}

const HEADERS = [
  'STT',
  'Đơn vị chủ trì',
  'Số nhiệm vụ',
  'Đã hoàn thành',
  'Hoàn thành đúng hạn',
  'Quá hạn',
  'Sắp đến hạn',
  '% hoàn thành',
  '% đúng hạn',
];
const WIDTHS = [6, 44, 11, 12, 13, 10, 10, 12, 12];
/** The narrowest each printed column may get (print-fit.ts). */
const PRINT_MIN = [4.5, 24, 9, 10, 10.5, 8, 8.5, 10.5, 10];

/** Lead units (canonical names) in order of first appearance, each once. */
export function leadUnits(plan: Plan, unitsOf: (task: Task) => string[]): string[] {
  const seen = new Set<string>();
  for (const t of plan.tasks) for (const u of unitsOf(t)) seen.add(u);
  return [...seen];
}

export interface SummaryInput {
  plan: Plan;
  name: string;
  action: 'create' | 'replace';
  ranges: SummaryRanges | null;
  unitsOf: (task: Task) => string[];
  /** The as-of cell's value: a date, or TODAY() (a formula). */
  asOf: CellValue;
  /** Lead units of every document of a register (default: the plan's). */
  units?: string[];
  /** A register's documents by label: counted one by one when there are several. */
  documents?: string[];
  /** The agency names at the top: a department template's own; absent: from the plan. */
  heading?: Pick<PlanHeading, 'parent' | 'agency' | 'attached'>;
}

export function summarySheet(input: SummaryInput): SheetLayout {
  const width = HEADERS.length;
  const own = planHeading(input.plan);
  const top = letterhead(width, ['TỔNG HỢP TÌNH HÌNH THỰC HIỆN NHIỆM VỤ', ...(own.title ? [own.title] : [])], false, input.heading ?? own);
  const asOfRow: (LayoutCell | null)[] = new Array(width).fill(null);
  asOfRow[AS_OF_CELL.col - 2] = cell(text('Tính đến ngày:'), 'label');
  asOfRow[AS_OF_CELL.col - 1] = cell(input.asOf, 'dateLabel');
  // How to change the date is said where it is typed (the cell's input message), not on paper.
  const rows: (LayoutCell | null)[][] = [HEADERS.map((h) => cell(text(h), 'header'))];
  const units = input.ranges ? (input.units ?? leadUnits(input.plan, input.unitsOf)) : [];
  // A register of several documents: a block per document, then the block per lead unit, each under its heading.
  const documents = input.ranges?.documents && (input.documents?.length ?? 0) > 1 ? (input.documents as string[]) : [];
  const headings = documents.length > 0 ? 2 : 0;
  const dataRows = input.ranges ? 1 + units.length + documents.length + headings : 0;
  const firstData = HEADER_ROW + 1;
  if (input.ranges) {
    const r = input.ranges;
    const line = (row: number, stt: string, label: string, unitCell: string | null, emphasis?: 'section', documentCell?: string): (LayoutCell | null)[] => {
      const c = (col: number): string => addr(row, col);
      const cells: [CellValue, LayoutCell['style']][] = [
        [text(stt), 'textCenter'],
        [text(label), 'text'],
        [formula(countTasksFormula(r, unitCell, documentCell)), 'integer'],
        [formula(countDoneFormula(r, unitCell, documentCell)), 'integer'],
        [formula(countWhereFormula(r, unitCell, TIMELINESS.doneOnTime, documentCell)), 'integer'],
        [formula(countWhereFormula(r, unitCell, TIMELINESS.overdue, documentCell)), 'integer'],
        [formula(countWhereFormula(r, unitCell, TIMELINESS.dueSoon, documentCell)), 'integer'],
        [formula(percentDoneFormula(c(4), c(6))), 'percent'],
        [formula(percentOnTimeFormula(c(5), c(4))), 'percent'],
      ];
      return cells.map(([v, s]) => cell(v, s ?? 'text', emphasis));
    };
    rows.push(line(firstData, '', documents.length > 0 ? 'Toàn bộ sổ theo dõi' : 'Toàn bộ kế hoạch', null, 'section'));
    let at = firstData + 1;
    const heading = (title: string): void => {
      rows.push([cell(BLANK, 'textCenter', 'section'), cell(text(title), 'text', 'section'), ...HEADERS.slice(2).map(() => cell(BLANK, 'integer', 'section'))]);
      at++;
    };
    if (documents.length > 0) {
      heading('Theo văn bản giao');
      documents.forEach((d, i) => {
        rows.push(line(at, String(i + 1), d, null, undefined, `$B${at}`));
        at++;
      });
      heading('Theo đơn vị chủ trì');
    }
    units.forEach((u, i) => {
      rows.push(line(at, String(i + 1), u, `$B${at}`));
      at++;
    });
  }
  const noteRow = firstData + dataRows + 1;
  const notes = [
    '% hoàn thành = số đã hoàn thành ÷ (số đã hoàn thành + số quá hạn chưa hoàn thành); % đúng hạn = số hoàn thành đúng hạn ÷ số đã hoàn thành.',
    'Nhiệm vụ có nhiều đơn vị chủ trì được tính cho mỗi đơn vị (tên đơn vị theo danh mục đơn vị); số liệu tự cập nhật khi cập nhật tình trạng, ngày ở trang theo dõi nhiệm vụ.',
  ];
  const legend = legendRows(1, width, SUMMARY_LEGEND);
  const layout: SheetLayout = {
    name: input.name,
    action: input.action,
    state: 'visible',
    role: 'summary',
    rowOps: [],
    clearRulesIn: [],
    columns: WIDTHS.map((w, i) => ({ col: i + 1, width: w })),
    rows: [],
    blocks: [
      ...top.blocks,
      { top: AS_OF_CELL.row, left: 1, cells: [asOfRow] },
      { top: HEADER_ROW, left: 1, cells: rows },
      ...notes.map((n, i) => ({ top: noteRow + i, left: 1, cells: [[cell(BLANK, 'note'), cell(text(n), 'note')]] })),
      { top: noteRow + notes.length, left: 1, cells: legend.map((m) => [...Array(width).keys()].map((i) => m.get(i + 1) ?? null)) },
    ],
    merges: top.merges,
    conditionalFormats: [],
    validations: [
      {
        kind: 'date',
        ref: addr(AS_OF_CELL.row, AS_OF_CELL.col),
        min: '2000-01-01',
        max: '2100-12-31',
        error: { title: 'Ngày không hợp lệ', text: 'Nhập ngày dạng ngày/tháng/năm, hoặc =TODAY() để tính theo hôm nay.' },
        prompt: { title: 'Tính đến ngày', text: 'Gõ một ngày (ngày/tháng/năm) để tính theo ngày đó; =TODAY() để tính theo hôm nay.' },
      },
    ],
  };
  const scale = fitSheetColumns(layout.columns, WIDTHS.map((_, i) => i + 1), (c) => PRINT_MIN[c - 1] ?? 8, (c) => WIDTHS[c - 1] ?? 10);
  layout.print = decree30Print({ first: HEADER_ROW, last: HEADER_ROW }, undefined, scale);
  layout.freeze = { row: HEADER_ROW + 1, col: 1 };
  layout.rows.push({ row: HEADER_ROW, height: 50 });
  if (dataRows > 0) {
    const ref = range(firstData, 6, firstData + dataRows - 1, 6);
    layout.conditionalFormats.push({
      ref,
      rules: [{ formula: `$F${firstData}>0`, fill: COLORS.redFill, fontColor: COLORS.redText, meaning: 'Có nhiệm vụ quá hạn' }],
    });
  }
  return layout;
}

