/**
 * A tracking workbook read back, once, for everyone who reads one: the command line's check
 * and the task pane's targets and status. From a snapshot (src/xlsx reads it from a file,
 * src/excel from the open workbook): its tables, breaches and invalid figures (workbook/check,
 * the rules of the cells' own formulas), overdue and soon-due tasks, and counts per lead unit
 * (core/status). Pure.
 */
import { ok, type Result } from '../core/result';
import { summarize, type Summary } from '../core/status';
import type { UnitDirectory } from '../core/units';
import { failure } from '../i18n/coded';
import { addr, isoToSerial, parseAddr, qualified, serialToIso, splitQualified } from './a1';
import { checkTracking, type CheckResult } from './check';
import { DONE, TIMELINESS } from './formulas';
import { findTable } from './header-match';
import { judgeTimeliness } from './judge';
import { readMarker } from './marker';
import { readTracking, type Tracking } from './read-back';
import { cellAt, cellText, sheetNamed, type WorkbookSnapshot } from './snapshot';

export interface BreachItem {
  target: string;
  text: string;
  value: number;
  comparator: string;
  threshold: number;
  unit: string;
  /** Sheet-qualified address of the figure, for "go to cell". */
  cell: string;
  /** The document of the register that set it. */
  document?: string;
}

export interface TaskStatusItem {
  task: string;
  text: string;
  lead: string[];
  due: string | null;
  timeliness: string;
  cell: string;
  /** The document of the register that assigned it. */
  document?: string;
}

export interface StatusReport {
  asOf: string;
  breaches: BreachItem[];
  invalid: { target: string; cell: string; text: string }[];
  overdue: TaskStatusItem[];
  dueSoon: TaskStatusItem[];
  /** Per lead unit and overall ('' key): tasks, done, overdue, % hoàn thành, % đúng hạn. */
  byUnit: Record<string, { tasks: number; done: number; overdue: number; percentDone: number | null; percentOnTime: number | null }>;
  /** A register of several documents: the same figures per document, by its label. */
  byDocument?: Record<string, { tasks: number; done: number; overdue: number; percentDone: number | null; percentOnTime: number | null }>;
}

/** A workbook's tables, judged at a date. */
export interface JudgedTracking {
  tracking: Tracking;
  checked: CheckResult;
  /** ISO, and as Excel's serial. */
  asOf: string;
  asOfSerial: number;
}

/** Lines of a list cell ("- A\n- B") as items, as the layout wrote them from the plan. */
export function listItems(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.replace(/^\s*[-+•]\s*/, '').trim())
    .filter((l) => l !== '');
}

/** The as-of date the workbook holds (its as-of cell's value), as ISO, or null. */
export function workbookAsOf(snapshot: WorkbookSnapshot): string | null {
  const marker = readMarker(snapshot);
  const at = marker ? splitQualified(marker.asOf) : null;
  const pos = at ? parseAddr(at.cell) : null;
  const sheet = at ? sheetNamed(snapshot, at.sheet) : null;
  const c = sheet && pos ? cellAt(sheet, pos.row, pos.col) : undefined;
  return c && typeof c.v === 'number' && c.v > 0 ? serialToIso(Math.floor(c.v)) : null;
}

function unitFigures(s: Summary): StatusReport['byUnit'][string] {
  return { tasks: s.tasks, done: s.done, overdue: s.overdue, percentDone: s.percentDone, percentOnTime: s.percentOnTime };
}

/**
 * The tracking tables of a workbook judged at a date: `asOf` if given, else the date its as-of
 * cell holds, else `today`. Fails with excel-no-tracking when it holds neither table.
 */
export function judgeWorkbook(snapshot: WorkbookSnapshot, options: { asOf?: string | null; today: string }): Result<JudgedTracking> {
  const tracking = readTracking(snapshot);
  if (!tracking.tasksSheet && !tracking.targetsSheet) return failure('excel-no-tracking', {});
  const asOf = options.asOf || workbookAsOf(snapshot) || options.today;
  const asOfSerial = isoToSerial(asOf) ?? (isoToSerial(options.today) as number);
  return ok({ tracking, checked: checkTracking(tracking, asOfSerial), asOf, asOfSerial });
}

export function statusReport(
  snapshot: WorkbookSnapshot,
  options: { asOf?: string | null; today: string; directory?: UnitDirectory },
): Result<StatusReport> {
  const judged = judgeWorkbook(snapshot, options);
  if (!judged.ok) return judged;
  const { tracking, checked, asOf, asOfSerial } = judged.value;
  const marker = readMarker(snapshot);

  const gl = tracking.targetsSheet ? findTable(snapshot, 'targets', tracking.targetsSheet) : null;
  const gs = sheetNamed(snapshot, tracking.targetsSheet);
  // By cell too: in a register two documents may both have a target "CT-1-1".
  const targetText = (id: string, col: 'text' | 'unit', cell?: string | null): string => {
    const t = tracking.targets.find((x) => x.id === id && (cell === undefined || x.cell === cell));
    const c = gl?.columns[col];
    return gs && t && c !== undefined ? cellText(cellAt(gs, t.row, c)).trim() : '';
  };

  const tl = tracking.tasksSheet ? findTable(snapshot, 'tasks', marker?.tasksSheet ?? tracking.tasksSheet) : null;
  const ts = sheetNamed(snapshot, tracking.tasksSheet);
  const taskCell = (row: number, col: number | undefined): string => (ts && col !== undefined ? cellText(cellAt(ts, row, col)).trim() : '');

  // Items name their document when the workbook is a register of several.
  const register = tracking.documents.length > 1;
  const overdue: TaskStatusItem[] = [];
  const dueSoon: TaskStatusItem[] = [];
  const forSummary = tracking.tasks.map((t) => {
    const when = judgeTimeliness(t.due, t.progress, t.completed, asOfSerial);
    const lead = listItems(taskCell(t.row, tl?.columns.lead));
    const item: TaskStatusItem = {
      task: t.id,
      text: taskCell(t.row, tl?.columns.task),
      lead,
      due: t.due === null ? null : serialToIso(t.due),
      timeliness: when,
      cell: t.dueCell ?? qualified(tracking.tasksSheet as string, addr(t.row, tl?.columns.task ?? 1)),
    };
    if (register) item.document = t.document;
    if (when === TIMELINESS.overdue) overdue.push(item);
    if (when === TIMELINESS.dueSoon) dueSoon.push(item);
    const done = t.progress.trim().toLowerCase() === DONE.toLowerCase();
    return {
      document: t.document,
      lead,
      due: item.due,
      // Done only when the cell says "Hoàn thành", exactly as the sheet's timeliness formula reads it.
      progress: done ? DONE : null,
      completed: t.completed === null ? null : serialToIso(t.completed),
    };
  });
  const summary = summarize(forSummary, asOf, options.directory ? { directory: options.directory } : {});
  const byUnit: StatusReport['byUnit'] = { '': unitFigures(summary.overall) };
  for (const [unit, s] of Object.entries(summary.byUnit)) byUnit[unit] = unitFigures(s);
  // A register of several documents: the same figures per document.
  const byDocument: NonNullable<StatusReport['byDocument']> = {};
  if (tracking.documents.length > 1) {
    for (const d of tracking.documents) {
      const mine = forSummary.filter((t) => t.document === d.label);
      byDocument[d.label] = unitFigures(summarize(mine, asOf, options.directory ? { directory: options.directory } : {}).overall);
    }
  }

  return ok({
    asOf,
    breaches: checked.breaches.map((b) => ({
      target: b.target,
      text: targetText(b.target, 'text', b.cell),
      value: b.value,
      comparator: b.comparator,
      threshold: b.threshold,
      unit: targetText(b.target, 'unit', b.cell),
      cell: b.cell ?? '',
      ...(register ? { document: b.document } : {}),
    })),
    invalid: checked.invalid.map((i) => ({ target: i.target, cell: i.cell ?? '', text: i.value })),
    overdue,
    dueSoon,
    byUnit,
    ...(Object.keys(byDocument).length > 0 ? { byDocument } : {}),
  });
}
