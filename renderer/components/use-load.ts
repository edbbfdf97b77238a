import { useCallback, useEffect, useLayoutEffect, useRef, useState, type DependencyList } from 'react';
import { messageOf } from './messages';

/** Something read from the Node side: on its way, there, or not readable (with the Swedish message). */
export type Load<T> = { kind: 'loading' } | { kind: 'loaded'; value: T } | { kind: 'failed'; message: string };

export type Loader<T> = {
  load: Load<T>;
  /** Shows loading again and fetches anew (the "Försök igen" button). */
  retry: () => void;
  /** Fetches anew without showing loading, e.g. a list refreshed after an action; settles once the answer is shown. */
  reload: () => Promise<void>;
  /** Replaces the loaded value; a fetch still on its way no longer counts. */
  set: (value: T) => void;
};

/**
 * Runs `fetch` now and whenever `deps` change, showing loading each time.
 * Only the latest fetch counts: the answer of a superseded one, or of one
 * that lands after the component is gone, is ignored.
 */
export function useLoad<T>(fetch: () => Promise<T>, deps: DependencyList): Loader<T> {
  const [load, setLoad] = useState<Load<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const fetchRef = useRef(fetch);
  useLayoutEffect(() => {
    fetchRef.current = fetch;
  });

  const run = useCallback((): Promise<void> => {
    const id = ++latest.current;
    const counts = () => latest.current === id;
    return fetchRef.current().then(
      (value) => {
        if (counts()) setLoad({ kind: 'loaded', value });
      },
      (error: unknown) => {
        if (counts()) setLoad({ kind: 'failed', message: messageOf(error) });
      },
    );
  }, []);

  useEffect(() => {
    setLoad((previous) => (previous.kind === 'loading' ? previous : { kind: 'loading' }));
    void run();
    return () => {
      // Whatever is on its way now answers a question no longer asked.
      latest.current++;
    };
    // The caller's deps stand for what `fetch` reads; `attempt` counts retries.
  }, [...deps, attempt, run]);

  const retry = useCallback(() => {
    setLoad({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const set = useCallback((value: T) => {
    latest.current++;
    setLoad({ kind: 'loaded', value });
  }, []);

  return { load, retry, reload: run, set };
}
