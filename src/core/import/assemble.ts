import { warning } from '../../i18n/coded';
import type { CellLine, Section, Warning } from '../model';
import { overlongCells } from '../cell-limit';
import { clean, EXCEL_CELL_LIMIT } from '../text';
import { findAppendix, isColumnNumberRow, isRepeatedHeader, type Appendix } from './appendix';
import type { ColumnRole } from './columns';
import type { TaskDraft } from './draft';
import { cellText, type GridRow } from './grid';
import { appendContinuation, toItems, toText } from './items';
import type { NoiseModel } from './noise';
import { classifyRow, denoiseRow, numberingLayout, type ReadRow } from './rows';
import { restoreLostDots } from './stt-dots';

/** A task while its rows are still being read: lines per column, merged across page breaks. */
interface RowDraft {
  stt: string;
  section: string;
  cols: CellLine[][];
  page?: number;
  row?: number;
  continued: boolean;
}

export interface Assembled {
  sections: Section[];
  /** The tasks with every text as the table prints it; phrases are read later (phrases.ts). */
  drafts: TaskDraft[];
  warnings: Warning[];
}

/**
 * Every body row of the appendix in reading order, headers and column-number rows dropped. The
 * appendix's own rows are left as read: a row whose page is renumbered comes out as a copy.
 */
export function* bodyRows(appendix: Appendix): Generator<GridRow> {
  const firstPage = appendix.parts[0]?.table.page;
  for (const part of appendix.parts) {
    for (let i = part.bodyStart; i < part.grid.length; i++) {
      const row = part.grid[i];
      if (!row) continue;
      if (isRepeatedHeader(row, appendix.headerKeys) || isColumnNumberRow(row)) continue;
      // Pages count from the appendix's first page, so a letterhead table does not shift them.
      yield row.page !== undefined && firstPage !== undefined ? { ...row, page: row.page - firstPage + 1 } : row;
    }
  }
}

export function assemble(appendix: Appendix, noise: NoiseModel): Assembled {
  const warnings: Warning[] = [];
  const warn = (w: Warning) => warnings.push(w);
  const roles = appendix.columns.roles;
  const rows = [...bodyRows(appendix)];
  const sttCol = roles.indexOf('stt');
  const layout = numberingLayout(rows, sttCol);
  const sections: Section[] = [];
  const drafts: RowDraft[] = [];
  let section = '';
  let rowWarnings: Warning[] = [];
  const raggedSeen = new Set<string>();

  for (const row of rows) {
    rowWarnings = [];
    const cells = denoiseRow(row, noise, (w) => rowWarnings.push(w));
    if (row.ragged) {
      const where = `${row.page ?? ''}:${row.row ?? ''}`;
      if (!raggedSeen.has(where)) {
        raggedSeen.add(where);
        rowWarnings.push(at(warning('ragged-row', { reason: 'appendix', cells: row.cells.length, expected: roles.length }), row));
      }
    }
    const read = classifyRow(cells, row, roles, layout);
    const last = drafts[drafts.length - 1];
    if (read?.kind === 'section') {
      section = read.stt;
      sections.push({ stt: read.stt, title: read.title ?? '' });
    } else if (read?.kind === 'task') {
      const d: RowDraft = { stt: read.stt, section, cols: read.cells.map((c) => [...c]), continued: false };
      if (read.page !== undefined) d.page = read.page;
      if (read.row !== undefined) d.row = read.row;
      drafts.push(d);
    } else if (read?.kind === 'continuation') {
      if (last) mergeContinuation(last, read, (w) => rowWarnings.push(w));
      else warn(at(warning('orphan-continuation', { text: cellsText(read) }), row));
    }
    // Tasks get their ids at the end; until then a row's warnings point at the draft's index.
    const owner = read?.kind === 'section' || drafts.length === 0 ? undefined : drafts.length - 1;
    for (const w of rowWarnings) warnings.push(owner !== undefined ? { ...w, task: `${DRAFT}${owner}` } : w);
  }

  restoreLostDots(drafts, (w, i) => warnings.push({ ...w, task: `${DRAFT}${i}` }));
  const ids = assignIds(drafts);
  for (const w of warnings) if (w.task?.startsWith(DRAFT)) w.task = ids[Number(w.task.slice(DRAFT.length))] ?? '';
  return { sections, drafts: toTaskDrafts(drafts, ids, roles, appendix.columns.headers, warnings), warnings };
}

const DRAFT = '\u0000draft:';

function cellsText(r: ReadRow): string {
  return clean(r.cells.map((c) => c.map((l) => l.text).join(' ')).join(' | '));
}

function at(w: Warning, row: { page?: number; row?: number }): Warning {
  const out = { ...w };
  if (row.page !== undefined) out.page = row.page;
  if (row.row !== undefined) out.row = row.row;
  return out;
}

function mergeContinuation(d: RowDraft, r: ReadRow, warn: (w: Warning) => void): void {
  r.cells.forEach((lines, i) => {
    // Content filled down from a vertical merge is the same text again, not more of it.
    if (r.filled[i]) return;
    d.cols[i] = appendContinuation(d.cols[i] ?? [], lines);
  });
  if (!d.continued || r.page !== d.page) {
    warn(at(warning('continuation-merged', { stt: d.stt }), r));
  }
  d.continued = true;
}

/** Ids per the contract: the printed STT when unique, else "<section stt>.<stt>". */
export function assignIds(drafts: { stt: string; section: string }[]): string[] {
  const count = new Map<string, number>();
  for (const d of drafts) count.set(d.stt, (count.get(d.stt) ?? 0) + 1);
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const bare = d.stt.replace(/\.$/, '');
    let id = (count.get(d.stt) ?? 0) > 1 && d.section !== '' ? `${d.section}.${bare}` : d.stt;
    const n = (used.get(id) ?? 0) + 1;
    used.set(id, n);
    if (n > 1) id = `${id}#${n}`;
    return id;
  });
}

function toTaskDrafts(drafts: RowDraft[], ids: string[], roles: (ColumnRole | null)[], headers: string[], warnings: Warning[]): TaskDraft[] {
  const col = (role: ColumnRole) => roles.indexOf(role);
  const seen = new Map<string, string>();
  return drafts.map((d, i) => {
    const id = ids[i] as string;
    const lines = (role: ColumnRole) => (col(role) >= 0 ? (d.cols[col(role)] ?? []) : []);
    const extra: Record<string, string> = {};
    roles.forEach((r, c) => {
      if (r !== null) return;
      const name = clean(headers[c] ?? '') || `Cột ${c + 1}`;
      const text = toText(d.cols[c] ?? []);
      if (text !== '') extra[name] = text;
    });
    const task: TaskDraft = {
      id,
      stt: d.stt,
      section: d.section,
      task: toText(lines('task')),
      products: toItems(lines('products')),
      lead: toItems(lines('lead')),
      coordinators: toItems(lines('coordinators')),
      notes: toText(lines('notes')),
      extra,
      deadlineText: toText(lines('deadline')),
      origin: { ...(d.page !== undefined ? { page: d.page } : {}), ...(d.row !== undefined ? { row: d.row } : {}) },
    };
    const place = { task: id, ...task.origin };
    const key = `${d.section}|${d.stt}`;
    if (seen.has(key)) {
      warnings.push(warning('duplicate-stt', { stt: d.stt, section: d.section, task: id }, place));
    }
    seen.set(key, id);
    if (task.lead.length === 0) warnings.push(warning('empty-lead', { task: id }, place));
    // Counted as build writes the cell (src/core/cell-limit.ts): parse warns exactly when build would refuse.
    for (const [field, length] of overlongCells(task)) {
      warnings.push(warning('cell-too-long', { task: id, field, length, limit: EXCEL_CELL_LIMIT }, place));
    }
    return task;
  });
}

export { findAppendix, cellText };
