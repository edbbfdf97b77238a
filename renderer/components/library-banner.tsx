import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { DATA_FOLDER_TEXT } from '../../shared/i18n/data';
import type { LibraryStatus } from '../../shared/ipc/contract';
import { api } from '../api';
import { messageOf } from './messages';
import styles from './library-banner.module.css';

/** How often the window asks whether the library can be changed: the holder may quit, or its lock go stale. */
export const LIBRARY_STATUS_POLL_MS = 5000;

const HEADING_ID = 'library-banner-heading';

/**
 * Whether this window may change the library: one answer for the whole
 * window (the banner and an open editor read the same), asked of the Node
 * side while anything listens, every {@link LIBRARY_STATUS_POLL_MS} and
 * whenever the window gets focus (someone may have closed Samverka on the
 * other computer meanwhile). Null until the first answer; a failed question
 * leaves the last answer; a take-over's answer reaches every reader at once.
 */
const libraryStatus = (() => {
  let status: LibraryStatus | null = null;
  // Answers to questions asked before the last listener left are not taken.
  let asking = 0;
  // How many answers have been taken: an answer to a question asked before the last one taken (a take-over's among them) is old news.
  let taken = 0;
  let stop: (() => void) | null = null;
  const listeners = new Set<() => void>();
  const set = (next: LibraryStatus) => {
    taken += 1;
    if (JSON.stringify(status) === JSON.stringify(next)) return;
    status = next;
    for (const listener of listeners) listener();
  };
  const ask = () => {
    const round = asking;
    const seen = taken;
    void Promise.resolve()
      .then(() => api.libraryStatus())
      .then(
        (next) => round === asking && seen === taken && set(next),
        () => undefined,
      );
  };
  const start = () => {
    ask();
    const timer = window.setInterval(ask, LIBRARY_STATUS_POLL_MS);
    window.addEventListener('focus', ask);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', ask);
      asking += 1;
      status = null;
    };
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      stop ??= start();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stop?.();
        stop = null;
      };
    },
    get: () => status,
    set,
  };
})();

export function useLibraryStatus(): [LibraryStatus | null, (status: LibraryStatus) => void] {
  return [useSyncExternalStore(libraryStatus.subscribe, libraryStatus.get), libraryStatus.set];
}

/** Whether the data folder can only be read now: what would change it is not offered (the Node side would refuse it). */
export const useLibraryReadOnly = (): boolean => Boolean(useLibraryStatus()[0]?.readOnly);

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
