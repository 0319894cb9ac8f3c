/**
 * The targets sheet: every target (the body's CHỈ TIÊU list, then those inside tasks) beside the
 * figure reached, a verdict formula, red for a figure that misses its target (whatever the
 * comparator, lower-is-better included) and validation that a figure is a number.
 */
import type { Plan, Target, Warning } from '../core/model';
import { key } from '../core/text';
import { addr, colLetter, range } from './a1';
import { cell, formula, fromSnapshot, num, styleForValue, text } from './cells';
import { addedHeaderBlocks, columnLayouts, dataRange, placeColumns, type ColumnSpec } from './columns';
import { BUILTIN_HEADER_ROW, letterhead, planHeading } from './builtin-template';
import { breachExpression, DROPPED_MARK, passExpression, verdictFormula } from './formulas';
import type { TableLocation } from './header-match';
import { TARGET_HEADERS, type TargetRole } from './header-synonyms';
import type { CellValue, ChangeList, ConditionalFormat, LayoutCell, SheetLayout, Validation } from './layout';
import { legendRows, TARGET_LEGEND } from './legend';
import { maskNumber, matchRows, placeLeftOvers, unmatched } from './match-rows';
import { moveFormula } from './formula-refs';
import { decree30Print } from './print';
import { cellText, type SheetSnapshot } from './snapshot';
import { COLORS, type StyleKey } from './styles';
import { COMPARATOR_WORDS } from './comparator-words';
import { headerHeight, rowHeights, widthLookup } from './row-height';
import { fitSheetColumns, TARGET_SCALE, TEMPLATE_SCALE } from './print-fit';
import { blockFromRows, readRegion, resizeOps, type ExistingRow } from './table-region';

const STYLES: Record<TargetRole, StyleKey> = {
  stt: 'textCenter',
  id: 'textCenter',
  text: 'text',
  comparator: 'textCenter',
  threshold: 'number',
  unit: 'textCenter',
  scope: 'text',
  figure: 'number',
  verdict: 'computed',
  notes: 'text',
  document: 'text',
};
const WIDTHS: Record<TargetRole, number> = {
  stt: 6,
  id: 14,
  text: 56,
  comparator: 10,
  threshold: 10,
  unit: 10,
  scope: 22,
  figure: 14,
  verdict: 12,
  notes: 24,
  document: 20,
};
/** The narrowest each printed column may get (print-fit.ts). */
const PRINT_MIN: Record<TargetRole, number> = {
  stt: 4.5,
  id: 9,
  text: 24,
  comparator: 8,
  threshold: 8,
  unit: 7,
  scope: 10,
  figure: 9,
  verdict: 10,
  notes: 10,
  document: 10,
};
const SPECS = Object.fromEntries(
  (Object.keys(TARGET_HEADERS) as TargetRole[]).map((r) => [
    r,
    { header: TARGET_HEADERS[r], style: STYLES[r], width: WIDTHS[r] } satisfies ColumnSpec,
  ]),
) as Record<TargetRole, ColumnSpec>;

const BUILTIN_ORDER: TargetRole[] = ['stt', 'id', 'text', 'comparator', 'threshold', 'unit', 'scope', 'figure', 'verdict', 'notes'];
export const TARGET_TRACKING_ROLES: TargetRole[] = ['id', 'comparator', 'threshold', 'unit', 'scope', 'figure', 'verdict'];
const COMPARATORS = Object.values(COMPARATOR_WORDS);

export const FIGURE_MESSAGES = {
  percent: {
    title: 'Số liệu không hợp lệ',
    text: 'Nhập tỷ lệ là một số từ 0 đến 100 (ví dụ 95,5), không gõ dấu %.',
  },
  number: { title: 'Số liệu không hợp lệ', text: 'Nhập một số (ví dụ 12 hoặc 3,5), không kèm chữ.' },
};

/** All targets of a plan in reading order: the body's list first, then those inside tasks. */
export function planTargets(plan: Plan): Target[] {
  return [...plan.targets, ...plan.tasks.flatMap((t) => t.targets)];
}

export interface TargetsSheetInput {
  plan: Plan;
  sheet: SheetSnapshot | null;
  loc: TableLocation<TargetRole> | null;
  name: string;
  figures: Record<string, number>;
  /** Old task id -> new task id (null: left the plan), from the task sheet's update. */
  taskIds?: Map<string, string | null>;
  /** In a register: the documents in order, which one the plan is, and the label its rows bore. */
  register?: TargetRegister;
}

export interface TargetRegister {
  order: string[];
  current: string;
  previous: string | null;
}

export interface TargetsSheetResult {
  layout: SheetLayout;
  report: ChangeList;
  /** Target ids the sheet holds (plan and kept rows): figures for others are errors. */
  ids: Set<string>;
  warnings: Warning[];
}

function builtinLocation(order: TargetRole[]): TableLocation<TargetRole> {
  const columns: Partial<Record<TargetRole, number>> = {};
  order.forEach((r, i) => (columns[r] = i + 1));
  return {
    sheet: '',
    headerRow: BUILTIN_HEADER_ROW,
    numberRow: null,
    firstDataRow: BUILTIN_HEADER_ROW + 1,
    columns,
    otherColumns: [],
    left: 1,
    right: order.length,
  };
}

interface ExistingTarget {
  row: ExistingRow;
  /** The id to match on: for a target inside a task, renumbered as its task was. */
  id: string | null;
  /** The id the row showed. */
  shown: string | null;
  textKey: string;
  /** The text with its threshold masked, for matching a target renumbered and re-set at once. */
  looseKey: string;
  typed: boolean;
  byHand: boolean;
  /** Inside which task (its new id) the target is, when the row says and the task is still in the plan. */
  task: string | null;
  /** Already marked as left the plan, or inside a task that left it: never paired again. */
  retired: boolean;
}

/** NV-<task id>-<n>: a target inside a task (contract.md). */
const TASK_TARGET_ID = /^NV-(.+)-(\d+)$/;

type PlannedTarget =
  | { kind: 'target'; target: Target; old: ExistingTarget | null; n: number }
  | { kind: 'dropped'; old: ExistingTarget }
  | { kind: 'manual'; old: ExistingTarget }
  /** A target of another document of the register: carried as it is. */
  | { kind: 'kept'; old: { row: ExistingRow }; label: string; dropped: boolean };

/**
 * Target rows by the document their "Văn bản giao" cell names (a row without one: the document of
 * the row above, the first when nothing is above): the plan's document's rows, and the others' by label.
 */
function splitByDocument(rows: ExistingRow[], docCol: number | undefined, reg: TargetRegister): { mine: ExistingRow[]; others: Map<string, ExistingRow[]> } {
  const mine: ExistingRow[] = [];
  const others = new Map<string, ExistingRow[]>();
  const previous = reg.previous === null ? null : key(reg.previous);
  let current = reg.order[0] ?? reg.current;
  for (const row of rows) {
    const label = docCol !== undefined ? cellText(row.cells[docCol]).trim() : '';
    if (label) current = label;
    if (previous !== null && key(current) === previous) mine.push(row);
    else {
      const list = others.get(key(current)) ?? [];
      list.push(row);
      others.set(key(current), list);
    }
  }
  return { mine, others };
}

export function targetsSheet(input: TargetsSheetInput): TargetsSheetResult {
  const builtin = input.loc === null;
  // A register of several documents names each target's document ("Văn bản giao"), as the task table does.
  const multi = (input.register?.order.length ?? 0) > 1;
  const order: TargetRole[] = multi ? [...BUILTIN_ORDER, 'document'] : BUILTIN_ORDER;
  const loc = input.loc ?? builtinLocation(order);
  const name = input.loc?.sheet ?? input.name;
  const placed = placeColumns(loc, multi ? [...TARGET_TRACKING_ROLES, 'document'] : TARGET_TRACKING_ROLES, SPECS);
  const col = placed.col;
  const region = readRegion(input.sheet, loc, {
    idCol: loc.columns.id ?? null,
    sttCol: loc.columns.stt ?? null,
    planCols: (['text', 'threshold', 'comparator'] as TargetRole[]).flatMap((r) => loc.columns[r] ?? []),
    right: placed.right,
  });
  const typedCols = [col.figure, col.notes, ...loc.otherColumns.map((o) => o.col)].filter((c): c is number => c !== undefined);
  const taskIds = input.taskIds ?? new Map<string, string | null>();
  const reg: TargetRegister = input.register ?? { order: [], current: '', previous: '' };
  const split = splitByDocument(region.rows, loc.columns.document, reg);
  const existing: ExistingTarget[] = split.mine.map((row) => {
    const shown = cellText(col.id !== undefined ? row.cells[col.id] : undefined).trim() || null;
    // Targets inside tasks read alike across tasks ("tối thiểu 90% hồ sơ ..."), and their ids
    // carry their task's number: matched as they stood, a task removed from the plan would hand
    // its target's figure to the task renumbered into its place (found by the people's-data
    // property test). They follow their task instead, and pair only within it.
    const m = shown ? TASK_TARGET_ID.exec(shown) : null;
    const taskNow = m ? taskIds.get(m[1] as string) : undefined;
    const droppedMark = col.verdict !== undefined && cellText(row.cells[col.verdict]).trim() === DROPPED_MARK;
    const textKey = key(cellText(col.text !== undefined ? row.cells[col.text] : undefined));
    const threshold = col.threshold !== undefined ? row.cells[col.threshold]?.v : undefined;
    return {
      row,
      id: m && taskNow ? `NV-${taskNow}-${m[2]}` : shown,
      shown,
      textKey,
      looseKey: maskNumber(textKey, typeof threshold === 'number' ? threshold : null),
      typed: typedCols.some((c) => cellText(row.cells[c]).trim() !== ''),
      // A row without an id in a table that has ids was added by a person: kept as it is.
      byHand: loc.columns.id !== undefined && cellText(row.cells[loc.columns.id]).trim() === '',
      task: taskNow ?? null,
      retired: droppedMark || taskNow === null,
    };
  });
  const targets = planTargets(input.plan);
  const taskOfTarget = new Map(input.plan.tasks.flatMap((t) => t.targets.map((g) => [g, t.id] as const)));
  // A fresh build has no rows to pair with: no matching keys are computed for it.
  const matching = existing.length === 0 ? unmatched<ExistingTarget>(targets.length) : matchRows(
    targets.map((t) => {
      const textKey = key(t.text);
      return { id: t.id, textKey, looseKey: maskNumber(textKey, t.value), task: taskOfTarget.get(t) ?? null };
    }),
    existing,
    {
      // A body target's row (CT-) pairs only with a body target, a task's (NV-) only within its task:
      // a figure typed for one never moves to the other, however alike their words.
      compatible: (p, e) => !e.retired && (e.shown?.startsWith('CT-') ? p.task === null : e.task === null || p.task === e.task),
      fuzzy: (e) => !e.byHand,
    },
  );
  const leftOvers = placeLeftOvers(existing, matching);
  const report: ChangeList = { added: [], updated: [], renumbered: [], kept: [], byHand: [], removed: [], unchanged: 0 };
  const planned: PlannedTarget[] = [];
  const pushLeftOvers = (anchor: number): void => {
    for (const old of leftOvers.get(anchor) ?? []) {
      const label = old.shown ?? `dòng ${old.row.row}`;
      if (old.byHand) {
        planned.push({ kind: 'manual', old });
        report.byHand.push(label);
      } else if (old.typed) {
        planned.push({ kind: 'dropped', old });
        report.kept.push(label);
      } else report.removed.push(label);
    }
  };
  pushLeftOvers(-1);
  targets.forEach((target, i) => {
    const old = matching.byPlan[i] ?? null;
    planned.push({ kind: 'target', target, old, n: planned.length + 1 });
    if (!old) report.added.push(target.id);
    else if (old.shown && old.shown !== target.id) report.renumbered.push({ from: old.shown, to: target.id });
    pushLeftOvers(i);
  });

  // The register's order: every other document's targets where they were, the plan's in its place.
  const mineAt = reg.order.findIndex((l) => key(l) === key(reg.current));
  const all: PlannedTarget[] = [];
  const keptOf = (label: string): PlannedTarget[] =>
    (split.others.get(key(label)) ?? []).map((row) => ({
      kind: 'kept',
      old: { row },
      label,
      dropped: col.verdict !== undefined && cellText(row.cells[col.verdict]).trim() === DROPPED_MARK,
    }));
  reg.order.forEach((label, i) => {
    if (i === mineAt) all.push(...planned);
    else all.push(...keptOf(label));
    split.others.delete(key(label));
  });
  if (mineAt < 0) all.push(...planned);
  // Rows naming a document the register does not list (its label typed by hand) stay, at the end.
  for (const rows of split.others.values()) for (const row of rows) all.push({ kind: 'kept', old: { row }, label: '', dropped: false });
  planned.splice(0, planned.length, ...all);

  const first = loc.firstDataRow;
  const last = first + planned.length - 1;
  const ids = new Set<string>();
  const roleAt = new Map(Object.entries(col).map(([r, c]) => [c as number, r as TargetRole]));
  const body = planned.map((p, i) => {
    const row = first + i;
    const m = new Map<number, LayoutCell>();
    const refs = {
      comparator: addr(row, col.comparator as number),
      threshold: addr(row, col.threshold as number),
      figure: addr(row, col.figure as number),
      ...(col.unit !== undefined ? { unit: addr(row, col.unit) } : {}),
    };
    const changed: string[] = [];
    for (let c = loc.left; c <= placed.right; c++) {
      const role = roleAt.get(c);
      const style = role ? STYLES[role] : 'text';
      const oldCell = p.old?.row.cells[c];
      const carried = (): CellValue => {
        const v = fromSnapshot(oldCell);
        return v.kind === 'formula' && p.old ? { kind: 'formula', formula: moveFormula(v.formula, row - p.old.row.row) } : v;
      };
      if (role === 'document' && p.kind !== 'kept' && reg.current) {
        m.set(c, cell(text(reg.current), style, p.kind === 'dropped' ? 'dropped' : undefined));
        continue;
      }
      if (p.kind === 'kept') {
        const v = role === 'document' && p.label ? text(p.label) : role === 'verdict' && !p.dropped ? formula(verdictFormula(refs)) : carried();
        m.set(c, cell(v, role ? style : styleForValue(v), p.dropped ? 'dropped' : undefined));
        continue;
      }
      if (p.kind === 'dropped') {
        const v = role === 'verdict' ? text(DROPPED_MARK) : carried();
        m.set(c, cell(v, role ? style : styleForValue(v), 'dropped'));
        continue;
      }
      if (p.kind === 'manual') {
        const v = role === 'verdict' ? formula(verdictFormula(refs)) : carried();
        m.set(c, cell(v, role ? style : styleForValue(v)));
        continue;
      }
      const t = p.target;
      let v: CellValue;
      switch (role) {
        case 'stt':
          v = text(String(p.n));
          break;
        case 'id':
          v = text(t.id);
          break;
        case 'text':
          v = text(t.text);
          break;
        case 'comparator':
          v = text(COMPARATOR_WORDS[t.comparator]);
          break;
        case 'threshold':
          v = num(t.value);
          break;
        case 'unit':
          v = text(t.unit);
          break;
        case 'scope':
          v = text(t.scope);
          break;
        case 'figure':
          v = input.figures[t.id] !== undefined ? num(input.figures[t.id] as number) : carried();
          break;
        case 'verdict':
          v = formula(verdictFormula(refs));
          break;
        case 'notes':
          v = p.old && cellText(oldCell).trim() !== '' ? carried() : text(t.stretch ? `Phấn đấu: ${t.stretch}${t.unit}` : '');
          break;
        default:
          v = carried();
      }
      if (p.old && role && ['text', 'comparator', 'threshold', 'unit', 'scope'].includes(role)) {
        const before = fromSnapshot(oldCell);
        const same = JSON.stringify(before) === JSON.stringify(v);
        if (!same) changed.push(role);
      }
      m.set(c, cell(v, role ? style : styleForValue(v)));
    }
    if (p.kind === 'target') {
      ids.add(p.target.id);
      if (p.old && changed.length > 0) report.updated.push({ id: p.target.id, fields: changed });
      else if (p.old && (!p.old.shown || p.old.shown === p.target.id)) report.unchanged++;
    } else if (p.kind === 'dropped' && p.old.shown) ids.add(p.old.shown);
    return m;
  });
  const legend = legendRows(loc.left, placed.right, TARGET_LEGEND);
  const newSize = body.length + legend.length;

  const layout: SheetLayout = {
    name,
    action: builtin ? 'create' : 'edit',
    state: 'visible',
    role: 'targets',
    rowOps: builtin ? [] : resizeOps(first, region.size, newSize),
    clearRulesIn: builtin ? [] : [range(first, loc.left, first + newSize - 1, placed.right)],
    columns: columnLayouts(placed, SPECS, builtin),
    rows: [],
    blocks: [],
    merges: [],
    conditionalFormats: [],
    validations: [],
  };
  if (builtin) {
    const header = order.map((r) => cell(text(TARGET_HEADERS[r]), 'header'));
    const heading = planHeading(input.plan);
    const top = letterhead(order.length, ['KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU', ...(heading.title ? [heading.title] : [])], true, heading);
    layout.blocks.push(...top.blocks, { top: loc.headerRow, left: 1, cells: [header] });
    layout.merges.push(...top.merges);
  } else {
    layout.blocks.push(...addedHeaderBlocks(loc, placed, input.sheet, true));
  }
  layout.blocks.push(blockFromRows(first, loc.left, placed.right, [...body, ...legend]));
  const printed = [...Array(placed.right - loc.left + 1).keys()].map((i) => loc.left + i);
  const roleOf = (c: number): TargetRole | undefined => roleAt.get(c);
  const scale = fitSheetColumns(
    layout.columns,
    printed,
    (c) => PRINT_MIN[roleOf(c) ?? 'notes'],
    (c) => input.sheet?.widths?.[c] ?? WIDTHS[roleOf(c) ?? 'notes'],
    builtin ? TARGET_SCALE : TEMPLATE_SCALE,
  );
  const widthOf = widthLookup(layout.columns, input.sheet?.widths);
  layout.rows = [headerHeight(loc.headerRow, loc.left, placed.right, layout.blocks, input.sheet, widthOf), ...rowHeights(first, [...body, ...legend], widthOf)];
  if (planned.length > 0) {
    layout.conditionalFormats.push(...targetRules(col, first, last));
    layout.validations.push(...figureValidations(planned, col, first));
    const cmp = dataRange(col.comparator, first, last);
    if (cmp) {
      layout.validations.push({
        kind: 'list',
        ref: cmp,
        items: COMPARATORS,
        error: { title: 'Điều kiện không hợp lệ', text: `Chọn một trong: ${COMPARATORS.join(', ')}.` },
      });
    }
    layout.autoFilter = range(loc.numberRow ?? loc.headerRow, loc.left, last, placed.right);
  }
  layout.print = decree30Print({ first: loc.headerRow, last: loc.numberRow ?? loc.headerRow }, undefined, scale);
  layout.freeze = { row: first, col: 1 };
  return { layout, report, ids, warnings: [] };
}

function targetRules(col: Partial<Record<TargetRole, number>>, first: number, last: number): ConditionalFormat[] {
  const ref = dataRange(col.figure, first, last);
  if (!ref || col.comparator === undefined || col.threshold === undefined || col.figure === undefined) return [];
  const abs = (c: number): string => `$${colLetter(c)}${first}`;
  const cells = { comparator: abs(col.comparator), threshold: abs(col.threshold), figure: abs(col.figure) };
  return [
    {
      ref,
      rules: [
        { formula: breachExpression(cells), fill: COLORS.redFill, fontColor: COLORS.redText, meaning: 'Không đạt' },
        {
          formula: passExpression(cells),
          fill: COLORS.greenFill,
          fontColor: COLORS.greenText,
          meaning: 'Đạt',
        },
      ],
    },
  ];
}

/** Decimal validation on figures: 0-100 for percentages; consecutive rows of one kind share a range. */
function figureValidations(planned: PlannedTarget[], col: Partial<Record<TargetRole, number>>, first: number): Validation[] {
  if (col.figure === undefined) return [];
  const out: Validation[] = [];
  let start = 0;
  const kindOf = (p: PlannedTarget): 'percent' | 'number' => {
    const unit = p.kind === 'target' ? p.target.unit : cellText(col.unit !== undefined ? p.old.row.cells[col.unit] : undefined);
    return unit.trim() === '%' ? 'percent' : 'number';
  };
  for (let i = 1; i <= planned.length; i++) {
    const prev = planned[i - 1] as PlannedTarget;
    const cur = planned[i];
    if (cur && kindOf(cur) === kindOf(prev)) continue;
    const kind = kindOf(prev);
    out.push({
      kind: 'decimal',
      ref: range(first + start, col.figure, first + i - 1, col.figure),
      min: kind === 'percent' ? 0 : -1e12,
      max: kind === 'percent' ? 100 : 1e12,
      error: FIGURE_MESSAGES[kind],
      prompt: { title: 'Kết quả thực hiện', text: kind === 'percent' ? 'Số từ 0 đến 100, không gõ dấu %.' : 'Nhập một số.' },
    });
    start = i;
  }
  return out;
}

