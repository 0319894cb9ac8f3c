/**
 * The parse worker (dist/parse-worker.js): the whole core runs here so a 5,000-task appendix
 * never freezes the task pane. One request in, one ParseReply out.
 */
import { parsePlan } from '../../core/import';
import { fail } from '../../core/result';
import type { ParseReply, ParseRequest } from './types';

// The worker's global scope, typed without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ParseRequest & { id: number }>) => void) | null;
  postMessage(message: ParseReply): void;
};

scope.onmessage = (e) => {
  const { id, name, bytes, options } = e.data;
  let reply: ParseReply;
  try {
    reply = { id, result: parsePlan({ name, bytes }, options) };
  } catch (err) {
    reply = { id, result: fail('parse-crashed', err instanceof Error ? err.message : String(err), name) };
  }
  scope.postMessage(reply);
};
