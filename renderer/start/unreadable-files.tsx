import { useState } from 'react';
import type { UnreadableFile } from '../../shared/ipc/contract';
import { formatTimestamp } from '../../shared/calendar';
import { UNREADABLE_TEXT } from '../../shared/i18n/start';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { dataHref } from '../routing';
import { classNames } from '../class-names';
import styles from './start.module.css';

const T = UNREADABLE_TEXT;

/** One file that could not be read: its name, why, where its bytes are, and when it was found. */
function UnreadableItem({ file }: { file: UnreadableFile }) {
  return (
    <li className={styles.file}>
      <p className={styles.fileName}>
        <code>{file.fileName}</code>
      </p>
      <dl className={styles.facts}>
        <dt>{T.reason}</dt>
        <dd>{file.reason}</dd>
        <dt>{T.original}</dt>
        <dd>
          {file.movedTo === null ? (
            T.leftInPlace
          ) : (
            <>
              {T.movedTo} <code className={styles.path}>{file.movedTo}</code>
            </>
          )}
        </dd>
        <dt>{T.foundAt}</dt>
        <dd>{formatTimestamp(file.foundAt)}</dd>
      </dl>
    </li>
  );
}

/**
 * "Kunde inte läsas" on the start page: the draft files the library could
 * not read when it opened, and what the user can do. Shows nothing while
 * loading or when every file was read.
 */
export function UnreadableFiles() {
  const { load } = useLoad(() => api.listUnreadable(), []);
  const [openProblem, setOpenProblem] = useState<string | null>(null);

  const openFolder = async () => {
    setOpenProblem(null);
    try {
      await api.openDataFolder();
    } catch (error) {
      setOpenProblem(messageOf(error));
    }
  };

  // Not an alert: the library itself is fine, this only says the check could not be made.
  if (load.kind === 'failed') return <p className="notice notice--block">{T.loadFailed(load.message)}</p>;
  if (load.kind === 'loading' || load.value.length === 0) return null;
  const files = load.value;

  return (
    <section className={styles.unreadable} aria-labelledby="unreadable-heading">
      <h2 className={styles.unreadableHeading} id="unreadable-heading">
        {T.heading}
      </h2>
      <p className={styles.unreadableIntro}>{T.intro(files.length)}</p>
      <ul className={styles.unreadableList}>
        {files.map((file) => (
          <UnreadableItem key={`${file.fileName}:${file.foundAt}`} file={file} />
        ))}
      </ul>
      <p className={styles.unreadableHelp}>{T.help}</p>
      <div className={classNames('button-row', styles.unreadableActions)}>
        <button type="button" className="button button--secondary" onClick={() => void openFolder()}>
          {T.openFolder}
        </button>
        <a href={dataHref()}>
          {T.dataPageLink}
        </a>
      </div>
      {openProblem && <ErrorNotice message={T.openFolderFailed(openProblem)} />}
    </section>
  );
}
