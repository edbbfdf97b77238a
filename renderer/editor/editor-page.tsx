import { useEffect, useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import { EDITOR_TEXT } from '../../shared/i18n/ui';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { BackLink, DraftEditor } from './draft-editor';
import { waitForPendingSaves } from './use-autosave';

type Load = { kind: 'loading' } | { kind: 'loaded'; draft: Draft } | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `#/utkast/<id>`: reads the draft from disk, then hands it to the editor. */
export function EditorPage({ draftId }: { draftId: string }) {
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    (async () => {
      // Coming from another draft: read this one after that one's last save.
      await waitForPendingSaves();
      return api.getDraft(draftId);
    })().then(
      (draft) => current && setLoad({ kind: 'loaded', draft }),
      (error: unknown) => current && setLoad({ kind: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [draftId]);

  if (load.kind === 'loaded') return <DraftEditor key={load.draft.id} initial={load.draft} />;
  return (
    <div className="editor">
      <BackLink />
      {load.kind === 'loading' ? (
        <p className="loading" role="status">
          {EDITOR_TEXT.loading}
        </p>
      ) : (
        <ErrorNotice message={EDITOR_TEXT.loadFailed(load.message)} />
      )}
    </div>
  );
}

