import type { SaveResult } from '../../shared/ipc/contract';
import { messageOf } from '../components/messages';

/**
 * The autosave's core, free of React and the DOM so it can be tested alone:
 * it debounces changes, keeps one save in flight at a time, always saves the
 * latest value (intermediate ones are skipped, never saved out of order), and
 * reports its state. It never holds the only copy of the user's text: the
 * editor keeps its own state, and a failed save just leaves the changes unsaved.
 */

export type SaveState =
  /** Everything is stored; `updatedAt` is the last write's time stamp. */
  | { kind: 'saved'; updatedAt: string | null }
  /** Changes are waiting for the pause in typing. */
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** The last attempt failed; the changes are still unsaved. */
  | { kind: 'failed'; message: string };

/** The timer functions, injectable so tests can run the clock by hand. */
export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface AutosaverOptions<T> {
  save: (value: T) => Promise<SaveResult>;
  /** Pause after the last change before saving. */
  delayMs?: number;
  /** The stored draft's time stamp, shown until the first save. */
  initialUpdatedAt?: string | null;
  timers?: Timers;
}

export interface Autosaver<T> {
  getState(): SaveState;
  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Records the latest value and (re)starts the pause. */
  change(value: T): void;
  /**
   * Saves now: waits for a save in flight, then stores the latest value if it
   * is not stored yet. Resolves true when the latest value is stored, false
   * when saving it failed.
   */
  flush(): Promise<boolean>;
  hasUnsavedChanges(): boolean;
  /** Stops the pending pause without saving (flush() later still saves). */
  cancelTimer(): void;
  /**
   * Forgets what is not saved yet and saves nothing from now on: the draft
   * is gone (deleted), and a late save would bring its file back.
   */
  discard(): void;
}

export const AUTOSAVE_DELAY_MS = 800;

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function createAutosaver<T>(options: AutosaverOptions<T>): Autosaver<T> {
  const delay = options.delayMs ?? AUTOSAVE_DELAY_MS;
  const timers = options.timers ?? browserTimers;
  const listeners = new Set<() => void>();

  let latest: T | undefined;
  /** Counts changes; a save stores the version it was started with. */
  let version = 0;
  let savedVersion = 0;
  let failedVersion = -1;
  let lastUpdatedAt = options.initialUpdatedAt ?? null;
  let inFlight: Promise<boolean> | null = null;
  let timer: unknown = null;
  let discarded = false;
  let state: SaveState = { kind: 'saved', updatedAt: lastUpdatedAt };

  const setState = (next: SaveState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  const cancelTimer = () => {
    if (timer !== null) {
      timers.clear(timer);
      timer = null;
    }
  };

  const startSave = (): Promise<boolean> => {
    const value = latest as T;
    const started = version;
    setState({ kind: 'saving' });
    const attempt = (async () => {
      try {
        const result = await options.save(value);
        if (started > savedVersion) {
          savedVersion = started;
          lastUpdatedAt = result.updatedAt;
        }
        return { ok: true as const };
      } catch (error) {
        failedVersion = started;
        return { ok: false as const, message: messageOf(error) };
      }
    })();
    const settled = attempt.then((outcome) => {
      inFlight = null;
      if (!outcome.ok) setState({ kind: 'failed', message: outcome.message });
      else if (savedVersion >= version) setState({ kind: 'saved', updatedAt: lastUpdatedAt });
      else setState({ kind: 'pending' });
      return outcome.ok;
    });
    inFlight = settled;
    return settled;
  };

  const flush = async (): Promise<boolean> => {
    cancelTimer();
    for (;;) {
      if (discarded) return true;
      if (inFlight) {
        const ok = await inFlight;
        // Someone else's attempt at this very version just failed: do not hammer the disk.
        if (!ok && failedVersion === version) return false;
        continue;
      }
      if (savedVersion >= version) return true;
      if (!(await startSave())) return false;
    }
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change(value) {
      if (discarded) return;
      latest = value;
      version += 1;
      cancelTimer();
      timer = timers.set(() => {
        timer = null;
        void flush();
      }, delay);
      // A failure stays visible until the next attempt, rather than flickering away while typing.
      if (state.kind === 'saved') setState({ kind: 'pending' });
    },
    flush,
    hasUnsavedChanges: () => !discarded && savedVersion < version,
    cancelTimer,
    discard() {
      discarded = true;
      cancelTimer();
    },
  };
}
