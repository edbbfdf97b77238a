import { moveFocusInList } from '../components/list-keys';
import { formatTimestamp } from '../../shared/calendar';
import { VERSION_REASON_LABEL, VERSIONS_TEXT } from '../../shared/i18n/versions';
import type { VersionSummary } from '../../shared/ipc/contract';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import sideColumnPage from '../components/side-column-page.module.css';
import styles from './versions.module.css';

export const VERSION_LIST_HEADING_ID = 'version-list-heading';

/**
 * The kept versions, newest first: a button per version with its time, why
 * it was kept, its title and status, and "behålls alltid" for the ones
 * pruning never drops. The version shown beside the list is `aria-current`.
 */
export function VersionList({ versions, shownId, onShow }: {
  versions: readonly VersionSummary[];
  shownId: string | null;
  onShow: (id: string) => void;
}) {
  return (
    <section className={classNames('panel', sideColumnPage.side, styles.list)} aria-labelledby={VERSION_LIST_HEADING_ID}>
      <h2 className={classNames('panel__heading', styles.listHeading)} id={VERSION_LIST_HEADING_ID}>
        {VERSIONS_TEXT.listHeading}
      </h2>
      <p className={classNames('panel__hint', styles.listHint, styles.count)}>{VERSIONS_TEXT.listCount(versions.length)}</p>
      <ul className={styles.items} onKeyDown={moveFocusInList}>
        {versions.map((version) => (
          <li key={version.id}>
            <button
              type="button"
              className={styles.item}
              aria-current={version.id === shownId ? 'true' : undefined}
              onClick={() => onShow(version.id)}
            >
              <span className={styles.itemTop}>
                <span className={styles.time}>{formatTimestamp(version.savedAt)}</span>
                <span className={styles.reason}>{VERSION_REASON_LABEL[version.reason]}</span>
              </span>
              <span className={styles.itemTitle}>{version.title.trim() || VERSIONS_TEXT.untitled}</span>
              <span className={styles.meta}>
                <StatusTag status={version.status} className={styles.metaTag} />
                {version.kept && <span className={styles.kept}>{VERSIONS_TEXT.kept}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {versions.some((v) => v.kept) && <p className={classNames('panel__hint', styles.listHint)}>{VERSIONS_TEXT.keptHint}</p>}
    </section>
  );
}
