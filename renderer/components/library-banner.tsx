import { useCallback, useEffect, useState } from 'react';
import { DATA_FOLDER_TEXT } from '../../shared/i18n/data';
import type { LibraryStatus } from '../../shared/ipc/contract';
import { api } from '../api';
import { messageOf } from './messages';
import styles from './library-banner.module.css';

/** How often the window asks whether the library can be changed: the holder may quit, or its lock go stale. */
export const LIBRARY_STATUS_POLL_MS = 5000;

const HEADING_ID = 'library-banner-heading';

/**
 * Whether this window may change the library, asked of the Node side now,
 * every {@link LIBRARY_STATUS_POLL_MS} and whenever the window gets focus
 * (someone may have closed Samverka on the other computer meanwhile). Null
 * until the first answer; a failed question leaves the last answer.
 */
export function useLibraryStatus(): [LibraryStatus | null, (status: LibraryStatus) => void] {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  useEffect(() => {
    let alive = true;
    const ask = () =>
      void Promise.resolve()
        .then(() => api.libraryStatus())
        .then(
          (next) => alive && setStatus((current) => (JSON.stringify(current) === JSON.stringify(next) ? current : next)),
          () => undefined,
        );
    ask();
    const timer = window.setInterval(ask, LIBRARY_STATUS_POLL_MS);
    window.addEventListener('focus', ask);
    return () => {
      alive = false;
      window.clearInterval(timer);
      window.removeEventListener('focus', ask);
    };
  }, []);
  return [status, setStatus];
}

/**
 * Above every page while the library can only be read: why (another
 * computer has the data folder open — who and since when — or its disk is
 * full, read-only or unreachable), that the drafts can still be read, and
 * what to do, announced politely (role="status") under a heading. "Ta över"
 * is offered once the other computer's lock is stale, "Försök igen" after a
 * disk problem; both ask the Node side, which refuses every change until it
 * succeeds, so a save made meanwhile fails visibly where it was made.
 */
export function LibraryBanner() {
  const [status, setStatus] = useLibraryStatus();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [regained, setRegained] = useState(false);

  const takeOver = useCallback(async () => {
    setBusy(true);
    setProblem(null);
    try {
      const next = await api.takeOverLibrary();
      setStatus(next);
      setRegained(!next.readOnly);
      // The banner and its button go: focus moves to the page's heading rather than drop to the document.
      if (!next.readOnly) focusPageHeading();
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setBusy(false);
    }
  }, [setStatus]);

  if (!status?.readOnly || !status.reason) {
    return regained ? (
      <p className="visually-hidden" role="status">
        {DATA_FOLDER_TEXT.writable}
      </p>
    ) : null;
  }
  const action = status.reason === 'locked' ? DATA_FOLDER_TEXT.takeOver : DATA_FOLDER_TEXT.retry;
  const free = status.reason === 'locked' && !status.holder && status.canTakeOver;
  return (
    <section className={styles.banner} data-library-banner="" role="status" aria-labelledby={HEADING_ID}>
      <div className={styles.box}>
        <div className={styles.text}>
          <h2 className={styles.heading} id={HEADING_ID}>
            {free ? DATA_FOLDER_TEXT.headingFree : DATA_FOLDER_TEXT.heading[status.reason]}
          </h2>
          <p>{status.message}</p>
          {problem && (
            <p className="notice notice--error" role="alert">
              {DATA_FOLDER_TEXT.failed(problem)}
            </p>
          )}
        </div>
        {status.canTakeOver && (
          <div className={styles.actions}>
            <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => void (busy ? undefined : takeOver())}>
              {busy ? DATA_FOLDER_TEXT.working : action}
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

const NOTICES_HEADING_ID = 'startup-notices-heading';

/**
 * What the user should know from the app's start, once: what was wrong with
 * IT's policy file (the app started with its own settings instead) and what
 * was recovered of a restore or backup the app was making when it stopped.
 * Nothing when there is nothing to say; "Stäng" hides it for this window.
 */
export function StartupNotices() {
  const [notices, setNotices] = useState<readonly string[]>([]);
  const [closed, setClosed] = useState(false);
  useEffect(() => {
    let alive = true;
    api.startupNotices().then(
      (found) => alive && setNotices(found),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, []);
  if (closed || notices.length === 0) return null;
  return (
    <section className={styles.banner} data-library-banner="" role="status" aria-labelledby={NOTICES_HEADING_ID}>
      <div className={styles.box}>
        <div className={styles.text}>
          <h2 className={styles.heading} id={NOTICES_HEADING_ID}>
            {DATA_FOLDER_TEXT.noticesHeading}
          </h2>
          {notices.map((notice, i) => (
            <p key={i}>{notice}</p>
          ))}
        </div>
        <div className={styles.actions}>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setClosed(true);
              focusPageHeading();
            }}
          >
            {DATA_FOLDER_TEXT.closeNotices}
          </button>
        </div>
      </div>
    </section>
  );
}

/** Focus to the page's own heading (every page's h1 takes focus), when what had it goes away. */
function focusPageHeading(): void {
  document.querySelector<HTMLElement>('#main h1')?.focus();
}
