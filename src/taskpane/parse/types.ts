/** How the task pane turns an input into a Plan: in a Web Worker, or in the page as a fallback. */
import type { Plan } from '../../core/model';
import type { ParseOptions } from '../../core/import/plan';
import type { ReadProgress } from '../../core/import/readers/pdf/platform';
import type { Result } from '../../core/result';

export type { ReadProgress };

export interface ParseRequest {
  /** File name, or clipboard.html / clipboard.txt for a paste (its extension guides sniffing). */
  name: string;
  bytes: Uint8Array;
  options: ParseOptions;
  /** Page n of N while a PDF or a scan is read (never called for the text formats). */
  onProgress?: (p: ReadProgress) => void;
  /** Aborting ends a PDF or scan reading with a `read-cancelled` failure. */
  signal?: AbortSignal;
}

export type PlanParser = (request: ParseRequest) => Promise<Result<Plan>>;

/** What the page posts to the worker: a request to parse, or to cancel one. */
export type WorkerRequest =
  | { type?: 'parse'; id: number; name: string; bytes: Uint8Array; options: ParseOptions }
  | { type: 'cancel'; id: number };

/** What the worker sends back: progress while a PDF or scan is read, then the result. */
export type ParseReply = { id: number; result: Result<Plan> } | { id: number; progress: ReadProgress };
