import { useEffect, useRef, useState } from 'react';
import { DELETE_TEXT } from '../../../shared/i18n/ui';
import { api } from '../../api';
import { navigate, startHref } from '../../routing';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const QUESTION_ID = 'delete-question';

/**
 * "Ta bort utkastet", at the foot of the side column, with a question in
 * place (no dialog) that says where the file goes: the store moves it to the
 * data folder's "borttagna", never destroys it. What was typed is saved
 * first (so the kept file is the latest); once the draft is gone nothing is
 * saved any more (a late save would bring the file back), and the start page opens.
 */
export function DeletePanel({ draftId, flush, discard }: {
  draftId: string;
  flush: () => Promise<boolean>;
  /** Stops the autosave for good. */
  discard: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // The safe choice takes focus when the question appears; the button that asked it, when it goes.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      // A draft that cannot be saved (say, an invalid date) can still be deleted: its stored version is kept.
      await flush();
      await api.deleteDraft(draftId);
      discard();
      navigate(startHref());
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <div className="panel delete-panel">
      {!confirming ? (
        <button type="button" className="button button--quiet button--danger" ref={openRef} onClick={() => setConfirming(true)}>
          {DELETE_TEXT.button}
        </button>
      ) : (
        <div className="delete-panel__confirm" role="group" aria-labelledby={QUESTION_ID}>
          <p className="delete-panel__question" id={QUESTION_ID}>
            {DELETE_TEXT.question}
          </p>
          <div className="delete-panel__actions">
            <button type="button" className="button button--danger-solid" disabled={busy} onClick={() => void remove()}>
              {busy ? DELETE_TEXT.running : DELETE_TEXT.confirm}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} ref={cancelRef} onClick={() => setConfirming(false)}>
              {DELETE_TEXT.cancel}
            </button>
          </div>
        </div>
      )}
      {problem !== null && (
        <p className="notice notice--error delete-panel__problem" role="alert">
          {DELETE_TEXT.failed(problem)}
        </p>
      )}
    </div>
  );
}
