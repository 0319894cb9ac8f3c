/** Building cell values: text stays text, lists become lines, dates become date cells. */
import { BULLETED } from '../core/cell-limit';
import { EXCEL_CELL_LIMIT } from '../core/text';
import { serialToIso } from './a1';
import type { CellValue, LayoutCell } from './layout';
import type { SnapshotCell } from './snapshot';
import type { Emphasis, StyleKey } from './styles';

export function text(s: string): CellValue {
  return s === '' ? { kind: 'blank' } : { kind: 'text', text: s.length > EXCEL_CELL_LIMIT ? s.slice(0, EXCEL_CELL_LIMIT) : s };
}

/** An item that carries its own bullet (the rule lives with the cell-length rule that counts it). */
export { BULLETED } from '../core/cell-limit';

/** One item per line; several items each start with "- " as the plans print them. */
export function listText(items: string[]): CellValue {
  const kept = items.map((s) => s.trim()).filter((s) => s !== '');
  if (kept.length <= 1) return text(kept[0] ?? '');
  return text(kept.map((s) => (BULLETED.test(s) ? s : `- ${s}`)).join('\n'));
}

export function num(value: number): CellValue {
  return { kind: 'number', value };
}

export function dateOrBlank(iso: string | null | undefined): CellValue {
  return iso ? { kind: 'date', iso } : { kind: 'blank' };
}

export function formula(f: string): CellValue {
  return { kind: 'formula', formula: f };
}

export const BLANK: CellValue = { kind: 'blank' };

export function cell(value: CellValue | undefined, style: StyleKey, emphasis?: Emphasis): LayoutCell {
  const c: LayoutCell = { style };
  if (value !== undefined) c.value = value;
  if (emphasis !== undefined) c.emphasis = emphasis;
  return c;
}

/** A value read from the workbook, written back as it was (typed values travel with their row). */
export function fromSnapshot(c: SnapshotCell | undefined): CellValue {
  if (!c) return BLANK;
  if (c.f) return { kind: 'formula', formula: c.f };
  if (c.v === null || c.v === '') return BLANK;
  if (typeof c.v === 'number') return c.date ? { kind: 'date', iso: serialToIso(c.v) } : { kind: 'number', value: c.v };
  if (typeof c.v === 'boolean') return { kind: 'boolean', value: c.v };
  return { kind: 'text', text: c.v };
}

/** The style that suits a carried value in a column the layout does not know. */
export function styleForValue(v: CellValue): StyleKey {
  if (v.kind === 'date') return 'date';
  if (v.kind === 'number') return 'number';
  return 'text';
}

/** Comparable text of a value (change detection). */
export function valueText(v: CellValue | undefined): string {
  if (!v) return '';
  switch (v.kind) {
    case 'text':
      return v.text;
    case 'number':
    case 'boolean':
      return String(v.value);
    case 'date':
      return v.iso;
    case 'formula':
      return `=${v.formula}`;
    case 'blank':
      return '';
  }
}

export function snapshotText(c: SnapshotCell | undefined): string {
  return valueText(fromSnapshot(c));
}
