/** What this Excel could not do during a write or a print set-up, listed once under one title. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Warning } from '../core/model';
import { useStrings } from './strings';
import { warningText } from './warning-text';

export function SkippedList({ degraded }: { degraded: readonly Warning[] }): ReactElement | null {
  const { s, locale } = useStrings();
  if (degraded.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.write.degradedTitle}</MessageBarTitle>
        <ul>
          {degraded.map((w, i) => (
            <li key={i} data-code={w.code}>{warningText(w, locale, s)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
