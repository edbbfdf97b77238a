import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SaveResult } from '../../shared/ipc/contract';
import { createAutosaver, type Autosaver, type SaveState } from './autosave';

/** Saves started when an editor closed; the start page waits for them before listing. */
const pendingSaves = new Set<Promise<unknown>>();

function track<T>(promise: Promise<T>): Promise<T> {
  pendingSaves.add(promise);
  void promise.finally(() => pendingSaves.delete(promise)).catch(() => {});
  return promise;
}

/** Resolves once every save started so far has finished (either way). */
export async function waitForPendingSaves(): Promise<void> {
  await Promise.allSettled([...pendingSaves]);
}

export interface AutosaveHandle<T> {
  state: SaveState;
  /** Call with every new value; it is saved after the pause. */
  change(value: T): void;
  /** Saves now (blur, Ctrl+S, "Försök igen", before export); true when stored. */
  flush(): Promise<boolean>;
  /** The state right now, not as of the last render (e.g. the message of a save that just failed). */
  getState(): SaveState;
  /** Saves nothing more, not even on leaving (the draft was deleted). */
  discard(): void;
}

export interface UseAutosaveOptions {
  initialUpdatedAt: string | null;
  delayMs?: number;
}

/**
 * Autosave for one value (the draft being edited): saves after a pause in
 * typing, and at once when the window is hidden or closed and when the
 * component unmounts (the user leaves the editor).
 */
export function useAutosave<T>(save: (value: T) => Promise<SaveResult>, options: UseAutosaveOptions): AutosaveHandle<T> {
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const [saver] = useState<Autosaver<T>>(() =>
    createAutosaver<T>({
      save: (value) => saveRef.current(value),
      delayMs: options.delayMs,
      initialUpdatedAt: options.initialUpdatedAt,
    }),
  );
  const state = useSyncExternalStore(saver.subscribe, saver.getState);

  useEffect(() => {
    const saveIfNeeded = () => {
      if (saver.hasUnsavedChanges()) void track(saver.flush());
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveIfNeeded();
    };
    // No preventDefault on beforeunload: in Electron that would silently keep the window open.
    window.addEventListener('beforeunload', saveIfNeeded);
    window.addEventListener('pagehide', saveIfNeeded);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('beforeunload', saveIfNeeded);
      window.removeEventListener('pagehide', saveIfNeeded);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      saveIfNeeded();
    };
  }, [saver]);

  const flush = useCallback(() => track(saver.flush()), [saver]);
  return { state, change: saver.change, flush, getState: saver.getState, discard: saver.discard };
}
