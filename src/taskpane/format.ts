/** Small formatting helpers for the task pane: placeholders, dates, numbers, comparators. */
import type { Locale } from '../i18n/ui';

/** Fills `{name}` placeholders of a ui.ts string; an unknown placeholder stays visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : String(v);
  });
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * An ISO date as people in each locale write it: 31/10/2024 in Vietnamese (the way plans print
 * dates), 31 Oct 2024 in English (no day/month ambiguity). Not an ISO date: returned as is.
 */
export function formatDate(iso: string, locale: Locale): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m as unknown as [string, string, string, string];
  if (locale === 'en') return `${Number(d)} ${EN_MONTHS[Number(mo) - 1] ?? mo} ${y}`;
  return `${d}/${mo}/${y}`;
}

/** An ISO date as dd/mm/yyyy: how a date is typed in the pane, whatever the browser's locale. */
export function dmyOf(iso: string): string {
  const m = ISO.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/**
 * A date typed day first ("30/6/2025", "30.06.2025", "30-06-2025") -> ISO, or null when it is not
 * a calendar date. Day first always: the browser's own date field would follow its locale.
 */
export function parseDmy(text: string): string | null {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Decimal comma in Vietnamese, point in English; at most two decimals. */
export function formatNumber(n: number, locale: Locale): string {
  const rounded = Math.round(n * 100) / 100;
  const text = String(rounded);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/** A percentage already on 0..100 (src/core/status's summary), one decimal; null: not applicable. */
export function formatPercent(value: number | null, locale: Locale, notApplicable: string): string {
  if (value === null || !Number.isFinite(value)) return notApplicable;
  return `${formatNumber(Math.round(value * 10) / 10, locale)}%`;
}

const SYMBOLS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

/** The comparator as a maths sign, the same in every language. */
export function comparatorSign(comparator: string): string {
  return SYMBOLS[comparator] ?? comparator;
}

