/** A deadline as a date people read, with the phrase it came from beneath. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Deadline } from '../core/model';
import { fill, formatDate } from './format';
import { useStrings } from './strings';

const useStyles = makeStyles({
  phrase: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export function DeadlineText({ deadline }: { deadline: Deadline }) {
  const { s, locale } = useStrings();
  const styles = useStyles();
  let main: string;
  if (deadline.due) {
    main = formatDate(deadline.due, locale);
    if (deadline.yearImplied) main += ` (${s.preview.yearImplied})`;
  } else if (deadline.kind === 'recurring') main = s.preview.kindRecurring;
  else if (deadline.kind === 'event') main = s.preview.kindEvent;
  else main = s.preview.kindNone;
  const dated = deadline.milestones.filter((m) => m.due);
  return (
    <>
      <span>{main}</span>
      {deadline.text ? <Caption1 className={styles.phrase}>{deadline.text}</Caption1> : null}
      {dated.length > 1 ? (
        <Caption1 className={styles.phrase}>
          {fill(s.preview.milestones, { list: dated.map((m) => formatDate(m.due as string, locale)).join(', ') })}
        </Caption1>
      ) : null}
    </>
  );
}
