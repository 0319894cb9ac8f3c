/** A failure (a Result's error) in plain words: the known codes have their own sentence. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PlanError } from '../core/result';
import { renderError } from '../i18n/messages';
import { fill } from './format';
import { useStrings } from './strings';

export function FailureBar({ title, error }: { title: string; error: PlanError }) {
  const { s, locale } = useStrings();
  const known = (s.errors as Record<string, string>)[error.code];
  // The core's own sentence, in the pane's language when the catalog knows the code.
  const said = renderError(error, locale);
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {known ?? fill(s.app.unexpected, { message: said })}
        {known && said ? <div>{fill(s.errors.details, { message: said })}</div> : null}
      </MessageBarBody>
    </MessageBar>
  );
}
