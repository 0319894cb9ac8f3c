/**
 * The safety copy. Add-in writes clear Excel's undo history (before ExcelApi 1.20), so before
 * the writer changes a sheet that holds people's work (an update in place, a template with rows
 * below its table) the sheet is copied (worksheet.copy, ExcelApi 1.7) into a hidden sheet named
 * "Sao lưu <sheet> <dd.mm hh.mm>". Excel allows 31 characters in a sheet name: the time is kept
 * short (day and month as Vietnamese write dates; the year is in the copy's cells anyway) so
 * more of the sheet's name fits. Hidden, so the table finder and printing pass it by; the
 * report names it, and Unhide shows it.
 */
import type { WorkbookLayout } from '../workbook/layout';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { Batch } from './batch';

/** Excel's limit on sheet names, and the characters it refuses in them. */
export const SHEET_NAME_MAX = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Local time, as the person who clicked reads it; ":" and "/" are not allowed in sheet names. */
export function stamp(d: Date): string {
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)} ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}

/** "Sao lưu <sheet> <stamp>", the sheet name shortened to fit 31 characters, unique among `taken`. */
export function backupName(sheet: string, when: Date, taken: string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  const tail = ` ${stamp(when)}`;
  const clean = sheet.replace(FORBIDDEN, ' ').replace(/^'+|'+$/g, '');
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? '' : ` (${i})`;
    const room = SHEET_NAME_MAX - 'Sao lưu '.length - tail.length - suffix.length;
    const short = clean.length > room ? `${clean.slice(0, Math.max(0, room - 1)).trimEnd()}…` : clean;
    const name = `Sao lưu ${short}${tail}${suffix}`.replace(/\s+/g, ' ');
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Sheets the layout edits that already hold something: people's work to keep a copy of. */
export function sheetsToBackUp(layout: WorkbookLayout, snapshot: WorkbookSnapshot | null): string[] {
  if (!snapshot) return [];
  return layout.sheets
    .filter((s) => s.action === 'edit' && s.role !== 'marker')
    .map((s) => snapshot.sheets.find((x) => x.name === s.name))
    .filter((x): x is NonNullable<typeof x> => x !== undefined && x.lastRow > 0)
    .map((x) => x.name);
}

/** Copies each sheet to a hidden "Sao lưu ..." sheet at the end: one sync. Returns the copies' names. */
export async function backUpSheets(context: Excel.RequestContext, sheets: string[], when: Date, taken: string[]): Promise<string[]> {
  if (sheets.length === 0) return [];
  const batch = new Batch(context);
  batch.begin('backup');
  const names: string[] = [];
  const all = [...taken];
  for (const sheet of sheets) {
    const name = backupName(sheet, when, all);
    all.push(name);
    names.push(name);
    const copy = context.workbook.worksheets.getItem(sheet).copy('End');
    copy.name = name;
    copy.visibility = 'Hidden';
  }
  await batch.sync();
  return names;
}
