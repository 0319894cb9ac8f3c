/**
 * How a warning reaches the screen: one way. An operation's success (a Result's value and its
 * warnings) is sealed into an Outcome the moment it arrives (useOperation, useImportFlow); a
 * screen opens it only through <Shown>, which hands over the value together with the rendered
 * warnings. The value's key is private to this file, so a screen cannot take the value and drop
 * the warnings (the compiler refuses), and an unused `warnings` argument is a lint error.
 */
import type { ReactElement, ReactNode } from 'react';
import type { Warning } from '../core/model';
import type { Success } from '../core/result';
import { WarningList } from './WarningList';

const VALUE: unique symbol = Symbol('outcome value');

/** A success as a screen receives it: a value that comes only with its warnings. */
export interface Outcome<T> {
  readonly [VALUE]: T;
  readonly warnings: readonly Warning[];
}

export function sealed<T>(result: Success<T>): Outcome<T> {
  return { [VALUE]: result.value, warnings: result.warnings };
}

export interface ShownProps<T> {
  outcome: Outcome<T>;
  /** Say "nothing to point out" when there are no warnings (the preview); else nothing is drawn. */
  sayNone?: boolean;
  /** The screen: its value, and its warnings to place where the screen explains things. */
  children(value: T, warnings: ReactElement): ReactNode;
}

export function Shown<T>({ outcome, sayNone = false, children }: ShownProps<T>) {
  const list = outcome.warnings.length > 0 || sayNone ? <WarningList warnings={outcome.warnings} /> : <></>;
  return <>{children(outcome[VALUE], list)}</>;
}
