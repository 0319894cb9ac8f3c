/** A deadline as a date people read, with the phrase it came from beneath. */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Deadline } from '../core/model';
import { fill, formatDate } from './format';
import { useStrings } from './strings';

const useStyles = makeStyles({
  phrase: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** Letters only, lower case: "Khi có phát sinh." and "khi có phát sinh" say the same. */
const key = (t: string) => t.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Without a date the line says why in plain words (no fixed deadline; recurring; bound to an
 * event), and the document's own phrase beneath, unless the line already says it.
 */
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
      {deadline.text && !key(main).includes(key(deadline.text)) ? <Caption1 className={styles.phrase}>{deadline.text}</Caption1> : null}
      {dated.length > 1 ? (
        <Caption1 className={styles.phrase}>
          {fill(s.preview.milestones, { list: dated.map((m) => formatDate(m.due as string, locale)).join(', ') })}
        </Caption1>
      ) : null}
    </>
  );
}
