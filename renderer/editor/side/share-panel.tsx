import { useState } from 'react';
import { SHARE_TEXT } from '../../../shared/i18n/ui';
import { api } from '../../api';

type ShareState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Dela utkast": writes the draft as one `.samverka.json` file, which another
 * Samverka imports. The Node side writes the draft as stored, so the pending
 * save is flushed first; an unsaved draft is not shared.
 */
export function SharePanel({ draftId, flush }: { draftId: string; flush: () => Promise<boolean> }) {
  const [state, setState] = useState<ShareState>({ kind: 'idle' });

  const run = async () => {
    setState({ kind: 'running' });
    try {
      if (!(await flush())) {
        setState({ kind: 'failed', message: '' });
        return;
      }
      const result = await api.shareDraft(draftId);
      setState(result ? { kind: 'done', fileName: result.fileName } : { kind: 'cancelled' });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <div className="panel share-panel">
      <button
        type="button"
        className="button button--secondary button--wide"
        disabled={state.kind === 'running'}
        aria-describedby="share-hint"
        onClick={() => void run()}
      >
        {SHARE_TEXT.button}
      </button>
      <p className="panel__hint" id="share-hint">
        {SHARE_TEXT.hint}
      </p>
      <div aria-live="polite" className="share-panel__result">
        {state.kind === 'running' && <p className="notice">{SHARE_TEXT.running}</p>}
        {state.kind === 'done' && <p className="notice notice--success">{SHARE_TEXT.done(state.fileName)}</p>}
        {state.kind === 'cancelled' && <p className="notice">{SHARE_TEXT.cancelled}</p>}
        {state.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            {state.message ? SHARE_TEXT.failed(state.message) : SHARE_TEXT.notSaved}
          </p>
        )}
      </div>
    </div>
  );
}
