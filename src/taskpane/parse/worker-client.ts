/**
 * Parses in a Web Worker (dist/parse-worker.js, next to taskpane.html). When the worker cannot
 * start or dies (a blocked script, a webview without workers), this and every later request go
 * to the fallback, so the user still gets a preview. A PDF or scan reports its pages through the
 * request's onProgress; aborting its signal sends the worker a `cancel` message, and the worker
 * answers with a `read-cancelled` failure.
 */
import type { ParseReply, ParseRequest, PlanParser, WorkerRequest } from './types';

export function createWorkerParser(workerUrl: string, fallback: PlanParser): PlanParser {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let nextId = 1;
  const pending = new Map<number, { request: ParseRequest; resolve: (r: Awaited<ReturnType<PlanParser>>) => void }>();

  const giveUp = () => {
    broken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) void fallback(p.request).then(p.resolve);
  };

  const start = (): Worker | null => {
    if (worker || broken) return worker;
    try {
      worker = new Worker(workerUrl);
    } catch {
      broken = true;
      return null;
    }
    worker.onmessage = (e: MessageEvent<ParseReply>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      if ('progress' in e.data) {
        p.request.onProgress?.(e.data.progress);
        return;
      }
      pending.delete(e.data.id);
      p.resolve(e.data.result);
    };
    worker.onerror = (e) => {
      e.preventDefault();
      giveUp();
    };
    return worker;
  };

  return (request) => {
    const w = start();
    if (!w) return fallback(request);
    return new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, { request, resolve });
      const { name, bytes, options, signal } = request;
      const cancel = () => worker?.postMessage({ type: 'cancel', id } satisfies WorkerRequest);
      if (signal?.aborted) queueMicrotask(cancel);
      else signal?.addEventListener('abort', cancel, { once: true });
      // The bytes are copied, not transferred: the page keeps them to read again with a year.
      // Functions and signals cannot cross to the worker; progress and cancel travel as messages.
      w.postMessage({ type: 'parse', id, name, bytes, options } satisfies WorkerRequest);
    });
  };
}
