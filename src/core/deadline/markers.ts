import {
  EVENT_MARKERS, EVENT_PREFIXES, EVENT_PREFIX_EXCEPTIONS, L, MONTH_WORD, R,
  RECURRENCE_BY_MONTHS, RECURRENCE_LEADS, RECURRENCE_ORDER, RECURRENCE_PERIODS,
} from './constants';

const PERIOD_AFTER_LEAD = new RegExp(
  `${L}(?:${RECURRENCE_LEADS.join('|')})\\s+(${Object.keys(RECURRENCE_PERIODS).join('|')})${R}`,
  'gu',
);
/** "định kỳ 6 tháng", "6 tháng/lần", "6 tháng một lần". */
const MONTHS_BETWEEN = new RegExp(
  `${L}(?:dinh ky\\s*(\\d{1,2})\\s*${MONTH_WORD}|(\\d{1,2})\\s*${MONTH_WORD}\\s*(?:/|mot)\\s*lan)${R}`,
  'gu',
);
const PERIODIC = new RegExp(`${L}dinh ky${R}`, 'u');

/** The period a folded part recurs at ("hằng tháng" -> "month"), the finest when several; or null. */
export function findRecurrence(folded: string): string | null {
  const found: string[] = [];
  for (const m of folded.matchAll(PERIOD_AFTER_LEAD)) found.push(RECURRENCE_PERIODS[m[1] ?? ''] ?? 'periodic');
  for (const m of folded.matchAll(MONTHS_BETWEEN)) found.push(RECURRENCE_BY_MONTHS[Number(m[1] ?? m[2])] ?? 'periodic');
  if (found.length === 0 && PERIODIC.test(folded)) found.push('periodic');
  if (found.length === 0) return null;
  return found.sort((a, b) => RECURRENCE_ORDER.indexOf(a) - RECURRENCE_ORDER.indexOf(b))[0] ?? null;
}

const EVENT_ANYWHERE = new RegExp(`${L}(?:${EVENT_MARKERS.join('|')})${R}`, 'u');
const EVENT_AT_START = new RegExp(
  `^\\s*(?:${EVENT_PREFIXES.join('|')})${R}(?!\\s+(?:${EVENT_PREFIX_EXCEPTIONS.join('|')})${R})`,
  'u',
);

/** The part is bound to an event ("Thường xuyên", "Khi có phát sinh", "Theo hướng dẫn ..."). */
export function isEventBound(folded: string): boolean {
  return EVENT_AT_START.test(folded) || EVENT_ANYWHERE.test(folded);
}
