/**
 * Plan -> workbook description, and reading a tracking workbook back. Pure TypeScript: the Node
 * writer (src/xlsx) and the Office.js writer (src/excel) carry the description out.
 * README.md in this folder describes the description and how each writer maps it.
 */
export { layoutWorkbook, SHEET_NAMES, type LayoutOptions } from './build-layout';
export type {
  CellBlock,
  CellValue,
  ChangeList,
  ChangeReport,
  ColumnLayout,
  ConditionalFormat,
  ConditionalRule,
  DefinedName,
  LayoutCell,
  LayoutMap,
  Message,
  PrintLayout,
  RowLayout,
  RowOp,
  SheetLayout,
  Validation,
  WorkbookLayout,
} from './layout';
export { WORKBOOK_SCHEMA } from './layout';
export type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from './snapshot';
export { resolveStyle, STYLES, COLORS, FONT, DATE_FORMAT, type CellStyle, type Emphasis, type StyleKey } from './styles';
export { findTable, matchTaskHeader, matchTargetHeader, headerKey, type TableLocation, type TableKind } from './header-match';
export { TASK_HEADER_SYNONYMS, TARGET_HEADER_SYNONYMS, type TaskRole, type TargetRole } from './header-synonyms';
export { readMarker, MARKER_SHEET, type Marker } from './marker';
export { readTracking, type Tracking, type TaskReading, type TargetReading } from './read-back';
export { checkTracking, type CheckResult, type Breach, type Overdue, type Invalid } from './check';
export { parseFigures, type Figures } from './figures';
export { judgeTimeliness, meets } from './judge';
export { shiftFormulaRows, moveFormula, type RowShift } from './formula-refs';
export { DROPPED_MARK, PROGRESS, TIMELINESS, verdictFormula, breachExpression, timelinessFormula } from './formulas';
export { isoToSerial, serialToIso, colLetter, colNumber, addr, range, parseRange, sheetRef } from './a1';
