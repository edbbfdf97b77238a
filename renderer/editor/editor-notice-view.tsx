import { useEffect, useState } from 'react';
import { VERSIONS_TEXT } from '../../shared/i18n/versions';
import { clearEditorNotice, peekEditorNotice } from './editor-notice';
import type { Store } from './editor-store';
import { classNames } from '../class-names';
import styles from './editor-notice-view.module.css';

export const EDITOR_NOTICE_ID = 'editor-notice';

/**
 * The message another page left for this draft's editor ("Versionen från
 * 14:02 är återställd…"), read once when the editor opens. It is there from
 * the first render, so the page's heading (focused on opening) can name it
 * as its description and a screen reader reads both. It goes when closed,
 * or when the draft changes after (it would tell of a draft that no longer is).
 */
export function useEditorNotice(draftId: string, store: Store<{ present: unknown }>) {
  const [message, setMessage] = useState(() => peekEditorNotice(draftId));
  useEffect(() => clearEditorNotice(draftId), [draftId]);
  // It tells of the draft as it opened: the first change to it (an edit, a status change) makes it old news, and it goes.
  const shown = message !== null;
  useEffect(() => {
    if (!shown) return;
    const opened = store.get().present;
    return store.subscribe(() => {
      if (store.get().present !== opened) setMessage(null);
    });
  }, [store, shown]);
  return { message, dismiss: () => setMessage(null) };
}

/** The notice under the editor's heading, with a button that closes it. */
export function EditorNotice({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  return (
    <div className={classNames('notice', 'notice--success', styles.notice)}>
      <p className={styles.text} id={EDITOR_NOTICE_ID}>
        {message}
      </p>
      <button type="button" className={styles.close} aria-label={VERSIONS_TEXT.dismiss} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
