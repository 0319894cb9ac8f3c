/**
 * Pairs the plan's rows with the rows a workbook already holds (update in place):
 *   1. same id and same text;  2. same text (the plan renumbered it);  3. same id (its text was
 *   edited);  4. the rest of the plan is new. Existing rows left over have left the plan.
 * Text comparison folds case, diacritics and spacing (core/text `key`).
 */

export interface PlanKeyed {
  id: string;
  textKey: string;
}

export interface ExistingKeyed {
  id: string | null;
  textKey: string;
}

export interface Matching<E> {
  /** For each plan row (by index), the existing row it continues, if any. */
  byPlan: (E | null)[];
  /** Existing rows no plan row continues, in sheet order. */
  leftOver: E[];
}

export function matchRows<E extends ExistingKeyed>(plan: PlanKeyed[], existing: E[]): Matching<E> {
  const byPlan: (E | null)[] = plan.map(() => null);
  const taken = new Set<E>();
  const pass = (same: (p: PlanKeyed, e: E) => boolean): void => {
    plan.forEach((p, i) => {
      if (byPlan[i]) return;
      const e = existing.find((x) => !taken.has(x) && same(p, x));
      if (e) {
        byPlan[i] = e;
        taken.add(e);
      }
    });
  };
  const sameText = (p: PlanKeyed, e: E): boolean => p.textKey !== '' && p.textKey === e.textKey;
  pass((p, e) => e.id === p.id && sameText(p, e));
  pass(sameText);
  pass((p, e) => e.id !== null && e.id === p.id);
  return { byPlan, leftOver: existing.filter((e) => !taken.has(e)) };
}

/**
 * Where rows that left the plan go: right after the plan row that preceded them in the sheet
 * (so a person finds them where they were), or first when nothing preceded them.
 * Returns, for each plan index (-1 = before everything), the left-over rows to place after it.
 */
export function placeLeftOvers<E>(sheetOrder: E[], matching: Matching<E>): Map<number, E[]> {
  const planIndexOf = new Map<E, number>();
  matching.byPlan.forEach((e, i) => {
    if (e) planIndexOf.set(e, i);
  });
  const leftOver = new Set(matching.leftOver);
  const out = new Map<number, E[]>();
  let anchor = -1;
  for (const e of sheetOrder) {
    const i = planIndexOf.get(e);
    if (i !== undefined) anchor = i;
    else if (leftOver.has(e)) {
      const list = out.get(anchor) ?? [];
      list.push(e);
      out.set(anchor, list);
    }
  }
  return out;
}
