/**
 * Reads a tracking workbook's cells back (a snapshot of it): each task's due date, progress and
 * completion date, each target's comparator, threshold and figure, with the cells they sit in.
 * Works on a workbook Plan Tracker filled (its marker names the sheets) and on any workbook whose
 * tables the header matcher recognises.
 */
import { addr, qualified } from './a1';
import { findTable } from './header-match';
import { readMarker, readMarkerDocuments } from './marker';
import { decodeDocument, type RegisterDocument } from './document-id';
import { legacyDocument } from './register';
import { cellText, sheetNamed, type SnapshotCell, type WorkbookSnapshot } from './snapshot';
import { readRegion } from './table-region';
import { SECTION_ID_PREFIX } from './task-rows';
import { DROPPED_MARK } from './formulas';

export interface TaskReading {
  id: string;
  row: number;
  /** Date serials, or null when the cell holds no date. */
  due: number | null;
  completed: number | null;
  progress: string;
  dueCell: string | null;
  /** The document that assigned it (its "Văn bản giao" label; a workbook of one plan: that plan's). */
  document: string;
}

export interface TargetReading {
  id: string;
  row: number;
  comparator: string;
  threshold: number | null;
  /** The unit cell's text ("%", "ngày"), '' when the table has none. */
  unit: string;
  /** The figure, null when the cell is empty; `figureText` when it holds something not a number. */
  figure: number | null;
  figureText: string | null;
  cell: string | null;
  /** The document that set it, as for tasks. */
  document: string;
}

export interface Tracking {
  tasksSheet: string | null;
  targetsSheet: string | null;
  tasks: TaskReading[];
  targets: TargetReading[];
  /** The register's documents in order ("One register, many documents"): one for a workbook of one plan. */
  documents: RegisterDocument[];
}

/**
 * The document of each row: the label its "Văn bản giao" cell holds, else the row above's, else
 * the register's first document.
 */
function documentCursor(first: string, col: number | undefined): (cells: Record<number, SnapshotCell>) => string {
  let current = first;
  return (cells) => {
    const label = col !== undefined ? cellText(cells[col]).trim() : '';
    if (label) current = label;
    return current;
  };
}

/**
 * A date from a cell: a date serial. Text that looks like a date is no date, exactly as the
 * timeliness formula's ISNUMBER() sees it, so `check` and the coloured cells agree.
 */
export function cellDate(c: SnapshotCell | undefined): number | null {
  if (!c || typeof c.v !== 'number' || c.v <= 0) return null;
  return Math.floor(c.v);
}

export function readTracking(snapshot: WorkbookSnapshot): Tracking {
  const marker = readMarker(snapshot);
  const known = readMarkerDocuments(snapshot).flatMap((d) => decodeDocument(d) ?? []);
  const documents = known.length > 0 ? known : [legacyDocument(marker?.source ?? '')];
  const firstLabel = (documents[0] as RegisterDocument).label;
  const out: Tracking = { tasksSheet: null, targetsSheet: null, tasks: [], targets: [], documents };

  const tl = findTable(snapshot, 'tasks', marker?.tasksSheet);
  const ts = tl ? sheetNamed(snapshot, tl.sheet) : null;
  if (tl && ts) {
    out.tasksSheet = tl.sheet;
    const c = tl.columns;
    const region = readRegion(ts, tl, {
      idCol: c.id ?? null,
      sttCol: c.stt ?? null,
      planCols: [c.task, c.lead, c.deadline, c.products].filter((x): x is number => x !== undefined),
      right: tl.right,
    });
    const documentOf = documentCursor(firstLabel, c.document);
    for (const { row, cells } of region.rows) {
      const id = cellText(c.id !== undefined ? cells[c.id] : undefined).trim() || cellText(c.stt !== undefined ? cells[c.stt] : undefined).trim() || `row ${row}`;
      const document = documentOf(cells);
      if (id.startsWith(SECTION_ID_PREFIX)) continue;
      if (c.timeliness !== undefined && cellText(cells[c.timeliness]).trim() === DROPPED_MARK) continue;
      out.tasks.push({
        id,
        row,
        due: c.due !== undefined ? cellDate(cells[c.due]) : null,
        completed: c.completed !== undefined ? cellDate(cells[c.completed]) : null,
        progress: cellText(c.progress !== undefined ? cells[c.progress] : undefined).trim(),
        dueCell: c.due !== undefined ? qualified(tl.sheet, addr(row, c.due)) : null,
        document,
      });
    }
  }

  const gl = findTable(snapshot, 'targets', marker?.targetsSheet || undefined);
  const gs = gl ? sheetNamed(snapshot, gl.sheet) : null;
  if (gl && gs) {
    out.targetsSheet = gl.sheet;
    const c = gl.columns;
    const region = readRegion(gs, gl, {
      idCol: c.id ?? null,
      sttCol: c.stt ?? null,
      planCols: [c.text, c.threshold, c.comparator].filter((x): x is number => x !== undefined),
      right: gl.right,
    });
    const documentOf = documentCursor(firstLabel, c.document);
    for (const { row, cells } of region.rows) {
      const document = documentOf(cells);
      if (c.verdict !== undefined && cellText(cells[c.verdict]).trim() === DROPPED_MARK) continue;
      const id = cellText(c.id !== undefined ? cells[c.id] : undefined).trim() || `row ${row}`;
      const fig = c.figure !== undefined ? cells[c.figure] : undefined;
      const figText = cellText(fig).trim();
      const figNumber = typeof fig?.v === 'number' ? fig.v : null;
      const thr = c.threshold !== undefined ? cells[c.threshold] : undefined;
      out.targets.push({
        id,
        row,
        comparator: cellText(c.comparator !== undefined ? cells[c.comparator] : undefined).trim(),
        // Numbers only, as the verdict formula's ISNUMBER() sees them.
        threshold: typeof thr?.v === 'number' ? thr.v : null,
        unit: cellText(c.unit !== undefined ? cells[c.unit] : undefined).trim(),
        figure: figNumber,
        figureText: figNumber === null && figText !== '' ? figText : null,
        cell: c.figure !== undefined ? qualified(gl.sheet, addr(row, c.figure)) : null,
        document,
      });
    }
  }
  return out;
}

/** The register's documents with their task counts (rows that left their document not counted), for `list`. */
export function registerDocuments(t: Tracking): { document: RegisterDocument; tasks: number }[] {
  const counts = new Map<string, number>();
  for (const task of t.tasks) counts.set(task.document, (counts.get(task.document) ?? 0) + 1);
  const out = t.documents.map((document) => ({ document, tasks: counts.get(document.label) ?? 0 }));
  // A label typed by hand names a document the register does not list: shown too, so no task goes uncounted.
  for (const [label, tasks] of counts) if (!t.documents.some((d) => d.label === label)) out.push({ document: { label }, tasks });
  return out;
}
