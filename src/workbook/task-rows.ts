/**
 * The rows of the task table, in order: the plan's sections and tasks, each task carrying what a
 * person typed in its row earlier (progress, completion date, notes, columns the department
 * added), and the rows that left the plan but hold typed values, marked where they stood.
 */
import type { Plan, Section, Task } from '../core/model';
import { key } from '../core/text';
import { addr } from './a1';
import { BLANK, cell, dateOrBlank, fromSnapshot, listText, snapshotText, styleForValue, text, valueText, formula } from './cells';
import { moveFormula } from './formula-refs';
import { DROPPED_MARK, timelinessFormula } from './formulas';
import { ocrNote } from './legend';
import type { TaskRole } from './header-synonyms';
import type { CellValue, ChangeList, LayoutCell } from './layout';
import { matchRows, placeLeftOvers, unmatched } from './match-rows';
import { cellText, type SnapshotCell } from './snapshot';
import type { ExistingRow } from './table-region';
import { documentHeading, type RegisterDocument } from './document-id';
import { DOCUMENT_ROW_ID } from './register';
import type { StyleKey } from './styles';

/** The id column of a section row holds "§" + its STT: sections are rebuilt from the plan. */
export const SECTION_ID_PREFIX = '§';

export const TASK_STYLES: Record<TaskRole, StyleKey> = {
  stt: 'textCenter',
  task: 'text',
  products: 'text',
  lead: 'text',
  coordinators: 'text',
  deadline: 'text',
  notes: 'text',
  due: 'date',
  progress: 'textCenter',
  completed: 'date',
  timeliness: 'computed',
  result: 'text',
  units: 'id',
  id: 'id',
  document: 'text',
};

/** Plan fields: rewritten from the plan on every build. */
const PLAN_ROLES: TaskRole[] = ['stt', 'task', 'products', 'lead', 'coordinators', 'deadline', 'due', 'notes'];
/** Cells whose text OCR restoration may have changed: coloured for review (legend.ts). */
const OCR_REVIEWED = new Set<TaskRole>(['task', 'products', 'lead', 'coordinators', 'deadline', 'notes']);
/** Typed by people: a row that left the plan is kept while one of these holds something. */
const TYPED_ROLES: TaskRole[] = ['progress', 'completed', 'result', 'notes'];

export interface TaskColumns {
  col: Partial<Record<TaskRole, number>>;
  /** Columns the table has beyond the known roles: plan `extra` fields (by header) or the department's own. */
  others: { col: number; header: string; extraKey: string | null }[];
  left: number;
  right: number;
  /** The table already had Plan Tracker's id column (a workbook it filled earlier). */
  hadIds: boolean;
  /** Columns people type in (`typedColumns`): carried with their row on every update. */
  typed: number[];
}

interface ExistingTask {
  row: ExistingRow;
  id: string | null;
  textKey: string;
  section: boolean;
  typed: boolean;
  byHand: boolean;
}

/** Suffix of the id of a row that left the plan: its id is free for the task that now bears it. */
export const DROPPED_ID_SUFFIX = ' (đã bỏ)';

function droppedId(id: string, row: number): string {
  const base = id.trim() || `dòng ${row}`;
  return base.endsWith(DROPPED_ID_SUFFIX) ? base : base + DROPPED_ID_SUFFIX;
}

export type PlannedRow =
  /** A section row; `old` is the row it had, whose typed cells (a note, a name) it keeps. */
  | { kind: 'section'; section: Section; old: ExistingTask | null }
  | { kind: 'task'; task: Task; old: ExistingTask | null }
  | { kind: 'dropped'; old: ExistingTask }
  /** A row a person added: kept as typed, its timeliness still computed. */
  | { kind: 'manual'; old: ExistingTask }
  /** A register's section row naming a document; `old` is the row it had. */
  | { kind: 'document'; doc: RegisterDocument; old: ExistingRow | null }
  /** A row of another document of the register: carried exactly as it is. */
  | { kind: 'kept'; row: ExistingRow; label: string };

function at(row: ExistingRow, col: number | undefined): SnapshotCell | undefined {
  return col === undefined ? undefined : row.cells[col];
}

/** Columns people type in: progress, completion date, result, notes and the department's own. */
export function typedColumns(col: TaskColumns['col'], others: TaskColumns['others']): number[] {
  const list = [...TYPED_ROLES.map((r) => col[r]), ...others.filter((o) => o.extraKey === null).map((o) => o.col)];
  return list.filter((c): c is number => c !== undefined);
}

function readExisting(rows: ExistingRow[], cols: TaskColumns, plan: Plan): ExistingTask[] {
  if (rows.length === 0) return [];
  const sectionKeys = new Set(plan.sections.map((s) => key(s.title)));
  return rows.map((row) => {
    const idText = cellText(at(row, cols.col.id)).trim();
    const textKey = key(cellText(at(row, cols.col.task)));
    const planish = ['lead', 'deadline', 'due'] as TaskRole[];
    const section = idText
      ? idText.startsWith(SECTION_ID_PREFIX)
      : sectionKeys.has(textKey) && planish.every((r) => cellText(at(row, cols.col[r])).trim() === '');
    // In a workbook Plan Tracker filled, a row without an id was added by a person.
    const byHand = cols.hadIds && !idText && !section;
    const typed = byHand || cols.typed.some((c) => snapshotText(row.cells[c]).trim() !== '');
    return { row, id: idText || null, textKey, section, typed, byHand };
  });
}

/**
 * Sections and tasks in plan order; a section row comes before its first task. A numbered item
 * of a letter that is itself the task ("3. Đề nghị Công an phường ...": a section with no
 * heading text whose task carries its number) gets no section row: on paper it would be an
 * empty line numbered like the task under it.
 */
function planSequence(plan: Plan): ({ kind: 'section'; section: Section } | { kind: 'task'; task: Task })[] {
  const out: ({ kind: 'section'; section: Section } | { kind: 'task'; task: Task })[] = [];
  const emitted = new Set<string>();
  const itemIsTask = new Set(
    plan.sections.filter((s) => s.title.trim() === '' && plan.tasks.some((t) => t.section === s.stt && t.stt === s.stt)).map((s) => s.stt),
  );
  for (const stt of itemIsTask) emitted.add(stt);
  const order = plan.sections.map((s) => s.stt);
  let current: string | null = null;
  const emitUpTo = (stt: string): void => {
    const idx = order.indexOf(stt);
    if (idx < 0 || emitted.has(stt)) return;
    // Sections without tasks that the plan lists before this one keep their place.
    for (let i = 0; i <= idx; i++) {
      const s = plan.sections[i] as Section;
      if (!emitted.has(s.stt)) {
        emitted.add(s.stt);
        out.push({ kind: 'section', section: s });
      }
    }
  };
  for (const task of plan.tasks) {
    if (task.section !== current) {
      current = task.section;
      if (task.section) emitUpTo(task.section);
    }
    out.push({ kind: 'task', task });
  }
  for (const s of plan.sections) if (!emitted.has(s.stt)) out.push({ kind: 'section', section: s });
  return out;
}

export interface TaskRowsResult {
  rows: PlannedRow[];
  report: ChangeList;
  /**
   * The id each task row of the workbook had -> the id its task has now, or null when it left
   * the plan. Targets inside tasks (NV-<task id>-<n>) follow their task through it.
   */
  taskIds: Map<string, string | null>;
}

export function planTaskRows(plan: Plan, existingRows: ExistingRow[], cols: TaskColumns): TaskRowsResult {
  const all = readExisting(existingRows, cols, plan);
  const existing = all.filter((e) => !e.section);
  const seq = planSequence(plan);
  // A fresh build has no rows to pair with: no matching keys are computed for it.
  const matching =
    all.length === 0
      ? unmatched<ExistingTask>(plan.tasks.length)
      : matchRows(
          plan.tasks.map((t) => ({ id: t.id, textKey: key(t.task) })),
          existing,
          {
            // Rows typed by hand, and rows already marked as left the plan, are never paired on likeness alone.
            fuzzy: (e) => !e.byHand && !(e.id ?? '').endsWith(DROPPED_ID_SUFFIX),
          },
        );
  // Section rows are matched too (by number and title, then title, then number with a like
  // title), so a note or a name a person typed on one stays with its section.
  const sectionMatching =
    all.length === 0
      ? unmatched<ExistingTask>(plan.sections.length)
      : matchRows(
          plan.sections.map((s) => ({ id: SECTION_ID_PREFIX + s.stt, textKey: key(s.title) })),
          all.filter((e) => e.section),
        );
  const sectionIndex = new Map(plan.sections.map((s, i) => [s, i]));
  // What left the plan goes where it stood among sections and tasks alike: one sequence.
  let t = 0;
  const byItem = seq.map((item) =>
    item.kind === 'section' ? (sectionMatching.byPlan[sectionIndex.get(item.section) as number] ?? null) : (matching.byPlan[t++] ?? null),
  );
  const leftOvers = placeLeftOvers(all, { byPlan: byItem, leftOver: [...matching.leftOver, ...sectionMatching.leftOver] });
  const report: ChangeList = { added: [], updated: [], renumbered: [], kept: [], byHand: [], removed: [], unchanged: 0 };
  const taskIds = new Map<string, string | null>();
  for (const e of matching.leftOver) if (e.id !== null) taskIds.set(e.id, null);
  matching.byPlan.forEach((e, i) => {
    if (e?.id) taskIds.set(e.id, (plan.tasks[i] as Task).id);
  });

  const rows: PlannedRow[] = [];
  const pushLeftOvers = (anchor: number): void => {
    for (const old of leftOvers.get(anchor) ?? []) {
      const label = old.id?.replace(DROPPED_ID_SUFFIX, '') ?? (cellText(at(old.row, cols.col.stt)) || `dòng ${old.row.row}`);
      if (old.byHand) {
        rows.push({ kind: 'manual', old });
        report.byHand.push(cellText(at(old.row, cols.col.task)).slice(0, 40) || label);
      } else if (old.typed) {
        rows.push({ kind: 'dropped', old });
        report.kept.push(label);
      } else if (!old.section) {
        report.removed.push(label);
      }
    }
  };
  pushLeftOvers(-1);
  seq.forEach((item, i) => {
    const old = byItem[i] ?? null;
    if (item.kind === 'section') rows.push({ ...item, old });
    else {
      rows.push({ kind: 'task', task: item.task, old });
      if (!old) report.added.push(item.task.id);
    }
    pushLeftOvers(i);
  });
  return { rows, report, taskIds };
}

export interface RowContext {
  cols: TaskColumns;
  asOf: string;
  /** The lead units of a task by their canonical names (src/core/units). */
  unitsOf: (task: Task) => string[];
  /** The label of the plan's document, written in the "Văn bản giao" column of its rows. */
  document?: string;
}

/** The units cell: ";Phòng Nội vụ;UBND các phường;" so COUNTIFS "*;name;*" matches whole names only. */
export function unitsCell(names: string[]): string {
  return names.length ? `;${names.join(';')};` : '';
}

function planValue(task: Task, role: TaskRole): CellValue {
  switch (role) {
    case 'stt':
      return text(task.stt);
    case 'task':
      return text(task.task);
    case 'products':
      return listText(task.products);
    case 'lead':
      return listText(task.lead);
    case 'coordinators':
      return listText(task.coordinators);
    case 'deadline':
      return text(task.deadline.text);
    case 'notes':
      return text(task.notes);
    case 'due':
      return dateOrBlank(task.deadline.due);
    case 'id':
      return text(task.id);
    default:
      return BLANK;
  }
}

function carried(c: SnapshotCell | undefined, fromRow: number, toRow: number): CellValue {
  const v = fromSnapshot(c);
  return v.kind === 'formula' ? { kind: 'formula', formula: moveFormula(v.formula, toRow - fromRow) } : v;
}

/** Cells of one row, by column, and the plan fields that changed (update report). */
export function rowCells(
  planned: PlannedRow,
  sheetRow: number,
  ctx: RowContext,
): { cells: Map<number, LayoutCell>; changed: string[] } {
  const { cols } = ctx;
  const out = new Map<number, LayoutCell>();
  const changed: string[] = [];
  const roleAt = new Map<number, TaskRole>();
  for (const [r, c] of Object.entries(cols.col) as [TaskRole, number][]) roleAt.set(c, r);
  const othersAt = new Map(cols.others.map((o) => [o.col, o]));
  const timeliness = (): CellValue => {
    const c = cols.col;
    if (c.due === undefined || c.progress === undefined || c.completed === undefined) return BLANK;
    return formula(
      timelinessFormula({
        due: addr(sheetRow, c.due),
        progress: addr(sheetRow, c.progress),
        completed: addr(sheetRow, c.completed),
        asOf: ctx.asOf,
      }),
    );
  };

  for (let col = cols.left; col <= cols.right; col++) {
    const role = roleAt.get(col);
    const other = othersAt.get(col);
    const style: StyleKey = role ? TASK_STYLES[role] : 'text';
    if (planned.kind === 'document') {
      const old = planned.old;
      const d = planned.doc;
      const v =
        role === 'task'
          ? text(documentHeading(d))
          : role === 'id'
            ? text(DOCUMENT_ROW_ID)
            : role === 'document'
              ? text(d.label)
              : old && cols.typed.includes(col)
                ? carried(old.cells[col], old.row, sheetRow)
                : BLANK;
      out.set(col, cell(v, role === 'task' || role === 'document' ? 'text' : style, 'section'));
      continue;
    }
    if (planned.kind === 'kept') {
      const old = planned.row;
      const id = cellText(at(old, cols.col.id)).trim();
      const dropped = cellText(at(old, cols.col.timeliness)).trim() === DROPPED_MARK;
      const section = id.startsWith(SECTION_ID_PREFIX);
      const v =
        role === 'document'
          ? text(planned.label)
          : role === 'timeliness' && !dropped && !section
            ? timeliness()
            : carried(old.cells[col], old.row, sheetRow);
      out.set(col, cell(v, role ? style : styleForValue(v), section ? 'section' : dropped ? 'dropped' : undefined));
      continue;
    }
    if (role === 'document' && ctx.document !== undefined) {
      const emphasis = planned.kind === 'section' ? 'section' : planned.kind === 'dropped' ? 'dropped' : undefined;
      out.set(col, cell(text(ctx.document), style, emphasis));
      continue;
    }
    if (planned.kind === 'section') {
      const s = planned.section;
      const old = planned.old?.row;
      const v =
        role === 'stt'
          ? text(s.stt)
          : role === 'task'
            ? text(s.title)
            : role === 'id'
              ? text(SECTION_ID_PREFIX + s.stt)
              : old && cols.typed.includes(col)
                ? carried(old.cells[col], old.row, sheetRow)
                : BLANK;
      out.set(col, cell(v, role === 'task' ? 'text' : style, 'section'));
      continue;
    }
    if (planned.kind === 'manual') {
      const old = planned.old.row;
      const v = role === 'timeliness' ? timeliness() : carried(old.cells[col], old.row, sheetRow);
      out.set(col, cell(v, role ? style : styleForValue(v)));
      continue;
    }
    if (planned.kind === 'dropped') {
      const old = planned.old.row;
      const v =
        role === 'timeliness'
          ? text(DROPPED_MARK)
          : role === 'id'
            ? text(droppedId(cellText(old.cells[col]), old.row))
            : carried(old.cells[col], old.row, sheetRow);
      out.set(col, cell(v, role ? style : styleForValue(v), 'dropped'));
      continue;
    }
    const { task, old } = planned;
    const oldCell = old ? old.row.cells[col] : undefined;
    let v: CellValue;
    if (role === 'timeliness') v = timeliness();
    else if (role === 'progress' || role === 'completed' || role === 'result') v = carried(oldCell, old?.row.row ?? sheetRow, sheetRow);
    else if (role === 'notes') v = old && snapshotText(oldCell).trim() !== '' ? fromSnapshot(oldCell) : planValue(task, 'notes');
    else if (role === 'due') {
      const sameDeadline = old && key(cellText(at(old.row, cols.col.deadline))) === key(task.deadline.text);
      v = sameDeadline && snapshotText(oldCell) !== '' ? fromSnapshot(oldCell) : planValue(task, 'due');
    } else if (role === 'units') v = text(unitsCell(ctx.unitsOf(task)));
    else if (role) v = planValue(task, role);
    else if (other?.extraKey) v = text(task.extra[other.extraKey] ?? '');
    else v = carried(oldCell, old?.row.row ?? sheetRow, sheetRow);
    out.set(col, cell(v, role ? style : styleForValue(v), task.ocr && role && OCR_REVIEWED.has(role) ? 'review' : undefined));
    if (task.ocr && role === 'task') (out.get(col) as LayoutCell).note = ocrNote(task.ocr.raw, task.ocr.changed);
    if (old && (PLAN_ROLES.includes(role as TaskRole) || other?.extraKey) && role !== 'stt') {
      if (valueText(v) !== snapshotText(oldCell)) changed.push(role ?? other?.header ?? String(col));
    }
  }
  return { cells: out, changed };
}
