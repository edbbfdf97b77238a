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
  /** True while the window stays open because the save it waited for to close failed; false again once a save succeeds. */
  closeRefused: boolean;
  /** After a refused close: closes the window anyway, dropping what is not saved. */
  closeWithoutSaving(): void;
}

export interface UseAutosaveOptions {
  initialUpdatedAt: string | null;
  delayMs?: number;
}

/**
 * Autosave for one value (the draft being edited): saves after a pause in
 * typing, and at once when the window is hidden and when the component
 * unmounts (the user leaves the editor). Closing the window waits for the
 * save: see `useCloseAfterSave`.
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
  const { closeRefused, closeWithoutSaving } = useCloseAfterSave(saver);

  useEffect(() => {
    const saveIfNeeded = () => {
      if (saver.hasUnsavedChanges()) void track(saver.flush());
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'hidden') saveIfNeeded();
    };
    window.addEventListener('pagehide', saveIfNeeded);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      window.removeEventListener('pagehide', saveIfNeeded);
      document.removeEventListener('visibilitychange', onVisibilityChange);
      saveIfNeeded();
    };
  }, [saver]);

  const flush = useCallback(() => track(saver.flush()), [saver]);
  return { state, change: saver.change, flush, getState: saver.getState, discard: saver.discard, closeRefused, closeWithoutSaving };
}

/**
 * Closing the window waits for the save. While something is unsaved (or a
 * save is in flight), `beforeunload` cancels the close — in Electron that
 * keeps the window open without a dialog — starts the save, and closes the
 * window itself once the save is stored. When the save fails the window stays
 * open with the text in memory and the error shown (`closeRefused`), until a
 * later save succeeds or the user closes without saving.
 */
function useCloseAfterSave<T>(saver: Autosaver<T>) {
  const [closeRefused, setCloseRefused] = useState(false);

  useEffect(() => {
    let closing = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedChanges()) return;
      event.preventDefault();
      // Older engines cancel on returnValue rather than preventDefault.
      event.returnValue = '';
      if (closing) return;
      closing = true;
      setCloseRefused(false);
      void track(saver.flush()).then((stored) => {
        closing = false;
        if (stored) window.close();
        else setCloseRefused(true);
      });
    };
    const unsubscribe = saver.subscribe(() => {
      if (saver.getState().kind === 'saved') setCloseRefused(false);
    });
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unsubscribe();
    };
  }, [saver]);

  const closeWithoutSaving = useCallback(() => {
    saver.discard();
    window.close();
  }, [saver]);

  return { closeRefused, closeWithoutSaving };
}
