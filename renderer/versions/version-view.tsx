import type { Draft } from '../../shared/draft/schema';
import { formatTimestamp } from '../../shared/i18n/dates';
import { VERSION_REASON_LABEL } from '../../shared/i18n/history';
import { STATUS_LABEL } from '../../shared/i18n/terms';
import { VERSIONS_TEXT } from '../../shared/i18n/ui';
import type { VersionSummary } from '../../shared/ipc/contract';
import { api } from '../api';
import { useLoad, type Load } from '../components/use-load';
import { DocumentPreview } from '../preview/document-preview';
import { RestoreControl } from './restore-control';

export const VERSION_HEADING_ID = 'version-heading';

/** Reads one kept version; only the latest request counts. */
function useVersion(draftId: string, versionId: string): Load<Draft> {
  return useLoad(() => api.getVersion(draftId, versionId), [draftId, versionId]).load;
}

/**
 * One kept version, read-only: when and why it was kept, its title and
 * status, "Återställ den här versionen", and the document as that version
 * prints.
 */
export function VersionView({ draftId, version, signed, restore }: {
  draftId: string;
  version: VersionSummary;
  /** The draft as it is now is signed: nothing can be restored. */
  signed: boolean;
  restore: (version: VersionSummary) => Promise<string | null>;
}) {
  const load = useVersion(draftId, version.id);
  return (
    <section className="panel version-view" aria-labelledby={VERSION_HEADING_ID}>
      <h2 className="panel__heading version-view__heading" id={VERSION_HEADING_ID} tabIndex={-1}>
        {VERSIONS_TEXT.versionHeading(formatTimestamp(version.savedAt))}
      </h2>
      <dl className="version-view__facts">
        <div>
          <dt>{VERSIONS_TEXT.reasonLabel}</dt>
          <dd>{VERSION_REASON_LABEL[version.reason]}</dd>
        </div>
        <div>
          <dt>{VERSIONS_TEXT.titleLabel}</dt>
          <dd>{version.title.trim() || VERSIONS_TEXT.untitled}</dd>
        </div>
        <div>
          <dt>{VERSIONS_TEXT.statusLabel}</dt>
          <dd>
            <span className={`status-tag status-tag--${version.status}`}>{STATUS_LABEL[version.status]}</span>
            {version.kept && <span className="version-item__kept">{VERSIONS_TEXT.kept}</span>}
          </dd>
        </div>
      </dl>
      <p className="panel__hint">{VERSIONS_TEXT.readOnly}</p>
      {/* A new version, a new question: the confirmation of another one does not carry over. */}
      <RestoreControl key={version.id} signed={signed} restore={() => restore(version)} />
      <div className="version-view__document">
        {load.kind === 'loading' && (
          <p className="loading" role="status">
            {VERSIONS_TEXT.versionLoading}
          </p>
        )}
        {load.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            {VERSIONS_TEXT.versionFailed(load.message)}
          </p>
        )}
        {load.kind === 'loaded' && <DocumentPreview draft={load.value} />}
      </div>
    </section>
  );
}
