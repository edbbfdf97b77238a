import { useState } from 'react';
import { EXPORT_TEXT } from '../../../shared/i18n/ui';
import { api } from '../../api';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'done'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

const WITH_PROMISES_ID = 'export-with-promises';

/**
 * "Exportera till Word". The Node side exports the draft as stored, so the
 * pending save is flushed first; an unsaved draft is not exported. A draft
 * with readiness errors may be exported (to send it for comments); the panel
 * says how many errors it has. An agreement with linked löften can take them
 * along as bilagor in the same file ("Ta med medborgarlöftena som bilagor").
 */
export function ExportPanel({ draftId, flush, errors, linkedPromises }: {
  draftId: string;
  flush: () => Promise<boolean>;
  errors: number;
  /** How many medborgarlöften belong to the draft (an agreement's); 0 offers no choice. */
  linkedPromises: number;
}) {
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const [withPromises, setWithPromises] = useState(false);
  const running = state.kind === 'running';

  const run = async () => {
    setState({ kind: 'running' });
    try {
      if (!(await flush())) {
        setState({ kind: 'failed', message: '' });
        return;
      }
      const result = await api.exportDocx(draftId, { withPromises: withPromises && linkedPromises > 0 });
      setState(result ? { kind: 'done', fileName: result.fileName } : { kind: 'cancelled' });
    } catch (error) {
      setState({ kind: 'failed', message: messageOf(error) });
    }
  };

  return (
    <div className="panel export-panel">
      {errors > 0 && (
        <p className="export-panel__errors" id="export-errors">
          {EXPORT_TEXT.withErrors(errors)}
        </p>
      )}
      {linkedPromises > 0 && (
        <div className="field field--checkbox export-panel__option">
          <input
            id={WITH_PROMISES_ID}
            type="checkbox"
            className="checkbox"
            checked={withPromises}
            disabled={running}
            aria-describedby={`${WITH_PROMISES_ID}-hint`}
            onChange={(event) => setWithPromises(event.target.checked)}
          />
          <label className="field__label" htmlFor={WITH_PROMISES_ID}>
            {EXPORT_TEXT.withPromises}
          </label>
          <p className="field__hint" id={`${WITH_PROMISES_ID}-hint`}>
            {EXPORT_TEXT.withPromisesHint(linkedPromises)}
          </p>
        </div>
      )}
      <button
        type="button"
        className="button button--primary button--wide"
        disabled={running}
        aria-describedby={errors > 0 ? 'export-errors export-hint' : 'export-hint'}
        onClick={() => void run()}
      >
        {EXPORT_TEXT.button}
      </button>
      <p className="panel__hint" id="export-hint">
        {EXPORT_TEXT.hint}
      </p>
      <div aria-live="polite" className="export-panel__result">
        {state.kind === 'running' && <p className="notice">{EXPORT_TEXT.running}</p>}
        {state.kind === 'done' && <p className="notice notice--success">{EXPORT_TEXT.done(state.fileName)}</p>}
        {state.kind === 'cancelled' && <p className="notice">{EXPORT_TEXT.cancelled}</p>}
        {state.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            {state.message ? EXPORT_TEXT.failed(state.message) : EXPORT_TEXT.notSaved}
          </p>
        )}
      </div>
    </div>
  );
}
