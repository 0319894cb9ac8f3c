/**
 * One register, many documents: before anything is written, whether the plan's document is new
 * to the workbook's register or a revision of one there (Operations.previewDocument reads the
 * workbook and writes nothing). Says nothing when the workbook cannot tell.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Plan } from '../core/model';
import { fill } from './format';
import type { DocumentPreview, Operations } from './operations';
import { useStrings } from './strings';

export function RegisterDocumentNote({ operations, plan }: { operations: Operations; plan: Plan }) {
  const { s } = useStrings();
  const [preview, setPreview] = useState<DocumentPreview | null>(null);
  useEffect(() => {
    let live = true;
    setPreview(null);
    void operations.previewDocument?.(plan).then((r) => {
      if (live && r.ok) setPreview(r.value);
    });
    return () => {
      live = false;
    };
  }, [operations, plan]);
  // A workbook without a register (a first import) needs no word about documents.
  if (!preview || (preview.status === 'new' && preview.documents.length < 2)) return null;
  const text = fill(preview.status === 'new' ? s.register.newDocument : s.register.revision, { document: preview.label });
  return (
    <MessageBar intent="info" layout="multiline" data-testid="register-document">
      <MessageBarBody>
        {text} {fill(s.register.holds, { count: preview.documents.length })}
      </MessageBarBody>
    </MessageBar>
  );
}
