/**
 * The mark a workbook Plan Tracker filled carries: a hidden sheet of key/value rows naming the
 * schema and where things are. `build --template` reads it to update in place; `check` to find
 * the sheets. A hidden sheet rather than defined names: both writers and every spreadsheet
 * program keep a sheet's cells, and a person who unhides it can read it.
 */
import { WORKBOOK_SCHEMA, type LayoutMap, type SheetLayout } from './layout';
import { cell, text } from './cells';
import { cellText, type WorkbookSnapshot } from './snapshot';

export const MARKER_SHEET = 'PlanTracker';

export interface Marker {
  schema: string;
  tasksSheet: string;
  targetsSheet: string;
  summarySheet: string;
  asOf: string;
  source: string;
  builtAt: string;
}

const KEYS: (keyof Marker)[] = ['schema', 'tasksSheet', 'targetsSheet', 'summarySheet', 'asOf', 'source', 'builtAt'];

export function readMarker(snapshot: WorkbookSnapshot): Marker | null {
  for (const sheet of snapshot.sheets) {
    if (cellText(sheet.rows[1]?.[1]) !== 'schema') continue;
    const schema = cellText(sheet.rows[1]?.[2]);
    if (!schema.startsWith('plan-tracker/workbook@')) continue;
    const m: Record<string, string> = {};
    for (let r = 1; r <= sheet.lastRow; r++) m[cellText(sheet.rows[r]?.[1])] = cellText(sheet.rows[r]?.[2]);
    return Object.fromEntries(KEYS.map((k) => [k, m[k] ?? ''])) as unknown as Marker;
  }
  return null;
}

/** Rows "document 1", "document 2", ...: the register's documents in the order they arrived (JSON each). */
const DOCUMENT_KEY = /^document \d+$/;

/** The values of the marker's document rows, in order ([] in a workbook of one plan built before registers). */
export function readMarkerDocuments(snapshot: WorkbookSnapshot): string[] {
  for (const sheet of snapshot.sheets) {
    if (cellText(sheet.rows[1]?.[1]) !== 'schema') continue;
    if (!cellText(sheet.rows[1]?.[2]).startsWith('plan-tracker/workbook@')) continue;
    const out: string[] = [];
    for (let r = 1; r <= sheet.lastRow; r++) if (DOCUMENT_KEY.test(cellText(sheet.rows[r]?.[1]))) out.push(cellText(sheet.rows[r]?.[2]));
    return out;
  }
  return [];
}

export function markerSheet(
  map: LayoutMap,
  source: string,
  builtAt: string,
  action: 'create' | 'replace',
  documents: string[] = [],
): SheetLayout {
  const values: Marker = {
    schema: WORKBOOK_SCHEMA,
    tasksSheet: map.tasksSheet,
    targetsSheet: map.targetsSheet ?? '',
    summarySheet: map.summarySheet,
    asOf: map.asOf,
    source,
    builtAt,
  };
  return {
    name: MARKER_SHEET,
    action,
    state: 'hidden',
    role: 'marker',
    rowOps: [],
    clearRulesIn: [],
    columns: [
      { col: 1, width: 16 },
      { col: 2, width: 60 },
    ],
    rows: [],
    blocks: [
      {
        top: 1,
        left: 1,
        cells: [
          ...KEYS.map((k) => [cell(text(k), 'marker'), cell(text(values[k]), 'marker')]),
          ...documents.map((d, i) => [cell(text(`document ${i + 1}`), 'marker'), cell(text(d), 'marker')]),
        ],
      },
    ],
    merges: [],
    conditionalFormats: [],
    validations: [],
  };
}
