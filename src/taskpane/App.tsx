/**
 * The task pane. Everything it asks of Excel goes through `operations` (a prop, as in
 * Microsoft's React task-pane template), so it runs under test with a fake and in the end-to-end
 * test with a scripted stand-in. Strings come from src/i18n/ui.ts for the locale given.
 */
import { FluentProvider, Tab, TabList, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale, UiStrings } from '../i18n/ui';
import { announcedCodes, DegradedNotice } from './DegradedNotice';
import { FailureBar } from './FailureBar';
import { ImportScreen } from './ImportScreen';
import { Shown } from './Outcome';
import { DEFAULT_SETTINGS, type Capabilities, type Operations, type Settings } from './operations';
import { parseInPage } from './parse/in-page';
import type { PlanParser } from './parse/types';
import { PreviewScreen } from './PreviewScreen';
import { PrintScreen } from './PrintScreen';
import { RegisterDocumentNote } from './RegisterDocumentNote';
import { SettingsScreen } from './SettingsScreen';
import { StatusScreen } from './StatusScreen';
import { StringsContext } from './strings';
import { TargetsScreen } from './TargetsScreen';
import { useImportFlow } from './useImportFlow';
import { WriteReportView } from './WriteReportView';
import type { PlanError } from '../core/result';

type TabId = 'import' | 'targets' | 'status' | 'print' | 'settings';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '100vh', boxSizing: 'border-box' },
  tabs: { flexWrap: 'wrap' },
});

export interface AppProps {
  operations: Operations;
  strings: UiStrings;
  locale: Locale;
  /** How inputs are read; the page-thread parser by default, the worker in the built pane. */
  parser?: PlanParser;
}

function message(e: unknown): PlanError {
  return { code: 'unexpected', message: e instanceof Error ? e.message : String(e) };
}

export function App({ operations, strings, locale, parser = parseInPage }: AppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('import');
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsFailure, setSettingsFailure] = useState<PlanError | null>(null);
  const [capabilities, setCapabilities] = useState<Capabilities | null>(null);
  const flow = useImportFlow(parser, operations, settings);
  const strCtx = useMemo(() => ({ s: strings, locale }), [strings, locale]);

  useEffect(() => {
    let live = true;
    operations.loadSettings().then(
      (v) => live && setSettings(v),
      (e: unknown) => {
        if (!live) return;
        setSettings(DEFAULT_SETTINGS);
        setSettingsFailure(message(e));
      },
    );
    operations.capabilities().then(
      (c) => live && setCapabilities(c),
      // Unknown capabilities: say nothing up front; each write reports what it skipped.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [operations]);

  const saveSettings = useCallback(
    async (next: Settings) => {
      const r = await operations.saveSettings(next);
      if (r.ok) setSettings(next);
      return r;
    },
    [operations],
  );

  const f = flow.flow;
  return (
    <FluentProvider theme={webLightTheme} lang={locale === 'vi' ? 'vi-VN' : 'en-US'}>
      <StringsContext.Provider value={strCtx}>
        <main className={styles.root}>
          <Text as="h1" size={600} weight="semibold">{strings.app.title}</Text>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label={strings.app.tabs} size="small">
            <Tab value="import">{strings.app.tabImport}</Tab>
            <Tab value="targets">{strings.app.tabTargets}</Tab>
            <Tab value="status">{strings.app.tabStatus}</Tab>
            <Tab value="print">{strings.app.tabPrint}</Tab>
            <Tab value="settings">{strings.app.tabSettings}</Tab>
          </TabList>
          {settingsFailure ? <FailureBar title={strings.settings.loadFailedTitle} error={settingsFailure} /> : null}
          <DegradedNotice capabilities={capabilities} />
          {tab === 'import' ? (
            <>
              {f.step === 'input' ? (
                <ImportScreen reading={f.reading} failure={f.failure} yearText={flow.yearText} onYearText={flow.setYearText} onInput={(i) => void flow.importInput(i)} progress={flow.progress} onCancel={flow.cancel} />
              ) : f.step === 'preview' ? (
                <Shown outcome={f.read} sayNone>
                  {(plan, warnings) => (
                    <PreviewScreen
                      plan={plan}
                      warnings={warnings}
                      source={f.source}
                      reading={f.reading}
                      writing={f.writing}
                      writeFailure={f.writeFailure}
                      yearText={flow.yearText}
                      onYearText={flow.setYearText}
                      onReread={flow.rereadWithYear}
                      onWrite={() => void flow.write()}
                      onWriteWithoutBackup={() => void flow.write({ allowWithoutBackup: true })}
                      onDismissFailure={flow.dismissFailure}
                      onBack={flow.reset}
                      documentNote={<RegisterDocumentNote operations={operations} plan={plan} />}
                    />
                  )}
                </Shown>
              ) : (
                <WriteReportView written={f.written} announced={announcedCodes(capabilities)} onAgain={flow.reset} />
              )}
            </>
          ) : null}
          {tab === 'targets' ? <TargetsScreen operations={operations} /> : null}
          {tab === 'status' ? <StatusScreen operations={operations} /> : null}
          {tab === 'print' ? <PrintScreen operations={operations} capabilities={capabilities} /> : null}
          {tab === 'settings' ? <SettingsScreen settings={settings} onSave={saveSettings} /> : null}
        </main>
      </StringsContext.Provider>
    </FluentProvider>
  );
}
