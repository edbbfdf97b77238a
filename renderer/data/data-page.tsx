import { useEffect, useRef, useState } from 'react';
import { DATA_TEXT } from '../../shared/i18n/data';
import { APP_TEXT } from '../../shared/i18n/app';
import { api } from '../api';
import { BackLink } from '../components/back-link';
import { ErrorNotice } from '../components/error-notice';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { startHref } from '../routing';
import { Backups } from './backups';
import styles from './data-page.module.css';

const T = DATA_TEXT;

/** "Öppna datamappen": shows the folder in the system's file manager. */
function OpenDataFolder() {
  const [problem, setProblem] = useState<string | null>(null);
  const open = async () => {
    setProblem(null);
    try {
      await api.openDataFolder();
    } catch (error) {
      setProblem(messageOf(error));
    }
  };
  return (
    <div className={styles.folder}>
      <button type="button" className="button button--secondary" aria-describedby="data-folder-hint" onClick={() => void open()}>
        {T.openFolder}
      </button>
      <p className={styles.folderHint} id="data-folder-hint">
        {T.openFolderHint}
      </p>
      {problem && <ErrorNotice message={T.openFolderFailed(problem)} />}
      <FolderPaths />
    </div>
  );
}

/**
 * Where the data folder and its backups are, as full paths the user can
 * select and copy (for IT, or to find them on a shared drive).
 */
function FolderPaths() {
  const { load } = useLoad(() => api.dataFolders(), []);
  if (load.kind === 'loading') return null;
  if (load.kind === 'failed') return <ErrorNotice message={T.foldersFailed(load.message)} />;
  return (
    <div role="group" aria-label={T.foldersLabel} className={styles.paths}>
      <dl className={styles.pathList}>
        <dt>{T.dataFolder}</dt>
        <dd>
          <code className={styles.path}>{load.value.dataFolder}</code>
        </dd>
        <dt>{T.backupFolder}</dt>
        <dd>
          <code className={styles.path}>{load.value.backupFolder}</code>
        </dd>
      </dl>
    </div>
  );
}

/** `#/datamapp`: the data folder and its backups. */
export function DataPage() {
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = APP_TEXT.documentTitle(T.heading);
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  return (
    <div className={styles.page}>
      <BackLink href={startHref()}>{T.back}</BackLink>
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        {T.heading}
      </h1>
      <p className="lead">{T.intro}</p>
      <OpenDataFolder />
      <Backups />
    </div>
  );
}
