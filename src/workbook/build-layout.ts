/**
 * Plan (+ what an existing workbook holds) -> workbook description. Pure: no file, no library.
 */
import type { Plan, Task, Warning } from '../core/model';
import { DEFAULT_UNIT_DIRECTORY, resolveUnits, type UnitDirectory } from '../core/units';
import { ok, type Result } from '../core/result';
import { EXCEL_CELL_LIMIT } from '../core/text';
import { failure, warning } from '../i18n/coded';
import { parseAddr } from './a1';
import { findOverlong } from './cell-limit';
import { formula, fromSnapshot } from './cells';
import { findTable } from './header-match';
import { WORKBOOK_SCHEMA, type CellValue, type ChangeList, type DocumentReport, type SheetLayout, type WorkbookLayout } from './layout';
import { MARKER_SHEET, markerSheet, readMarker, readMarkerDocuments, type Marker } from './marker';
import { decodeDocument, documentHeading, encodeDocument } from './document-id';
import { legacyDocument, type RegisterState } from './register';
import { cellAt, cellText, sheetNamed, type SheetSnapshot, type WorkbookSnapshot } from './snapshot';
import { templateHeading } from './builtin-template';
import { asOfRef, summarySheet } from './summary-sheet';
import { targetsSheet } from './targets-sheet';
import { tasksSheet } from './tasks-sheet';

export interface LayoutOptions {
  /** The template, or a workbook Plan Tracker filled earlier (update in place). */
  snapshot?: WorkbookSnapshot | null;
  /** Figures by target id (from --figures): written as numbers, over what the sheet holds. */
  figures?: Record<string, number>;
  /** ISO date for the as-of cell; absent: keep the workbook's, or =TODAY(). */
  today?: string | null;
  /** Recorded in the marker sheet. */
  builtAt?: string;
  /** Print areas the template defines, by sheet name. */
  printAreas?: Record<string, string>;
  /** The units directory that names lead units in the summary (default: the built-in one). */
  units?: UnitDirectory;
}

/** A task's lead units by canonical name, once each, in the order written. */
function unitsResolver(dir: UnitDirectory): (task: Task) => string[] {
  return (task) => {
    const out: string[] = [];
    for (const item of task.lead) for (const u of resolveUnits(item, dir)) if (!out.includes(u.canonical)) out.push(u.canonical);
    return out;
  };
}

export const SHEET_NAMES = { tasks: 'Theo dõi nhiệm vụ', targets: 'Chỉ tiêu', summary: 'Tổng hợp' } as const;

function emptyChanges(): ChangeList {
  return { added: [], updated: [], renumbered: [], kept: [], byHand: [], removed: [], unchanged: 0 };
}

/** A sheet name not yet taken (Excel compares names without case). */
function freeName(wanted: string, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) {
    const n = `${wanted} (${i})`;
    if (!lower.has(n.toLowerCase())) return n;
  }
}

/** The as-of cell's value: --today, else what the earlier workbook held, else TODAY(). */
function asOfValue(options: LayoutOptions, snapshot: WorkbookSnapshot | null, marker: Marker | null): CellValue {
  if (options.today) return { kind: 'date', iso: options.today };
  if (snapshot && marker) {
    const m = /^'?(.*?)'?!\$?([A-Z]+\$?\d+)$/.exec(marker.asOf);
    const pos = m ? parseAddr(m[2] as string) : null;
    const sheet = sheetNamed(snapshot, m?.[1]?.replace(/''/g, "'"));
    const c = sheet && pos ? cellAt(sheet, pos.row, pos.col) : undefined;
    if (c && (c.f || c.v !== null)) return fromSnapshot(c);
  }
  return formula('TODAY()');
}

export function layoutWorkbook(plan: Plan, options: LayoutOptions = {}): Result<WorkbookLayout> {
  const overlong = findOverlong(plan);
  if (overlong) return failure('cell-over-limit', { ...overlong, limit: EXCEL_CELL_LIMIT }, overlong.task);
  const snapshot = options.snapshot ?? null;
  const marker = snapshot ? readMarker(snapshot) : null;
  const warnings: Warning[] = [];
  const taken = snapshot ? snapshot.sheets.map((s) => s.name) : [];
  const created: string[] = [];

  // Tasks: the template's table, or the built-in template in a new sheet.
  const tasksLoc = snapshot ? findTable(snapshot, 'tasks', marker?.tasksSheet) : null;
  if (snapshot && !tasksLoc) {
    warnings.push(warning('template-no-task-table', {}));
  }
  const tasksName = tasksLoc?.sheet ?? freeName(SHEET_NAMES.tasks, taken);
  if (!tasksLoc) {
    created.push(tasksName);
    taken.push(tasksName);
  }
  const summaryExisting = marker && sheetNamed(snapshot, marker.summarySheet) ? marker.summarySheet : null;
  const summaryName = summaryExisting ?? freeName(SHEET_NAMES.summary, taken);
  if (!summaryExisting) taken.push(summaryName);
  const asOf = { ref: asOfRef(summaryName), sheet: summaryName };
  const unitsOf = unitsResolver(options.units ?? DEFAULT_UNIT_DIRECTORY);

  // The documents the workbook holds (a register); a workbook of one plan built before registers
  // is a register of one document, named by the file it came from.
  const register: RegisterState = {
    known: snapshot ? readMarkerDocuments(snapshot).flatMap((s) => decodeDocument(s) ?? []) : [],
    fallback: legacyDocument(marker?.source ?? ''),
  };
  // A workbook Plan Tracker never filled (a template) is no register: its rows are the plan's.
  if (!marker) register.adopt = true;
  const tasks = tasksSheet({
    plan,
    register,
    sheet: sheetNamed(snapshot, tasksLoc?.sheet),
    loc: tasksLoc,
    name: tasksName,
    asOf,
    unitsOf,
    ...(tasksLoc && options.printAreas?.[tasksLoc.sheet] ? { printArea: options.printAreas[tasksLoc.sheet] } : {}),
  });
  warnings.push(...tasks.warnings);

  // Targets: the template's targets table, or a new sheet when the plan has targets.
  const targetsLoc = snapshot ? findTable(snapshot, 'targets', marker?.targetsSheet || undefined) : null;
  const hasTargets = plan.targets.length > 0 || plan.tasks.some((t) => t.targets.length > 0);
  const figures = options.figures ?? {};
  let targetsLayout: SheetLayout | null = null;
  let targetReport = emptyChanges();
  let targetsName: string | null = null;
  if (targetsLoc || hasTargets || Object.keys(figures).length > 0) {
    targetsName = targetsLoc?.sheet ?? freeName(SHEET_NAMES.targets, taken);
    if (!targetsLoc) {
      created.push(targetsName);
      taken.push(targetsName);
    }
    const resolution = tasks.register;
    const t = targetsSheet({
      plan,
      sheet: sheetNamed(snapshot, targetsLoc?.sheet),
      loc: targetsLoc,
      name: targetsName,
      figures,
      taskIds: tasks.taskIds,
      register: {
        order: resolution.documents.map((d) => d.label),
        current: resolution.current.label,
        // Target rows without a label belong to the register's first document (a workbook of one plan).
        previous: resolution.previousLabel,
      },
    });
    targetsLayout = t.layout;
    targetReport = t.report;
    warnings.push(...t.warnings);
    for (const id of Object.keys(figures)) {
      if (!t.ids.has(id)) {
        warnings.push(warning('figure-unknown-target', { target: id }));
      }
    }
  }

  if (!summaryExisting) created.push(summaryName);
  const summary = summarySheet({
    plan,
    name: summaryName,
    action: summaryExisting ? 'replace' : 'create',
    ranges: tasks.ranges,
    unitsOf,
    asOf: asOfValue(options, snapshot, marker),
    units: tasks.units,
    documents: tasks.register.documents.map((d) => d.label),
    ...(tasksLoc ? { heading: templateHeading((r, c) => cellText(cellAt(sheetNamed(snapshot, tasksLoc.sheet) as SheetSnapshot, r, c)), plan) } : {}),
  });

  const map = { tasksSheet: tasksName, targetsSheet: targetsName, summarySheet: summaryName, asOf: asOf.ref };
  const markerExists = snapshot?.sheets.some((s) => s.name === MARKER_SHEET) ?? false;
  const sheets = [tasks.layout, ...(targetsLayout ? [targetsLayout] : []), summary];
  sheets.push(
    markerSheet(map, plan.source.file, options.builtAt ?? '', markerExists ? 'replace' : 'create', tasks.register.documents.map(encodeDocument)),
  );
  const r = tasks.register;
  const documentReport: DocumentReport = {
    label: r.current.label,
    heading: documentHeading(r.current),
    status: r.status,
    documents: r.documents.map((d) => ({ label: d.label, tasks: tasks.taskCounts.get(d.label) ?? 0 })),
  };
  if (r.by) documentReport.by = r.by;
  if (r.previousLabel && r.previousLabel !== r.current.label) documentReport.previousLabel = r.previousLabel;
  if (r.status === 'revision' && r.by !== 'number' && r.documents.length > 1) {
    // Without a number, a revision is an inference: said, never silent.
    warnings.push(warning('register-revision-inferred', { document: r.current.label, by: r.by ?? '' }));
  }

  const layout: WorkbookLayout = {
    schema: WORKBOOK_SCHEMA,
    sheets,
    definedNames: [{ name: 'PlanTracker_AsOf', ref: asOf.ref }],
    activeSheet: tasksName,
    map,
    report: {
      update: marker !== null,
      tasks: tasks.report,
      targets: targetReport,
      sheetsCreated: created,
      columnsAdded: tasks.columnsAdded,
      document: documentReport,
    },
    warnings,
  };
  return ok(layout, warnings);
}
