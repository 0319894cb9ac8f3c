/**
 * Print: apply Decree 30/2020 page settings to the tracking sheets. An Excel that cannot set up
 * printing gets no button and no green "done": the steps by hand are in the notice above.
 */
import { Button, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FailureBar } from './FailureBar';
import { fill } from './format';
import type { Capabilities, Operations } from './operations';
import { useStrings } from './strings';
import { Shown } from './Outcome';
import { SkippedList } from './SkippedList';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function PrintScreen({ operations, capabilities }: { operations: Operations; capabilities: Capabilities | null }) {
  const { s } = useStrings();
  const styles = useStyles();
  const [state, apply] = useOperation(() => operations.applyPrintSettings());
  return (
    <section className={styles.root} aria-labelledby="print-heading">
      <Text as="h2" id="print-heading" size={500} weight="semibold">{s.print.heading}</Text>
      <Text>{s.print.intro}</Text>
      {capabilities?.pageLayout === false ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.print.byHand}</MessageBarBody>
        </MessageBar>
      ) : (
        <div>
          <Button appearance="primary" onClick={() => void apply()} disabled={state.busy}>{s.print.apply}</Button>
        </div>
      )}
      {state.busy ? <Spinner label={s.print.applying} /> : null}
      {state.failure ? <FailureBar title={s.print.failedTitle} error={state.failure} /> : null}
      {state.outcome ? (
        <Shown outcome={state.outcome}>
          {(done, warnings) => (
            <>
              {!state.busy && done.sheets.length > 0 ? (
                <MessageBar intent="success" layout="multiline">
                  <MessageBarBody>{fill(s.print.done, { sheets: done.sheets.join(', ') })}</MessageBarBody>
                </MessageBar>
              ) : null}
              <SkippedList degraded={done.degraded} />
              {warnings}
            </>
          )}
        </Shown>
      ) : null}
    </section>
  );
}
