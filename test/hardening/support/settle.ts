/**
 * The hang detector: a call must come back (a value, or a Result failure) and must not throw,
 * within a budget that grows linearly with the input. The budget is deliberately generous (tens
 * of times what the code needs on a busy 2-core machine): it is there to catch catastrophic
 * backtracking and quadratic loops, not to time anything.
 */
import { performance } from 'perf_hooks';

/** 3 s, plus 40 µs per character or byte of input: 1 MB of input may take 43 s before it counts as hung. */
export function budgetMs(size: number): number {
  return 3000 + size * 0.04;
}

export function settle<T>(label: string, size: number, call: () => T): T {
  const start = performance.now();
  let value: T;
  try {
    value = call();
  } catch (e) {
    const err = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e);
    throw new Error(`${label} threw on an input of ${size}: ${err}`);
  }
  const ms = performance.now() - start;
  if (ms > budgetMs(size)) throw new Error(`${label} took ${Math.round(ms)} ms on an input of ${size} (budget ${Math.round(budgetMs(size))} ms): it hangs on this input`);
  return value;
}

/** A Result either holds a value or a coded, worded failure: never half of one. */
export function expectResult(r: { ok: boolean; error?: { code?: unknown; message?: unknown } }, label: string): void {
  if (r.ok) return;
  const code = r.error?.code;
  const message = r.error?.message;
  if (typeof code !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(code) || typeof message !== 'string' || message.trim() === '') {
    throw new Error(`${label}: a failure without a stable code and a message: ${JSON.stringify(r.error)}`);
  }
}
