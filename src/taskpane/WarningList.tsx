/** The reading's warnings in plain words, grouped: merged, removed, guessed, to check; each says where. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Warning } from '../core/model';
import type { UiStrings } from '../i18n/ui';
import { fill } from './format';
import { useStrings } from './strings';
import { warningText } from './warning-text';
import { groupWarnings, type WarningKind } from './warnings';

const useStyles = makeStyles({
  group: { marginBlock: tokens.spacingVerticalS },
  list: { marginBlock: tokens.spacingVerticalXS, paddingInlineStart: tokens.spacingHorizontalXL },
  where: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3, display: 'block' },
});

function labels(s: UiStrings, kind: WarningKind): { title: string; hint: string } {
  const w = s.warnings;
  switch (kind) {
    case 'merged': return { title: w.merged, hint: w.mergedHint };
    case 'removed': return { title: w.removed, hint: w.removedHint };
    case 'guessed': return { title: w.guessed, hint: w.guessedHint };
    case 'check': return { title: w.check, hint: w.checkHint };
    case 'skipped': return { title: w.skipped, hint: w.skippedHint };
    default: return { title: w.other, hint: w.otherHint };
  }
}

/** "task 1.3, page 4, row 2": where a warning happened, from the fields it carries. */
export function whereOf(w: Warning, s: UiStrings): string {
  const parts: string[] = [];
  if (w.task) parts.push(fill(s.warnings.whereTask, { task: w.task }));
  if (w.page !== undefined) parts.push(fill(s.warnings.wherePage, { page: w.page }));
  if (w.row !== undefined) parts.push(fill(s.warnings.whereRow, { row: w.row }));
  return parts.join(', ');
}

export function WarningList({ warnings }: { warnings: readonly Warning[] }) {
  const { s, locale } = useStrings();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" id={headingId} size={400} weight="semibold">
        {fill(s.warnings.heading, { n: warnings.length })}
      </Text>
      {warnings.length === 0 ? <Text as="p">{s.warnings.none}</Text> : null}
      {groupWarnings(warnings).map(({ kind, warnings: list }) => {
        const { title, hint } = labels(s, kind);
        return (
          <div key={kind} className={styles.group} data-kind={kind}>
            <Text weight="semibold">{`${title} (${list.length})`}</Text>
            {hint ? <Text size={200} className={styles.hint}>{hint}</Text> : null}
            <ul className={styles.list}>
              {list.map((w, i) => {
                const where = whereOf(w, s);
                return (
                  <li key={i} data-code={w.code}>
                    {where ? <span className={styles.where}>{`${where}: `}</span> : null}
                    {warningText(w, locale, s)}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
