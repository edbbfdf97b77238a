import { useEffect, useRef, useState } from 'react';
import { VERSIONS_TEXT } from '../../shared/i18n/ui';

const QUESTION_ID = 'restore-question';
const SIGNED_ID = 'restore-signed';

/**
 * "Återställ den här versionen", with a question in place (no dialog) that
 * says the current text is kept as a version first. For a signed draft the
 * button is disabled and the reason shown beside it. `restore` resolves to
 * the Node side's refusal (a Swedish message), or does not come back (the
 * page navigates away).
 */
export function RestoreControl({ signed, restore }: { signed: boolean; restore: () => Promise<string | null> }) {
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

  const run = async () => {
    setBusy(true);
    setProblem(null);
    const refusal = await restore();
    if (refusal !== null) {
      setProblem(refusal);
      setBusy(false);
      setConfirming(false);
    }
  };

  if (signed) {
    return (
      <div className="restore">
        <button type="button" className="button button--primary" disabled aria-describedby={SIGNED_ID}>
          {VERSIONS_TEXT.restore}
        </button>
        <p className="panel__hint restore__signed" id={SIGNED_ID}>
          {VERSIONS_TEXT.signed}
        </p>
      </div>
    );
  }

  return (
    <div className="restore">
      {!confirming ? (
        <button type="button" className="button button--primary" ref={openRef} onClick={() => setConfirming(true)}>
          {VERSIONS_TEXT.restore}
        </button>
      ) : (
        <div className="restore__confirm" role="group" aria-labelledby={QUESTION_ID}>
          <p className="restore__question" id={QUESTION_ID}>
            {VERSIONS_TEXT.restoreQuestion}
          </p>
          <div className="restore__actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void run()}>
              {busy ? VERSIONS_TEXT.restoring : VERSIONS_TEXT.restoreConfirm}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} ref={cancelRef} onClick={() => setConfirming(false)}>
              {VERSIONS_TEXT.cancel}
            </button>
          </div>
        </div>
      )}
      {problem !== null && (
        <p className="notice notice--error restore__problem" role="alert">
          {VERSIONS_TEXT.restoreFailed(problem)}
        </p>
      )}
    </div>
  );
}
