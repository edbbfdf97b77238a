import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FolderLock, LOCK_FILE, readLock } from '../../../../electron/services/folder-lock';
import { ALWAYS_WRITABLE, guardWrites } from '../../../../electron/services/handlers';
import type { LibraryAccess } from '../../../../electron/services/service-deps';
import { Library, type LibraryOptions } from '../../../../electron/services/library';
import { UserError } from '../../../../shared/errors';
import { CHANNEL_NAMES, CHANNEL_WRITES } from '../../../../shared/ipc/channels';
import type { Handlers } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exampleDraft, folderBytes, tempDir } from '../../../support/fixtures';
import { testLibrary } from '../../../support/test-shell';

/**
 * The data folder as the app opens it (electron/services/library.ts), two
 * "computers" in one process: the lock decides who writes, the other reads
 * and is refused every write in Swedish before a service runs, and takes
 * over once the holder is gone.
 */

const ANNA = { user: 'anna', computer: 'KOMMUN-PC12', pid: process.pid };
const BERTIL = { user: 'bertil', computer: 'KOMMUN-PC13', pid: process.pid };
/** Short times, so a lock goes stale within a test. */
const FAST: LibraryOptions = { refreshMs: 40, staleAfterMs: 300 };

const opened: Library[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((library) => library.close()));
});

/** The library of `dataDir` as the app opens it, with its handlers; closed after each test. */
async function open(dataDir: string, options: LibraryOptions = {}) {
  const library = await testLibrary(dataDir, options);
  opened.push(library.library);
  return library;
}

const until = async (condition: () => boolean | Promise<boolean>, ms = 3000) => {
  const end = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('a data folder two computers open', () => {
  it('is writable for the first, read-only for the second, which says who has it and since when', async () => {
    const dataDir = tempDir();
    const anna = await open(dataDir, { owner: ANNA, now: () => new Date(2026, 2, 12, 9, 12) });
    expect(anna.library.status()).toEqual({ readOnly: false, reason: null, holder: null, canTakeOver: false, message: null });
    await anna.call('saveDraft', exampleDraft());

    const bertil = await open(dataDir, { owner: BERTIL, now: () => new Date(2026, 2, 12, 9, 14) });
    const status = await bertil.call('libraryStatus');
    expect(status).toMatchObject({ readOnly: true, reason: 'locked', canTakeOver: false, holder: { user: 'anna', computer: 'KOMMUN-PC12' } });
    expect(status.message).toBe(
      'Öppnad av anna på KOMMUN-PC12 sedan 09:12 – du kan läsa men inte ändra. Be den som har datamappen öppen att stänga Samverka, så kan du ta över.',
    );
    // Reading works: the list and the draft as Anna stored it.
    expect((await bertil.call('listDrafts')).map((d) => d.id)).toEqual([exampleDraft().id]);
    expect((await bertil.call('getDraft', exampleDraft().id)).title).toBe(exampleDraft().title);
  });

  it('refuses every write of the second in Swedish, before a service runs, and changes no file', async () => {
    const dataDir = tempDir();
    const anna = await open(dataDir, { owner: ANNA });
    await anna.call('saveDraft', exampleDraft());
    await anna.library.store.flush();
    const bertil = await open(dataDir, { owner: BERTIL });
    const before = folderBytes(dataDir);

    const draft = exampleDraft();
    const writes: [string, unknown[]][] = [
      ['createDraft', ['medborgarlofte']],
      ['saveDraft', [{ ...draft, title: 'Bertils ändring' }]],
      ['deleteDraft', [draft.id]],
      ['startRevision', [draft.id]],
      ['createFromExample', ['medborgarlofte-soderhamn-2020-2021']],
      ['exportDocx', [draft.id, { withPromises: false }]],
      ['shareDraft', [draft.id]],
      ['createBackup', []],
      ['restoreBackup', ['x']],
      ['createEmail', [draft.id, { subject: 'Utkast', body: '', attachments: ['utkast'], withPromises: false }]],
    ];
    for (const [channel, args] of writes) {
      const reply = await dispatch(bertil.handlers, channel, args);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
      if (!reply.ok) expect(reply.error.message).toMatch(/^Inget har ändrats\. Öppnad av anna på KOMMUN-PC12 sedan \d\d:\d\d – du kan läsa men inte ändra\./);
    }
    expect(folderBytes(dataDir)).toEqual(before);
    expect((await anna.call('getDraft', draft.id)).title).toBe(draft.title);
  });

  it('offers "Ta över" once the holder has stopped refreshing, and then writes', async () => {
    const dataDir = tempDir();
    // Anna's app stopped without giving the lock back (a crash on another computer): nothing refreshes it.
    const crashed = await FolderLock.acquire(dataDir, { owner: ANNA });
    expect(crashed.ok).toBe(true);
    const bertil = await open(dataDir, { owner: BERTIL, ...FAST });
    expect(bertil.library.status()).toMatchObject({ readOnly: true, canTakeOver: false });
    await expect(bertil.call('takeOverLibrary')).rejects.toThrow(/^Datamappen används fortfarande av anna på KOMMUN-PC12 sedan/);

    await until(() => bertil.library.status().canTakeOver);
    expect(bertil.library.status().message).toMatch(/Samverka hos anna verkar inte vara igång längre\. Välj ”Ta över”/);
    expect(await bertil.call('takeOverLibrary')).toMatchObject({ readOnly: false });
    const created = await bertil.call('createDraft', 'medborgarlofte');
    expect(readdirSync(path.join(dataDir, 'drafts'))).toContain(`${created.id}.json`);
    expect(await readLock(dataDir)).toMatchObject({ record: { user: 'bertil' } });
    // The crashed app's handle, closed as its process's end would; the lock it names is no longer its own.
    if (crashed.ok) await crashed.lock.release();
    expect(await readLock(dataDir)).toMatchObject({ record: { user: 'bertil' } });
  });

  it('never takes over a holder that keeps refreshing', async () => {
    const dataDir = tempDir();
    await open(dataDir, { owner: ANNA, ...FAST });
    const bertil = await open(dataDir, { owner: BERTIL, ...FAST });
    await new Promise((resolve) => setTimeout(resolve, 3 * 300));
    expect(bertil.library.status()).toMatchObject({ readOnly: true, canTakeOver: false });
  });

  it('offers "Ta över" when the holder quits, and reads what the holder wrote meanwhile', async () => {
    const dataDir = tempDir();
    const anna = await open(dataDir, { owner: ANNA, ...FAST });
    const bertil = await open(dataDir, { owner: BERTIL, ...FAST });
    expect(await bertil.call('listDrafts')).toEqual([]);
    await anna.call('saveDraft', exampleDraft());
    await until(async () => (await bertil.call('listDrafts')).length === 1);

    await anna.library.close();
    await until(() => bertil.library.status().canTakeOver);
    expect(bertil.library.status().message).toMatch(/inte längre öppen i Samverka någon annanstans/);
    expect(await bertil.call('takeOverLibrary')).toMatchObject({ readOnly: false });
    const stored = await bertil.call('getDraft', exampleDraft().id);
    await bertil.call('saveDraft', { ...stored, title: 'Bertils ändring' });
    expect((await bertil.call('getDraft', exampleDraft().id)).title).toBe('Bertils ändring');
  });

  it('turns read-only when another computer has taken the folder over, and refuses the next write', async () => {
    const dataDir = tempDir();
    // Anna's app is silent (a laptop asleep): it does not refresh within the test.
    const anna = await open(dataDir, { owner: ANNA, refreshMs: 60_000, staleAfterMs: 300 });
    await anna.call('saveDraft', exampleDraft());
    await anna.library.store.flush();
    const bertil = await open(dataDir, { owner: BERTIL, ...FAST });
    await until(() => bertil.library.status().canTakeOver);
    await bertil.call('takeOverLibrary');

    // Anna's laptop wakes up and she types on.
    await expect(anna.call('saveDraft', { ...exampleDraft(), title: 'Annas ändring' })).rejects.toThrow(
      /^Inget har ändrats\. Öppnad av bertil på KOMMUN-PC13 sedan \d\d:\d\d – du kan läsa men inte ändra\./,
    );
    expect(anna.library.status()).toMatchObject({ readOnly: true, reason: 'locked', holder: { user: 'bertil' } });
    expect((await bertil.call('getDraft', exampleDraft().id)).title).toBe(exampleDraft().title);
    expect(await readLock(dataDir)).toMatchObject({ record: { user: 'bertil' } });
  });

  it('gives the lock back when it closes', async () => {
    const dataDir = tempDir();
    const anna = await open(dataDir, { owner: ANNA });
    expect(readdirSync(dataDir)).toContain(LOCK_FILE);
    await anna.library.close();
    expect(readdirSync(dataDir)).not.toContain(LOCK_FILE);
  });
});

describe('a data folder whose disk refuses', () => {
  it('opens read-only when the store cannot be opened, says why, gives the lock back, and tries again', async () => {
    const dataDir = tempDir();
    let fail = true;
    const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const openStore = vi.fn(async (dir: string) => {
      if (fail) throw enospc;
      return (await import('../../../../electron/services/draft-store')).DraftStore.open(dir);
    });
    const { library, call } = await open(dataDir, { owner: ANNA, openStore });
    const status = await call('libraryStatus');
    expect(status).toMatchObject({ readOnly: true, reason: 'disk-full', canTakeOver: true });
    expect(status.message).toBe(
      'Disken där datamappen ligger är full, så inget kan sparas – du kan läsa men inte ändra. Frigör utrymme (töm papperskorgen eller ta bort stora filer) och välj ”Försök igen”.',
    );
    expect(readdirSync(dataDir)).not.toContain(LOCK_FILE);
    await expect(call('createDraft', 'medborgarlofte')).rejects.toThrow(/^Inget har ändrats\. Disken där datamappen ligger är full/);

    // Still full: still read-only.
    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: true, reason: 'disk-full' });
    fail = false;
    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: false });
    await call('createDraft', 'medborgarlofte');
    expect(library.status().readOnly).toBe(false);
  });

  it('opens an unreachable folder (a network drive that is gone) read-only and empty, without making it elsewhere', async () => {
    const gone = '/proc/1/natverksenhet/bibliotek';
    const { call } = await open(gone, { owner: ANNA });
    const status = await call('libraryStatus');
    expect(status).toMatchObject({ readOnly: true, reason: 'unreachable', canTakeOver: true });
    expect(status.message).toBe(
      `Datamappen ”${gone}” går inte att nå: mappen finns inte eller nätverksenheten är inte ansluten. Inga utkast kan visas eller sparas. Kontrollera anslutningen och välj ”Försök igen”.`,
    );
    expect(await call('listDrafts')).toEqual([]);
    expect(await call('listUnreadable')).toEqual([]);
  });

  it('makes a data folder that is not there yet, and its parent (a first start)', async () => {
    const dataDir = path.join(tempDir(), 'Samverka', 'bibliotek');
    const { library } = await open(dataDir, { owner: ANNA });
    expect(library.status().readOnly).toBe(false);
    expect(statSync(dataDir).isDirectory()).toBe(true);
  });
});

describe('the write guard', () => {
  it('refuses every channel that writes before its handler runs, and lets every other through', async () => {
    const called: string[] = [];
    const handlers = Object.fromEntries(
      CHANNEL_NAMES.map((name) => [
        name,
        async () => {
          called.push(name);
          return null;
        },
      ]),
    ) as unknown as Handlers;
    const refusing: LibraryAccess = {
      ...ALWAYS_WRITABLE,
      assertWritable: async () => {
        throw new UserError('read-only', 'Inget har ändrats. Disken är full.');
      },
    };
    const guarded = guardWrites(refusing, handlers);
    for (const name of CHANNEL_NAMES) {
      const call = (guarded[name] as () => Promise<unknown>)();
      if (CHANNEL_WRITES[name]) await expect(call, name).rejects.toThrow('Inget har ändrats. Disken är full.');
      else await call;
    }
    expect(called.sort()).toEqual(CHANNEL_NAMES.filter((name) => !CHANNEL_WRITES[name]).sort());
    // Becoming the writer is how a read-only window gets out of it; it must never be refused for being read-only.
    expect(CHANNEL_WRITES.takeOverLibrary).toBe(false);
    expect(CHANNEL_WRITES.libraryStatus).toBe(false);
  });
});
