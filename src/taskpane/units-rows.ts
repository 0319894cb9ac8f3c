/**
 * The units directory as the Settings table edits it: one row per unit (name, kind, aliases as
 * one line separated by ";", since a unit's name may hold commas), and back to the directory the
 * core checks (src/core/units/parse-directory.ts). Row N is the directory's entry N, so the
 * core's "Đơn vị thứ N" names the row the user sees.
 */
import { DEFAULT_UNIT_DIRECTORY } from '../core/units/default-directory';
import { parseDirectory } from '../core/units/parse-directory';
import type { UnitDirectory, UnitKind } from '../core/units/types';
import type { Result } from '../core/result';

export interface UnitRow {
  /** A key for React that survives removing other rows. */
  key: number;
  name: string;
  /** '' when the directory does not say. */
  kind: UnitKind | '';
  /** The aliases on one line, separated by ";". */
  aliases: string;
}

export const ALIAS_SEPARATOR = ';';

let nextKey = 1;
export function newRow(partial: Partial<Omit<UnitRow, 'key'>> = {}): UnitRow {
  return { key: nextKey++, name: partial.name ?? '', kind: partial.kind ?? '', aliases: partial.aliases ?? '' };
}

export function rowsOf(directory: UnitDirectory): UnitRow[] {
  return directory.units.map((u) => newRow({ name: u.name, kind: u.kind ?? '', aliases: u.aliases.join(`${ALIAS_SEPARATOR} `) }));
}

/** The rows as the JSON a user would have written (checked by parseDirectory, never trusted). */
export function directoryJson(rows: readonly UnitRow[], abbreviations?: Record<string, string>): unknown {
  const units = rows.map((r) => {
    const aliases = r.aliases.split(ALIAS_SEPARATOR).map((a) => a.trim()).filter((a) => a !== '');
    return r.kind ? { name: r.name, kind: r.kind, aliases } : { name: r.name, aliases };
  });
  return abbreviations ? { units, abbreviations } : { units };
}

export function checkRows(rows: readonly UnitRow[], abbreviations?: Record<string, string>): Result<UnitDirectory> {
  return parseDirectory(directoryJson(rows, abbreviations));
}

/** Where JSON.parse stopped, as people count (line and column from 1); null when it does not say. */
export function jsonErrorPlace(text: string, error: unknown): { line: number; column: number } | null {
  const said = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(said);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const at = /position (\d+)/.exec(said);
  const pos = at ? Number(at[1]) : /end of (JSON )?input/i.test(said) ? text.length : null;
  if (pos === null) return null;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  return { line, column: pos - before.lastIndexOf('\n') };
}

export type ReadDirectory =
  | { ok: true; directory: UnitDirectory; result: Result<UnitDirectory> }
  | { ok: false; place: { line: number; column: number } | null; result?: Result<UnitDirectory> };

/** A directory file's text: JSON first (a syntax error says where), then the core's checks. */
export function readDirectoryText(text: string): ReadDirectory {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, place: jsonErrorPlace(text, e) };
  }
  const result = parseDirectory(json);
  return result.ok ? { ok: true, directory: result.value, result } : { ok: false, place: null, result };
}

/** The stored setting's directory: '' is the built-in one (and stays '' so it follows updates). */
export function storedDirectory(text: string): { directory: UnitDirectory; builtIn: boolean; problem: ReadDirectory | null } {
  if (!text.trim()) return { directory: DEFAULT_UNIT_DIRECTORY, builtIn: true, problem: null };
  const read = readDirectoryText(text);
  return read.ok ? { directory: read.directory, builtIn: false, problem: null } : { directory: DEFAULT_UNIT_DIRECTORY, builtIn: true, problem: read };
}

/** The file the export button saves, and the import reads back. */
export function exportText(directory: UnitDirectory): string {
  return `${JSON.stringify(directory, null, 2)}\n`;
}
