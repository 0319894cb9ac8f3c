/** A row of a list that takes the user to its cell in the workbook. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { fill } from './format';
import { useStrings } from './strings';

const useStyles = makeStyles({
  button: { display: 'block', width: '100%', textAlign: 'left', height: 'auto', paddingBlock: tokens.spacingVerticalXS, fontWeight: tokens.fontWeightRegular },
});

export function CellLink({ cell, onGo, children }: { cell: string; onGo(cell: string): void; children: ReactNode }) {
  const { s } = useStrings();
  const styles = useStyles();
  return (
    <Button appearance="subtle" className={styles.button} title={fill(s.targets.goTo, { cell })} onClick={() => onGo(cell)} data-cell={cell}>
      {children}
    </Button>
  );
}
