import { VERSIONS_TEXT } from '../../../shared/i18n/versions';
import { versionsHref } from '../../routing';
import { SaveThenLink } from './save-then-link';
import styles from './versions-link.module.css';

/** "Versioner": the way to the draft's kept versions, saving what was just typed first so the list ends with it. */
export function VersionsLink({ draftId, flush }: { draftId: string; flush: () => Promise<boolean> }) {
  return (
    <SaveThenLink
      href={versionsHref(draftId)}
      flush={flush}
      notSaved={VERSIONS_TEXT.linkNotSaved}
      className={styles.versions}
      linkClassName={styles.link}
    >
      {VERSIONS_TEXT.link}
    </SaveThenLink>
  );
}
