import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, stat, utimes } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../shared/errors';
import { STORE_MESSAGE } from '../../shared/i18n/library';

/** What the lock file says of its holder. */
interface Holder {
  pid: number;
  host: string;
  /** Tells this holding from a later one of the same process. */
  token: string;
}

export interface ChangeLockOptions {
  /** A lock untouched for this long is a dead holder's, whoever it names. */
  staleMs?: number;
  /** How long a change waits for another app's before it is refused as busy. */
  waitMs?: number;
}

/**
 * The lock's name in the data folder, beside index.json. A restore that
 * swaps the folder's contents must leave it where it is (its swap runs
 * holding it), and a backup need not copy it.
 */
export const CHANGE_LOCK_FILE = '.change.lock';

const STALE_MS = 30_000;
const WAIT_MS = 20_000;

/** The tokens of the locks this process holds now, of any store: a lock naming this process with another token is a leftover. */
const heldHere = new Set<string>();

/**
 * The changes of this process waiting for each lock file, by its full path:
 * the store's lock and the export log's are two of one file. Within one
 * process they take turns here and meet at the file only one at a time, so
 * a lock file naming this process is always a leftover when it is looked at
 * (a waiter that read a lock just released, and judged it so, would
 * otherwise move the next holder's lock aside).
 */
const turns = new Map<string, Promise<unknown>>();

/** Runs `run` after every earlier change of this process on `file`, whatever became of them. */
function inTurn<T>(file: string, run: () => Promise<T>): Promise<T> {
  const key = path.resolve(file);
  const result = (turns.get(key) ?? Promise.resolve()).catch(() => undefined).then(run);
  const done = result.catch(() => undefined);
  turns.set(key, done);
  void done.then(() => {
    if (turns.get(key) === done) turns.delete(key);
  });
  return result;
}

/**
 * The lock that makes each change of a data folder one step for every app
 * that writes it, not only within one (the store's queue does that): a
 * conditional save reads the file's version and writes its own, and another
 * app's write between the two would be overwritten unseen. The data folder
 * may be on a network drive two colleagues open; the app's own lock (one
 * writer, others read-only) keeps that rare, and this is the wall behind it.
 *
 * The lock is a file created only if absent (a hard link of a file already
 * holding its holder, so it is never seen empty; `wx` where the file system
 * has no hard links), held for one change: milliseconds. A holder that died
 * is recognised by its process being gone (same computer; a lock naming
 * this very process that none of its stores holds is a leftover too) or by
 * the file untouched for `staleMs` (a holder refreshes it while its change runs).
 * Two apps that find the same dead holder at once may both take over; that
 * needs a crash and a race within milliseconds, and is accepted. Within one
 * app, the locks of one file take turns before they reach it ({@link inTurn}).
 */
export class ChangeLock {
  private readonly staleMs: number;
  private readonly waitMs: number;

  constructor(
    readonly file: string,
    options: ChangeLockOptions = {},
  ) {
    this.staleMs = options.staleMs ?? STALE_MS;
    this.waitMs = options.waitMs ?? WAIT_MS;
  }

  /** Runs `change` holding the lock; refuses with a UserError (`busy`) when another app holds it too long. */
  hold<T>(change: () => Promise<T>): Promise<T> {
    return inTurn(this.file, () => this.holdFile(change));
  }

  private async holdFile<T>(change: () => Promise<T>): Promise<T> {
    const holder = await this.acquire();
    const refresh = setInterval(() => void utimes(this.file, new Date(), new Date()).catch(() => undefined), this.staleMs / 3);
    refresh.unref?.();
    try {
      return await change();
    } finally {
      clearInterval(refresh);
      heldHere.delete(holder.token);
      await this.release(holder);
    }
  }

  private async acquire(): Promise<Holder> {
    const holder: Holder = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
    // Known before the lock file exists: another store of this process must never find it and judge it a leftover.
    heldHere.add(holder.token);
    try {
      const started = Date.now();
      for (let attempt = 0; ; attempt++) {
        if (await this.create(holder)) return holder;
        if (await this.isStale()) {
          await this.breakStale();
          continue;
        }
        if (Date.now() - started > this.waitMs) throw new UserError('busy', STORE_MESSAGE.busy());
        // Changes take milliseconds: wait a little, a little longer each time, and never in step with another app.
        await new Promise((resolve) => setTimeout(resolve, Math.min(50, 1 + attempt) * (0.5 + Math.random())));
      }
    } catch (error) {
      heldHere.delete(holder.token);
      throw error;
    }
  }

  /** Creates the lock file naming `holder`; false when it exists. */
  private async create(holder: Holder): Promise<boolean> {
    const text = JSON.stringify(holder);
    // Named as writeFileAtomic names its temporary files, so a killed app's leftover is removed with theirs.
    const temp = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${randomBytes(6).toString('hex')}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    try {
      await link(temp, this.file);
      return true;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      if (!LINK_UNSUPPORTED.has(errorCode(error) ?? '')) throw error;
      return this.createWithoutLink(text);
    } finally {
      await rm(temp, { force: true });
    }
  }

  /** Where the file system has no hard links: created exclusively, then written (a reader may see it empty for a moment). */
  private async createWithoutLink(text: string): Promise<boolean> {
    let handle;
    try {
      handle = await open(this.file, 'wx');
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
    return true;
  }

  /** Whether the lock's holder is gone: its process ended on this computer, or the lock is untouched for `staleMs`. */
  private async isStale(): Promise<boolean> {
    const [text, info] = await Promise.all([readFile(this.file, 'utf8').catch(() => null), stat(this.file).catch(() => null)]);
    // Released meanwhile: not stale, just free; the next attempt takes it.
    if (!info) return false;
    if (Date.now() - info.mtimeMs > this.staleMs) return true;
    const holder = parseHolder(text);
    if (holder === null || holder.host !== os.hostname()) return false;
    // This process holds none it does not know of: a copy brought back by a restore, or left by a killed store of an earlier run with the same id.
    if (holder.pid === process.pid) return !heldHere.has(holder.token);
    return !processExists(holder.pid);
  }

  /** Moves a dead holder's lock out of the way (a rename: of two apps doing it at once, one succeeds), then removes it. */
  private async breakStale(): Promise<void> {
    const aside = `${this.file}.${randomBytes(6).toString('hex')}.stale`;
    try {
      await rename(this.file, aside);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
      return;
    }
    await rm(aside, { force: true });
  }

  /** Removes the lock if it is still this holder's (it is not when another app judged it stale and took over). */
  private async release(holder: Holder): Promise<void> {
    const current = parseHolder(await readFile(this.file, 'utf8').catch(() => null));
    if (current?.token === holder.token) await rm(this.file, { force: true });
  }
}

/** File systems without hard links answer so (FAT, some network shares). */
const LINK_UNSUPPORTED = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

function parseHolder(text: string | null): Holder | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' ? (value as Holder) : null;
  } catch {
    return null;
  }
}

/** Whether a process with this id runs on this computer (EPERM: it does, as another user). */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
