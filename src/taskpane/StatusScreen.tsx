/** Status: counts, overdue and soon-due tasks, per lead unit, with a filter to one unit. */
import { Button, Caption1, Field, Select, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type ReactElement } from 'react';
import { fold } from '../core/text';
import { CellLink } from './CellLink';
import { FailureBar } from './FailureBar';
import { fill, formatDate, formatPercent } from './format';
import type { Operations, StatusReport, TaskStatusItem } from './operations';
import { useStrings } from './strings';
import { Shown } from './Outcome';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  counts: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(90px, 1fr))', gap: tokens.spacingHorizontalS },
  count: { display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalS, backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusMedium },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'left', padding: tokens.spacingHorizontalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  block: { display: 'block' },
});

/** Whether a task's lead list names the unit (accents and case aside). */
export function leadHas(lead: readonly string[], unit: string): boolean {
  const u = fold(unit);
  return lead.some((l) => {
    const f = fold(l);
    return f === u || f.includes(u);
  });
}

type Counts = StatusReport['byUnit'][string];

function CountTiles({ counts, dueSoon }: { counts: Counts; dueSoon: number }) {
  const { s, locale } = useStrings();
  const styles = useStyles();
  const na = s.status.notApplicable;
  const tiles: [string, string][] = [
    [s.status.tasks, String(counts.tasks)],
    [s.status.done, String(counts.done)],
    [s.status.overdue, String(counts.overdue)],
    [s.status.dueSoon, String(dueSoon)],
    [s.status.percentDone, formatPercent(counts.percentDone, locale, na)],
    [s.status.percentOnTime, formatPercent(counts.percentOnTime, locale, na)],
  ];
  return (
    <div className={styles.counts} data-testid="status-counts">
      {tiles.map(([label, value]) => (
        <div key={label} className={styles.count}>
          <Caption1>{label}</Caption1>
          <Text size={500} weight="semibold">{value}</Text>
        </div>
      ))}
    </div>
  );
}

function TaskList({ title, empty, items, onGo }: { title: string; empty: string; items: TaskStatusItem[]; onGo(cell: string): void }) {
  const { s, locale } = useStrings();
  const styles = useStyles();
  return (
    <section aria-label={title}>
      <Text as="h3" size={400} weight="semibold">{title}</Text>
      {items.length === 0 ? <Text as="p">{empty}</Text> : null}
      <ul className={styles.list}>
        {items.map((t) => (
          <li key={`${t.task}@${t.cell}`} data-task={t.task}>
            <CellLink cell={t.cell} onGo={onGo}>
              <strong>{t.task}</strong> {t.text}
              <Caption1 className={styles.block}>
                {`${t.lead.join('; ')} · ${t.due ? fill(s.status.due, { date: formatDate(t.due, locale) }) : s.status.noDue} · ${t.timeliness}`}
              </Caption1>
            </CellLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StatusScreen({ operations }: { operations: Operations }) {
  const { s } = useStrings();
  const styles = useStyles();
  const [status, read] = useOperation(() => operations.readStatus());
  const [jump, goTo] = useOperation((cell: string) => operations.goToCell(cell));

  useEffect(() => {
    void read();
  }, [read]);

  return (
    <section className={styles.root} aria-labelledby="status-heading">
      <Text as="h2" id="status-heading" size={500} weight="semibold">{s.status.heading}</Text>
      <div>
        <Button onClick={() => void read()} disabled={status.busy}>{s.status.refresh}</Button>
      </div>
      {status.busy ? <Spinner label={s.status.loading} /> : null}
      {status.failure ? <FailureBar title={s.status.failedTitle} error={status.failure} /> : null}
      {jump.failure ? <FailureBar title={s.status.failedTitle} error={jump.failure} /> : null}
      {jump.outcome ? <Shown outcome={jump.outcome}>{(_went, warnings) => warnings}</Shown> : null}
      {status.outcome ? (
        <Shown outcome={status.outcome}>{(report, warnings) => <StatusBody report={report} warnings={warnings} onGo={(c) => void goTo(c)} />}</Shown>
      ) : null}
    </section>
  );
}

function StatusBody({ report, warnings, onGo }: { report: StatusReport; warnings: ReactElement; onGo(cell: string): void }) {
  const { s, locale } = useStrings();
  const styles = useStyles();
  const [unit, setUnit] = useState('');
  const units = Object.keys(report.byUnit).filter((u) => u !== '').sort((a, b) => a.localeCompare(b, 'vi'));
  const pick = (items: TaskStatusItem[]) => (unit ? items.filter((t) => leadHas(t.lead, unit)) : items);
  const overdue = pick(report.overdue);
  const dueSoon = pick(report.dueSoon);
  const counts = report.byUnit[unit] ?? null;
  const na = s.status.notApplicable;

  return (
    <>
      <Text>{fill(s.status.asOf, { date: formatDate(report.asOf, locale) })}</Text>
      <Field label={s.status.unitFilter}>
        <Select value={unit} onChange={(_, d) => setUnit(d.value)}>
          <option value="">{s.status.allUnits}</option>
          {units.map((u) => (
            <option key={u} value={u}>{u}</option>
          ))}
        </Select>
      </Field>
      {counts ? <CountTiles counts={counts} dueSoon={dueSoon.length} /> : null}
      {/* The two percentages are easy to misread: their rule is said where they are shown. */}
      <div data-testid="percent-rules">
        <Caption1 className={styles.block}>{s.status.percentDoneRule}</Caption1>
        <Caption1 className={styles.block}>{s.status.percentOnTimeRule}</Caption1>
      </div>
      <TaskList title={fill(s.status.overdueHeading, { n: overdue.length })} empty={s.status.noneOverdue} items={overdue} onGo={onGo} />
      <TaskList title={fill(s.status.dueSoonHeading, { n: dueSoon.length })} empty={s.status.noneDueSoon} items={dueSoon} onGo={onGo} />
      {unit === '' && units.length ? (
        <section aria-label={s.status.byUnitHeading}>
          <Text as="h3" size={400} weight="semibold">{s.status.byUnitHeading}</Text>
          <table className={styles.table}>
            <thead>
              <tr>
                {[s.status.colUnit, s.status.tasks, s.status.done, s.status.overdue, s.status.percentDone, s.status.percentOnTime].map((h) => (
                  <th key={h} className={styles.cell} scope="col">{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {units.map((u) => {
                const c = report.byUnit[u] as Counts;
                return (
                  <tr key={u}>
                    <td className={styles.cell}>{u}</td>
                    <td className={styles.cell}>{c.tasks}</td>
                    <td className={styles.cell}>{c.done}</td>
                    <td className={styles.cell}>{c.overdue}</td>
                    <td className={styles.cell}>{formatPercent(c.percentDone, locale, na)}</td>
                    <td className={styles.cell}>{formatPercent(c.percentOnTime, locale, na)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ) : null}
      {warnings}
    </>
  );
}
