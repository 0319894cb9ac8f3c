/**
 * A tracking workbook's snapshot -> the task pane's status: breaches and invalid figures
 * (workbook/check, the rules of the cells' own formulas), overdue and soon-due tasks, and counts
 * per lead unit (core/status). Pure: the Office.js part only reads the snapshot.
 */
import { ok, type Result } from '../core/result';
import { summarize, type Summary } from '../core/status';
import type { UnitDirectory } from '../core/units';
import type { StatusReport, TaskStatusItem } from '../taskpane/operations';
import { addr, isoToSerial, parseAddr, qualified, serialToIso } from '../workbook/a1';
import { checkTracking } from '../workbook/check';
import { DONE, TIMELINESS } from '../workbook/formulas';
import { findTable } from '../workbook/header-match';
import { judgeTimeliness } from '../workbook/judge';
import { readMarker } from '../workbook/marker';
import { readTracking } from '../workbook/read-back';
import { cellAt, cellText, type SheetSnapshot, type WorkbookSnapshot } from '../workbook/snapshot';
import { failure } from '../i18n/coded';
import { splitQualified } from './address';

function sheetNamed(s: WorkbookSnapshot, name: string | null): SheetSnapshot | null {
  return name ? (s.sheets.find((x) => x.name === name) ?? null) : null;
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

export function statusReport(
  snapshot: WorkbookSnapshot,
  options: { asOf?: string | null; today: string; directory?: UnitDirectory },
): Result<StatusReport> {
  const tracking = readTracking(snapshot);
  if (!tracking.tasksSheet && !tracking.targetsSheet) return failure('excel-no-tracking', {});
  const asOf = options.asOf || workbookAsOf(snapshot) || options.today;
  const asOfSerial = isoToSerial(asOf) ?? (isoToSerial(options.today) as number);
  const checked = checkTracking(tracking, asOfSerial);
  const marker = readMarker(snapshot);

  const gl = tracking.targetsSheet ? findTable(snapshot, 'targets', tracking.targetsSheet) : null;
  const gs = sheetNamed(snapshot, tracking.targetsSheet);
  const targetText = (id: string, col: 'text' | 'unit'): string => {
    const t = tracking.targets.find((x) => x.id === id);
    const c = gl?.columns[col];
    return gs && t && c !== undefined ? cellText(cellAt(gs, t.row, c)).trim() : '';
  };

  const tl = tracking.tasksSheet ? findTable(snapshot, 'tasks', marker?.tasksSheet ?? tracking.tasksSheet) : null;
  const ts = sheetNamed(snapshot, tracking.tasksSheet);
  const taskCell = (row: number, col: number | undefined): string => (ts && col !== undefined ? cellText(cellAt(ts, row, col)).trim() : '');

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
    if (when === TIMELINESS.overdue) overdue.push(item);
    if (when === TIMELINESS.dueSoon) dueSoon.push(item);
    const done = t.progress.trim().toLowerCase() === DONE.toLowerCase();
    return {
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

  return ok({
    asOf,
    breaches: checked.breaches.map((b) => ({
      target: b.target,
      text: targetText(b.target, 'text'),
      value: b.value,
      comparator: b.comparator,
      threshold: b.threshold,
      unit: targetText(b.target, 'unit'),
      cell: b.cell ?? '',
    })),
    invalid: checked.invalid.map((i) => ({ target: i.target, cell: i.cell ?? '', text: i.value })),
    overdue,
    dueSoon,
    byUnit,
  });
}
