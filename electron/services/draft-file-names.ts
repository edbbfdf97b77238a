import { lstat, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { QUARANTINE_MESSAGE } from '../../shared/i18n/library';
import { syncFolder } from './atomic-file';

/**
 * The folders of a data folder that hold drafts, by what they hold: one
 * naming for the store, its read-only view and the backups.
 */
export const LIBRARY_FOLDERS = {
  drafts: 'drafts',
  /** Deleted drafts, as `<id>-<time>.json`. */
  deleted: 'borttagna',
  /** Draft files that could not be read, with the list saying why. */
  quarantine: 'karantan',
} as const;

/** The folder of `dataDir` that holds `what` (see {@link LIBRARY_FOLDERS}). */
export const libraryFolder = (dataDir: string, what: keyof typeof LIBRARY_FOLDERS): string => path.join(dataDir, LIBRARY_FOLDERS[what]);

/** A draft file's name: its id and `.json`; in lower case once the library is open (one id, one file). */
const DRAFT_FILE_NAME = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.json$/i;

/** The ids of the draft files in `draftsDir`, as named. */
export async function draftIdsIn(draftsDir: string): Promise<string[]> {
  return (await readdir(draftsDir)).filter((name) => DRAFT_FILE_NAME.test(name)).map((name) => name.slice(0, -'.json'.length));
}

/**
 * Gives each draft file copied in under an upper-case name its name in
 * lower case, as the store names every draft file. Where the lower-case
 * name is taken by another file, that one is the draft and this one is
 * returned to be set aside with its bytes; where it is the same file (a file
 * system that ignores case), only the case of its name changes. Run holding
 * the data folder's change lock: no app writes the folder meanwhile.
 *
 * @returns the second files of drafts, each with the reason to give
 */
export async function lowerCaseDraftFileNames(draftsDir: string): Promise<{ source: string; fileName: string; reason: string }[]> {
  const names = (await readdir(draftsDir)).filter((name) => DRAFT_FILE_NAME.test(name) && name !== name.toLowerCase());
  const duplicates: { source: string; fileName: string; reason: string }[] = [];
  for (const name of names) {
    const source = path.join(draftsDir, name);
    const target = path.join(draftsDir, name.toLowerCase());
    const [found, taken] = await Promise.all([lstat(source).catch(() => null), lstat(target).catch(() => null)]);
    if (!found?.isFile()) continue;
    if (!taken || (taken.ino === found.ino && taken.dev === found.dev)) await rename(source, target);
    else duplicates.push({ source, fileName: name, reason: QUARANTINE_MESSAGE.sameDraftTwice(name, path.basename(target)) });
  }
  if (names.length > 0) await syncFolder(draftsDir);
  return duplicates;
}
