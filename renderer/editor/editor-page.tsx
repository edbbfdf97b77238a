import { EDITOR_TEXT } from '../../shared/i18n/editor';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { useLoad } from '../components/use-load';
import { DraftEditor, StartLink } from './draft-editor';
import { waitForPendingSaves } from './use-autosave';

/** `#/utkast/<id>`: reads the draft from disk, then hands it to the editor. */
export function EditorPage({ draftId }: { draftId: string }) {
  const { load } = useLoad(async () => {
    // Coming from another draft: read this one after that one's last save.
    await waitForPendingSaves();
    return api.getDraft(draftId);
  }, [draftId]);

  if (load.kind === 'loaded') return <DraftEditor key={load.value.id} initial={load.value} />;
  return (
    <div>
      <StartLink />
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

