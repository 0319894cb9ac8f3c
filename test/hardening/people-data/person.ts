/**
 * A person at work on the tracking workbook, as their Excel would leave it: cell values typed
 * into task rows (progress from the list, a completion date, a note, a name in a column the
 * department added), figures on the targets sheet, rows inserted by hand and typed into, a note
 * on a section row, the table sorted. Only values change; nothing the person types is a formula.
 *
 * The ledger remembers every value typed, by the uid of the task, target, section or hand-made
 * row it was typed for, so a check after each build can say where each value must be.
 */
import type ExcelJS from 'exceljs';
import fc from 'fast-check';
import { DROPPED_MARK, findTable, moveFormula, PROGRESS, readMarker, type TableLocation } from '../../../src/workbook';
import { LEGEND_TITLE } from '../../../src/workbook/legend';
import { readSnapshot } from '../../../src/xlsx';
import { pick, type Numbered } from './history';
import { shiftRows } from '../../../src/xlsx/row-shift';
import { plainValue } from '../../support/xlsx';

export type Plain = string | number | boolean | null;

export interface Table {
  ws: ExcelJS.Worksheet;
  loc: TableLocation<string>;
  /** Body rows (from the first data row to the row before the legend's blank row). */
  first: number;
  last: number;
  /** Column of each key: role names, and "other:<header>" for the department's own columns. */
  col: Map<string, number>;
  /** Keys of the columns a person types into. */
  typed: string[];
}

const TASK_TYPED_ROLES = ['progress', 'completed', 'notes', 'result'];
const TARGET_TYPED_ROLES = ['figure', 'notes'];

function openTable(wb: ExcelJS.Workbook, kind: 'tasks' | 'targets'): Table | null {
  const { snapshot } = readSnapshot(wb);
  const marker = readMarker(snapshot);
  const loc = findTable(snapshot, kind, kind === 'tasks' ? marker?.tasksSheet : marker?.targetsSheet || undefined) as TableLocation<string> | null;
  if (!loc) return null;
  const ws = wb.getWorksheet(loc.sheet);
  if (!ws) throw new Error(`no sheet ${loc.sheet}`);
  const col = new Map<string, number>();
  for (const [role, c] of Object.entries(loc.columns)) if (c !== undefined) col.set(role, c);
  for (const o of loc.otherColumns) col.set(`other:${o.header}`, o.col);
  const typedRoles = kind === 'tasks' ? TASK_TYPED_ROLES : TARGET_TYPED_ROLES;
  const typed = [...typedRoles.filter((r) => col.has(r)), ...loc.otherColumns.map((o) => `other:${o.header}`)];
  // The body ends before the legend ("Chú thích:") and the blank row above it.
  let legend = loc.firstDataRow;
  while (legend <= ws.rowCount && plainValue(ws.getCell(legend, loc.left)) !== LEGEND_TITLE) legend++;
  if (legend > ws.rowCount) throw new Error(`${kind}: no legend under the table`);
  return { ws, loc, first: loc.firstDataRow, last: legend - 2, col, typed };
}

export function tasksTable(wb: ExcelJS.Workbook): Table {
  const t = openTable(wb, 'tasks');
  if (!t) throw new Error('no task table');
  return t;
}

export function targetsTable(wb: ExcelJS.Workbook): Table | null {
  return openTable(wb, 'targets');
}

export function get(t: Table, row: number, k: string): Plain {
  const c = t.col.get(k);
  if (c === undefined) return null;
  const v = plainValue(t.ws.getCell(row, c));
  return v === '' ? null : v;
}

function set(t: Table, row: number, k: string, v: Plain): void {
  const c = t.col.get(k);
  if (c === undefined) throw new Error(`no column ${k}`);
  const cell = t.ws.getCell(row, c);
  // A date typed into a date-formatted cell: Excel stores the serial; exceljs writes a Date so.
  cell.value = typeof v === 'string' && /^\d{4}-\d\d-\d\d$/.test(v) ? new Date(`${v}T00:00:00Z`) : v;
}

/** Rows of the body whose `k` cell reads `v` exactly. */
export function rowsWhere(t: Table, k: string, v: Plain): number[] {
  const out: number[] = [];
  for (let r = t.first; r <= t.last; r++) if (get(t, r, k) === v) out.push(r);
  return out;
}

export interface Ledger {
  /** Values typed for each task / target / section / row made by hand, by column key. */
  tasks: Map<number, Map<string, Plain>>;
  targets: Map<number, Map<string, Plain>>;
  sections: Map<number, Map<string, Plain>>;
  manual: Map<number, Map<string, Plain>>;
  /** Tasks and targets that left the plan holding typed values: the text their kept row shows. */
  droppedTasks: Map<number, string>;
  droppedTargets: Map<number, string>;
  /** Sections that left the plan holding typed values: their title (kept on a marked row). */
  droppedSections: Map<number, string>;
  /** Task and target texts as the workbook last showed them (a dropped row keeps this text). */
  shown: Map<number, string>;
  nextManual: number;
}

export function newLedger(): Ledger {
  return {
    tasks: new Map(),
    targets: new Map(),
    sections: new Map(),
    manual: new Map(),
    droppedTasks: new Map(),
    droppedTargets: new Map(),
    droppedSections: new Map(),
    shown: new Map(),
    nextManual: 1,
  };
}

function note(map: Map<number, Map<string, Plain>>, uid: number, k: string, v: Plain): void {
  const m = map.get(uid) ?? new Map<string, Plain>();
  m.set(k, v);
  map.set(uid, m);
}

/** After a build of `next`: what left the plan is kept (typed) or gone (untyped); texts shown now. */
export function reconcile(l: Ledger, prev: Numbered, next: Numbered): void {
  for (const [uid] of prev.taskId) {
    if (next.taskId.has(uid)) continue;
    if (l.tasks.has(uid)) l.droppedTasks.set(uid, l.shown.get(uid) as string);
  }
  for (const [uid] of prev.targetId) {
    if (next.targetId.has(uid)) continue;
    if (l.targets.has(uid)) l.droppedTargets.set(uid, l.shown.get(-uid) as string);
  }
  // A section that left the plan while holding a note stays, marked, under its title.
  for (const [uid, stt] of prev.sectionStt) {
    if (next.sectionStt.has(uid) || !l.sections.has(uid)) continue;
    l.droppedSections.set(uid, (prev.plan.sections.find((s) => s.stt === stt) as { title: string }).title);
  }
  remember(l, next);
}

/** Texts the workbook shows after building `n` (targets under negative uids). */
export function remember(l: Ledger, n: Numbered): void {
  const byId = new Map(n.plan.tasks.map((t) => [t.id, t]));
  for (const [uid, id] of n.taskId) l.shown.set(uid, (byId.get(id) as { task: string }).task);
  const targets = new Map([...n.plan.targets, ...n.plan.tasks.flatMap((t) => t.targets)].map((g) => [g.id, g.text]));
  for (const [uid, id] of n.targetId) l.shown.set(-uid, targets.get(id) as string);
}

export type Edit =
  | { kind: 'progress'; at: number; n: number }
  | { kind: 'completed'; at: number; n: number }
  | { kind: 'note'; at: number; n: number }
  | { kind: 'other'; at: number; n: number }
  | { kind: 'figure'; at: number; n: number }
  | { kind: 'targetNote'; at: number; n: number }
  | { kind: 'insertRow'; at: number; n: number }
  | { kind: 'manualEdit'; at: number; n: number }
  | { kind: 'sectionNote'; at: number; n: number }
  | { kind: 'sort'; n: number };

const NAMES = ['Chị Lan', 'Anh Minh', 'Ô. Tuấn', 'Bà Hạnh', '0912 345 678', '- chờ ý kiến'];
const NOTES = ['Đã ban hành QĐ', 'Chờ Sở hướng dẫn', '+ lùi sang quý sau', '=đã xong', 'Xem công văn 12/UBND', '1.10', '01/02', 'TRUE'];

export function editArb(sections: boolean): fc.Arbitrary<Edit> {
  const e = <K extends Edit['kind']>(kind: K, weight: number) => ({ weight, arbitrary: fc.record({ kind: fc.constant(kind), at: fc.nat(), n: fc.nat() }) });
  return fc.oneof(
    e('progress', 6),
    e('completed', 3),
    e('note', 3),
    e('other', 3),
    e('figure', 4),
    e('targetNote', 1),
    e('insertRow', 2),
    e('manualEdit', 1),
    ...(sections ? [e('sectionNote', 1)] : []),
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('sort' as const), n: fc.nat() }) },
  ) as fc.Arbitrary<Edit>;
}

/** The column a person types their own things into: the department's column, else the notes. */
function freeColumn(t: Table): string | null {
  return t.typed.find((k) => k.startsWith('other:')) ?? (t.col.has('notes') ? 'notes' : t.col.has('result') ? 'result' : null);
}

/**
 * Types one edit into the workbook (already open) and records it. Tasks are found by the id the
 * workbook shows for them; a typed value is unique where it can be (names and notes carry a
 * counter) so a value moved to another row cannot pass for the right one.
 */
export function applyEdit(wb: ExcelJS.Workbook, e: Edit, l: Ledger, n: Numbered, stamp: string): void {
  const tasks = tasksTable(wb);
  const liveTasks = [...n.taskId];
  const taskRow = (uid: number): number => {
    const rows = rowsWhere(tasks, 'id', n.taskId.get(uid) as string);
    if (rows.length !== 1) throw new Error(`person: task ${n.taskId.get(uid)} is on ${rows.length} rows`);
    return rows[0] as number;
  };
  switch (e.kind) {
    case 'progress':
    case 'completed':
    case 'note':
    case 'other': {
      if (liveTasks.length === 0) return;
      const [uid] = pick(liveTasks, e.at);
      const k = e.kind === 'progress' ? 'progress' : e.kind === 'completed' ? 'completed' : e.kind === 'note' ? (tasks.col.has('notes') ? 'notes' : 'result') : freeColumn(tasks);
      if (!k || !tasks.col.has(k)) return;
      const v: Plain =
        e.kind === 'progress'
          ? pick(PROGRESS, e.n)
          : e.kind === 'completed'
            ? `2024-${String((e.n % 12) + 1).padStart(2, '0')}-${String((e.n % 28) + 1).padStart(2, '0')}`
            : `${pick(e.kind === 'note' ? NOTES : NAMES, e.n)} [${stamp}]`;
      set(tasks, taskRow(uid), k, v);
      note(l.tasks, uid, k, v);
      return;
    }
    case 'figure':
    case 'targetNote': {
      const targets = targetsTable(wb);
      const live = [...n.targetId];
      if (!targets || live.length === 0) return;
      const [uid, id] = pick(live, e.at);
      const k = e.kind === 'figure' ? 'figure' : 'notes';
      if (!targets.col.has(k)) return;
      const rows = rowsWhere(targets, 'id', id).filter((r) => get(targets, r, 'verdict') !== DROPPED_MARK);
      if (rows.length !== 1) throw new Error(`person: target ${id} is on ${rows.length} rows`);
      // Figures are numbers, often with decimals; a note is text.
      const v: Plain = k === 'figure' ? (e.n % 100000) / 100 : `Số liệu Sở gửi [${stamp}]`;
      set(targets, rows[0] as number, k, v);
      note(l.targets, uid, k, v);
      return;
    }
    case 'insertRow': {
      // As Excel's Insert: a whole row before a row of the body (or after its last row).
      const at = tasks.first + (e.at % (tasks.last - tasks.first + 2));
      shiftRows(wb, tasks.ws, at, 1);
      const t = tasksTable(wb);
      const m = l.nextManual++;
      const values = new Map<string, Plain>([['task', `Việc phát sinh do phòng tự thêm [${stamp}/${m}]`]]);
      if (e.n % 2 === 0) values.set('stt', `${(e.n % 9) + 1}.${(e.n % 13) + 1}a`);
      const free = freeColumn(t);
      if (free) values.set(free, `${pick(NAMES, e.n)} [${stamp}/${m}]`);
      if (e.n % 3 === 0) values.set('progress', pick(PROGRESS, e.n >> 2));
      for (const [k, v] of values) set(t, at, k, v);
      l.manual.set(m, values);
      return;
    }
    case 'manualEdit': {
      const list = [...l.manual];
      if (list.length === 0) return;
      const [m, values] = pick(list, e.at);
      const rows = rowsWhere(tasks, 'task', values.get('task') as string);
      if (rows.length !== 1) throw new Error(`person: hand-made row ${m} is on ${rows.length} rows`);
      values.set('progress', pick(PROGRESS, e.n));
      set(tasks, rows[0] as number, 'progress', values.get('progress') as Plain);
      return;
    }
    case 'sectionNote': {
      const live = [...n.sectionStt];
      const k = freeColumn(tasks);
      if (live.length === 0 || !k) return;
      const [uid, stt] = pick(live, e.at);
      const rows = rowsWhere(tasks, 'id', `§${stt}`);
      if (rows.length !== 1) throw new Error(`person: section ${stt} is on ${rows.length} rows`);
      const v = `Nhóm do ${pick(NAMES, e.n)} theo dõi [${stamp}]`;
      set(tasks, rows[0] as number, k, v);
      note(l.sections, uid, k, v);
      return;
    }
    case 'sort':
      sortBody(tasks, pick(['task', 'progress', 'stt'], e.n), e.n % 2 === 0);
      return;
  }
}

/**
 * Sorts the body rows by one column, as Excel's Sort does: whole rows move (values and formats),
 * relative references in formulas move with their row.
 */
function sortBody(t: Table, k: string, ascending: boolean): void {
  const c = t.col.get(k);
  if (c === undefined || t.last <= t.first) return;
  const width = t.loc.right;
  const rows: { key: string; cells: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[]; from: number }[] = [];
  for (let r = t.first; r <= t.last; r++) {
    const cells: { value: ExcelJS.CellValue; style: Partial<ExcelJS.Style> }[] = [];
    for (let j = 1; j <= width; j++) {
      const cell = t.ws.getCell(r, j);
      cells.push({ value: cell.value, style: JSON.parse(JSON.stringify(cell.style ?? {})) as Partial<ExcelJS.Style> });
    }
    rows.push({ key: String(plainValue(t.ws.getCell(r, c)) ?? ''), cells, from: r });
  }
  const sorted = [...rows].sort((a, b) => (ascending ? 1 : -1) * a.key.localeCompare(b.key, 'vi'));
  sorted.forEach((row, i) => {
    const r = t.first + i;
    row.cells.forEach((x, j) => {
      const cell = t.ws.getCell(r, j + 1);
      let v = x.value;
      if (v && typeof v === 'object' && 'formula' in v && typeof v.formula === 'string') v = { formula: moveFormula(v.formula, r - row.from) } as ExcelJS.CellFormulaValue;
      cell.value = v;
      cell.style = x.style;
    });
  });
}

/**
 * Every value typed is where it belongs: a live task's values on the row bearing its id, a task
 * that left the plan on one row marked "Đã bỏ khỏi kế hoạch" showing its old text, a row made by
 * hand on the one row showing its text; and no row holds a typed value nobody typed there.
 * Returns the problems found (empty when all is well).
 */
export function check(wb: ExcelJS.Workbook, l: Ledger, n: Numbered): string[] {
  const problems: string[] = [];
  const tasks = tasksTable(wb);
  const claimed = new Map<number, string>();
  const claim = (t: Table, row: number, who: string): void => {
    const before = claimed.get(row);
    if (before) problems.push(`${t.loc.sheet} row ${row} is both ${before} and ${who}`);
    claimed.set(row, who);
  };
  const expectRow = (t: Table, row: number, who: string, values: Map<string, Plain> | undefined, keys: string[]): void => {
    claim(t, row, who);
    for (const k of keys) {
      const want = values?.get(k) ?? null;
      const got = get(t, row, k);
      if (got !== want) problems.push(`${who}: ${k} is ${JSON.stringify(got)} at ${t.loc.sheet} row ${row}, typed ${JSON.stringify(want)}`);
    }
  };
  const one = (t: Table, k: string, v: string, who: string): number | null => {
    const rows = rowsWhere(t, k, v);
    if (rows.length !== 1) {
      problems.push(`${who}: ${rows.length} rows with ${k} = ${JSON.stringify(v)}`);
      return null;
    }
    return rows[0] as number;
  };

  // Tasks in the plan, in plan order, each once, carrying what was typed for it.
  const order: number[] = [];
  for (const [uid, id] of n.taskId) {
    const r = one(tasks, 'id', id, `task ${id} (uid ${uid})`);
    if (r === null) continue;
    order.push(r);
    expectRow(tasks, r, `task ${id} (uid ${uid})`, l.tasks.get(uid), tasks.typed);
  }
  if (order.some((r, i) => i > 0 && r <= (order[i - 1] as number))) problems.push(`tasks are not in plan order: rows ${order.join(',')}`);
  for (const [uid, text] of l.droppedTasks) {
    const rows = rowsWhere(tasks, 'task', text).filter((r) => get(tasks, r, 'timeliness') === DROPPED_MARK);
    if (rows.length !== 1) {
      problems.push(`task uid ${uid} left the plan holding typed values: ${rows.length} marked rows show "${text}"`);
      continue;
    }
    expectRow(tasks, rows[0] as number, `dropped task uid ${uid}`, l.tasks.get(uid), tasks.typed);
  }
  for (const [m, values] of l.manual) {
    const r = one(tasks, 'task', values.get('task') as string, `row made by hand ${m}`);
    if (r !== null) expectRow(tasks, r, `row made by hand ${m}`, values, [...new Set([...values.keys(), ...tasks.typed])]);
  }
  for (const [uid, stt] of n.sectionStt) {
    const r = one(tasks, 'id', `§${stt}`, `section ${stt}`);
    if (r !== null) expectRow(tasks, r, `section ${stt} (uid ${uid})`, l.sections.get(uid), tasks.typed);
  }
  for (const [uid, title] of l.droppedSections) {
    const rows = rowsWhere(tasks, 'task', title).filter((r) => get(tasks, r, 'timeliness') === DROPPED_MARK);
    if (rows.length !== 1) problems.push(`section uid ${uid} left the plan holding a note: ${rows.length} marked rows show "${title}"`);
    else expectRow(tasks, rows[0] as number, `dropped section uid ${uid}`, l.sections.get(uid), tasks.typed);
  }
  // Nothing else in the body holds a typed value.
  for (let r = tasks.first; r <= tasks.last; r++) {
    if (claimed.has(r)) continue;
    for (const k of tasks.typed) {
      const v = get(tasks, r, k);
      if (v !== null) problems.push(`${tasks.loc.sheet} row ${r} (nobody's) holds ${k} = ${JSON.stringify(v)}`);
    }
  }

  const targets = targetsTable(wb);
  if (targets) {
    claimed.clear();
    for (const [uid, id] of n.targetId) {
      // A target row kept as left the plan still shows its id; the live one is unmarked.
      const rows = rowsWhere(targets, 'id', id).filter((r) => get(targets, r, 'verdict') !== DROPPED_MARK);
      if (rows.length !== 1) problems.push(`target ${id} (uid ${uid}): ${rows.length} unmarked rows with this id`);
      else expectRow(targets, rows[0] as number, `target ${id} (uid ${uid})`, l.targets.get(uid), targets.typed);
    }
    for (const [uid, text] of l.droppedTargets) {
      const rows = rowsWhere(targets, 'text', text).filter((r) => get(targets, r, 'verdict') === DROPPED_MARK && !claimed.has(r));
      // Targets of different tasks may read alike: any one marked row with the values will do, once.
      const fit = rows.find((r) => targets.typed.every((k) => get(targets, r, k) === (l.targets.get(uid)?.get(k) ?? null)));
      if (fit === undefined) {
        problems.push(`target uid ${uid} left the plan holding ${JSON.stringify([...(l.targets.get(uid) ?? [])])}: no marked row "${text}" holds them`);
        continue;
      }
      expectRow(targets, fit, `dropped target uid ${uid}`, l.targets.get(uid), targets.typed);
    }
    for (let r = targets.first; r <= targets.last; r++) {
      if (claimed.has(r)) continue;
      for (const k of targets.typed) {
        const v = get(targets, r, k);
        if (v !== null) problems.push(`${targets.loc.sheet} row ${r} (nobody's) holds ${k} = ${JSON.stringify(v)}`);
      }
    }
  }
  return problems;
}
