/**
 * The Office.js edge: the only code that touches `Excel.*` and `Office.*`. It carries out the
 * same workbook layout (src/workbook) as the Node writer (src/xlsx).
 */
export { createExcelOperations, type ExcelOperations, type ExcelWriteOptions } from './operations';
export { applyLayout, type Applied, type ApplyOptions } from './apply-layout';
export { readSnapshot, readWorkbook, type ReadOptions, type WorkbookRead } from './snapshot-read';
export { backUpSheets, backupName, sheetsToBackUp } from './backup';
export { officeEnv, readCapabilities, API_SETS, type OfficeEnv } from './env';
export { REQUEST_LIMIT, REQUEST_BUDGET, Batch, PhaseError } from './batch';
export { cellInput, numberFormatFor, valueSlices } from './values';
