/**
 * The task sheet: the template's table (or the built-in one) filled with the plan's rows, the
 * tracking columns it lacks added at its right edge, live timeliness formulas, colours,
 * validation, a legend and Decree 30 print settings.
 */
import type { Plan, Task, Warning } from '../core/model';
import { warning } from '../i18n/coded';
import { headerKey, type TableLocation } from './header-match';
import { colLetter, colRange, parseRange, range, rectRef, sheetRef } from './a1';
import { cell, text } from './cells';
import { addedHeaderBlocks, columnLayouts, dataRange, placeColumns, type ColumnSpec } from './columns';
import { BUILTIN_HEADER_ROW, fillAttachedLine, letterhead, planHeading } from './builtin-template';
import { DONE, PROGRESS, TIMELINESS, str } from './formulas';
import { TASK_HEADERS, type TaskRole } from './header-synonyms';
import type { ChangeList, ConditionalFormat, LayoutCell, SheetLayout, Validation } from './layout';
import { legendRows, OCR_REVIEW_LEGEND, TASK_LEGEND } from './legend';
import { decree30Print } from './print';
import type { SheetSnapshot } from './snapshot';
import { COLORS } from './styles';
import { blockFromRows, readRegion, resizeOps } from './table-region';
import { headerHeight, ROW_PT, rowHeights, widthLookup } from './row-height';
import { fitWidths, tallestRowPt, TARGET_SCALE, TEMPLATE_SCALE, type WantedWidth } from './print-fit';
import { shiftRange } from './formula-refs';
import { planTaskRows, rowCells, SECTION_ID_PREFIX, TASK_STYLES, typedColumns, type PlannedRow, type TaskColumns } from './task-rows';
import { key } from '../core/text';
import { planDocument } from './document-id';
import { groupByDocument, resolveDocument, tasksAlike, type DocumentGroup, type RegisterState, type Resolution } from './register';
import { cellText } from './snapshot';
import { DROPPED_MARK } from './formulas';

const WIDTHS: Record<TaskRole, number> = {
  stt: 6,
  task: 48,
  products: 24,
  lead: 22,
  coordinators: 22,
  deadline: 18,
  notes: 20,
  due: 12,
  progress: 16,
  completed: 12,
  timeliness: 20,
  result: 26,
  units: 24,
  id: 12,
  document: 20,
};

/**
 * The narrowest each printed column may get (print-fit.ts): dates stay on one line, the task
 * keeps room for a phrase per line, the others wrap their words.
 */
const PRINT_MIN: Record<TaskRole, number> = {
  stt: 4.5,
  task: 21,
  products: 9.5,
  lead: 9.5,
  coordinators: 9.5,
  deadline: 9.5,
  notes: 9,
  due: 10.5,
  progress: 9,
  completed: 10.5,
  timeliness: 9.5,
  result: 10,
  units: 0,
  id: 0,
  document: 10,
};
const OTHER_MIN = 9;
const OTHER_WIDTH = 20;

export const TASK_SPECS = Object.fromEntries(
  (Object.keys(TASK_HEADERS) as TaskRole[]).map((r) => [
    r,
    { header: TASK_HEADERS[r], style: TASK_STYLES[r], width: WIDTHS[r], hidden: r === 'id' || r === 'units' } satisfies ColumnSpec,
  ]),
) as Record<TaskRole, ColumnSpec>;

/** Columns the tracking needs; a template lacking them gets them at its table's right edge. */
export const TRACKING_ROLES: TaskRole[] = ['due', 'progress', 'completed', 'timeliness', 'units', 'id'];

export const DATE_MESSAGE = { title: 'Ngày không hợp lệ', text: 'Nhập ngày dạng ngày/tháng/năm, ví dụ 31/12/2024.' };

export interface TasksSheetInput {
  plan: Plan;
  /** The sheet holding the table (template or earlier workbook); null: the built-in template. */
  sheet: SheetSnapshot | null;
  loc: TableLocation<TaskRole> | null;
  /** For the built-in template. */
  name: string;
  position?: number;
  asOf: { ref: string; sheet: string };
  printArea?: string;
  unitsOf: (task: Task) => string[];
  /** The documents the workbook holds (a register); absent: a workbook of this plan alone. */
  register?: RegisterState;
}

export interface TasksSheetResult {
  layout: SheetLayout;
  report: ChangeList;
  columnsAdded: string[];
  /** Absolute ranges with the sheet prefix, for the summary; null when the table has no data rows. */
  ranges: { timeliness: string; units: string; documents?: string } | null;
  warnings: Warning[];
  /** Old task id -> new task id (null: left the plan), for the targets inside tasks. */
  taskIds: Map<string, string | null>;
  /** Which document the plan is in the register, and the register's documents after the build. */
  register: Resolution;
  /** Lead units (canonical) of every document's tasks, in table order, each once. */
  units: string[];
  /** Task rows per document label (rows left the plan not counted). */
  taskCounts: Map<string, number>;
}

function builtinLocation(plan: Plan): TableLocation<TaskRole> {
  const roles: TaskRole[] = ['stt', 'task', 'products', 'lead', 'coordinators', 'deadline'];
  if (plan.tasks.some((t) => t.notes.trim() !== '')) roles.push('notes');
  const extras = [...new Set(plan.tasks.flatMap((t) => Object.keys(t.extra)))];
  const columns: Partial<Record<TaskRole, number>> = {};
  roles.forEach((r, i) => (columns[r] = i + 1));
  let c = roles.length;
  const otherColumns = extras.map((header) => ({ col: ++c, header }));
  for (const r of ['due', 'progress', 'completed', 'timeliness', 'result', 'units', 'id'] as TaskRole[]) columns[r] = ++c;
  return {
    sheet: '',
    headerRow: BUILTIN_HEADER_ROW,
    numberRow: BUILTIN_HEADER_ROW + 1,
    firstDataRow: BUILTIN_HEADER_ROW + 2,
    columns,
    otherColumns,
    left: 1,
    right: c,
  };
}

function builtinHeader(loc: TableLocation<TaskRole>): { blocks: SheetLayout['blocks']; width: number } {
  const header: (LayoutCell | null)[] = [];
  const numbers: (LayoutCell | null)[] = [];
  const roleAt = new Map(Object.entries(loc.columns).map(([r, c]) => [c as number, r as TaskRole]));
  const otherAt = new Map(loc.otherColumns.map((o) => [o.col, o.header]));
  let n = 1;
  for (let c = loc.left; c <= loc.right; c++) {
    const role = roleAt.get(c);
    header.push(cell(text(role ? TASK_HEADERS[role] : (otherAt.get(c) ?? '')), 'header'));
    numbers.push(cell(text(role === 'id' || role === 'units' ? '' : `(${n++})`), 'colNumber'));
  }
  return { blocks: [{ top: loc.headerRow, left: loc.left, cells: [header, numbers] }], width: loc.right - loc.left + 1 };
}

export function tasksSheet(input: TasksSheetInput): TasksSheetResult {
  const { plan } = input;
  const builtin = input.loc === null;
  const loc = input.loc ?? builtinLocation(plan);
  const sheetName = input.loc?.sheet ?? input.name;
  const warnings: Warning[] = [];
  const placedBase = placeColumns(loc, TRACKING_ROLES, TASK_SPECS);
  const region = readRegion(input.sheet, loc, {
    idCol: loc.columns.id ?? null,
    sttCol: loc.columns.stt ?? null,
    planCols: (['task', 'lead', 'deadline', 'products'] as TaskRole[]).flatMap((r) => loc.columns[r] ?? []),
    right: placedBase.right,
  });
  // The register: which document the plan is, and every other document's rows carried as they are.
  const planDoc = planDocument(plan);
  const state: RegisterState = input.register ?? { known: [], fallback: planDoc, adopt: true };
  // Not a register: the rows a template holds are the plan's, as they always were.
  const fallback = state.adopt ? planDoc : state.fallback;
  const groups = groupByDocument(region.rows, { ...state, fallback }, { document: loc.columns.document, id: loc.columns.id });
  const planKeys = plan.tasks.map((t) => ({ id: t.id, textKey: key(t.task) }));
  const alike = (g: DocumentGroup): number => tasksAlike(planKeys, g, { task: loc.columns.task, id: loc.columns.id });
  const resolution = resolveDocument(planDoc, groups, alike, state.adopt ? fallback : null);
  const multi = resolution.documents.length > 1;
  // The "Văn bản giao" column comes with the second document: a workbook of one plan stays as it was.
  const placed = multi ? placeColumns(loc, [...TRACKING_ROLES, 'document'], TASK_SPECS) : placedBase;
  const extraKeys = new Map<string, string>();
  for (const t of plan.tasks) for (const k of Object.keys(t.extra)) extraKeys.set(headerKey(k), k);
  const others = loc.otherColumns.map((o) => ({ ...o, extraKey: extraKeys.get(headerKey(o.header)) ?? null }));
  const cols: TaskColumns = {
    col: placed.col,
    others,
    left: loc.left,
    right: placed.right,
    hadIds: loc.columns.id !== undefined,
    typed: typedColumns(placed.col, others),
  };
  for (const role of ['products', 'lead', 'coordinators', 'deadline', 'notes'] as TaskRole[]) {
    if (cols.col[role] !== undefined) continue;
    const used = plan.tasks.some((t) => {
      const v =
        role === 'deadline' ? t.deadline.text : role === 'notes' ? t.notes : t[role as 'products' | 'lead' | 'coordinators'].join('');
      return v.trim() !== '';
    });
    if (used) {
      warnings.push(warning('template-column-missing', { role, column: TASK_HEADERS[role] }));
    }
  }
  const mine = planTaskRows(plan, resolution.group?.rows ?? [], cols);
  const { report, taskIds } = mine;
  const planned: PlannedRow[] = [];
  for (const doc of resolution.documents) {
    const group = doc === resolution.current ? resolution.group : groups.find((g) => g.doc === doc);
    if (multi) planned.push({ kind: 'document', doc, old: group?.header ?? null });
    if (doc === resolution.current) planned.push(...mine.rows);
    else for (const row of group?.rows ?? []) planned.push({ kind: 'kept', row, label: doc.label });
  }
  const first = loc.firstDataRow;
  const last = first + planned.length - 1;

  const bodyRows = planned.map((p, i) => {
    const { cells, changed } = rowCells(p, first + i, { cols, asOf: input.asOf.ref, unitsOf: input.unitsOf, document: resolution.current.label });
    if (p.kind === 'task' && p.old) {
      if (p.old.id && p.old.id !== p.task.id) report.renumbered.push({ from: p.old.id, to: p.task.id });
      if (changed.length > 0) report.updated.push({ id: p.task.id, fields: changed });
      else if (!p.old.id || p.old.id === p.task.id) report.unchanged++;
    }
    return cells;
  });
  const reviewed = input.plan.tasks.some((t) => t.ocr !== undefined);
  const legend = legendRows(loc.left, placed.right, reviewed ? [...TASK_LEGEND, OCR_REVIEW_LEGEND] : TASK_LEGEND, input.asOf);
  const newSize = bodyRows.length + legend.length;

  const layout: SheetLayout = {
    name: sheetName,
    action: builtin ? 'create' : 'edit',
    state: 'visible',
    role: 'tasks',
    rowOps: builtin ? [] : resizeOps(first, region.size, newSize),
    clearRulesIn: builtin ? [] : [range(first, loc.left, first + Math.max(newSize, 1) - 1, placed.right)],
    columns: columnLayouts(placed, TASK_SPECS, builtin),
    rows: [],
    blocks: [],
    merges: [],
    conditionalFormats: [],
    validations: [],
  };
  if (input.position !== undefined) layout.position = input.position;
  if (builtin) {
    const head = builtinHeader(loc);
    const heading = planHeading(plan);
    const top = letterhead(head.width, ['BẢNG THEO DÕI TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ', ...(heading.title ? [heading.title] : [])], true, heading);
    layout.blocks.push(...top.blocks, ...head.blocks);
    layout.merges.push(...top.merges);
    for (const o of loc.otherColumns) layout.columns.push({ col: o.col, width: OTHER_WIDTH });
  } else {
    layout.blocks.push(...addedHeaderBlocks(loc, placed, input.sheet, true));
    layout.blocks.push(...filledHeadingLines(input.sheet, loc.headerRow, plan));
  }
  const fitted = fitPrintedColumns(layout, loc, placed.col, input.sheet);
  const printedRight = fitted.right;
  if (fitted.scale === undefined) warnings.push(warning('print-too-wide', { sheet: sheetName, columns: fitted.columns }));
  layout.blocks.push(blockFromRows(first, loc.left, placed.right, [...bodyRows, ...legend]));
  const widthOf = widthLookup(layout.columns, input.sheet?.widths);
  const header = [headerHeight(loc.headerRow, loc.left, placed.right, layout.blocks, input.sheet, widthOf)];
  const titleRowsPt = header.reduce((s, r) => s + r.height, 0) + (loc.numberRow !== null ? ROW_PT : 0);
  layout.rows = [...header, ...rowHeights(first, [...bodyRows, ...legend], widthOf, tallestRowPt(titleRowsPt))];
  // The header rows stay on screen while the rows scroll.
  layout.freeze = { row: first, col: 1 };

  if (planned.length > 0) {
    layout.conditionalFormats.push(...taskRules(cols, first, last));
    layout.validations.push(...taskValidations(cols, first, last));
    layout.autoFilter = range(loc.numberRow ?? loc.headerRow, loc.left, last, placed.right);
  }
  let printArea = input.printArea;
  if (builtin) {
    // Down to the legend, across to the last visible column: the helper columns stay off paper.
    printArea = range(1, 1, first + bodyRows.length + legend.length - 1, printedRight);
  } else if (printArea) {
    // The department's own print area: widened to the visible columns added.
    const r = parseRange(printArea.replace(/^.*!/, '').replace(/\$/g, ''));
    const visibleRight = Math.max(loc.right, ...placed.added.filter((a) => !a.hidden).map((a) => a.col));
    if (r) {
      // Addresses in the description are those after the row operations.
      let { top, bottom } = r;
      for (const op of layout.rowOps) [top, bottom] = shiftRange(top, bottom, { sheet: sheetName, ...op }) ?? [top, bottom];
      printArea = rectRef({ ...r, top, bottom, right: Math.min(Math.max(r.right, visibleRight), printedRight) });
    }
  } else if (input.sheet) {
    // No print area of its own: the sheet's rows (moved by the row operations), the visible columns.
    const grown = layout.rowOps.reduce((n, op) => n + op.count, 0);
    const bottom = Math.max(input.sheet.lastRow + grown, first + bodyRows.length + legend.length - 1);
    printArea = range(1, 1, bottom, printedRight);
  }
  layout.print = decree30Print({ first: loc.headerRow, last: loc.numberRow ?? loc.headerRow }, printArea, fitted.scale);

  const prefix = sheetRef(sheetName);
  const ranges =
    planned.length > 0
      ? {
          timeliness: prefix + colRange(cols.col.timeliness as number, first, last),
          units: prefix + colRange(cols.col.units as number, first, last),
          ...(cols.col.document !== undefined ? { documents: prefix + colRange(cols.col.document, first, last) } : {}),
        }
      : null;
  return {
    layout,
    report,
    columnsAdded: placed.added.map((a) => a.header),
    ranges,
    warnings,
    taskIds,
    register: resolution,
    ...registerFigures(planned, cols, input.unitsOf, resolution.current.label),
  };
}

/** Lead units of every task row (the plan's from the plan, the others' from their units cell) and task counts per document. */
function registerFigures(
  planned: PlannedRow[],
  cols: TaskColumns,
  unitsOf: (task: Task) => string[],
  current: string,
): { units: string[]; taskCounts: Map<string, number> } {
  const units = new Set<string>();
  const taskCounts = new Map<string, number>();
  const count = (label: string): void => void taskCounts.set(label, (taskCounts.get(label) ?? 0) + 1);
  for (const p of planned) {
    if (p.kind === 'document') taskCounts.set(p.doc.label, taskCounts.get(p.doc.label) ?? 0);
    else if (p.kind === 'task') {
      for (const u of unitsOf(p.task)) units.add(u);
      count(current);
    } else if (p.kind === 'kept') {
      const id = cellText(cols.col.id !== undefined ? p.row.cells[cols.col.id] : undefined).trim();
      const dropped = cellText(cols.col.timeliness !== undefined ? p.row.cells[cols.col.timeliness] : undefined).trim() === DROPPED_MARK;
      if (id.startsWith(SECTION_ID_PREFIX) || dropped) continue;
      const cellUnits = cellText(cols.col.units !== undefined ? p.row.cells[cols.col.units] : undefined);
      for (const u of cellUnits.split(';')) if (u.trim()) units.add(u.trim());
      count(p.label);
    }
  }
  return { units: [...units], taskCounts };
}

/** The template's "(Kèm theo ... số ...)" line above the table, its dots filled from the plan (format kept). */
function filledHeadingLines(sheet: SheetSnapshot | null, headerRow: number, plan: Plan): SheetLayout['blocks'] {
  const out: SheetLayout['blocks'] = [];
  if (!sheet) return out;
  for (let r = 1; r < headerRow; r++) {
    for (const [c, v] of Object.entries(sheet.rows[r] ?? {})) {
      if (typeof v.v !== 'string' || v.f) continue;
      const filled = fillAttachedLine(v.v, plan);
      if (filled) out.push({ top: r, left: Number(c), cells: [[{ value: text(filled) }]] });
    }
  }
  return out;
}

/**
 * Narrows the visible columns of the table so that it prints at TARGET_SCALE or more (text at
 * 11 pt or more on paper). Sets the widths in the layout; returns the last visible column and
 * the scale to print at (absent when even the narrowest columns do not fit: fit to the width).
 */
function fitPrintedColumns(
  layout: SheetLayout,
  loc: TableLocation<TaskRole>,
  col: Partial<Record<TaskRole, number>>,
  sheet: SheetSnapshot | null,
): { right: number; columns: number; scale?: number } {
  const roleAt = new Map<number, TaskRole>();
  for (const [r, c] of Object.entries(col)) roleAt.set(c as number, r as TaskRole);
  const set = new Map(layout.columns.map((c) => [c.col, c]));
  const wanted: WantedWidth[] = [];
  let right = loc.left;
  const last = Math.max(...Object.values(col).map((c) => c as number), loc.right);
  for (let c = loc.left; c <= last; c++) {
    const role = roleAt.get(c);
    if (set.get(c)?.hidden || (role && TASK_SPECS[role].hidden)) continue;
    const want = set.get(c)?.width ?? sheet?.widths?.[c] ?? (role ? WIDTHS[role] : OTHER_WIDTH);
    wanted.push({ col: c, want, min: role ? PRINT_MIN[role] : OTHER_MIN });
    right = c;
  }
  const { widths, fits, scale } = fitWidths(wanted, sheet ? TEMPLATE_SCALE : TARGET_SCALE);
  for (const [c, width] of widths) {
    const existing = set.get(c);
    if (existing) existing.width = width;
    else layout.columns.push({ col: c, width });
  }
  return fits ? { right, columns: wanted.length, scale } : { right, columns: wanted.length };
}

function taskRules(cols: TaskColumns, first: number, last: number): ConditionalFormat[] {
  const ref = dataRange(cols.col.timeliness, first, last);
  if (!ref) return [];
  const t = `$${colLetter(cols.col.timeliness as number)}${first}`;
  return [
    {
      ref,
      rules: [
        { formula: `${t}=${str(TIMELINESS.overdue)}`, fill: COLORS.redFill, fontColor: COLORS.redText, meaning: TIMELINESS.overdue },
        { formula: `${t}=${str(TIMELINESS.dueSoon)}`, fill: COLORS.orangeFill, fontColor: COLORS.orangeText, meaning: TIMELINESS.dueSoon },
        {
          formula: `LEFT(${t},${DONE.length})=${str(DONE)}`,
          fill: COLORS.greenFill,
          fontColor: COLORS.greenText,
          meaning: DONE,
        },
      ],
    },
  ];
}

function taskValidations(cols: TaskColumns, first: number, last: number): Validation[] {
  const out: Validation[] = [];
  const progress = dataRange(cols.col.progress, first, last);
  if (progress) {
    out.push({
      kind: 'list',
      ref: progress,
      items: [...PROGRESS],
      error: { title: 'Tình trạng không hợp lệ', text: `Chọn một trong: ${PROGRESS.join(', ')}.` },
      prompt: { title: 'Tình trạng', text: 'Chọn trong danh sách.' },
    });
  }
  for (const role of ['due', 'completed'] as const) {
    const ref = dataRange(cols.col[role], first, last);
    if (ref) out.push({ kind: 'date', ref, min: '2000-01-01', max: '2100-12-31', error: DATE_MESSAGE });
  }
  return out;
}
