import { useState } from 'react';
import { isLocked } from '../../shared/draft/status';
import type { Draft, DraftStatus } from '../../shared/draft/schema';
import { formatTimestamp } from '../../shared/calendar';
import { VERSION_REASON_LABEL, VERSIONS_TEXT } from '../../shared/i18n/versions';
import type { VersionSummary } from '../../shared/ipc/contract';
import { api } from '../api';
import { useLoad, type Load } from '../components/use-load';
import { DocumentPreview } from '../preview/document-preview';
import { RestoreControl } from './restore-control';
import { CURRENT, type CompareSide } from './versions';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import fieldStyles from '../editor/fields.module.css';
import styles from './versions.module.css';

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
export function VersionView({ draftId, version, versions, status, restore, onCompare }: {
  draftId: string;
  version: VersionSummary;
  /** All kept versions, the others of which it can be compared with. */
  versions: readonly VersionSummary[];
  /** The draft's status now: signed, nothing can be restored; klar, a restore makes it an utkast. */
  status: DraftStatus;
  restore: (version: VersionSummary) => Promise<string | null>;
  /** "Jämför": this version with `other`. */
  onCompare: (other: CompareSide) => void;
}) {
  const load = useVersion(draftId, version.id);
  return (
    <section className={classNames('panel', styles.view)} aria-labelledby={VERSION_HEADING_ID}>
      <h2 className={classNames('panel__heading', styles.viewHeading)} id={VERSION_HEADING_ID} tabIndex={-1}>
        {VERSIONS_TEXT.versionHeading(formatTimestamp(version.savedAt))}
      </h2>
      <dl className={styles.facts}>
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
            <StatusTag status={version.status} />
            {version.kept && <span className={styles.kept}>{VERSIONS_TEXT.kept}</span>}
          </dd>
        </div>
      </dl>
      <p className={classNames('panel__hint', styles.viewHint)}>{VERSIONS_TEXT.readOnly}</p>
      <CompareForm key={`compare-${version.id}`} version={version} versions={versions} onCompare={onCompare} />
      {/* A new version, a new question: the confirmation of another one does not carry over. */}
      <RestoreControl
        key={version.id}
        signed={isLocked({ status })}
        question={VERSIONS_TEXT.restoreQuestion(status, version.status)}
        restore={() => restore(version)}
      />
      <div className={styles.document}>
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

const COMPARE_SELECT_ID = 'compare-with';

/** "Jämför den här versionen med": the text as it is now (first, the usual question) or any other kept version. */
function CompareForm({ version, versions, onCompare }: {
  version: VersionSummary;
  versions: readonly VersionSummary[];
  onCompare: (other: CompareSide) => void;
}) {
  const [otherId, setOtherId] = useState<string>(CURRENT);
  const others = versions.filter((v) => v.id !== version.id);
  return (
    <form
      className={styles.compare}
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(others.find((v) => v.id === otherId) ?? CURRENT);
      }}
    >
      <label className={styles.compareLabel} htmlFor={COMPARE_SELECT_ID}>
        {VERSIONS_TEXT.compareLabel}
      </label>
      <div className={styles.compareRow}>
        <select
          id={COMPARE_SELECT_ID}
          className={classNames(fieldStyles.input, fieldStyles.select, styles.compareSelect)}
          value={otherId}
          onChange={(event) => setOtherId(event.target.value)}
        >
          <option value={CURRENT}>{VERSIONS_TEXT.current}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {VERSIONS_TEXT.compareOption(formatTimestamp(other.savedAt), VERSION_REASON_LABEL[other.reason])}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary">
          {VERSIONS_TEXT.compare}
        </button>
      </div>
    </form>
  );
}
