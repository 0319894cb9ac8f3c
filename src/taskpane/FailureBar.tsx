/** A failure (a Result's error) in plain words: the known codes have their own sentence. */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { PlanError } from '../core/result';
import type { Locale } from '../i18n/locale';
import { isMessageKey, msg, renderError, type MessageKey } from '../i18n/messages';
import { fill } from './format';
import { useStrings } from './strings';
import { useFocusOnShow } from './useFocusOnShow';

/** The catalog's "pane.<code>" sentences: the pane's plainer wording of a failure, without parameters. */
type PaneSentence = Exclude<Extract<MessageKey, `pane.${string}`>, 'pane.details'>;

function paneSentence(code: string, locale: Locale): string | null {
  const key = `pane.${code}`;
  return key !== 'pane.details' && isMessageKey(key) ? msg(key as PaneSentence, {}, locale) : null;
}

export function FailureBar({ title, error }: { title: string; error: PlanError }) {
  const { s, locale } = useStrings();
  // Focus follows the failure (role alert also has it read out at once).
  const ref = useFocusOnShow<HTMLDivElement>(error);
  const known = paneSentence(error.code, locale);
  // The core's own sentence, in the pane's language when the catalog knows the code.
  const said = renderError(error, locale);
  return (
    <div ref={ref} tabIndex={-1}>
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          {/* A code the catalog knows is said as it is; "unexpected" only for what nobody foresaw. */}
          {known ?? (isMessageKey(error.code) ? said : fill(s.app.unexpected, { message: said }))}
          {known && said ? <div>{msg('pane.details', { message: said }, locale)}</div> : null}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
