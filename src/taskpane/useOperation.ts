/**
 * Runs one Operations call for a screen: busy while it runs, its outcome (value sealed with its
 * warnings, see Outcome.tsx) or its failure after. An exception (a bug in the Office layer)
 * becomes a failure the user reads, never a silent log.
 */
import { useCallback, useRef, useState } from 'react';
import type { PlanError, Result } from '../core/result';
import { sealed, type Outcome } from './Outcome';

export interface OperationState<T> {
  busy: boolean;
  /** The last success, shown through <Shown> so its warnings are on screen with it. */
  outcome: Outcome<T> | null;
  failure: PlanError | null;
}

export function useOperation<T, A extends unknown[]>(run: (...args: A) => Promise<Result<T>>) {
  const [state, setState] = useState<OperationState<T>>({ busy: false, outcome: null, failure: null });
  // The latest `run`, so `call` stays the same function across renders (safe in effect deps).
  const latest = useRef(run);
  latest.current = run;
  /** Whether the call succeeded; what it gave is in the state, to be shown. */
  const call = useCallback(
    async (...args: A): Promise<boolean> => {
      setState((s) => ({ ...s, busy: true, failure: null }));
      let result: Result<T>;
      try {
        result = await latest.current(...args);
      } catch (e) {
        result = { ok: false, error: { code: 'unexpected', message: e instanceof Error ? e.message : String(e) } };
      }
      if (result.ok) setState({ busy: false, outcome: sealed(result), failure: null });
      else setState((s) => ({ busy: false, outcome: s.outcome, failure: result.error }));
      return result.ok;
    },
    [],
  );
  return [state, call] as const;
}
