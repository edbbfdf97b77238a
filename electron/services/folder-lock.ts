import { randomBytes, randomUUID } from 'node:crypto';
import { link, open, readFile, rm, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { FOLDER_HOLDER_TEXT } from '../../shared/i18n/data';

/**
 * The data folder's lock: one writer at a time, across computers. The
 * single-instance lock of Electron covers one computer only, and municipal
 * IT often puts the data folder on a network drive that two colleagues
 * open. So the folder itself holds a small file, {@link LOCK_FILE}, naming
 * who has it open for writing (user, computer, process, since when), which
 * the holder refreshes every {@link LOCK_REFRESH_MS} while the app runs.
 * Another app that finds it opens the folder read-only and says who has it.
 *
 * - **Never two holders.** The file is made whole beside its place and then
 *   hard-linked into it: `link` fails when the name exists, on local disks
 *   and on SMB shares alike, so exactly one of two apps starting at once gets
 *   it, and nobody ever reads a half-written lock. Where a file system has no
 *   hard links, an exclusive create (`wx`) decides instead.
 * - **Refreshed through the holder's open handle**, never by a rename over
 *   the name: a holder that was silent long enough to be taken over (a
 *   laptop that slept) writes into its own, no longer named, file and cannot
 *   overwrite the new holder's. It then finds another name in the file
 *   ({@link FolderLock.verify}, before every write) and stops writing.
 * - **Stale after a crash** ({@link judgeLock}): when the holder is on this
 *   computer and its process is gone; when its content has not changed for
 *   {@link LOCK_STALE_MS} while this app watched it (by this computer's own
 *   clock, so the computers' clocks need not agree); or when the time it was
 *   last refreshed is older than that by more than clocks on a Windows
 *   domain differ ({@link CLOCK_SKEW_MS}). A stale lock is taken over on the
 *   user's word ("Ta över"), one taker at a time ({@link takeOverFolderLock}).
 */

/** The lock's name in the data folder: it says who has the folder open ("öppnad av"). */
export const LOCK_FILE = 'oppnad-av.json';
/** Made while a stale lock is being taken over, so two takers never both win. */
const TAKEOVER_FILE = `${LOCK_FILE}.overtas`;

/**
 * Whether a name in the data folder belongs to the lock (the lock, the
 * takeover's marker, a lock being made). A backup must never copy these, nor
 * a restore replace them: the lock says who has the folder now, not then.
 */
export function isFolderLockFile(name: string): boolean {
  return name === LOCK_FILE || name.startsWith(`${LOCK_FILE}.`) || name.startsWith(`.${LOCK_FILE}.`);
}

/** How often the holder refreshes its lock. */
export const LOCK_REFRESH_MS = 15_000;
/** A lock unchanged this long (four missed refreshes) is stale: its holder has stopped, or lost the folder. */
export const LOCK_STALE_MS = 4 * LOCK_REFRESH_MS;
/**
 * How far the clocks of two computers may differ: five minutes, what a
 * Windows domain (Kerberos) tolerates. Only a refresh time older than this on
 * top of {@link LOCK_STALE_MS} makes a lock stale without watching it.
 */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** The lock file is padded to this size, so a refresh rewrites it in place without changing its length. */
const LOCK_BYTES = 1024;
/** How long a user or computer name may be in the file (names longer than this are cut). */
const NAME_CHARS = 200;

const lockSchema = z.object({
  format: z.literal('samverka-las'),
  formatVersion: z.literal(1),
  user: z.string().max(NAME_CHARS),
  computer: z.string().max(NAME_CHARS),
  pid: z.number().int(),
  /** When the holder opened the folder (ISO time, the holder's clock). */
  since: z.string(),
  /** When the holder last refreshed the lock (ISO time, the holder's clock). */
  refreshedAt: z.string(),
  /** Says which lock this is: a holder knows its own by it. */
  token: z.string().max(100),
});
export type LockRecord = z.infer<typeof lockSchema>;

/** Who is opening the folder. */
export interface LockOwner {
  user: string;
  computer: string;
  pid: number;
}

/** This process on this computer, by the names the user and IT know (`anna`, `KOMMUN-PC12`). */
export function thisOwner(): LockOwner {
  let user = '';
  try {
    user = os.userInfo().username;
  } catch {
    // No user entry (some containers): the environment's name, as Windows and Unix set it.
    user = process.env.USERNAME ?? process.env.USER ?? '';
  }
  return { user: user || FOLDER_HOLDER_TEXT.unknownUser, computer: os.hostname() || FOLDER_HOLDER_TEXT.unknownComputer, pid: process.pid };
}

/** How a lock is judged and made; everything has the real world's default. */
export interface FolderLockOptions {
  owner?: LockOwner;
  /** Wall-clock time, for the times written in the lock. */
  now?: () => Date;
  staleAfterMs?: number;
  clockSkewMs?: number;
  /** Whether a process of this computer is still running; `process.kill(pid, 0)` by default. */
  isAlive?: (pid: number) => boolean;
}

/** What is at the lock's place: nothing, a lock, or a file that does not read as one (being written by `wx`, or damaged). */
export type LockReading = { kind: 'none' } | { kind: 'record'; record: LockRecord; text: string } | { kind: 'unreadable'; text: string };

/** Whether a process runs on this computer: signal 0 only asks. EPERM means it runs as another user. */
export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What {@link judgeLock} weighs. */
export interface LockJudgement {
  /** The lock as read, or null when it did not read as one. */
  record: LockRecord | null;
  /** How long its content has stayed the same while this app watched it, by this computer's own clock. */
  unchangedForMs: number;
  /** Wall-clock time now, on this computer. */
  now: Date;
  self: LockOwner;
  staleAfterMs?: number;
  clockSkewMs?: number;
  isAlive?: (pid: number) => boolean;
}

/**
 * Whether a lock someone else holds is stale, so that the folder may be taken
 * over: its holder is a process of this computer that is gone (a crash, a
 * kill); or the lock has not changed for `staleAfterMs` while we watched; or
 * its last refresh, by the holder's clock, is older than `staleAfterMs` plus
 * the clock difference two computers may have. A lock of this very process
 * (two libraries in one process, as tests open them) is never stale by its pid.
 */
export function judgeLock({ record, unchangedForMs, now, self, staleAfterMs = LOCK_STALE_MS, clockSkewMs = CLOCK_SKEW_MS, isAlive = processIsAlive }: LockJudgement): boolean {
  if (unchangedForMs >= staleAfterMs) return true;
  if (!record) return false;
  if (sameComputer(record.computer, self.computer) && record.pid !== self.pid && !isAlive(record.pid)) return true;
  const refreshed = Date.parse(record.refreshedAt);
  return Number.isFinite(refreshed) && now.getTime() - refreshed >= staleAfterMs + clockSkewMs;
}

/** Computer names compare without case, as Windows and SMB treat them. */
const sameComputer = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Watches a lock someone else holds: how long its content has stayed the
 * same, by this computer's monotonic clock (a change of the wall clock, or
 * another computer's, does not matter).
 */
export class LockWatch {
  /** The content last read (null: no lock there), and since when it has been that; undefined before the first reading. */
  private last: { text: string | null; since: number } | undefined;

  constructor(private readonly monotonic: () => number = () => performance.now()) {}

  /** Records what was read now; returns how long that content has been unchanged. */
  observe(reading: LockReading): number {
    const now = this.monotonic();
    const text = reading.kind === 'none' ? null : reading.text;
    if (!this.last || this.last.text !== text) this.last = { text, since: now };
    return now - this.last.since;
  }

  /** How long the content last read has been unchanged, as of `now` on the same clock; 0 before anything was read. */
  unchangedFor(now: number = this.monotonic()): number {
    return this.last ? now - this.last.since : 0;
  }
}

/** The path of a data folder's lock. */
export const lockPath = (dataDir: string) => path.join(dataDir, LOCK_FILE);

/**
 * Reads the lock at `dataDir`. A read that catches a refresh half-written (in
 * place, so it can tear) or a `wx` lock not yet filled is tried again a
 * moment later before it counts as unreadable. Any failure other than a
 * missing file is thrown: the caller decides what an unreachable folder means.
 */
export async function readLock(dataDir: string, file = lockPath(dataDir)): Promise<LockReading> {
  let text = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { kind: 'none' };
      throw error;
    }
    const record = parseLock(text);
    if (record) return { kind: 'record', record, text };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { kind: 'unreadable', text };
}

function parseLock(text: string): LockRecord | null {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The lock's bytes: its JSON padded with spaces to {@link LOCK_BYTES}, so every write of it is the same length. */
function lockBytes(record: LockRecord): Buffer {
  const json = JSON.stringify(record, null, 2);
  const bytes = Buffer.alloc(Math.max(LOCK_BYTES, Buffer.byteLength(json) + 1), ' ');
  bytes.write(json, 0, 'utf8');
  bytes[bytes.length - 1] = 0x0a;
  return bytes;
}

/** The result of trying to get the lock: held, or someone else has it (what was read at its place). */
export type LockAttempt = { ok: true; lock: FolderLock } | { ok: false; reading: LockReading };

/** Errors of `link` on a file system without hard links (FAT, some SMB servers and FUSE mounts). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EINVAL', 'EMLINK']);

/**
 * A lock this app holds on a data folder. Refresh it every
 * {@link LOCK_REFRESH_MS}; {@link verify} it before every write; release it
 * when the app quits.
 */
export class FolderLock {
  private constructor(
    readonly dataDir: string,
    private current: LockRecord,
    private handle: FileHandle,
    private readonly now: () => Date,
  ) {}

  /** The lock as it is written now. */
  get record(): LockRecord {
    return { ...this.current };
  }

  /**
   * Takes the lock of `dataDir` if nobody has it. Throws what the file system
   * says when the lock cannot be written at all (a full or read-only disk, no
   * permission, a folder that is gone): then nobody can write there anyway.
   */
  static async acquire(dataDir: string, options: FolderLockOptions = {}): Promise<LockAttempt> {
    const now = options.now ?? (() => new Date());
    const owner = options.owner ?? thisOwner();
    const stamp = now().toISOString();
    const record: LockRecord = {
      format: 'samverka-las',
      formatVersion: 1,
      user: owner.user.slice(0, NAME_CHARS),
      computer: owner.computer.slice(0, NAME_CHARS),
      pid: owner.pid,
      since: stamp,
      refreshedAt: stamp,
      token: randomUUID(),
    };
    const handle = await createLockFile(dataDir, record);
    if (!handle) return { ok: false, reading: await readLock(dataDir) };
    return { ok: true, lock: new FolderLock(dataDir, record, handle, now) };
  }

  /**
   * Writes the time again through the open handle, then checks that the
   * folder's lock is still this one. False when it is not (someone took the
   * folder over while this app was silent): the app must stop writing.
   */
  async refresh(): Promise<boolean> {
    const next = { ...this.current, refreshedAt: this.now().toISOString() };
    const bytes = lockBytes(next);
    await this.handle.write(bytes, 0, bytes.length, 0);
    await this.handle.datasync();
    this.current = next;
    return this.verify();
  }

  /**
   * Whether the folder's lock is still this one. A lock file that has
   * vanished (removed by hand) is made again, if nobody else has made one
   * meanwhile. Failures to read the folder are thrown: a write would fail too.
   */
  async verify(): Promise<boolean> {
    const reading = await readLock(this.dataDir);
    if (reading.kind === 'record') return reading.record.token === this.current.token;
    if (reading.kind === 'unreadable') return false;
    const handle = await createLockFile(this.dataDir, this.current);
    if (!handle) return false;
    await this.handle.close().catch(() => undefined);
    this.handle = handle;
    return true;
  }

  /** Removes the lock, if it is still this one, and closes its handle. Never throws: quitting goes on. */
  async release(): Promise<void> {
    try {
      if (await this.verify()) await rm(lockPath(this.dataDir), { force: true });
    } catch {
      // A folder that cannot be reached keeps the lock; it goes stale and can be taken over.
    } finally {
      await this.handle.close().catch(() => undefined);
    }
  }
}

/**
 * Makes the lock file holding `record`, or returns null when a lock is
 * already there. The file is written whole and flushed under a temporary
 * name, then hard-linked to the lock's name, which fails if that exists; the
 * handle stays open for refreshing. Without hard links, an exclusive create.
 */
async function createLockFile(dataDir: string, record: LockRecord): Promise<FileHandle | null> {
  const target = lockPath(dataDir);
  const temp = path.join(dataDir, `.${LOCK_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  const bytes = lockBytes(record);
  const handle = await open(temp, 'wx+');
  let failure: unknown = null;
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
    await link(temp, target);
  } catch (error) {
    failure = error;
  } finally {
    await rm(temp, { force: true }).catch(() => undefined);
  }
  if (failure === null) return handle;
  await handle.close().catch(() => undefined);
  if (errorCode(failure) === 'EEXIST') return null;
  if (!NO_HARD_LINKS.has(errorCode(failure) ?? '')) throw failure;
  return createExclusively(target, bytes);
}

/** The lock made by an exclusive create, for a file system without hard links; null when one exists. */
async function createExclusively(target: string, bytes: Buffer): Promise<FileHandle | null> {
  let handle: FileHandle;
  try {
    handle = await open(target, 'wx+');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return null;
    throw error;
  }
  try {
    await handle.write(bytes, 0, bytes.length, 0);
    await handle.sync();
    return handle;
  } catch (error) {
    // A lock that could not be written whole is no lock: leave none rather than an empty one.
    await handle.close().catch(() => undefined);
    await rm(target, { force: true }).catch(() => undefined);
    throw error;
  }
}

/**
 * "Ta över": replaces a lock judged stale (`observed`, exactly as it was read
 * when judged) with this app's own. One taker at a time: the taker first
 * makes a marker file, which fails if another is taking over. The lock is
 * read again under the marker; if it changed since it was judged (its holder
 * refreshed it, or someone else took over), nothing is replaced and the
 * current lock is returned. A marker left by a taker that crashed is itself
 * judged as a lock is, and removed when stale.
 */
export async function takeOverFolderLock(dataDir: string, observed: LockReading, options: FolderLockOptions = {}): Promise<LockAttempt> {
  const marker = path.join(dataDir, TAKEOVER_FILE);
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? thisOwner();
  const markerText = lockBytes({
    format: 'samverka-las',
    formatVersion: 1,
    user: owner.user.slice(0, NAME_CHARS),
    computer: owner.computer.slice(0, NAME_CHARS),
    pid: owner.pid,
    since: now().toISOString(),
    refreshedAt: now().toISOString(),
    token: randomUUID(),
  });
  if (!(await makeMarker(marker, markerText))) {
    const left = await readLock(dataDir, marker);
    const stale = judgeLock({ ...options, record: left.kind === 'record' ? left.record : null, unchangedForMs: 0, now: now(), self: owner });
    if (!stale || left.kind === 'none') return { ok: false, reading: await readLock(dataDir) };
    await rm(marker, { force: true });
    if (!(await makeMarker(marker, markerText))) return { ok: false, reading: await readLock(dataDir) };
  }
  try {
    const current = await readLock(dataDir);
    const observedText = observed.kind === 'none' ? null : observed.text;
    if (current.kind !== 'none' && current.text !== observedText) return { ok: false, reading: current };
    if (current.kind !== 'none') await rm(lockPath(dataDir), { force: true });
    return await FolderLock.acquire(dataDir, options);
  } finally {
    await rm(marker, { force: true }).catch(() => undefined);
  }
}

/** Creates the takeover's marker; false when one is there already. */
async function makeMarker(marker: string, bytes: Buffer): Promise<boolean> {
  let handle: FileHandle;
  try {
    handle = await open(marker, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.write(bytes, 0, bytes.length, 0);
  } finally {
    await handle.close();
  }
  return true;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
