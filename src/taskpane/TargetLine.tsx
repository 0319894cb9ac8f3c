/** One target: its id, its sign and figure, and the words it came from. */
import { Caption1 } from '@fluentui/react-components';
import type { Target } from '../core/model';
import { comparatorSign, fill, formatNumber } from './format';
import { useStrings } from './strings';

export function TargetLine({ target, showText = true }: { target: Target; showText?: boolean }) {
  const { s, locale } = useStrings();
  const head = fill(s.preview.targetLine, {
    id: target.id,
    comparator: comparatorSign(target.comparator),
    value: formatNumber(target.value, locale),
    unit: target.unit,
  });
  return (
    <span data-target={target.id}>
      <strong>{head}</strong>
      {showText && target.text ? <Caption1>{` — ${target.text}`}</Caption1> : null}
    </span>
  );
}
