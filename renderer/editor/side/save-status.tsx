import { formatTimestamp } from '../../../shared/i18n/dates';
import { EDITOR_TEXT, SAVE_TEXT } from '../../../shared/i18n/ui';
import type { SaveState } from '../autosave';

/** The words for a save state: "Sparar…", "Sparat 14:02", or the error with what to do. */
export function saveStateText(state: SaveState, now: Date = new Date()): string {
  switch (state.kind) {
    case 'saved':
      return SAVE_TEXT.saved(state.updatedAt ? formatTimestamp(state.updatedAt, now) : '');
    case 'pending':
      return SAVE_TEXT.pending;
    case 'saving':
      return SAVE_TEXT.saving;
    case 'failed':
      return SAVE_TEXT.failed(state.message);
  }
}

/** The autosave's state, announced politely, with "Försök igen" after a failure. */
export function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  return (
    <div className={`panel save-status save-status--${state.kind}`}>
      <p role="status" className="save-status__text">
        <span className="save-status__dot" aria-hidden="true" />
        <span>{saveStateText(state)}</span>
      </p>
      {state.kind === 'failed' ? (
        <button type="button" className="button button--primary save-status__retry" onClick={onRetry}>
          {SAVE_TEXT.retry}
        </button>
      ) : (
        <p className="save-status__hint">{EDITOR_TEXT.shortcutHint}</p>
      )}
    </div>
  );
}
