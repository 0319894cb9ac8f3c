import { warning } from '../../i18n/coded';
import type { CellLine, Warning } from '../model';
import { romanToInt } from '../text';
import type { ColumnRole } from './columns';
import { cellText, type GridRow } from './grid';
import type { NoiseModel } from './noise';

/** A row of the appendix once read: a section heading, a task's first row, or its continuation. */
export type RowKind = 'section' | 'task' | 'continuation';

export interface ReadRow {
  kind: RowKind;
  stt: string;
  /** Lines per column, noise removed. */
  cells: CellLine[][];
  /** Columns whose content came from a vertical merge above (filled, not typed here). */
  filled: boolean[];
  page?: number;
  row?: number;
  /** For sections: the title. */
  title?: string;
}

export function isRoman(stt: string): boolean {
  return romanToInt(stt.replace(/\.$/, '')) !== null;
}

export function isWholeNumber(stt: string): boolean {
  return /^\d+\.?$/.test(stt);
}

export function isDotted(stt: string): boolean {
  return /^\d+(\.\d+)+\.?$/.test(stt);
}

/** Removes noise from every line of a row's cells; reports what went where. */
export function denoiseRow(
  row: GridRow,
  noise: NoiseModel,
  warn: (w: Warning) => void,
): CellLine[][] {
  return row.cells.map((cell) => {
    const out: CellLine[] = [];
    for (const line of cell.lines) {
      const { text, removed } = noise.strip(line.text);
      for (const r of removed) {
        warn(warning('watermark-removed', { text: r }, { page: row.page, row: row.row }));
      }
      if (text.trim() !== '') out.push({ ...line, text });
    }
    return out;
  });
}

const MERGED_SECTION = /^([IVXLC]+|\d+)[.)]?\s+(.+)$/u;

/**
 * Classifies a body row. Sections: a Roman STT, or a whole number with nothing but a title when
 * the table numbers its tasks "1.1" (a flat "1, 2, 3" list has no sections), or one cell merged
 * across the row. A row with no STT continues the task above (a page break cut it).
 */
export function classifyRow(
  cells: CellLine[][],
  row: GridRow,
  roles: (ColumnRole | null)[],
  layout: { romanSections: boolean; dottedTasks: boolean },
): ReadRow | null {
  // Texts are joined only where needed: task cells run to thousands of characters.
  const text = (i: number) => (cells[i] ?? []).map((l) => l.text).join(' ').trim();
  const has = (i: number) => (cells[i] ?? []).some((l) => l.text.trim() !== '');
  const filled = row.cells.map((c) => c.spanned === 'row');
  const base = { cells, filled, ...(row.page !== undefined ? { page: row.page } : {}), ...(row.row !== undefined ? { row: row.row } : {}) };
  const nonEmpty: number[] = [];
  for (let i = 0; i < cells.length; i++) if (has(i)) nonEmpty.push(i);
  if (nonEmpty.length === 0) return null;
  const sttCol = roles.indexOf('stt');
  const taskCol = roles.indexOf('task');
  const stt = sttCol >= 0 ? text(sttCol) : '';
  const sttFilled = sttCol >= 0 && filled[sttCol] === true;

  // One cell carrying the whole row: a section heading merged across the width.
  if (nonEmpty.length === 1 && !sttFilled) {
    const only = row.cells[nonEmpty[0] as number];
    if (only && only.spanned !== 'col' && only.colSpan >= Math.max(2, Math.ceil(row.cells.length / 2))) {
      const m = MERGED_SECTION.exec(text(nonEmpty[0] as number));
      if (m && m[1] && m[2]) return { ...base, kind: 'section', stt: m[1], title: m[2] };
    }
  }
  if (stt === '' || sttFilled) return { ...base, kind: 'continuation', stt: '' };

  const others = nonEmpty.some((i) => i !== sttCol && i !== taskCol && !filled[i]);
  const bare = stt.replace(/\.$/, '');
  const sectionLike = !others && (isRoman(bare) || (isWholeNumber(stt) && !layout.romanSections && layout.dottedTasks));
  if (!sectionLike) return { ...base, kind: 'task', stt };
  const title = taskCol >= 0 ? text(taskCol) : nonEmpty.filter((i) => i !== sttCol).map(text).join(' ');
  if (isRoman(bare) || title !== '') return { ...base, kind: 'section', stt: bare, title };
  return { ...base, kind: 'task', stt };
}

/** Looks over the STT column once to learn how the table numbers sections and tasks. */
export function numberingLayout(rows: GridRow[], sttCol: number): { romanSections: boolean; dottedTasks: boolean } {
  let roman = 0;
  let dotted = 0;
  for (const r of rows) {
    const t = cellText(r.cells[sttCol]);
    if (isRoman(t.replace(/\.$/, ''))) roman++;
    else if (isDotted(t)) dotted++;
  }
  return { romanSections: roman > 0, dottedTasks: dotted > 0 };
}
