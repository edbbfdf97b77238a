import { AsyncLocalStorage } from 'node:async_hooks';
import path from 'node:path';

/**
 * The gate of a data folder's writers that are not the store (the history,
 * the export log): they pass it side by side, and a restore of a backup,
 * which swaps the folders they write in, runs through it alone. A restore
 * waits for the writes that have passed, and writes that come while it
 * waits or runs wait until it has ended; so none lands in a folder that is
 * being moved away, or creates one where the restored folder goes.
 *
 * The store has its own queue of changes (`DraftStore.replaceLibrary`); a
 * restore passes this gate first and then that queue, and nothing that
 * holds the store's queue waits for this gate, so the two never wait for
 * each other.
 */
export class WriteGate {
  private passing = 0;
  /** Resolves when the restore that holds (or waits for) the gate has ended; null while the gate is open. */
  private closed: Promise<void> | null = null;
  private drained: (() => void) | null = null;
  /** Marks the work of a pass, so that a pass inside it (a history write inside a version restore) does not wait for a restore waiting on the outer one. */
  private readonly inside = new AsyncLocalStorage<WriteGate>();

  /** Runs `write` when no restore runs; other writes may run beside it. */
  async pass<T>(write: () => Promise<T>): Promise<T> {
    if (this.inside.getStore() === this) return write();
    while (this.closed) await this.closed;
    this.passing++;
    try {
      return await this.inside.run(this, write);
    } finally {
      if (--this.passing === 0) this.drained?.();
    }
  }

  /** Runs `work` alone: after the writes that have passed, with every new one waiting until it ends. */
  async alone<T>(work: () => Promise<T>): Promise<T> {
    while (this.closed) await this.closed;
    let open!: () => void;
    this.closed = new Promise((resolve) => (open = resolve));
    try {
      if (this.passing > 0) await new Promise<void>((resolve) => (this.drained = resolve));
      this.drained = null;
      return await work();
    } finally {
      this.closed = null;
      open();
    }
  }
}

/** One gate per data folder and process, whichever part asks for it. */
const gates = new Map<string, WriteGate>();

/**
 * The gate of the data folder `dataDir` in this process: the history, the
 * export log and the backup handlers of one folder get the same one
 * however many sets of handlers are made on it, as the export log's updates
 * share one queue per file.
 */
export function writeGateOf(dataDir: string): WriteGate {
  const key = path.resolve(dataDir);
  let gate = gates.get(key);
  if (!gate) {
    gate = new WriteGate();
    gates.set(key, gate);
  }
  return gate;
}
