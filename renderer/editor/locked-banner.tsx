import { revisionOf } from '../../shared/draft/links';
import { STATUS_TEXT } from '../../shared/i18n/editor';
import { api } from '../api';
import { InlineConfirm } from '../components/inline-confirm';
import { useLibraryReadOnly } from '../components/library-banner';
import { editorHref, navigate } from '../routing';
import { useDraft } from './editor-context';
import { useLinks } from './library-links';
import { SaveThenLink } from './side/save-then-link';
import styles from './locked-banner.module.css';

export const LOCKED_HEADING_ID = 'locked-heading';

const REVISION_TEXT = {
  button: STATUS_TEXT.startRevision,
  question: STATUS_TEXT.revisionQuestion,
  confirm: STATUS_TEXT.revisionConfirm,
  running: STATUS_TEXT.revisionRunning,
  cancel: STATUS_TEXT.cancel,
  failed: STATUS_TEXT.revisionFailed,
};

/**
 * Above the form of a signed draft: it is locked; a new revision (a changed
 * version of the same document for the same period) can be started, after a
 * question, and the next year's document is started elsewhere ("Starta
 * nästa period" under Uppföljning).
 */
export function LockedBanner({ draftId }: { draftId: string }) {
  const readOnly = useLibraryReadOnly();
  const start = async () => {
    const revision = await api.startRevision(draftId);
    navigate(editorHref(revision.id));
  };
  return (
    <section className={styles.banner} aria-labelledby={LOCKED_HEADING_ID}>
      <div className={styles.text}>
        <h2 className={styles.heading} id={LOCKED_HEADING_ID} tabIndex={-1}>
          {STATUS_TEXT.lockedHeading}
        </h2>
        <p>
          {STATUS_TEXT.lockedText} {STATUS_TEXT.nextPeriodElsewhere}
        </p>
      </div>
      {readOnly ? (
        <p className={styles.action}>{STATUS_TEXT.revisionReadOnly}</p>
      ) : (
        <InlineConfirm
          className={styles.action}
          questionId="revision-question"
          text={REVISION_TEXT}
          hint={STATUS_TEXT.revisionHint}
          buttonClass="button button--primary"
          onConfirm={start}
        />
      )}
    </section>
  );
}

/**
 * Above the form of a new revision: which document it revises (a link to
 * it) and, when that one is signed, that the revision replaces it once
 * signed. The title stays the user's: this note is the editor's, not the
 * document's. Nothing for a draft that is no revision (the first draft of a
 * next period revises an earlier period, not this one's).
 */
export function RevisionNote({ flush }: { flush: () => Promise<boolean> }) {
  const { links } = useLinks();
  const period = useDraft((d) => d.period);
  const earlier = revisionOf({ period }, links);
  if (!earlier) return null;
  const signed = earlier.status === 'undertecknad';
  return (
    <div className={styles.note} role="note" aria-label={STATUS_TEXT.revisionNoteLabel}>
      <p>{STATUS_TEXT.revisionNote(earlier.title.trim() || STATUS_TEXT.untitled, signed)}</p>
      <SaveThenLink href={editorHref(earlier.id)} flush={flush} notSaved={STATUS_TEXT.revisionNotSaved}>
        {STATUS_TEXT.revisionOpen(signed)}
      </SaveThenLink>
    </div>
  );
}
