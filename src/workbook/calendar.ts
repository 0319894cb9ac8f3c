/**
 * Dates as the person at the desk reads them, and the years a plan can be dated: one home for
 * the command line (--today, --year), the task pane (as-of field, year field) and the Office.js
 * edge. Pure: the clock is an argument with the present as its default.
 */

/** Today's calendar date in the local time zone, ISO: "as of" when nothing else says. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The years a plan can be dated, for a year a person types (--year, the pane's year field):
 * none of today's administrations issued a plan before 1945, and a year past 2200 is a typo.
 */
export const PLAN_YEARS = { min: 1945, max: 2200 } as const;

export function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= PLAN_YEARS.min && year <= PLAN_YEARS.max;
}
