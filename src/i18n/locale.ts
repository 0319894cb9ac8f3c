/**
 * The interface language. Vietnamese first, English for colleagues who need it. Pure: no DOM,
 * no Node API, so the core, the command line and the task pane share it.
 */
export type Locale = 'vi' | 'en';

export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** What people see unless they ask otherwise, and what the Plan JSON's `message` is written in. */
export const DEFAULT_LOCALE: Locale = 'vi';

let current: Locale = DEFAULT_LOCALE;

export function currentLocale(): Locale {
  return current;
}

/** Set by the CLI (--lang, PLAN_TRACKER_LANG) and the task pane (Office's display language). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/**
 * A language tag as people and programs write it ("vi", "vi-VN", "EN_us", Office's
 * displayLanguage) to a Locale; null when it names neither language, so the caller decides.
 */
export function toLocale(tag: string | null | undefined): Locale | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'vi' || primary === 'en' ? primary : null;
}

/**
 * The one way a language is decided from a tag: the command line's PLAN_TRACKER_LANG and the
 * task pane's Office display language both come here; a tag naming neither language gets
 * Vietnamese. (--lang, which must name one, asks toLocale and refuses null.)
 */
export function localeFor(tag: string | null | undefined): Locale {
  return toLocale(tag) ?? DEFAULT_LOCALE;
}
