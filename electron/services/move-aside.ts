import { constants } from 'node:fs';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './atomic-file';

/**
 * Puts a copy of a file into `dir` as `<name><ext>` (or `<name>-2<ext>` …
 * when that exists), never over another file: a hard link, or where the
 * file system has none a copy that refuses to overwrite. The original stays
 * until the caller removes it, after flushing `dir`, so a crash between
 * leaves the file in both places, never in neither.
 *
 * @returns the path of the copy, or null when the file was already gone
 */
export async function linkAside(source: string, dir: string, name: string, ext: string): Promise<string | null> {
  await mkdir(dir, { recursive: true });
  for (let n = 1; ; n++) {
    const target = path.join(dir, n === 1 ? `${name}${ext}` : `${name}-${n}${ext}`);
    try {
      await link(source, target).catch((error: unknown) => {
        if (errorCode(error) === 'EEXIST' || errorCode(error) === 'ENOENT') throw error;
        return copyFile(source, target, constants.COPYFILE_EXCL);
      });
      return target;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      if (errorCode(error) === 'ENOENT') return null;
      throw error;
    }
  }
}

/**
 * Moves a file into `dir` as {@link linkAside} copies it, then removes the
 * original, each step flushed to disk.
 *
 * @returns the path it was moved to, or null when the file was already gone
 */
export async function moveAside(source: string, dir: string, name: string, ext: string): Promise<string | null> {
  const target = await linkAside(source, dir, name, ext);
  if (!target) return null;
  await syncFolder(dir);
  await rm(source);
  await syncFolder(path.dirname(source));
  return target;
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException)?.code;
