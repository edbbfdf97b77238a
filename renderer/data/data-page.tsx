import { useEffect, useRef, useState } from 'react';
import { DATA_TEXT } from '../../shared/i18n/data';
import { APP_TEXT } from '../../shared/i18n/app';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { messageOf } from '../components/messages';
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
      <h1 className="page-title" tabIndex={-1} ref={headingRef}>
        {T.heading}
      </h1>
      <p className="lead">{T.intro}</p>
      <OpenDataFolder />
      <Backups />
    </div>
  );
}
