import { useState } from 'react';
import { STATUS_TEXT } from '../../shared/i18n/editor';
import { api } from '../api';
import { editorHref, navigate } from '../routing';
import { messageOf } from '../components/messages';
import styles from './locked-banner.module.css';

export const LOCKED_HEADING_ID = 'locked-heading';

/** Above the form of a signed draft: it cannot change; a new revision can. */
export function LockedBanner({ draftId }: { draftId: string }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const revision = await api.startRevision(draftId);
      navigate(editorHref(revision.id));
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
    }
  };
  return (
    <section className={styles.banner} aria-labelledby={LOCKED_HEADING_ID}>
      <div className={styles.text}>
        <h2 className={styles.heading} id={LOCKED_HEADING_ID} tabIndex={-1}>
          {STATUS_TEXT.lockedHeading}
        </h2>
        <p>{STATUS_TEXT.lockedText}</p>
        {problem && (
          <p className="notice notice--error" role="alert">
            {STATUS_TEXT.revisionFailed(problem)}
          </p>
        )}
      </div>
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void start()}>
        {STATUS_TEXT.startRevision}
      </button>
    </section>
  );
}
