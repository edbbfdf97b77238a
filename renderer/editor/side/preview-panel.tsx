import { memo, type ComponentProps } from 'react';
import type { Draft } from '../../../shared/draft/schema';
import { PREVIEW_TEXT } from '../../../shared/i18n/preview';
import { DocumentPreview } from '../../preview/document-preview';
import { classNames } from '../../class-names';
import styles from './preview-panel.module.css';

/** "Visa förhandsvisning": a switch at the top of the side column, which never moves when the preview appears. */
export function PreviewSwitch({ shown, onToggle }: { shown: boolean; onToggle: (shown: boolean) => void }) {
  return (
    <label className={styles.switch}>
      <input type="checkbox" role="switch" className={styles.input} checked={shown} onChange={(event) => onToggle(event.target.checked)} />
      <span className={styles.track} aria-hidden="true" />
      <span>{PREVIEW_TEXT.toggle}</span>
    </label>
  );
}

/** What the document says of other drafts: an agreement's linked löften, listed among its bilagor. */
export type PreviewContext = ComponentProps<typeof DocumentPreview>['context'];

/**
 * "Förhandsvisning": the document as it will print, beside the form, right
 * under the save status while the switch is on (the side column widens).
 */
export const PreviewPanel = memo(function PreviewPanel({ draft, context }: { draft: Draft; context?: PreviewContext }) {
  return (
    // Not a region of its own: the preview inside is one, named "Förhandsvisning" too.
    <div className={classNames('panel', styles.panel)}>
      <h2 className="panel__heading">{PREVIEW_TEXT.heading}</h2>
      <DocumentPreview draft={draft} context={context} />
    </div>
  );
});

const STORAGE_KEY = 'samverka.preview';

/** Whether the preview was shown last time (kept in the window's local storage). */
export function readPreviewPreference(): boolean {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function writePreviewPreference(shown: boolean): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, shown ? 'on' : 'off');
  } catch {
    // No storage (a locked-down profile): the switch still works for this window.
  }
}
