import { Fragment, useEffect, useRef, useState } from 'react';
import type { BackupSummary } from '../../shared/ipc/contract';
import { BACKUP_TRIGGER_LABEL, DATA_TEXT, formatBackupTime } from '../../shared/i18n/data';
import { formatBytes } from '../../shared/i18n/file-system';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { LoadFailed } from '../components/load-failed';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { waitForPendingSaves } from '../editor/use-autosave';
import { startHref } from '../routing';
import { classNames } from '../class-names';
import styles from './backups.module.css';
import { BusyNote } from '../components/busy-note';
import { BusyButton } from '../components/busy-button';

const T = DATA_TEXT;

/** What the page last did, said above the list: a backup made, or one restored (with the way back to the drafts). */
type Done = { kind: 'made'; when: string } | { kind: 'restored'; when: string };

/** Something is under way: a backup being made, or one being restored. */
type Busy = null | 'backup' | { restoring: string };

/** The inline "Återställa säkerhetskopian från …?" under a backup's row. */
function ConfirmRestore({ backup, busy, onConfirm, onCancel }: { backup: BackupSummary; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  const when = formatBackupTime(backup.createdAt);
  return (
    <div
      className={styles.confirm}
      role="group"
      aria-labelledby={`confirm-${backup.id}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !busy) onCancel();
      }}
    >
      <p className={styles.question} id={`confirm-${backup.id}`} tabIndex={-1} ref={questionRef}>
        {T.confirmQuestion(when)}
      </p>
      <p className={styles.text}>{T.confirmText(backup.drafts)}</p>
      <div className={classNames('button-row', styles.actions)}>
        <BusyButton type="button" className="button button--primary" busy={busy} onClick={onConfirm}>
          {T.confirm}
        </BusyButton>
        <BusyButton type="button" className="button button--quiet" busy={busy} onClick={onCancel}>
          {T.cancel}
        </BusyButton>
      </div>
      {busy && <BusyNote text={T.restoring} />}
    </div>
  );
}

/**
 * The backups of the data folder, newest first: "Gör en säkerhetskopia nu",
 * and per backup "Återställ" with an inline confirmation. Restoring backs up
 * the current drafts first (the Node side does), which the page says.
 */
export function Backups() {
  const { load, retry, reload: refresh } = useLoad(() => api.listBackups(), []);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const restoreButtons = useRef(new Map<string, HTMLButtonElement>());
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const backUpNow = async () => {
    setBusy('backup');
    setProblem(null);
    setDone(null);
    try {
      const made = await api.createBackup();
      await refresh();
      setDone({ kind: 'made', when: formatBackupTime(made.createdAt) });
    } catch (error) {
      setProblem(T.backupFailed(messageOf(error)));
    } finally {
      setBusy(null);
    }
  };

  const restore = async (backup: BackupSummary) => {
    setBusy({ restoring: backup.id });
    setProblem(null);
    setDone(null);
    try {
      // An editor that just closed may still be writing; restore after it, so its save cannot land on top.
      await waitForPendingSaves();
      await api.restoreBackup(backup.id);
      setConfirming(null);
      await refresh();
      setDone({ kind: 'restored', when: formatBackupTime(backup.createdAt) });
    } catch (error) {
      setProblem(T.restoreFailed(messageOf(error)));
    } finally {
      setBusy(null);
    }
  };

  const cancel = (id: string) => {
    setConfirming(null);
    restoreButtons.current.get(id)?.focus();
  };

  const C = T.columns;
  return (
    <section aria-labelledby="backups-heading">
      <div className={styles.top}>
        <h2 className={styles.heading} id="backups-heading">
          {T.backupsHeading}
        </h2>
        <BusyButton type="button" className="button button--primary" busy={busy !== null} onClick={() => void backUpNow()}>
          {T.backupNow}
        </BusyButton>
      </div>
      {busy === 'backup' && <BusyNote text={T.backingUp} />}
      {done && (
        <div className="notice notice--success notice--block" role="status" tabIndex={-1} ref={doneRef}>
          <p className="notice__text">{done.kind === 'made' ? T.backupDone(done.when) : T.restored(done.when)}</p>
          {done.kind === 'restored' && (
            <div className="notice__actions">
              <a className="button button--secondary" href={startHref()}>
                {T.toStart}
              </a>
            </div>
          )}
        </div>
      )}
      {problem && <ErrorNotice message={problem} />}

      {load.kind === 'loading' && <p className="loading">{T.loading}</p>}
      {load.kind === 'failed' && <LoadFailed message={T.loadFailed(load.message)} retryLabel={T.retry} onRetry={retry} />}
      {load.kind === 'loaded' && load.value.length === 0 && <p className="list-empty">{T.empty}</p>}
      {load.kind === 'loaded' && load.value.length > 0 && (
        <table className={classNames('table', styles.table)}>
          <caption className="visually-hidden">{T.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{C.createdAt}</th>
              <th scope="col">{C.trigger}</th>
              <th scope="col">{C.drafts}</th>
              <th scope="col">{C.bytes}</th>
              <th scope="col">
                <span className="visually-hidden">{C.action}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {load.value.map((backup) => {
              const when = formatBackupTime(backup.createdAt);
              const open = confirming === backup.id;
              return (
                <Fragment key={backup.id}>
                  <tr className={open ? styles.open : undefined}>
                    <th scope="row">{when}</th>
                    <td>{BACKUP_TRIGGER_LABEL[backup.trigger]}</td>
                    <td>{T.draftCount(backup.drafts)}</td>
                    <td>{formatBytes(backup.bytes)}</td>
                    <td className={styles.action}>
                      <BusyButton
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={T.restoreLabel(when)}
                        aria-expanded={open}
                        busy={busy !== null}
                        ref={(element) => {
                          if (element) restoreButtons.current.set(backup.id, element);
                          else restoreButtons.current.delete(backup.id);
                        }}
                        onClick={() => {
                          setDone(null);
                          setProblem(null);
                          setConfirming(open ? null : backup.id);
                        }}
                      >
                        {T.restore}
                      </BusyButton>
                    </td>
                  </tr>
                  {open && (
                    <tr className={styles.confirmRow}>
                      <td colSpan={5}>
                        <ConfirmRestore
                          backup={backup}
                          busy={busy !== null}
                          onConfirm={() => void restore(backup)}
                          onCancel={() => cancel(backup.id)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
