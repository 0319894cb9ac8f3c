/**
 * A warning in the user's language, from its code and detail (src/i18n/messages.ts). The Plan
 * carries Vietnamese messages; renderWarning says them again in English when the pane is English,
 * and keeps the Plan's own message for a code it does not know.
 */
import type { Warning } from '../core/model';
import { renderWarning } from '../i18n/messages';
import type { Locale } from '../i18n/ui';

export function warningText(w: Warning, locale: Locale): string {
  return renderWarning(w, locale);
}
