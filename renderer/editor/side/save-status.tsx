import { formatTimestamp } from '../../../shared/i18n/dates';
import { EDITOR_TEXT, HISTORY_TEXT, SAVE_TEXT } from '../../../shared/i18n/ui';
import type { ReactNode } from 'react';
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

export interface HistoryControls {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/** What closing the window left behind: it waited for a save that failed. */
export interface CloseControls {
  refused: boolean;
  closeWithoutSaving(): void;
}

/**
 * The autosave's state, announced politely (the editor's first status
 * region, named "Sparstatus"), with "Försök igen" after a failure (and
 * "Stäng utan att spara" when that failure kept the window from closing),
 * and the editor-wide "Ångra" and "Gör om".
 */
export function SaveStatus({ state, onRetry, close, history, locked, children }: {
  state: SaveState;
  onRetry: () => void;
  close?: CloseControls;
  history: HistoryControls;
  locked: boolean;
  /** More tools of the editor as a whole (the preview's switch, "Versioner"). */
  children?: ReactNode;
}) {
  const closeRefused = state.kind === 'failed' && close?.refused === true;
  return (
    <div className={`panel save-status save-status--${state.kind}`}>
      <p role="status" aria-label={SAVE_TEXT.label} className="save-status__text">
        <span className="save-status__dot" aria-hidden="true" />
        <span>
          {saveStateText(state)}
          {closeRefused && ` ${SAVE_TEXT.closeRefused}`}
        </span>
      </p>
      {state.kind === 'failed' ? (
        <div className="save-status__actions">
          <button type="button" className="button button--primary save-status__retry" onClick={onRetry}>
            {SAVE_TEXT.retry}
          </button>
          {closeRefused && (
            <button type="button" className="button button--quiet button--danger" onClick={close?.closeWithoutSaving}>
              {SAVE_TEXT.closeWithoutSaving}
            </button>
          )}
        </div>
      ) : (
        <p className="save-status__hint">{locked ? SAVE_TEXT.locked : EDITOR_TEXT.shortcutHint}</p>
      )}
      {!locked && (
        <div className="save-status__history" role="group" aria-label={HISTORY_TEXT.toolbarLabel}>
          <button
            type="button"
            className="button button--small"
            disabled={!history.canUndo}
            title={HISTORY_TEXT.undoShortcut}
            aria-keyshortcuts="Control+Z"
            onClick={history.undo}
          >
            <span aria-hidden="true">↶</span> {HISTORY_TEXT.undo}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={!history.canRedo}
            title={HISTORY_TEXT.redoShortcut}
            aria-keyshortcuts="Control+Shift+Z"
            onClick={history.redo}
          >
            <span aria-hidden="true">↷</span> {HISTORY_TEXT.redo}
          </button>
        </div>
      )}
      {children && <div className="save-status__tools">{children}</div>}
    </div>
  );
}
