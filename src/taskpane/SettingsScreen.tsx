/** Settings: noise patterns, the "trước ngày" reading, the units directory (JSON the user edits). */
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Result } from '../core/result';
import { FailureBar } from './FailureBar';
import { fill } from './format';
import type { Settings } from './operations';
import { useStrings } from './strings';
import { Shown } from './Outcome';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/** The JSON problem in the units directory text, or null when it is empty or valid. */
export function unitsProblem(text: string): string | null {
  if (!text.trim()) return null;
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

export interface SettingsScreenProps {
  settings: Settings | null;
  onSave(settings: Settings): Promise<Result<true>>;
}

export function SettingsScreen({ settings, onSave }: SettingsScreenProps) {
  const { s } = useStrings();
  if (!settings) return <Spinner label={s.settings.loading} />;
  return <SettingsForm initial={settings} onSave={onSave} />;
}

function SettingsForm({ initial, onSave }: { initial: Settings; onSave: SettingsScreenProps['onSave'] }) {
  const { s } = useStrings();
  const styles = useStyles();
  const [noise, setNoise] = useState(initial.noise.join('\n'));
  const [beforeDay, setBeforeDay] = useState<Settings['beforeDay']>(initial.beforeDay);
  const [units, setUnits] = useState(initial.unitsDirectory);
  const [state, save] = useOperation(onSave);
  const problem = unitsProblem(units);

  const submit = async () => {
    const next: Settings = {
      noise: noise.split('\n').map((l) => l.trim()).filter((l) => l !== ''),
      beforeDay,
      unitsDirectory: units,
    };
    await save(next);
  };

  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Text as="h2" id="settings-heading" size={500} weight="semibold">{s.settings.heading}</Text>
      <Field label={s.settings.noiseLabel} hint={s.settings.noiseHint}>
        <Textarea value={noise} onChange={(_, d) => setNoise(d.value)} resize="vertical" />
      </Field>
      <Field label={s.settings.beforeDayLabel}>
        <RadioGroup value={beforeDay} onChange={(_, d) => setBeforeDay(d.value === 'exclusive' ? 'exclusive' : 'inclusive')}>
          <Radio value="inclusive" label={s.settings.beforeInclusive} />
          <Radio value="exclusive" label={s.settings.beforeExclusive} />
        </RadioGroup>
      </Field>
      <Field label={s.settings.unitsLabel} hint={s.settings.unitsHint} {...(problem ? { validationMessage: fill(s.settings.unitsInvalid, { message: problem }) } : {})}>
        <Textarea className={styles.mono} value={units} onChange={(_, d) => setUnits(d.value)} resize="vertical" rows={8} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void submit()} disabled={state.busy || problem !== null}>
          {state.busy ? s.settings.saving : s.settings.save}
        </Button>
      </div>
      {state.outcome && !state.busy && !state.failure ? (
        <Shown outcome={state.outcome}>
          {(_saved, warnings) => (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>{s.settings.saved}</MessageBarBody>
              </MessageBar>
              {warnings}
            </>
          )}
        </Shown>
      ) : null}
      {state.failure ? <FailureBar title={s.settings.failedTitle} error={state.failure} /> : null}
    </section>
  );
}
