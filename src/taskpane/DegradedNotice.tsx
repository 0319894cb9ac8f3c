/** What this Office cannot do (requirement sets found missing at run time), said once, up front. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { fill } from './format';
import type { Capabilities } from './operations';
import { useStrings } from './strings';

export function DegradedNotice({ capabilities }: { capabilities: Capabilities | null }) {
  const { s } = useStrings();
  if (!capabilities) return null;
  const missing = [
    capabilities.conditionalFormats ? null : s.app.missingConditionalFormats,
    capabilities.sheetCopy ? null : s.app.missingSheetCopy,
    capabilities.dataValidation ? null : s.app.missingDataValidation,
    capabilities.pageLayout ? null : s.app.missingPageLayout,
  ].filter((x): x is string => x !== null);
  if (missing.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.app.degradedTitle}</MessageBarTitle>
        {fill(s.app.degradedBody, { list: missing.join('; ') })}
      </MessageBarBody>
    </MessageBar>
  );
}
