import { useState } from 'react';
import { EXPORT_TEXT } from '../../../shared/i18n/ui';
import { api } from '../../api';
import { FileRunResult, useFileRun } from './file-run';

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
  const [withPromises, setWithPromises] = useState(false);
  const [state, run] = useFileRun(flush, () => api.exportDocx(draftId, { withPromises: withPromises && linkedPromises > 0 }));
  const running = state.kind === 'running';

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
      <FileRunResult state={state} className="export-panel__result" text={EXPORT_TEXT} />
    </div>
  );
}
