import { formatTimestamp } from '../../../shared/calendar';
import { EDITOR_TEXT, UNDO_TEXT, SAVE_TEXT } from '../../../shared/i18n/editor';
import type { ReactNode } from 'react';
import type { SaveState } from '../autosave';
import { classNames } from '../../class-names';
import styles from './save-status.module.css';

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

/** The panel's look for each state: a dot of the state's colour, red all over after a failure. */
const STATE_CLASS: Record<SaveState['kind'], string | undefined> = {
  saved: undefined,
  pending: styles.pending,
  saving: styles.saving,
  failed: styles.failed,
};

export interface UndoControls {
  canUndo: boolean;
  canRedo: boolean;
  undo(): void;
  redo(): void;
}

/** "Ångra" and "Gör om": which control each reads and runs, and how it is shown. */
const UNDO_BUTTONS = [
  { enabled: 'canUndo', run: 'undo', icon: '↶', label: UNDO_TEXT.undo, title: UNDO_TEXT.undoShortcut, keys: 'Control+Z' },
  { enabled: 'canRedo', run: 'redo', icon: '↷', label: UNDO_TEXT.redo, title: UNDO_TEXT.redoShortcut, keys: 'Control+Shift+Z' },
] as const;

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
export function SaveStatus({ state, onRetry, close, undoRedo, locked, children }: {
  state: SaveState;
  onRetry: () => void;
  close?: CloseControls;
  undoRedo: UndoControls;
  locked: boolean;
  /** More tools of the editor as a whole (the preview's switch, "Versioner"). */
  children?: ReactNode;
}) {
  const closeRefused = state.kind === 'failed' && close?.refused === true;
  return (
    <div className={classNames('panel', STATE_CLASS[state.kind])}>
      <p role="status" aria-label={SAVE_TEXT.label} className={styles.text}>
        <span className={styles.dot} aria-hidden="true" />
        <span>
          {saveStateText(state)}
          {closeRefused && ` ${SAVE_TEXT.closeRefused}`}
        </span>
      </p>
      {state.kind === 'failed' ? (
        <div className={styles.actions}>
          <button type="button" className="button button--primary" onClick={onRetry}>
            {SAVE_TEXT.retry}
          </button>
          {closeRefused && (
            <button type="button" className="button button--quiet button--danger" onClick={close?.closeWithoutSaving}>
              {SAVE_TEXT.closeWithoutSaving}
            </button>
          )}
        </div>
      ) : (
        <p className={styles.hint}>{locked ? SAVE_TEXT.locked : EDITOR_TEXT.shortcutHint}</p>
      )}
      {!locked && (
        <div className={styles.undo} role="group" aria-label={UNDO_TEXT.toolbarLabel}>
          {UNDO_BUTTONS.map((button) => (
            <button
              key={button.label}
              type="button"
              className="button button--small"
              disabled={!undoRedo[button.enabled]}
              title={button.title}
              aria-keyshortcuts={button.keys}
              onClick={undoRedo[button.run]}
            >
              <span aria-hidden="true">{button.icon}</span> {button.label}
            </button>
          ))}
        </div>
      )}
      {children && <div className={styles.tools}>{children}</div>}
    </div>
  );
}
