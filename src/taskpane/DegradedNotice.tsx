/**
 * What this Office cannot do (requirement sets found missing at run time), said once, up front,
 * above every tab, in plain words (no API names: people know Excel by its year), with the print
 * setup steps to follow by hand when the add-in cannot set up printing.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { fill } from './format';
import type { WarningCode } from '../i18n/messages';
import type { Capabilities } from './operations';
import { useStrings } from './strings';

/**
 * The warnings a write or print would give that this notice has already said: they are not
 * said again on the write report (the sheet-specific backup warning is, as it names the sheet).
 */
export function announcedCodes(capabilities: Capabilities | null): ReadonlySet<WarningCode> {
  const said = new Set<WarningCode>();
  if (!capabilities) return said;
  if (!capabilities.conditionalFormats) said.add('excel-no-conditional-formats');
  if (!capabilities.dataValidation) said.add('excel-no-data-validation');
  if (!capabilities.pageLayout) said.add('excel-no-page-layout');
  return said;
}

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
  const steps = [s.app.printStepPaper, s.app.printStepMargins, s.app.printStepFit, s.app.printStepTitles, s.app.printStepNumbers];
  return (
    <MessageBar intent="info" layout="multiline" data-testid="degraded-notice">
      <MessageBarBody>
        <MessageBarTitle>{s.app.degradedTitle}</MessageBarTitle>
        <div>{fill(s.app.degradedBody, { list: missing.join('; ') })}</div>
        {capabilities.pageLayout ? null : (
          // Folded: the notice stays short above every tab; the steps are one click away.
          <details>
            <summary>{s.app.printByHandTitle}</summary>
            <ol aria-label={s.app.printByHandTitle}>
              {steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
          </details>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
