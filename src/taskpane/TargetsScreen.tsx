/** Targets: read the figures typed in the workbook, list those that miss their target; a click goes to the cell. */
import { Button, Caption1, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { CellLink } from './CellLink';
import { FailureBar } from './FailureBar';
import { todayIso } from '../workbook/calendar';
import { comparatorSign, dmyOf, fill, formatNumber, parseDmy } from './format';
import type { BreachItem, Operations } from './operations';
import { useStrings } from './strings';
import { Shown } from './Outcome';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end' },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  block: { display: 'block' },
});

function BreachText({ b }: { b: BreachItem }) {
  const { s, locale } = useStrings();
  const styles = useStyles();
  return (
    <span>
      <strong>{b.target}</strong>
      {b.text ? ` ${b.text}` : ''}
      <Caption1 as="span" className={styles.block}>
        {fill(s.targets.breachLine, {
          value: formatNumber(b.value, locale),
          unit: b.unit,
          comparator: comparatorSign(b.comparator),
          threshold: formatNumber(b.threshold, locale),
        })}
      </Caption1>
    </span>
  );
}

export function TargetsScreen({ operations }: { operations: Operations }) {
  const { s } = useStrings();
  const styles = useStyles();
  // Typed day first, as plans write dates; the browser's date field would follow its own locale.
  const [asOfText, setAsOfText] = useState(dmyOf(todayIso()));
  const asOf = parseDmy(asOfText);
  const [status, read] = useOperation((date: string) => operations.readStatus(date));
  const [jump, goTo] = useOperation((cell: string) => operations.goToCell(cell));
  return (
    <section className={styles.root} aria-labelledby="targets-heading">
      <Text as="h2" id="targets-heading" size={500} weight="semibold">
        {s.targets.heading}
      </Text>
      <Text>{s.targets.intro}</Text>
      <div className={styles.row}>
        <Field label={s.targets.asOf} hint={s.targets.asOfHint} {...(asOf === null ? { validationMessage: s.targets.asOfInvalid } : {})}>
          <Input value={asOfText} onChange={(_, d) => setAsOfText(d.value)} inputMode="numeric" placeholder={s.targets.asOfPlaceholder} />
        </Field>
        <Button appearance="primary" onClick={() => asOf && void read(asOf)} disabled={status.busy || asOf === null}>
          {s.targets.check}
        </Button>
      </div>
      {status.busy ? <Spinner label={s.targets.checking} /> : null}
      {status.failure ? <FailureBar title={s.targets.failedTitle} error={status.failure} /> : null}
      {jump.failure ? <FailureBar title={s.targets.failedTitle} error={jump.failure} /> : null}
      {jump.outcome ? <Shown outcome={jump.outcome}>{(_went, warnings) => warnings}</Shown> : null}
      {status.outcome ? (
        <Shown outcome={status.outcome}>
          {(report, warnings) => (
            <>
              {report.breaches.length === 0 ? <Text>{s.targets.none}</Text> : (
                <>
                  <Text as="h3" size={400} weight="semibold">
                    {fill(s.targets.breachesHeading, { n: report.breaches.length })}
                  </Text>
                  <ul className={styles.list} aria-label={fill(s.targets.breachesHeading, { n: report.breaches.length })}>
                    {report.breaches.map((b) => (
                      <li key={`${b.target}@${b.cell}`}>
                        <CellLink cell={b.cell} onGo={(c) => void goTo(c)}>
                          <BreachText b={b} />
                        </CellLink>
                      </li>
                    ))}
                  </ul>
                </>
              )}
              {report.invalid.length ? (
                <>
                  <Text as="h3" size={400} weight="semibold">
                    {fill(s.targets.invalidHeading, { n: report.invalid.length })}
                  </Text>
                  <ul className={styles.list}>
                    {report.invalid.map((x) => (
                      <li key={`${x.target}@${x.cell}`}>
                        <CellLink cell={x.cell} onGo={(c) => void goTo(c)}>
                          <strong>{x.target}</strong> {fill(s.targets.invalidLine, { text: x.text })}
                        </CellLink>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {warnings}
            </>
          )}
        </Shown>
      ) : null}
    </section>
  );
}
