/**
 * The parse worker (dist/parse-worker.js): the whole core runs here so a 5,000-task appendix
 * never freezes the task pane. One request in, one ParseReply out; a PDF or a scan also sends
 * progress replies (page n of N) and can be cancelled by a `cancel` message with its id. pdf.js
 * and Tesseract are loaded (import()) only when such a file arrives.
 */
import { parsePlan } from '../../core/import';
import { sniffPaged } from '../../core/import/readers/sniff';
import { fail } from '../../core/result';
import type { ParseReply, WorkerRequest } from './types';

// The worker's global scope, typed without pulling the WebWorker lib into the DOM build.
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: ParseReply): void;
  location: { href: string };
};

const running = new Map<number, AbortController>();

scope.onmessage = (e) => {
  const request = e.data;
  if (request.type === 'cancel') {
    running.get(request.id)?.abort();
    return;
  }
  const { id, name, bytes, options } = request;
  if (sniffPaged(bytes)) {
    const controller = new AbortController();
    running.set(id, controller);
    void (async () => {
      let reply: ParseReply;
      try {
        const { parsePaged } = await import(/* webpackChunkName: "paged" */ './paged');
        const result = await parsePaged({ name, bytes }, scope.location.href, {
          ...options,
          signal: controller.signal,
          onProgress: (progress) => scope.postMessage({ id, progress }),
        });
        reply = { id, result };
      } catch (err) {
        reply = { id, result: fail('parse-crashed', err instanceof Error ? err.message : String(err), name) };
      }
      running.delete(id);
      scope.postMessage(reply);
    })();
    return;
  }
  let reply: ParseReply;
  try {
    reply = { id, result: parsePlan({ name, bytes }, options) };
  } catch (err) {
    reply = { id, result: fail('parse-crashed', err instanceof Error ? err.message : String(err), name) };
  }
  scope.postMessage(reply);
};
