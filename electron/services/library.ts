import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../../shared/errors';
import { DATA_FOLDER_MESSAGE, diskProblemMessage, readOnlyReasonOf } from '../../shared/i18n/data';
import { fileSystemCause, fileSystemCode } from '../../shared/i18n/file-system';
import type { FolderHolder, LibraryStatus } from '../../shared/ipc/contract';
import { DraftStore, type DraftStoreOptions } from './draft-store';
import {
  FolderLock,
  judgeLock,
  LOCK_REFRESH_MS,
  LockWatch,
  readLock,
  takeOverFolderLock,
  thisOwner,
  type FolderLockOptions,
  type LockOwner,
  type LockReading,
} from './folder-lock';
import type { LibraryStore, OpenLibrary } from './service-deps';
import { ReadOnlyLibrary } from './read-only-library';

/** How a library is opened; everything has the app's default, tests shorten the times. */
export interface LibraryOptions extends FolderLockOptions {
  /** How often the lock is refreshed (holding) or read (watching someone else's). */
  refreshMs?: number;
  /** This computer's monotonic clock in milliseconds, for how long a watched lock stays unchanged. */
  monotonic?: () => number;
  /** Options of the DraftStore opened for writing. */
  store?: DraftStoreOptions;
  /** Opens the library for writing; `DraftStore.open` by default. */
  openStore?: (dataDir: string, options?: DraftStoreOptions) => Promise<LibraryStore>;
  /** Reports what does not fail a call (a refresh that failed, a lost lock); console.error by default. */
  log?: (message: string, error: unknown) => void;
}

/** Where the library stands: this app writes (holding the lock), someone else does, or the disk refuses. */
type State =
  | { kind: 'writable'; lock: FolderLock }
  | { kind: 'locked'; reading: LockReading; watch: LockWatch }
  | { kind: 'failed'; code: string | undefined; detail: string };

/**
 * The data folder as the app opens it: for writing when this app can hold
 * its lock and open the DraftStore, and otherwise read-only — never not at
 * all, so the window always opens. Read-only when another computer holds the
 * lock (`locked`, with who and since when), or when the disk refuses (full,
 * read-only, no permission, unreachable: the lock or the store could not be
 * written). The reason and what to do are in {@link status}; every writing
 * channel is refused by {@link assertWritable} before a service runs.
 *
 * While this app holds the lock it refreshes it; a refresh or a check that
 * finds another holder's lock (this app was silent so long that it was taken
 * over) turns the library read-only at once. While someone else holds it, the
 * lock is read as often, so "Ta över" is offered once it is stale, and the
 * read-only view reads the drafts that changed, following their work.
 * {@link takeOver} makes this app the writer: it takes over a stale lock, or
 * tries again after a disk problem; the store then changes, which
 * {@link onStoreChange} tells the handlers.
 */
export class Library implements OpenLibrary {
  private current!: LibraryStore;
  private state!: State;
  private readonly listeners = new Set<() => void>();
  private readonly owner: LockOwner;
  private readonly monotonic: () => number;
  private readonly log: (message: string, error: unknown) => void;
  private readonly timer: NodeJS.Timeout;
  /** The tail of the library's changes of state (a tick, a takeover, a lost lock); each waits for the one before. */
  private changes: Promise<unknown> = Promise.resolve();
  private closed = false;

  private constructor(
    readonly dataDir: string,
    private readonly options: LibraryOptions,
  ) {
    this.owner = options.owner ?? thisOwner();
    this.monotonic = options.monotonic ?? (() => performance.now());
    this.log = options.log ?? ((message, error) => console.error(message, error));
    this.timer = setInterval(() => void this.serially(() => this.tick()).catch(() => undefined), options.refreshMs ?? LOCK_REFRESH_MS);
    this.timer.unref?.();
  }

  /** Opens the library in `dataDir`, read-only when it cannot be written. Never rejects for a problem of the folder or its disk. */
  static async open(dataDir: string, options: LibraryOptions = {}): Promise<Library> {
    const library = new Library(dataDir, options);
    await library.serially(() => library.openForWriting());
    return library;
  }

  /** The library the handlers use now: the DraftStore while writable, a read-only view otherwise. */
  get store(): LibraryStore {
    return this.current;
  }

  /** Tells `listener` each time {@link store} is replaced; returns how to stop. */
  onStoreChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): LibraryStatus {
    return libraryStatusOf(this.dataDir, this.state, {
      now: (this.options.now ?? (() => new Date()))(),
      self: this.owner,
      options: this.options,
      monotonic: this.monotonic,
    });
  }

  /**
   * Throws the Swedish refusal when the library may not be written now. While
   * writable, the lock is read first: a lock that is no longer this app's
   * makes the library read-only and the write is refused.
   */
  async assertWritable(): Promise<void> {
    const state = this.state;
    if (state.kind !== 'writable') throw this.refusal();
    if (await state.lock.verify()) return;
    await this.serially(() => (this.state === state ? this.lose(state) : Promise.resolve()));
    throw this.refusal();
  }

  /**
   * "Ta över" and "Försök igen": a stale (or released) lock is taken over,
   * and after a disk problem the folder is opened for writing again. A
   * holder that is still there is not taken over: a UserError says who it is.
   * Resolves to the status after the attempt.
   */
  takeOver(): Promise<LibraryStatus> {
    return this.serially(async () => {
      const state = this.state;
      if (state.kind === 'failed') await this.openForWriting();
      if (state.kind === 'locked') await this.takeOverLock(state);
      return this.status();
    });
  }

  /** Stops refreshing, writes what the store has pending and gives the lock back. */
  close(): Promise<void> {
    clearInterval(this.timer);
    return this.serially(async () => {
      if (this.closed) return;
      this.closed = true;
      if (this.state.kind !== 'writable') return;
      await this.current.flush().catch((error: unknown) => this.log('Samverka: writing what was pending before quitting failed', error));
      await this.state.lock.release();
    });
  }

  /** Runs `change` after the changes queued before it. */
  private serially<T>(change: () => Promise<T>): Promise<T> {
    const result = this.changes.then(change);
    this.changes = result.catch(() => undefined);
    return result;
  }

  private refusal(): UserError {
    return new UserError('read-only', DATA_FOLDER_MESSAGE.refused(this.status().message ?? ''));
  }

  /** Takes the lock and opens the store; on any failure, the read-only view and why. */
  private async openForWriting(): Promise<void> {
    let attempt;
    try {
      await ensureFolder(this.dataDir);
      attempt = await FolderLock.acquire(this.dataDir, { ...this.options, owner: this.owner });
    } catch (error) {
      return this.fail(error);
    }
    if (!attempt.ok) return this.watchHolder(attempt.reading);
    return this.openStore(attempt.lock);
  }

  private async openStore(lock: FolderLock): Promise<void> {
    let store: LibraryStore;
    try {
      store = await (this.options.openStore ?? DraftStore.open)(this.dataDir, this.options.store);
    } catch (error) {
      // Nobody can write here now, so nobody should wait for this app: the lock goes back.
      await lock.release();
      return this.fail(error);
    }
    this.state = { kind: 'writable', lock };
    this.use(store);
  }

  private async fail(error: unknown): Promise<void> {
    this.log('Samverka: the data folder cannot be written; it is opened read-only', error);
    const code = fileSystemCode(error);
    this.state = { kind: 'failed', code, detail: code ? fileSystemCause(code) : error instanceof Error ? error.message : String(error) };
    await this.readOnlyView();
  }

  private async watchHolder(reading: LockReading, watch = new LockWatch(this.monotonic)): Promise<void> {
    watch.observe(reading);
    this.state = { kind: 'locked', reading, watch };
    await this.readOnlyView();
  }

  /** The lock is someone else's now: the library turns read-only, without writing anything more. */
  private async lose(state: Extract<State, { kind: 'writable' }>): Promise<void> {
    this.log('Samverka: the data folder was taken over by another computer; it is read-only now', null);
    let reading: LockReading;
    try {
      reading = await readLock(this.dataDir);
    } catch {
      reading = { kind: 'none' };
    }
    await state.lock.release();
    await this.watchHolder(reading);
  }

  private async takeOverLock(state: Extract<State, { kind: 'locked' }>): Promise<void> {
    let reading: LockReading;
    try {
      reading = await readLock(this.dataDir);
    } catch (error) {
      return this.fail(error);
    }
    state.watch.observe(reading);
    this.state = { kind: 'locked', reading, watch: state.watch };
    if (!this.status().canTakeOver) throw this.stillHeld(reading);
    let attempt;
    try {
      attempt = await takeOverFolderLock(this.dataDir, reading, { ...this.options, owner: this.owner });
    } catch (error) {
      return this.fail(error);
    }
    if (!attempt.ok) {
      await this.watchHolder(attempt.reading, state.watch);
      throw this.stillHeld(attempt.reading);
    }
    await this.openStore(attempt.lock);
  }

  private stillHeld(reading: LockReading): UserError {
    return new UserError('still-held', DATA_FOLDER_MESSAGE.stillHeld(reading.kind === 'record' ? holderOf(reading) : null));
  }

  /** Every {@link LibraryOptions.refreshMs}: refresh the lock held, or read the lock watched and the drafts that changed. */
  private async tick(): Promise<void> {
    if (this.closed) return;
    const state = this.state;
    if (state.kind === 'writable') {
      let ours: boolean;
      try {
        ours = await state.lock.refresh();
      } catch (error) {
        // The folder is out of reach for a moment (a network drive); the check before each write decides.
        this.log('Samverka: refreshing the lock of the data folder failed', error);
        return;
      }
      if (!ours) await this.lose(state);
      return;
    }
    if (state.kind === 'locked') {
      try {
        const reading = await readLock(this.dataDir);
        state.watch.observe(reading);
        this.state = { ...state, reading };
      } catch {
        // Unreadable now: the lock counts as unchanged, and the view keeps what it read.
      }
    }
    if (this.current instanceof ReadOnlyLibrary) await this.current.refresh().catch(() => undefined);
  }

  /** The read-only view of the folder: the one already open (read again), or a new one. */
  private async readOnlyView(): Promise<void> {
    if (this.current instanceof ReadOnlyLibrary) {
      await this.current.refresh();
      return;
    }
    this.use(await ReadOnlyLibrary.open(this.dataDir, { refusal: () => this.refusal(), now: this.options.now }));
  }

  private use(store: LibraryStore): void {
    this.current = store;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Makes the data folder when it is not there, and its parent when that is
 * missing too (userData on a first start), but no further up: a folder IT set
 * on a network drive that is gone must say so (ENOENT), not be made
 * somewhere else. Node's recursive mkdir is not used: where a parent exists
 * but refuses children (a share that is gone, /proc) it retries forever.
 */
async function ensureFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir);
    return;
  } catch (error) {
    const code = fileSystemCode(error);
    if (code === 'EEXIST') {
      if ((await stat(dir)).isDirectory()) return;
      throw Object.assign(new Error(`not a folder: ${dir}`), { code: 'ENOTDIR' });
    }
    if (code !== 'ENOENT' || path.dirname(dir) === dir) throw error;
  }
  await mkdir(path.dirname(dir)).catch((error: unknown) => {
    if (fileSystemCode(error) !== 'EEXIST') throw error;
  });
  await mkdir(dir);
}

/** The holder a lock names. */
const holderOf = (reading: Extract<LockReading, { kind: 'record' }>): FolderHolder => ({
  user: reading.record.user,
  computer: reading.record.computer,
  since: reading.record.since,
});

/**
 * The status the window shows for a library's state: writable; locked by
 * someone (who, since when, and whether their lock is stale so "Ta över" may
 * be offered); or refused by the disk (why, and "Försök igen").
 */
function libraryStatusOf(
  dataDir: string,
  state: State,
  { now, self, options, monotonic }: { now: Date; self: LockOwner; options: LibraryOptions; monotonic: () => number },
): LibraryStatus {
  switch (state.kind) {
    case 'writable':
      return { readOnly: false, reason: null, holder: null, canTakeOver: false, message: null };
    case 'failed': {
      const reason = readOnlyReasonOf(state.code);
      return { readOnly: true, reason, holder: null, canTakeOver: true, message: diskProblemMessage(reason, dataDir, state.detail) };
    }
    case 'locked': {
      const { reading } = state;
      if (reading.kind === 'none') return { readOnly: true, reason: 'locked', holder: null, canTakeOver: true, message: DATA_FOLDER_MESSAGE.released() };
      const record = reading.kind === 'record' ? reading.record : null;
      const stale = judgeLock({ ...options, record, unchangedForMs: state.watch.unchangedFor(monotonic()), now, self });
      const holder = reading.kind === 'record' ? holderOf(reading) : null;
      const message = holder ? DATA_FOLDER_MESSAGE.locked(holder, stale, now) : DATA_FOLDER_MESSAGE.lockedUnknown(stale);
      return { readOnly: true, reason: 'locked', holder, canTakeOver: stale, message };
    }
  }
}
