/** What a write did: where, how, how many, the safety copy, and what this Office could not do. */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { fill } from './format';
import type { WriteReport } from './operations';
import { Shown, type Outcome } from './Outcome';
import { SkippedList } from './SkippedList';
import { useStrings } from './strings';
import { useFocusOnShow } from './useFocusOnShow';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export function WriteReportView({ written, announced, onAgain }: { written: Outcome<WriteReport>; announced: ReadonlySet<string>; onAgain(): void }) {
  return <Shown outcome={written}>{(report, warnings) => <Report report={report} warnings={warnings} announced={announced} onAgain={onAgain} />}</Shown>;
}

function Report({ report, warnings, announced, onAgain }: { report: WriteReport; warnings: ReactElement; announced: ReadonlySet<string>; onAgain(): void }) {
  const { s } = useStrings();
  const styles = useStyles();
  const focus = useFocusOnShow<HTMLElement>();
  // What the notice above already said is not said again.
  const degraded = report.degraded.filter((w) => !announced.has(w.code));
  const mode = report.mode === 'update' ? s.write.modeUpdate : report.mode === 'template' ? s.write.modeTemplate : s.write.modeNewSheet;
  return (
    <section className={styles.root} aria-labelledby="write-heading" ref={focus} tabIndex={-1}>
      <MessageBar intent="success" layout="multiline" role="status" aria-live="polite">
        <MessageBarBody>
          <MessageBarTitle id="write-heading">{fill(s.write.doneTitle, { sheet: report.sheet })}</MessageBarTitle>
          {mode}
        </MessageBarBody>
      </MessageBar>
      <Text>{fill(s.write.counts, { added: report.added, updated: report.updated, kept: report.kept, marked: report.marked })}</Text>
      {report.backupSheet ? <Text>{fill(s.write.backup, { sheet: report.backupSheet })}</Text> : null}
      <SkippedList degraded={degraded} />
      {warnings}
      <div>
        <Button onClick={onAgain}>{s.write.again}</Button>
      </div>
    </section>
  );
}
