/**
 * Reading a register's task table back as a person would check it: each row's document (its
 * "Văn bản giao" cell, or the row above's), id, text and the values typed on it. Works on any
 * writer's result through its snapshot.
 */
import { findTable, readMarker, readTracking, type SnapshotCell, type WorkbookSnapshot } from '../../src/workbook';
import { cellText } from '../../src/workbook/snapshot';
import { LEGEND_TITLE } from '../../src/workbook/legend';

export interface RegisterRow {
  row: number;
  document: string;
  id: string;
  stt: string;
  task: string;
  progress: string;
  notes: string;
  timeliness: string;
  /** The document's section row ("§§" in the id column). */
  heading: boolean;
}

export function registerRows(snapshot: WorkbookSnapshot): {
  rows: RegisterRow[];
  documentColumn: boolean;
  /** Where a person types: the task sheet, its progress column and its note column. */
  typing: { sheet: string; progress: number; note: number };
} {
  const marker = readMarker(snapshot);
  const loc = findTable(snapshot, 'tasks', marker?.tasksSheet);
  if (!loc) throw new Error('no task table');
  const sheet = snapshot.sheets.find((s) => s.name === loc.sheet);
  if (!sheet) throw new Error('no task sheet');
  const c = loc.columns;
  const at = (r: number, col: number | undefined): string => (col === undefined ? '' : cellText(sheet.rows[r]?.[col] as SnapshotCell | undefined).trim());
  const rows: RegisterRow[] = [];
  // Rows without a label (a workbook of one document) belong to the register's first document.
  let doc = readTracking(snapshot).documents[0]?.label ?? '';
  for (let r = loc.firstDataRow; r <= sheet.lastRow; r++) {
    if (at(r, loc.left) === LEGEND_TITLE) break;
    const id = at(r, c.id);
    const task = at(r, c.task);
    if (!id && !task) continue;
    doc = at(r, c.document) || doc;
    rows.push({
      row: r,
      document: doc,
      id,
      stt: at(r, c.stt),
      task,
      progress: at(r, c.progress),
      notes: at(r, c.notes ?? c.result),
      timeliness: at(r, c.timeliness),
      heading: id === '§§',
    });
  }
  const note = c.notes ?? c.result;
  if (c.progress === undefined || note === undefined) throw new Error('no progress or note column');
  return { rows, documentColumn: c.document !== undefined, typing: { sheet: loc.sheet, progress: c.progress, note } };
}

/** Task rows (no section, no document heading). */
export function taskRows(rows: RegisterRow[]): RegisterRow[] {
  return rows.filter((r) => !r.id.startsWith('§'));
}
