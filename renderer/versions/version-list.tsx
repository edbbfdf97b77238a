import { moveFocusInList } from '../components/list-keys';
import { formatTimestamp } from '../../shared/i18n/dates';
import { VERSION_REASON_LABEL } from '../../shared/i18n/history';
import { STATUS_LABEL } from '../../shared/i18n/terms';
import { VERSIONS_TEXT } from '../../shared/i18n/ui';
import type { VersionSummary } from '../../shared/ipc/contract';

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
    <section className="panel version-list" aria-labelledby={VERSION_LIST_HEADING_ID}>
      <h2 className="panel__heading" id={VERSION_LIST_HEADING_ID}>
        {VERSIONS_TEXT.listHeading}
      </h2>
      <p className="panel__hint version-list__count">{VERSIONS_TEXT.listCount(versions.length)}</p>
      <ul className="version-list__items" onKeyDown={moveFocusInList}>
        {versions.map((version) => (
          <li key={version.id}>
            <button
              type="button"
              className="version-item"
              aria-current={version.id === shownId ? 'true' : undefined}
              onClick={() => onShow(version.id)}
            >
              <span className="version-item__top">
                <span className="version-item__time">{formatTimestamp(version.savedAt)}</span>
                <span className="version-item__reason">{VERSION_REASON_LABEL[version.reason]}</span>
              </span>
              <span className="version-item__title">{version.title.trim() || VERSIONS_TEXT.untitled}</span>
              <span className="version-item__meta">
                <span className={`status-tag status-tag--${version.status}`}>{STATUS_LABEL[version.status]}</span>
                {version.kept && <span className="version-item__kept">{VERSIONS_TEXT.kept}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {versions.some((v) => v.kept) && <p className="panel__hint">{VERSIONS_TEXT.keptHint}</p>}
    </section>
  );
}
