/** Settings: noise patterns, the "trước ngày" reading, the units directory (a table the user edits). */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { DEFAULT_UNIT_DIRECTORY } from '../core/units/default-directory';
import type { Result } from '../core/result';
import { renderError } from '../i18n/messages';
import { FailureBar } from './FailureBar';
import { fill } from './format';
import type { Settings } from './operations';
import { useStrings } from './strings';
import { Shown } from './Outcome';
import { checkRows, rowsOf, storedDirectory, type UnitRow } from './units-rows';
import { UnitsTable } from './UnitsTable';
import { useOperation } from './useOperation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

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
  const { s, locale } = useStrings();
  const styles = useStyles();
  const [noise, setNoise] = useState(initial.noise.join('\n'));
  const [beforeDay, setBeforeDay] = useState<Settings['beforeDay']>(initial.beforeDay);
  const stored = useMemo(() => storedDirectory(initial.unitsDirectory), [initial.unitsDirectory]);
  const [rows, setRows] = useState<UnitRow[]>(() => rowsOf(stored.directory));
  // The abbreviations a file or the stored JSON carried: not in the table, kept as they are.
  const [abbreviations, setAbbreviations] = useState(stored.directory.abbreviations);
  // Untouched, the stored text is kept; the built-in list saves as '' so it follows the add-in's updates.
  const [builtIn, setBuiltIn] = useState(stored.builtIn);
  const [edited, setEdited] = useState(false);
  const checked = useMemo(() => checkRows(rows, abbreviations), [rows, abbreviations]);
  const [state, save] = useOperation(onSave);
  const edit = (next: UnitRow[]) => {
    setRows(next);
    setBuiltIn(false);
    setEdited(true);
  };

  const submit = async () => {
    const next: Settings = {
      noise: noise.split('\n').map((l) => l.trim()).filter((l) => l !== ''),
      beforeDay,
      unitsDirectory: !edited ? initial.unitsDirectory : builtIn ? '' : checked.ok ? JSON.stringify(checked.value) : initial.unitsDirectory,
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
      {stored.problem ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.settings.unitsStoredInvalid}</MessageBarTitle>
            {stored.problem.ok ? null : stored.problem.result && !stored.problem.result.ok
              ? renderError(stored.problem.result.error, locale)
              : stored.problem.place ? fill(s.settings.unitsFileNotJson, stored.problem.place) : s.settings.unitsFileNotJsonNoPlace}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <UnitsTable
        rows={rows}
        onRows={edit}
        checked={checked}
        builtIn={builtIn}
        onRestore={() => {
          setRows(rowsOf(DEFAULT_UNIT_DIRECTORY));
          setAbbreviations(undefined);
          setBuiltIn(true);
          setEdited(true);
        }}
        onImported={(d) => {
          edit(rowsOf(d));
          setAbbreviations(d.abbreviations);
        }}
      />
      <div>
        <Button appearance="primary" onClick={() => void submit()} disabled={state.busy || (edited && !builtIn && !checked.ok)}>
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
