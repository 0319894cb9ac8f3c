/**
 * Preview: the plan as understood (sections, tasks, deadlines as dates, targets) and the
 * warnings, before anything is written. Write is the only way to the workbook.
 */
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactElement } from 'react';
import type { Plan, Task } from '../core/model';
import type { PlanError } from '../core/result';
import { BackupConsent } from './BackupConsent';
import { DeadlineText } from './DeadlineText';
import { FailureBar } from './FailureBar';
import { fill } from './format';
import { BACKUP_CONSENT_CODE } from './operations';
import { useStrings } from './strings';
import { useFocusOnShow } from './useFocusOnShow';
import { TargetLine } from './TargetLine';
import { yearOf } from './useImportFlow';

/** Rows drawn in the preview; the rest are counted (all are written). Keeps old webviews quick. */
export const PREVIEW_ROWS = 300;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Sticks to the top of the pane while the tasks scroll by: Write stays in reach at 350 px.
  actions: {
    display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center',
    position: 'sticky', top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground1, paddingBlock: tokens.spacingVerticalXS,
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  th: { textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, padding: tokens.spacingHorizontalXS },
  td: { verticalAlign: 'top', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: tokens.spacingHorizontalXS },
  section: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  yearRow: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
});

export interface PreviewScreenProps {
  plan: Plan;
  /** The reading's warnings, drawn by <Shown> (Outcome.tsx), placed after the summary. */
  warnings: ReactElement;
  source: string;
  reading: boolean;
  writing: boolean;
  writeFailure: PlanError | null;
  yearText: string;
  onYearText(text: string): void;
  onReread(): void;
  onWrite(): void;
  /** Write after the user agreed to go on without a safety copy. */
  onWriteWithoutBackup(): void;
  /** Leave the consent question unanswered: nothing is written. */
  onDismissFailure(): void;
  onBack(): void;
  /** Shown under the summary: what the register says of the plan's document (RegisterDocumentNote). */
  documentNote?: ReactElement | null;
}

function TaskRow({ task }: { task: Task }) {
  const { s } = useStrings();
  const styles = useStyles();
  return (
    <tr data-task={task.id}>
      <td className={styles.td}>{task.stt}</td>
      <td className={styles.td}>
        {task.task}
        {task.targets.map((t) => (
          <div key={t.id}>
            <TargetLine target={t} showText={false} />
          </div>
        ))}
      </td>
      <td className={styles.td}>{task.lead.length ? task.lead.join('; ') : s.preview.noLead}</td>
      <td className={styles.td}>
        <DeadlineText deadline={task.deadline} />
      </td>
    </tr>
  );
}

/**
 * The tasks under their sections. A plan of several sections starts with them collapsed (each
 * says how many tasks it holds), so the 350 px pane shows the whole plan's outline at once.
 */
function TaskTable({ plan }: { plan: Plan }) {
  const { s } = useStrings();
  const styles = useStyles();
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(plan.sections.length > 1 ? [] : plan.sections.map((x) => x.stt)));
  const toggle = (stt: string) => setOpen((o) => {
    const next = new Set(o);
    if (!next.delete(stt)) next.add(stt);
    return next;
  });
  const shown = plan.tasks.slice(0, PREVIEW_ROWS);
  const inSection = new Map<string, number>();
  for (const t of shown) inSection.set(t.section, (inSection.get(t.section) ?? 0) + 1);
  const rows: ReactElement[] = [];
  let section: string | null = null;
  let sectionOpen = true;
  for (const t of shown) {
    if (t.section !== section) {
      section = t.section;
      const sec = plan.sections.find((x) => x.stt === t.section);
      sectionOpen = !sec || open.has(sec.stt);
      if (sec) {
        rows.push(
          <tr key={`s-${sec.stt}-${rows.length}`} data-section={sec.stt}>
            <td className={styles.section} colSpan={4}>
              <Button appearance="transparent" size="small" aria-expanded={sectionOpen} onClick={() => toggle(sec.stt)}>
                {`${sec.stt}. ${sec.title} (${fill(s.preview.sectionTasks, { n: inSection.get(sec.stt) ?? 0 })})`}
              </Button>
            </td>
          </tr>,
        );
      }
    }
    if (sectionOpen) rows.push(<TaskRow key={`t-${t.id}`} task={t} />);
  }
  return (
    <table className={styles.table} aria-label={s.preview.tasksHeading}>
      <thead>
        <tr>
          <th className={styles.th} scope="col">{s.preview.colStt}</th>
          <th className={styles.th} scope="col">{s.preview.colTask}</th>
          <th className={styles.th} scope="col">{s.preview.colLead}</th>
          <th className={styles.th} scope="col">{s.preview.colDeadline}</th>
        </tr>
      </thead>
      <tbody>{rows}</tbody>
    </table>
  );
}

export function PreviewScreen(props: PreviewScreenProps) {
  const { plan, warnings, source, reading, writing, writeFailure, yearText, onYearText, onReread, onWrite, onWriteWithoutBackup, onDismissFailure, onBack } = props;
  const { s } = useStrings();
  const styles = useStyles();
  const taskTargets = plan.tasks.reduce((n, t) => n + t.targets.length, 0);
  const how = plan.yearSource === 'option' ? s.preview.yearFromOption : s.preview.yearFromDocument;
  const busy = reading || writing;
  // A new reading (another year) moves focus to the top of the preview again.
  const heading = useFocusOnShow<HTMLElement>(plan);
  return (
    <section className={styles.root} aria-labelledby="preview-heading" ref={heading} tabIndex={-1}>
      <Text as="h2" id="preview-heading" size={500} weight="semibold">
        {s.preview.heading}
      </Text>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{s.preview.notWritten}</MessageBarBody>
      </MessageBar>
      {plan.title ? <Text weight="semibold">{plan.title}</Text> : null}
      <Text data-testid="preview-summary" role="status" aria-live="polite">
        {fill(s.preview.summary, { tasks: plan.tasks.length, sections: plan.sections.length, targets: plan.targets.length + taskTargets })}
      </Text>
      <Text size={200}>{fill(s.preview.source, { source })}</Text>
      {props.documentNote ?? null}
      {plan.year !== null ? <Text>{fill(s.preview.year, { year: plan.year, how })}</Text> : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.preview.yearUnknown}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.yearRow}>
        <Field label={s.import.yearLabel}>
          <Input value={yearText} onChange={(_, d) => onYearText(d.value)} inputMode="numeric" maxLength={4} />
        </Field>
        <Button onClick={onReread} disabled={busy || yearOf(yearText) === undefined}>
          {s.preview.reread}
        </Button>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onWrite} disabled={busy}>
          {s.preview.write}
        </Button>
        <Button onClick={onBack} disabled={busy}>
          {s.preview.back}
        </Button>
        {writing ? <Spinner size="tiny" label={s.write.writing} /> : null}
        {reading ? <Spinner size="tiny" label={s.common.working} /> : null}
      </div>
      {writeFailure && writeFailure.code === BACKUP_CONSENT_CODE ? (
        <BackupConsent error={writeFailure} onWrite={onWriteWithoutBackup} onCancel={onDismissFailure} />
      ) : writeFailure ? (
        <FailureBar title={s.write.failedTitle} error={writeFailure} />
      ) : null}
      {warnings}
      <Text as="h3" size={400} weight="semibold">
        {s.preview.tasksHeading}
      </Text>
      <TaskTable plan={plan} />
      {plan.tasks.length > PREVIEW_ROWS ? <Text>{fill(s.preview.moreTasks, { n: plan.tasks.length - PREVIEW_ROWS })}</Text> : null}
      <Text as="h3" size={400} weight="semibold">
        {s.preview.targetsHeading}
      </Text>
      {plan.targets.length === 0 && taskTargets === 0 ? <Text>{s.preview.noTargets}</Text> : null}
      <ul>
        {plan.targets.map((t) => (
          <li key={t.id}>
            <TargetLine target={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
