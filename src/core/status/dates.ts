/**
 * ISO dates as whole UTC days, so no local time zone or daylight saving moves a deadline.
 * A time part ("2024-10-31T17:00:00+07:00") is ignored: the day as written counts.
 */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a valid ISO date, else null ("2024-02-30" is not a date). */
export function isoToDay(iso: string | null | undefined): number | null {
  if (typeof iso !== 'string') return null;
  const m = ISO_DAY.exec(iso.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / MS_PER_DAY;
}

/** The ISO date of a day number, for messages and tests. */
export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
