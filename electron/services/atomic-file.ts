import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that a crash leaves either the old or the new content:
 * a temporary file in the same folder, flushed to disk, renamed over the
 * target, and then the folder flushed so that the rename itself survives a
 * power cut. Used for every file the app writes: drafts, the index, exports.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const temp = await writeTempFile(filePath, data);
  try {
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(path.dirname(filePath));
}

/**
 * Writes `data` to `filePath` only if no file is there, atomically and
 * durably like {@link writeFileAtomic}, but never replacing a file another
 * writer made first (a hard link, unlike a rename, fails when the name is
 * taken). For a file that must be made once and then only read, such as a key.
 *
 * @returns whether this call made the file (false: it was there already)
 */
export async function createFileOnce(filePath: string, data: Uint8Array | string): Promise<boolean> {
  const temp = await writeTempFile(filePath, data);
  try {
    await link(temp, filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
  await syncFolder(path.dirname(filePath));
  return true;
}

/**
 * Writes `data` to a new temporary file beside `filePath` (see `tempName`),
 * flushed to disk and closed, and returns its path; removes it if that fails.
 */
async function writeTempFile(filePath: string, data: Uint8Array | string): Promise<string> {
  const temp = path.join(path.dirname(filePath), tempName(path.basename(filePath)));
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
  return temp;
}

/** The name of the temporary file `writeFileAtomic` writes beside `name`: `.<name>.<12 hex>.tmp`. */
function tempName(name: string): string {
  return `.${name}.${randomBytes(6).toString('hex')}.tmp`;
}

/**
 * Whether `name` is a temporary file left by `writeFileAtomic` (a process
 * killed between writing and renaming): safe to remove when no writer runs.
 */
export function isAtomicTempFile(name: string): boolean {
  return /^\..+\.[0-9a-f]{12}\.tmp$/.test(name);
}

/**
 * Removes the temporary files that killed writes left in `dir`, those for
 * which `ours` holds; only when no write to them can be under way (the
 * store does it holding the data folder's change lock).
 */
export async function removeAtomicTempFiles(dir: string, ours: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    if (isAtomicTempFile(name) && ours(name)) await rm(path.join(dir, name), { force: true });
  }
}

/**
 * Errors of flushing a folder where the platform does not allow it: Windows
 * cannot open a folder as a file (EISDIR, EPERM), and some file systems
 * refuse fsync on a folder (EINVAL). The file's content is already on disk then.
 */
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'EBADF']);

/** Flushes a folder's entries (a rename into it) to disk, where the platform allows it. */
export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException)?.code ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}
