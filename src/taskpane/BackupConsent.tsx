/**
 * This Excel cannot copy a sheet (ExcelApi 1.7) before changing people's work, and add-in writes
 * cannot be undone: the writer refuses until the user agrees. Its own message says which sheet.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PlanError } from '../core/result';
import { renderError } from '../i18n/messages';
import { useStrings } from './strings';

export function BackupConsent({ error, onWrite, onCancel }: { error: PlanError; onWrite(): void; onCancel(): void }) {
  const { s, locale } = useStrings();
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{s.write.consentTitle}</MessageBarTitle>
        {renderError(error, locale)}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onWrite}>{s.write.consentWrite}</Button>
        <Button appearance="transparent" onClick={onCancel}>{s.write.consentCancel}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
