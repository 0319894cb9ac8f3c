/** Reading Excel number format codes: is this a date? */

/**
 * A format shows a date when, outside quoted text, escapes and [..] sections, it has a day or
 * year code, or a month code without hours/seconds (where "m" would mean minutes).
 */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .split(';')[0] as string;
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare) && !/general/i.test(bare);
}
