import type { CellLine, SourceCell, SourceTable } from '../../../../src/core/model';

/** A line as a compact tuple: [text, hard, bullet]. */
export type LineTuple = [string, boolean, boolean];

export function tuples(lines: readonly CellLine[]): LineTuple[] {
  return lines.map((l) => [l.text, l.hard, l.bullet === true]);
}

/** Each cell's lines joined by " / " (a quick picture of a row). */
export function rowTexts(cells: readonly SourceCell[]): string[] {
  return cells.map((c) => c.lines.map((l) => l.text).join(' / '));
}

/** The first row of any table whose first cell reads `first`. */
export function findRow(tables: readonly SourceTable[], first: string) {
  for (const t of tables) for (const r of t.rows) if (r.cells[0]?.lines[0]?.text === first) return { table: t, row: r };
  return undefined;
}

export const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
