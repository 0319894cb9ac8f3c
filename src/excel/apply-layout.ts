/**
 * Carries a WorkbookLayout out on the open workbook, in the order layout.ts gives, one phase
 * per sync whatever the number of tasks: inspect (1 load), sheets (create/replace/edit, rows,
 * rules cleared), cells (columns, heights, formats, values, merges), rules (conditional formats,
 * validation), finish (filter, freeze, print, names, active sheet). A phase whose data passes
 * the request budget is sent in more requests (batch.ts): the count follows size, not tasks.
 * What this Excel cannot do is skipped and explained in `degraded`; the rest is still written.
 */
import type { Warning } from '../core/model';
import { ok, type Result } from '../core/result';
import type { Capabilities } from '../taskpane/operations';
import type { WorkbookLayout } from '../workbook/layout';
import { Batch, COMMAND_OVERHEAD, REQUEST_BUDGET } from './batch';
import { derived } from './env';
import { excelFailure } from './errors';
import { copyFormats, writeStyles } from './formats';
import { writeColumns, writeMerges, writeRowHeights } from './grid';
import { failure, warning } from '../i18n/coded';
import type { WarningCode } from '../i18n/messages';
import { writePrint } from './print';
import { writeNotes } from './notes';
import { writeConditionalFormats } from './rules';
import { inspect, writeStructure } from './sheets';
import { writeValidations } from './validation';
import { writeValues } from './values';
import { writeAutoFilter, writeFreeze, writeNames } from './view';

/** What a write skips on an Excel that lacks the feature: one warning per code, naming the sheets. */
type SkipCode = Extract<WarningCode, `excel-no-${string}`>;

export interface ApplyOptions {
  /** Request budget in bytes (tests and the bench lower or raise it). */
  budget?: number;
}

export interface Applied {
  degraded: Warning[];
  /** context.sync() calls made. */
  syncs: number;
  /** Largest request sent, by the writer's estimate (bytes). */
  largestRequest: number;
}

export async function applyLayout(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  caps: Capabilities,
  options: ApplyOptions = {},
): Promise<Result<Applied>> {
  const feats = derived(caps);
  const batch = new Batch(context, options.budget ?? REQUEST_BUDGET);
  const degraded = new Map<SkipCode, Warning>();
  const skip = (code: SkipCode, sheet: string): void => {
    const w = degraded.get(code) ?? { ...warning(code, {}), detail: { sheets: '' } };
    const d = w.detail as Record<string, string>;
    d.sheets = d.sheets ? `${d.sheets}, ${sheet}` : sheet;
    degraded.set(code, w);
  };
  try {
    const insp = await inspect(batch, context);

    batch.begin('sheets');
    const st = await writeStructure(batch, context, layout, insp, caps);
    if (!st.ok) return failure('excel-sheet-missing', { sheet: st.missing }, st.missing);
    await batch.flush();
    const sheets = layout.sheets.map((s) => ({ s, ws: st.sheets.get(s.name) as Excel.Worksheet }));

    batch.begin('cells');
    for (const { s, ws } of sheets) {
      await writeColumns(batch, ws, s);
      await writeRowHeights(batch, ws, s, feats.rangeAreas);
      if (!(await copyFormats(batch, ws, s, feats.copyFormats))) skip('excel-no-copy-formats', s.name);
      await writeStyles(batch, ws, s, feats.rangeAreas);
      await writeValues(batch, ws, s, feats.copyFormats);
      await writeMerges(batch, ws, s);
    }
    await batch.flush();

    batch.begin('rules');
    for (const { s, ws } of sheets) {
      if (s.conditionalFormats.length > 0) {
        if (caps.conditionalFormats) await writeConditionalFormats(batch, ws, s, feats.rangeAreas);
        else skip('excel-no-conditional-formats', s.name);
      }
      if (s.validations.length > 0) {
        if (caps.dataValidation) await writeValidations(batch, ws, s);
        else skip('excel-no-data-validation', s.name);
      }
    }
    await batch.flush();

    batch.begin('finish');
    for (const { s, ws } of sheets) {
      if (s.autoFilter) {
        if (feats.autoFilter) await writeAutoFilter(batch, ws, s);
        else skip('excel-no-autofilter', s.name);
      }
      if (s.freeze) {
        if (feats.freeze) await writeFreeze(batch, ws, s);
        else skip('excel-no-freeze-panes', s.name);
      }
      if (s.print) {
        if (caps.pageLayout) await writePrint(batch, ws, s.print);
        else skip('excel-no-page-layout', s.name);
      }
      // OCR-restored cells: the raw text as a comment where Excel has comments, else the colour alone.
      if (caps.comments) await writeNotes(batch, context, ws, s);
    }
    await writeNames(batch, context, layout.definedNames, insp.names);
    const active = st.sheets.get(layout.activeSheet);
    if (active) await batch.add(COMMAND_OVERHEAD, () => active.activate());
    await batch.flush();
  } catch (e) {
    return excelFailure(e, 'excel-write-failed', { phase: batch.phase });
  }
  return ok({ degraded: [...degraded.values()], syncs: batch.syncs, largestRequest: batch.largest });
}
