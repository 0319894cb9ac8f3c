/**
 * The import flow: input -> preview -> written. Reading never writes; only write() calls
 * operations.writePlan, once per click (the button is disabled while it runs). What the reading
 * and the write give comes sealed with its warnings (Outcome.tsx): the screens show both.
 */
import { useCallback, useRef, useState } from 'react';
import type { Plan } from '../core/model';
import type { PlanError } from '../core/result';
import type { Operations, Settings, WriteOptions, WriteReport } from './operations';
import { sealed, type Outcome } from './Outcome';
import type { PlanParser, ReadProgress } from './parse/types';
import { isPlanYear } from '../workbook/calendar';

export interface ReadFailure {
  source: string;
  error: PlanError;
}

export type Flow =
  | { step: 'input'; reading: string | null; failure: ReadFailure | null }
  | { step: 'preview'; read: Outcome<Plan>; source: string; reading: boolean; writing: boolean; writeFailure: PlanError | null }
  | { step: 'written'; written: Outcome<WriteReport> };

export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  /** What the user calls it: the file name, or "the pasted content". */
  source: string;
}

/** "2025" -> 2025; empty or not a plausible year -> undefined (the document decides). */
export function yearOf(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{4}$/.test(t)) return undefined;
  const y = Number(t);
  return isPlanYear(y) ? y : undefined;
}

function crashed(e: unknown): PlanError {
  return { code: 'unexpected', message: e instanceof Error ? e.message : String(e) };
}

export function useImportFlow(parser: PlanParser, operations: Operations, settings: Settings | null) {
  const [flow, setFlow] = useState<Flow>({ step: 'input', reading: null, failure: null });
  const [yearText, setYearText] = useState('');
  const last = useRef<ImportInput | null>(null);
  // The plan on preview, for write(); the screen sees it only through the sealed reading.
  const plan = useRef<Plan | null>(null);
  // A second click before React re-renders must not write twice.
  const writing = useRef(false);
  // Page n of N while a PDF or a scan is read; the reading in progress can be cancelled.
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const reading = useRef<AbortController | null>(null);

  const read = useCallback(
    async (input: ImportInput, year: string) => {
      last.current = input;
      setFlow((f) => (f.step === 'preview' ? { ...f, reading: true } : { step: 'input', reading: input.source, failure: null }));
      const y = yearOf(year);
      const options = {
        ...(y !== undefined ? { year: y } : {}),
        noise: settings?.noise ?? [],
        beforeDay: settings?.beforeDay ?? 'inclusive',
      };
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      setProgress(null);
      let result;
      try {
        result = await parser({ name: input.name, bytes: input.bytes, options, signal: controller.signal, onProgress: (p) => { if (!controller.signal.aborted) setProgress(p); } });
      } catch (e) {
        result = { ok: false as const, error: crashed(e) };
      }
      if (reading.current === controller) reading.current = null;
      setProgress(null);
      if (controller.signal.aborted) {
        // The user cancelled: back where they were, with nothing to report.
        setFlow((f) => (f.step === 'preview' ? { ...f, reading: false } : { step: 'input', reading: null, failure: null }));
        return;
      }
      if (result.ok) {
        plan.current = result.value;
        setFlow({ step: 'preview', read: sealed(result), source: input.source, reading: false, writing: false, writeFailure: null });
      } else {
        setFlow({ step: 'input', reading: null, failure: { source: input.source, error: result.error } });
      }
    },
    [parser, settings],
  );

  const cancel = useCallback(() => {
    reading.current?.abort();
  }, []);

  const importInput = useCallback((input: ImportInput) => read(input, yearText), [read, yearText]);

  const rereadWithYear = useCallback(() => {
    if (last.current) void read(last.current, yearText);
  }, [read, yearText]);

  const write = useCallback(async (options: WriteOptions = {}) => {
    const toWrite = plan.current;
    if (flow.step !== 'preview' || flow.writing || writing.current || !toWrite) return;
    writing.current = true;
    setFlow({ ...flow, writing: true, writeFailure: null });
    let result;
    try {
      result = await operations.writePlan(toWrite, options);
    } catch (e) {
      result = { ok: false as const, error: crashed(e) };
    }
    writing.current = false;
    if (result.ok) setFlow({ step: 'written', written: sealed(result) });
    else setFlow({ ...flow, writing: false, writeFailure: result.error });
  }, [flow, operations]);

  const dismissFailure = useCallback(() => {
    setFlow((f) => (f.step === 'preview' ? { ...f, writeFailure: null } : f));
  }, []);

  const reset = useCallback(() => {
    last.current = null;
    plan.current = null;
    setFlow({ step: 'input', reading: null, failure: null });
  }, []);

  return { flow, yearText, setYearText, importInput, rereadWithYear, write, dismissFailure, reset, progress, cancel };
}
