import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { LOCK_FILE } from '../../../../electron/services/folder-lock';
import { Library, type LibraryOptions } from '../../../../electron/services/library';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exampleDraft, folderBytes, tempDir } from '../../../support/fixtures';
import { testHandlers, testLibrary } from '../../../support/test-shell';

/**
 * Start on any disk: a data folder on a full disk (a small tmpfs filled to
 * the last byte) and on a read-only one (a read-only bind mount, which root
 * respects too) opens read-only with a Swedish banner text; the services
 * list and read the drafts, refuse every write in Swedish, and leave every
 * file as it was. Mounting needs root (CI runs as root); where it is not
 * allowed, the test is skipped and says why.
 */

const mounts: string[] = [];
const libraries: Library[] = [];
afterEach(async () => {
  await Promise.all(libraries.splice(0).map((library) => library.close()));
  for (const dir of mounts.splice(0).reverse()) {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
    } catch (error) {
      console.warn(`umount ${dir} failed:`, error);
    }
  }
});

/** The library of `dataDir` as the app opens it, with its handlers; closed after each test. */
async function openLibrary(dataDir: string, options: LibraryOptions = {}) {
  const opened = await testLibrary(dataDir, options);
  libraries.push(opened.library);
  return opened;
}

/** Runs `mount` with `args`, the last being the mount point; null when it worked, else why this machine did not allow it. */
function mount(...args: string[]): string | null {
  try {
    execFileSync('mount', args, { stdio: 'pipe' });
    if (!args.includes('remount') && !args.some((arg) => arg.includes('remount'))) mounts.push(args.at(-1)!);
    return null;
  } catch (error) {
    return `mount ${args.join(' ')} is not allowed here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`;
  }
}

/** Makes `dir` a read-only bind mount of itself: root cannot write there either (EROFS). */
const readOnlyBind = (dir: string) => mount('--bind', dir, dir) ?? mount('-o', 'remount,bind,ro', dir);

/** Skips the test with a printed reason. */
function skip(context: { skip: (note?: string) => void }, reason: string): void {
  console.warn(`SKIPPED: ${reason}`);
  context.skip(reason);
}

/** A library with three drafts, closed again (its index written, its lock given back). */
async function fillLibrary(dataDir: string): Promise<string[]> {
  const { library, call } = await openLibrary(dataDir);
  await call('saveDraft', exampleDraft());
  const a = await call('createDraft', 'medborgarlofte');
  const b = await call('createDraft', 'samverkansoverenskommelse');
  await library.close();
  libraries.splice(libraries.indexOf(library), 1);
  return [exampleDraft().id, a.id, b.id].sort();
}

/** Writes into `file` until the disk refuses even one more byte. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1 << 16, 1 << 12, 1]) {
      const chunk = Buffer.alloc(size, 0x61);
      for (;;) {
        try {
          writeSync(fd, chunk);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
          throw error;
        }
      }
    }
  } finally {
    closeSync(fd);
  }
}

/** Every write the window can make, refused in Swedish with the banner's words, nothing written. */
async function expectWritesRefused(handlers: Parameters<typeof dispatch>[0], start: RegExp) {
  const draft = exampleDraft();
  for (const [channel, args] of [
    ['createDraft', ['medborgarlofte']],
    ['saveDraft', [{ ...draft, title: 'Ändrad' }]],
    ['deleteDraft', [draft.id]],
    ['startRevision', [draft.id]],
    ['createBackup', []],
  ] as const) {
    const reply = await dispatch(handlers, channel, args);
    expect(reply, channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
    if (!reply.ok) {
      expect(reply.error.message).toMatch(new RegExp(`^Inget har ändrats\\. ${start.source}`));
      expect(reply.error.message).not.toMatch(/E[A-Z]{3,}|oväntat/);
    }
  }
}

describe('a data folder on a full disk', () => {
  it('opens read-only, lists and reads the drafts, refuses writes in Swedish, keeps every file, and writes again once there is room', async (context) => {
    const disk = tempDir('samverka-full-');
    const problem = mount('-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', disk);
    if (problem) return skip(context, problem);
    const dataDir = path.join(disk, 'bibliotek');
    const ids = await fillLibrary(dataDir);
    // The index must be written again at the next start: what made the app fail to start at all.
    rmSync(path.join(dataDir, 'index.json'));
    fillDisk(path.join(disk, 'fyllnad'));
    const before = folderBytes(dataDir);

    const { handlers, call } = await openLibrary(dataDir);
    const status = await call('libraryStatus');
    expect(status).toMatchObject({ readOnly: true, reason: 'disk-full', canTakeOver: true });
    expect(status.message).toBe(
      'Disken där datamappen ligger är full, så inget kan sparas – du kan läsa men inte ändra. Frigör utrymme (töm papperskorgen eller ta bort stora filer) och välj ”Försök igen”.',
    );
    expect((await call('listDrafts')).map((draft) => draft.id).sort()).toEqual(ids);
    expect((await call('getDraft', exampleDraft().id)).title).toBe(exampleDraft().title);
    await expectWritesRefused(handlers, /Disken där datamappen ligger är full/);
    expect(folderBytes(dataDir)).toEqual(before);

    // "Försök igen" while still full: still read-only, still nothing written.
    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: true, reason: 'disk-full' });
    expect(folderBytes(dataDir)).toEqual(before);

    rmSync(path.join(disk, 'fyllnad'));
    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: false });
    const stored = await call('getDraft', exampleDraft().id);
    await call('saveDraft', { ...stored, title: 'Sparat efter städningen' });
    expect((await call('getDraft', exampleDraft().id)).title).toBe('Sparat efter städningen');
    expect(readdirSync(dataDir)).toContain(LOCK_FILE);
  });
});

describe('a read-only data folder', () => {
  it('opens read-only, lists and reads the drafts, refuses writes in Swedish and keeps every file', async (context) => {
    const dataDir = tempDir('samverka-ro-');
    const ids = await fillLibrary(dataDir);
    const before = folderBytes(dataDir);
    const problem = readOnlyBind(dataDir);
    if (problem) return skip(context, problem);

    const { handlers, call } = await openLibrary(dataDir);
    const status = await call('libraryStatus');
    expect(status).toMatchObject({ readOnly: true, reason: 'read-only', canTakeOver: true });
    expect(status.message).toBe(
      `Datamappen ”${dataDir}” är skrivskyddad, så inget kan sparas – du kan läsa men inte ändra. Be IT om skrivbehörighet och välj ”Försök igen”.`,
    );
    expect((await call('listDrafts')).map((draft) => draft.id).sort()).toEqual(ids);
    expect((await call('getDraft', ids[0])).id).toBe(ids[0]);
    await expectWritesRefused(handlers, /Datamappen ”.+” är skrivskyddad/);
    expect(folderBytes(dataDir)).toEqual(before);

    execFileSync('mount', ['-o', 'remount,bind,rw', dataDir], { stdio: 'pipe' });
    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: false });
    await call('createDraft', 'medborgarlofte');
  });

  it('says an OS error that reaches the boundary in Swedish, never as "Ett oväntat fel inträffade: EROFS …"', async (context) => {
    const dataDir = tempDir('samverka-ro-');
    mkdirSync(path.join(dataDir, 'drafts'));
    // A store opened before the folder turned read-only (a share remounted under the app), with no guard in front.
    const store = await DraftStore.open(dataDir);
    const problem = readOnlyBind(dataDir);
    if (problem) return skip(context, problem);
    const reply = await dispatch(testHandlers(store), 'createDraft', ['medborgarlofte']);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.message).not.toMatch(/^(Ett oväntat fel|E[A-Z]+)/);
      expect(reply.error.message).toMatch(/skrivskyddad/);
    }
    expect(existsSync(path.join(dataDir, 'drafts'))).toBe(true);
  });
});
