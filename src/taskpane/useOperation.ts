/**
 * Runs one Operations call for a screen: busy while it runs, its value or its failure after.
 * An exception (a bug in the Office layer) becomes a failure the user reads, never a silent log.
 */
import { useCallback, useRef, useState } from 'react';
import type { PlanError, Result } from '../core/result';

export interface OperationState<T> {
  busy: boolean;
  value: T | null;
  failure: PlanError | null;
}

export function useOperation<T, A extends unknown[]>(run: (...args: A) => Promise<Result<T>>) {
  const [state, setState] = useState<OperationState<T>>({ busy: false, value: null, failure: null });
  // The latest `run`, so `call` stays the same function across renders (safe in effect deps).
  const latest = useRef(run);
  latest.current = run;
  const call = useCallback(
    async (...args: A): Promise<Result<T>> => {
      setState((s) => ({ ...s, busy: true, failure: null }));
      let result: Result<T>;
      try {
        result = await latest.current(...args);
      } catch (e) {
        result = { ok: false, error: { code: 'unexpected', message: e instanceof Error ? e.message : String(e) } };
      }
      if (result.ok) setState({ busy: false, value: result.value, failure: null });
      else setState((s) => ({ busy: false, value: s.value, failure: result.error }));
      return result;
    },
    [],
  );
  return [state, call] as const;
}
