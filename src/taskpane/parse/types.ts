/** How the task pane turns an input into a Plan: in a Web Worker, or in the page as a fallback. */
import type { Plan } from '../../core/model';
import type { ParseOptions } from '../../core/import/plan';
import type { Result } from '../../core/result';

export interface ParseRequest {
  /** File name, or clipboard.html / clipboard.txt for a paste (its extension guides sniffing). */
  name: string;
  bytes: Uint8Array;
  options: ParseOptions;
}

export type PlanParser = (request: ParseRequest) => Promise<Result<Plan>>;

/** What the worker sends back. */
export interface ParseReply {
  id: number;
  result: Result<Plan>;
}
