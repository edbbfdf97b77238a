import { useEffect, useId, useState } from 'react';
import { formatTimestamp } from '../../../shared/calendar';
import { RECENT_EXPORT_KIND_LABEL, RECENT_EXPORTS_TEXT as T } from '../../../shared/i18n/exports';
import type { RecentExport } from '../../../shared/ipc/contract';
import { api } from '../../api';
import { LoadFailed } from '../../components/load-failed';
import { messageOf } from '../../components/messages';
import { useLoad } from '../../components/use-load';
import { useFileWritten } from './file-run';
import { classNames } from '../../class-names';
import styles from './recent-exports.module.css';

/**
 * "Senaste exporter": the files recently written for the draft (Word, PDF,
 * shared drafts, emails, follow-up), newest first, each with "Öppna" and
 * "Visa i mappen". The list is fetched anew after every file written from
 * the editor (the file runner's event) and when the window gets focus back.
 * The Node side lists only what the app wrote, without looking at the files,
 * and opens only files of this draft's list, by id, once it has checked that
 * the file is still the one written: one that is gone or was changed says so
 * then, in the message shown here.
 */
export function RecentExports({ draftId }: { draftId: string }) {
  const headingId = useId();
  const { load, retry, reload } = useLoad(() => api.listRecentExports(draftId), [draftId]);
  const [problem, setProblem] = useState<string | null>(null);

  useFileWritten(() => void reload());
  useEffect(() => {
    const onFocus = () => void reload();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [reload]);

  const act = async (entry: RecentExport, action: 'open' | 'reveal') => {
    setProblem(null);
    try {
      await api.openRecentExport(draftId, entry.id, action);
    } catch (error) {
      setProblem(T.actionFailed(messageOf(error)));
      await reload();
    }
  };

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 className="panel__heading" id={headingId}>
        {T.heading}
      </h2>
      {load.kind === 'loading' && <p className="panel__text">{T.loading}</p>}
      {load.kind === 'failed' && <LoadFailed message={T.loadFailed(load.message)} retryLabel={T.retry} onRetry={retry} />}
      {load.kind === 'loaded' && load.value.length === 0 && <p className="panel__text">{T.empty}</p>}
      {load.kind === 'loaded' && load.value.length > 0 && (
        <ul className={styles.list}>
          {load.value.map((entry) => (
            <RecentExportItem key={entry.id} entry={entry} onAct={(action) => void act(entry, action)} />
          ))}
        </ul>
      )}
      {problem && (
        <p className={classNames('notice', 'notice--error', styles.problem)} role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}

function RecentExportItem({ entry, onAct }: { entry: RecentExport; onAct: (action: 'open' | 'reveal') => void }) {
  return (
    <li className={classNames(styles.item, !entry.exists && styles.missingItem)}>
      <span className={styles.name}>{entry.fileName}</span>
      <span className={styles.meta}>
        {RECENT_EXPORT_KIND_LABEL[entry.kind]} · <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
      </span>
      {entry.exists ? (
        <span className={styles.actions}>
          <button type="button" className="button button--small" aria-label={T.actionLabel(T.open, entry.fileName)} onClick={() => onAct('open')}>
            {T.open}
          </button>
          <button type="button" className="button button--small" aria-label={T.actionLabel(T.reveal, entry.fileName)} onClick={() => onAct('reveal')}>
            {T.reveal}
          </button>
        </span>
      ) : (
        <span className={styles.missing}>{T.missing}</span>
      )}
    </li>
  );
}
