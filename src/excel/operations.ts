/**
 * The Operations the task pane receives, carried out with Office.js. Every Excel.run failure
 * comes back as a Result failure (code, plain message, Excel's details in `where`); nothing is
 * only logged.
 */
import type { Plan, Warning } from '../core/model';
import { ok, type Result } from '../core/result';
import { DEFAULT_UNIT_DIRECTORY, parseDirectory, type UnitDirectory } from '../core/units';
import type { DocumentPreview, Operations, Settings, StatusReport, WriteOptions, WriteReport } from '../taskpane/operations';
import { layoutWorkbook } from '../workbook/build-layout';
import { findTable } from '../workbook/header-match';
import type { ChangeReport } from '../workbook/layout';
import { splitQualified } from '../workbook/a1';
import { todayIso } from '../workbook/calendar';
import { readMarker } from '../workbook/marker';
import { decree30Print } from '../workbook/print';
import { statusReport } from '../workbook/status-read';
import { applyLayout } from './apply-layout';
import { backUpSheets, sheetsToBackUp } from './backup';
import { Batch, PhaseError } from './batch';
import { API_SETS, officeEnv, readCapabilities, type OfficeEnv } from './env';
import { excelFailure, type RunFailureCode } from './errors';
import { failure, warning } from '../i18n/coded';
import { writePrint } from './print';
import { loadSettings, saveSettings } from './settings';
import { readWorkbook, type WorkbookRead } from './snapshot-read';

export interface ExcelWriteOptions extends WriteOptions {
  /**
   * This Excel cannot copy sheets (ExcelApi 1.7) and the user agreed to write without a backup
   * copy (the task pane asks after a failure with code "excel-backup-needs-consent").
   */
  allowWithoutBackup?: boolean;
}

export interface ExcelOperations extends Operations {
  writePlan(plan: Plan, options: ExcelWriteOptions): Promise<Result<WriteReport>>;
  previewDocument(plan: Plan): Promise<Result<DocumentPreview>>;
}

/** The register's side of a layout's report, for the task pane. */
function documentPreview(report: ChangeReport): DocumentPreview | undefined {
  const d = report.document;
  return d ? { status: d.status, label: d.label, heading: d.heading, documents: d.documents.map((x) => x.label) } : undefined;
}

function mode(report: ChangeReport, tasksSheet: string): WriteReport['mode'] {
  if (report.update) return 'update';
  return report.sheetsCreated.includes(tasksSheet) ? 'new-sheet' : 'template';
}

function unitsFrom(settings: Settings): { directory: UnitDirectory; warnings: Warning[] } {
  if (!settings.unitsDirectory.trim()) return { directory: DEFAULT_UNIT_DIRECTORY, warnings: [] };
  let json: unknown;
  try {
    json = JSON.parse(settings.unitsDirectory);
  } catch (e) {
    return { directory: DEFAULT_UNIT_DIRECTORY, warnings: [warning('settings-units-invalid', { detail: (e as Error).message })] };
  }
  const r = parseDirectory(json);
  if (!r.ok) return { directory: DEFAULT_UNIT_DIRECTORY, warnings: [warning('settings-units-invalid', { detail: r.error.message })] };
  return { directory: r.value, warnings: r.warnings };
}

export function createExcelOperations(env: OfficeEnv = officeEnv()): ExcelOperations {
  const caps = () => readCapabilities(env);
  const readOptions = () => ({
    pageLayout: env.isSetSupported('ExcelApi', API_SETS.pageLayout),
    mergedAreas: env.isSetSupported('ExcelApi', API_SETS.mergedAreas),
  });

  /** Excel.run, with every failure (outside Excel too) turned into a Result. */
  async function run<T>(code: RunFailureCode, params: { address?: string }, body: (c: Excel.RequestContext) => Promise<Result<T>>): Promise<Result<T>> {
    const excelRun = env.run;
    if (!excelRun) return failure('excel-unavailable', {});
    try {
      return await excelRun(body);
    } catch (e) {
      const readPhase = e instanceof PhaseError && e.phase === 'read';
      return excelFailure(e, readPhase && code === 'excel-write-failed' ? 'excel-read-failed' : code, params);
    }
  }

  return {
    async capabilities() {
      return caps();
    },

    async writePlan(plan, options) {
      const c = caps();
      const settings = await loadSettings(env);
      const units = unitsFrom(settings);
      return run('excel-write-failed', {}, async (context) => {
        const read: WorkbookRead = await readWorkbook(context, readOptions());
        const laid = layoutWorkbook(plan, {
          snapshot: read.snapshot,
          printAreas: read.printAreas,
          today: options.today ?? null,
          builtAt: env.now().toISOString(),
          units: units.directory,
        });
        if (!laid.ok) return laid;
        const layout = laid.value;
        const degraded: Warning[] = [...read.warnings];
        let backupSheet: string | undefined;
        const toCopy = sheetsToBackUp(layout, read.snapshot);
        if (toCopy.length > 0) {
          if (c.sheetCopy) {
            backupSheet = (await backUpSheets(context, toCopy, env.now(), read.snapshot.sheets.map((s) => s.name))).join(', ');
          } else if (options.allowWithoutBackup) {
            degraded.push(warning('excel-backup-unsupported', { sheet: toCopy.join(', ') }));
          } else {
            return failure('excel-backup-needs-consent', { sheet: toCopy.join(', ') }, toCopy.join(', '));
          }
        }
        const applied = await applyLayout(context, layout, c);
        if (!applied.ok) return applied;
        degraded.push(...applied.value.degraded);
        const t = layout.report.tasks;
        const report: WriteReport = {
          sheet: layout.map.tasksSheet,
          mode: mode(layout.report, layout.map.tasksSheet),
          added: t.added.length,
          updated: t.updated.length,
          kept: t.unchanged,
          marked: t.kept.length,
          degraded,
        };
        if (backupSheet) report.backupSheet = backupSheet;
        const document = documentPreview(layout.report);
        if (document) report.document = document;
        return ok(report, [...units.warnings, ...layout.warnings]);
      });
    },

    async previewDocument(plan) {
      const settings = await loadSettings(env);
      const units = unitsFrom(settings);
      return run<DocumentPreview>('excel-read-failed', {}, async (context) => {
        // The same layout the write would make, from what the workbook holds now; nothing is written.
        const read = await readWorkbook(context, readOptions());
        const laid = layoutWorkbook(plan, { snapshot: read.snapshot, printAreas: read.printAreas, units: units.directory });
        if (!laid.ok) return laid;
        const preview = documentPreview(laid.value.report) as DocumentPreview;
        return ok(preview, laid.value.warnings.filter((w) => w.code.startsWith('register-')));
      });
    },

    async readStatus(asOf) {
      const settings = await loadSettings(env);
      const units = unitsFrom(settings);
      return run<StatusReport>('excel-read-failed', {}, async (context) => {
        const read = await readWorkbook(context, readOptions());
        const r = statusReport(read.snapshot, { asOf: asOf ?? null, today: todayIso(env.now()), directory: units.directory });
        return r.ok ? ok(r.value, [...read.warnings, ...units.warnings]) : r;
      });
    },

    async goToCell(address) {
      const at = splitQualified(address);
      if (!at) return failure('excel-bad-address', { address }, address);
      return run<true>('excel-go-to-failed', { address }, async (context) => {
        const sheets = context.workbook.worksheets;
        const ws = at.sheet ? sheets.getItem(at.sheet) : sheets.getActiveWorksheet();
        ws.activate();
        ws.getRange(at.cell).select();
        await context.sync();
        return ok(true);
      });
    },

    async applyPrintSettings() {
      const c = caps();
      if (!c.pageLayout) return ok({ sheets: [], degraded: [warning('excel-no-page-layout', {})] });
      return run('excel-print-failed', {}, async (context) => {
        const read = await readWorkbook(context, readOptions());
        const marker = readMarker(read.snapshot);
        const targets: { sheet: string; titleRows?: { first: number; last: number } }[] = [];
        for (const kind of ['tasks', 'targets'] as const) {
          const prefer = kind === 'tasks' ? marker?.tasksSheet : marker?.targetsSheet || undefined;
          const t = findTable(read.snapshot, kind, prefer);
          if (t) targets.push({ sheet: t.sheet, titleRows: { first: t.headerRow, last: t.numberRow ?? t.headerRow } });
        }
        if (marker?.summarySheet && read.snapshot.sheets.some((s) => s.name === marker.summarySheet)) targets.push({ sheet: marker.summarySheet });
        if (targets.length === 0) return failure('excel-no-tracking', {});
        const batch = new Batch(context);
        batch.begin('print');
        for (const t of targets) {
          const ws = context.workbook.worksheets.getItem(t.sheet);
          await writePrint(batch, ws, decree30Print(t.titleRows));
        }
        await batch.flush();
        return ok({ sheets: targets.map((t) => t.sheet), degraded: [...read.warnings] });
      });
    },

    async loadSettings() {
      return loadSettings(env);
    },

    async saveSettings(settings) {
      return saveSettings(env, settings);
    },
  };
}
