/** Import: paste a table or pick a file; the year can be given when the document lacks one. */
import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type ClipboardEvent, type ChangeEvent } from 'react';
import { clipboardInput, flavoursOf } from './clipboard';
import { FailureBar } from './FailureBar';
import { fill } from './format';
import { useStrings } from './strings';
import { yearOf, type ImportInput, type ReadFailure } from './useImportFlow';
import type { ReadProgress } from './parse/types';

export const ACCEPTED_FILES = '.docx,.md,.html,.htm,.txt,.tsv,.csv,.pdf,.png,.jpg,.jpeg,.tif,.tiff';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  paste: { minHeight: '96px' },
  hidden: { display: 'none' },
});

export interface ImportScreenProps {
  reading: string | null;
  failure: ReadFailure | null;
  yearText: string;
  onYearText(text: string): void;
  onInput(input: ImportInput): void;
  /** Page n of N while a PDF or a scan is read (null for the text formats, or before page 1). */
  progress?: ReadProgress | null;
  /** Stops the reading in progress (shown with the progress bar). */
  onCancel?(): void;
}

export function ImportScreen({ reading, failure, yearText, onYearText, onInput, progress = null, onCancel }: ImportScreenProps) {
  const { s } = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [pasteEmpty, setPasteEmpty] = useState(false);

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    // The paste is read from the event and never lands in the text box (nor anywhere in the page).
    e.preventDefault();
    const input = clipboardInput(flavoursOf(e.clipboardData), s.import.pasted);
    setPasteEmpty(input === null);
    if (input) onInput(input);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    onInput({ name: file.name, bytes, source: file.name });
  };

  const yearInvalid = yearText.trim() !== '' && yearOf(yearText) === undefined;

  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Text as="h2" id="import-heading" size={500} weight="semibold">
        {s.import.heading}
      </Text>
      <Text>{s.import.intro}</Text>
      <Field label={s.import.pasteLabel}>
        <Textarea className={styles.paste} value="" onChange={() => undefined} onPaste={onPaste} placeholder={s.import.pastePlaceholder} disabled={reading !== null} resize="vertical" />
      </Field>
      {pasteEmpty ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{s.import.pasteEmpty}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={s.import.fileLabel} hint={s.import.fileHint}>
        <div>
          <Button onClick={() => fileInput.current?.click()} disabled={reading !== null}>
            {s.import.fileButton}
          </Button>
          <input ref={fileInput} className={styles.hidden} type="file" accept={ACCEPTED_FILES} onChange={(e) => void onFile(e)} data-testid="file-input" />
        </div>
      </Field>
      <Field label={s.import.yearLabel} hint={s.import.yearHint} {...(yearInvalid ? { validationMessage: s.import.yearInvalid } : {})}>
        <Input value={yearText} onChange={(_, d) => onYearText(d.value)} inputMode="numeric" maxLength={4} />
      </Field>
      {reading !== null && progress ? (
        <Field label={fill(s.import.reading, { source: reading })} validationState="none" validationMessage={fill(progress.ocr ? s.import.pageProgressOcr : s.import.pageProgress, { page: progress.page, pages: progress.pages })}>
          <ProgressBar value={progress.page - 1} max={Math.max(progress.pages, 1)} thickness="large" />
        </Field>
      ) : reading !== null ? (
        <Spinner label={fill(s.import.reading, { source: reading })} />
      ) : null}
      {reading !== null && onCancel ? (
        <div>
          <Button onClick={onCancel}>{s.import.cancelReading}</Button>
        </div>
      ) : null}
      {failure ? <FailureBar title={fill(s.import.failedTitle, { source: failure.source })} error={failure.error} /> : null}
    </section>
  );
}
