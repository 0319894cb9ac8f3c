/** The Node side of the workbook: build a tracking workbook file, read one back. */
import type { Plan } from '../core/model';
import { ok, type Result } from '../core/result';
import { failure } from '../i18n/coded';
import { layoutWorkbook } from '../workbook/build-layout';
import type { WorkbookLayout } from '../workbook/layout';
import { snapshotAfter } from '../workbook/layout-snapshot';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { readSnapshot } from './snapshot';
import { applyLayout, loadWorkbook, newWorkbook, workbookBytes } from './write';

export { applyLayout, loadWorkbook, newWorkbook, workbookBytes, writeWorkbook } from './write';
export { readSnapshot } from './snapshot';

export interface BuildOptions {
  /** The department's template or an earlier tracking workbook (never modified). */
  template?: Uint8Array | null;
  /** The template's file name, for messages about it. */
  templateName?: string;
  figures?: Record<string, number>;
  today?: string | null;
  builtAt?: string;
}

export interface Built {
  bytes: Uint8Array;
  layout: WorkbookLayout;
  /** The result as the layout step would read it again, worked out from the layout (src/workbook/layout-snapshot.ts), not read back. */
  snapshot: WorkbookSnapshot;
}

/** Reads .xlsx bytes; a file that is not a workbook is an error, not an exception. */
export async function openWorkbook(bytes: Uint8Array, name: string): Promise<Result<Awaited<ReturnType<typeof loadWorkbook>>>> {
  try {
    return ok(await loadWorkbook(bytes));
  } catch (e) {
    // The reader's own words, without the how-to link jszip adds: people are not sent to a library's docs.
    const error = (e as Error).message.replace(/[^.?!]*https?:\/\/\S+/g, '').trim();
    return failure('workbook-unreadable', { file: name, error }, name);
  }
}

export async function buildWorkbook(plan: Plan, options: BuildOptions = {}): Promise<Result<Built>> {
  let wb = newWorkbook();
  let snapshot: WorkbookSnapshot | null = null;
  let printAreas: Record<string, string> = {};
  if (options.template) {
    const opened = await openWorkbook(options.template, options.templateName ?? 'template');
    if (!opened.ok) return opened;
    wb = opened.value;
    ({ snapshot, printAreas } = readSnapshot(wb));
  }
  const laid = layoutWorkbook(plan, {
    snapshot,
    printAreas,
    ...(options.figures ? { figures: options.figures } : {}),
    ...(options.today ? { today: options.today } : {}),
    ...(options.builtAt ? { builtAt: options.builtAt } : {}),
  });
  if (!laid.ok) return laid;
  applyLayout(wb, laid.value);
  const bytes = await workbookBytes(wb);
  return ok({ bytes, layout: laid.value, snapshot: snapshotAfter(snapshot, laid.value) }, laid.warnings);
}
