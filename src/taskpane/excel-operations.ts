/**
 * The real Operations over Office.js (src/excel, written by the Office.js engineer), loaded as
 * its own chunk after Office is ready so the first paint does not wait for the writer.
 */
import type { Operations } from './operations';

export async function loadExcelOperations(): Promise<Operations> {
  const { createExcelOperations } = await import('../excel/operations');
  return createExcelOperations();
}
