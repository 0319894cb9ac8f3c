/**
 * The units directory in Settings as a table the user edits: one row per unit (name and other
 * spellings, kind), rows added and removed, the built-in list shown until changed, a JSON file
 * imported or exported. The core checks every change (parse-directory): a failure names the
 * unit's row ("Đơn vị thứ 4"), a file's syntax error its line and column, in the pane's language.
 */
import { Button, Input, MessageBar, MessageBarBody, MessageBarTitle, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ChangeEvent } from 'react';
import type { UnitKind } from '../core/units/types';
import type { Result } from '../core/result';
import type { UnitDirectory } from '../core/units/types';
import { renderError, renderWarning } from '../i18n/messages';
import { fill } from './format';
import { useStrings } from './strings';
import { exportText, newRow, readDirectoryText, type UnitRow } from './units-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  no: { width: '2em' },
  kind: { width: '7.5em' },
  td: { verticalAlign: 'top', padding: tokens.spacingHorizontalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  hidden: { display: 'none' },
});

export interface UnitsTableProps {
  rows: readonly UnitRow[];
  onRows(rows: UnitRow[]): void;
  /** The rows as the core checked them. */
  checked: Result<UnitDirectory>;
  /** True while the built-in directory is in use (nothing changed or "use the built-in" pressed). */
  builtIn: boolean;
  onRestore(): void;
  /** A directory read from a file replaces the rows. */
  onImported(directory: UnitDirectory): void;
}

const KINDS: readonly (UnitKind | '')[] = ['', 'agency', 'leader', 'group'];

/** Saves text as a file the browser downloads (Excel's webview included). */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file, 'utf-8');
  });
}

export function UnitsTable({ rows, onRows, checked, builtIn, onRestore, onImported }: UnitsTableProps) {
  const { s, locale } = useStrings();
  const st = s.settings;
  const styles = useStyles();
  const fileRef = useRef<HTMLInputElement>(null);
  const [imported, setImported] = useState<{ file: string; n: number } | null>(null);
  const [importFailure, setImportFailure] = useState<{ file: string; said: string } | null>(null);
  const kindLabel: Record<UnitKind | '', string> = { '': st.unitsKindNone, agency: st.unitsKindAgency, leader: st.unitsKindLeader, group: st.unitsKindGroup };

  const change = (i: number, patch: Partial<UnitRow>) => onRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const pick = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setImported(null);
    setImportFailure(null);
    let text: string;
    try {
      text = await readText(file);
    } catch (err) {
      setImportFailure({ file: file.name, said: fill(s.app.unexpected, { message: err instanceof Error ? err.message : String(err) }) });
      return;
    }
    const read = readDirectoryText(text);
    if (read.ok) {
      onImported(read.directory);
      setImported({ file: file.name, n: read.directory.units.length });
    } else if (read.result && !read.result.ok) {
      setImportFailure({ file: file.name, said: renderError(read.result.error, locale) });
    } else {
      setImportFailure({ file: file.name, said: read.place ? fill(st.unitsFileNotJson, read.place) : st.unitsFileNotJsonNoPlace });
    }
  };

  return (
    <section className={styles.root} aria-labelledby="units-heading">
      <Text as="h3" id="units-heading" size={400} weight="semibold">{st.unitsHeading}</Text>
      <Text>{st.unitsIntro}</Text>
      {builtIn ? <Text italic>{st.unitsBuiltIn}</Text> : null}
      <div className={styles.buttons}>
        <Button size="small" onClick={() => fileRef.current?.click()}>{st.unitsImport}</Button>
        <Button size="small" onClick={() => checked.ok && download(exportText(checked.value), st.unitsFileName)} disabled={!checked.ok}>{st.unitsExport}</Button>
        <Button size="small" onClick={onRestore} disabled={builtIn}>{st.unitsRestore}</Button>
        <input ref={fileRef} className={styles.hidden} type="file" accept=".json,application/json" data-testid="units-file" onChange={(e) => void pick(e)} />
      </div>
      {imported ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{fill(st.unitsImported, imported)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {importFailure ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{fill(st.unitsImportFailed, { file: importFailure.file })}</MessageBarTitle>
            {importFailure.said}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {!checked.ok ? (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{st.unitsProblemTitle}</MessageBarTitle>
            {renderError(checked.error, locale)}
          </MessageBarBody>
        </MessageBar>
      ) : checked.warnings.length ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{st.unitsCheckTitle}</MessageBarTitle>
            <ul>
              {checked.warnings.map((w, i) => <li key={i}>{renderWarning(w, locale)}</li>)}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <table className={styles.table} aria-labelledby="units-heading">
        <thead>
          <tr>
            <th className={`${styles.th} ${styles.no}`} scope="col">{st.unitsColNo}</th>
            <th className={styles.th} scope="col">{st.unitsColName}</th>
            <th className={`${styles.th} ${styles.kind}`} scope="col">{st.unitsColKind}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const n = i + 1;
            return (
              <tr key={r.key} data-unit-row={n}>
                <td className={styles.td}>{n}</td>
                <td className={styles.td}>
                  <div className={styles.stack}>
                    <Input className={styles.input} size="small" value={r.name} aria-label={fill(st.unitsName, { n })} onChange={(_, d) => change(i, { name: d.value })} />
                    <Input className={styles.input} size="small" value={r.aliases} aria-label={fill(st.unitsAliases, { n })} placeholder={st.unitsAliasesPlaceholder} onChange={(_, d) => change(i, { aliases: d.value })} />
                  </div>
                </td>
                <td className={styles.td}>
                  <div className={styles.stack}>
                    <Select size="small" value={r.kind} aria-label={fill(st.unitsKind, { n })} onChange={(_, d) => change(i, { kind: d.value as UnitKind | '' })}>
                      {KINDS.map((k) => <option key={k} value={k}>{kindLabel[k]}</option>)}
                    </Select>
                    <Button size="small" appearance="subtle" aria-label={fill(st.unitsRemove, { n })} onClick={() => onRows(rows.filter((_, j) => j !== i))}>✕</Button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => onRows([...rows, newRow()])}>{st.unitsAdd}</Button>
      </div>
    </section>
  );
}
