import type { DeadlineKind } from '../../../src/core/model';
import type { DeadlineContext } from '../../../src/core/deadline';
import { parseDeadline } from '../../../src/core/deadline';

/** One row of a deadline table: the phrase, the plan context, what a user would check. */
export interface DeadlineCase {
  input: string;
  /** Merged over { year: 2024 }. */
  ctx?: Partial<DeadlineContext>;
  due: string | null;
  kind: DeadlineKind;
  /** The milestones' due dates in order; omitted = not checked. */
  milestones?: (string | null)[];
  yearImplied?: boolean;
  recurrence?: string;
  /** Warning codes, in order; omitted = none expected. */
  warnings?: string[];
}

export const DEFAULT_CTX: DeadlineContext = { year: 2024 };

/** Runs one table through parseDeadline with one `it` per row. */
export function runCases(cases: DeadlineCase[]): void {
  it.each(cases.map((c) => [JSON.stringify(c.input), c] as const))('%s', (_name, c) => {
    const { deadline, warnings } = parseDeadline(c.input, { ...DEFAULT_CTX, ...c.ctx });
    expect({ due: deadline.due, kind: deadline.kind }).toEqual({ due: c.due, kind: c.kind });
    if (c.milestones) expect(deadline.milestones.map((m) => m.due)).toEqual(c.milestones);
    if (c.yearImplied !== undefined) expect(deadline.yearImplied).toBe(c.yearImplied);
    if (c.recurrence !== undefined) expect(deadline.recurrence).toBe(c.recurrence);
    expect(warnings.map((w) => w.code)).toEqual(c.warnings ?? []);
  });
}
