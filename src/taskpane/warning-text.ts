/**
 * A warning in the user's language, from its code and detail (src/i18n/messages.ts). The Plan
 * carries Vietnamese messages; renderWarning says them again in English when the pane is English,
 * and keeps the Plan's own message for a code it does not know. The year warnings tell command
 * line users to pass --year; in the pane the year field above does that, so they say so instead.
 */
import type { Warning } from '../core/model';
import { renderWarning } from '../i18n/messages';
import type { Locale, UiStrings } from '../i18n/ui';
import { fill } from './format';

export function warningText(w: Warning, locale: Locale, s: UiStrings): string {
  const year = w.detail?.year;
  if (w.code === 'year-inferred' && year !== undefined) return fill(s.warnings.yearInferred, { year: String(year) });
  if (w.code === 'year-unknown') return s.warnings.yearUnknown;
  return renderWarning(w, locale);
}
