/** The locale's strings, handed down once by App instead of through every component's props. */
import { createContext, useContext } from 'react';
import { UI, type Locale, type UiStrings } from '../i18n/ui';

export interface StringsValue {
  s: UiStrings;
  locale: Locale;
}

export const StringsContext = createContext<StringsValue>({ s: UI.vi, locale: 'vi' });

export function useStrings(): StringsValue {
  return useContext(StringsContext);
}
