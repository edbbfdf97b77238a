import { useState } from 'react';
import type { UnreadableFile } from '../../shared/ipc/contract';
import { formatTimestamp } from '../../shared/i18n/dates';
import { UNREADABLE_TEXT } from '../../shared/i18n/library';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { dataHref } from '../routing';
import './start.css';

const T = UNREADABLE_TEXT;

/** One file that could not be read: its name, why, where its bytes are, and when it was found. */
function UnreadableItem({ file }: { file: UnreadableFile }) {
  return (
    <li className="unreadable__file">
      <p className="unreadable__name">
        <code>{file.fileName}</code>
      </p>
      <dl className="unreadable__facts">
        <dt>{T.reason}</dt>
        <dd>{file.reason}</dd>
        <dt>{T.original}</dt>
        <dd>
          {file.movedTo === null ? (
            T.leftInPlace
          ) : (
            <>
              {T.movedTo} <code className="unreadable__path">{file.movedTo}</code>
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
  if (load.kind === 'failed') return <p className="notice notice--block unreadable__unknown">{T.loadFailed(load.message)}</p>;
  if (load.kind === 'loading' || load.value.length === 0) return null;
  const files = load.value;

  return (
    <section className="unreadable" aria-labelledby="unreadable-heading">
      <h2 className="unreadable__heading" id="unreadable-heading">
        {T.heading}
      </h2>
      <p className="unreadable__intro">{T.intro(files.length)}</p>
      <ul className="unreadable__list">
        {files.map((file) => (
          <UnreadableItem key={`${file.fileName}:${file.foundAt}`} file={file} />
        ))}
      </ul>
      <p className="unreadable__help">{T.help}</p>
      <div className="button-row unreadable__actions">
        <button type="button" className="button button--secondary" onClick={() => void openFolder()}>
          {T.openFolder}
        </button>
        <a className="unreadable__link" href={dataHref()}>
          {T.dataPageLink}
        </a>
      </div>
      {openProblem && <ErrorNotice message={T.openFolderFailed(openProblem)} />}
    </section>
  );
}
