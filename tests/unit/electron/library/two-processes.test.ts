import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE, readLock } from '../../../../electron/services/folder-lock';
import { Library, type LibraryOptions } from '../../../../electron/services/library';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exampleDraft, folderBytes, tempDir } from '../../../support/fixtures';
import { testLibrary } from '../../../support/test-shell';
import { bundleChild } from '../crash/child-process';

/**
 * The data folder's lock for real: the app's library and handlers in two
 * PROCESSES on one folder (holder.ts, bundled with esbuild, is the other
 * computer or window). The second is read-only and every write it tries is
 * refused in Swedish, with no file changed; when the holder is killed with
 * SIGKILL (a crash: no lock given back) and its lock is stale, the second
 * takes over and writes.
 */

let holderScript: string;
let draftFile: string;

beforeAll(async () => {
  const dir = tempDir('samverka-lock-build-');
  ({ script: holderScript } = await bundleChild(path.join(import.meta.dirname, 'holder.ts'), dir));
  draftFile = path.join(dir, 'draft.json');
  writeFileSync(draftFile, JSON.stringify(exampleDraft()));
});

interface Holder {
  child: ChildProcess;
  pid: number;
  readOnly: boolean;
  draftId: string | null;
  /** Resolves when the process has ended and been reaped (a zombie still answers to its pid). */
  exited: Promise<void>;
}

const children: ChildProcess[] = [];
const libraries: Library[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  await Promise.all(libraries.splice(0).map((library) => library.close()));
});

/** The library of `dataDir` as the app opens it, with its handlers; closed after each test. */
async function openHere(dataDir: string, options: LibraryOptions = {}) {
  const opened = await testLibrary(dataDir, options);
  libraries.push(opened.library);
  return opened;
}

/** Starts holder.ts on `dataDir` and waits for its line. */
function startHolder(dataDir: string, { refreshMs = 100, computer = '', draft = true } = {}): Promise<Holder> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [holderScript, dataDir, draft ? draftFile : '-', String(refreshMs), computer], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    let out = '';
    let err = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ child, exited, ...JSON.parse(line) });
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`holder ended (${code}) before it was ready: ${err}`));
    });
  });
}

const until = async (condition: () => boolean, ms: number) => {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

// Node processes start slowly on a busy CI machine, six at once slower still.
describe('two processes on one data folder', { timeout: 30_000 }, () => {
  it('makes the second read-only, refuses its writes, and lets it take over once the holder is killed', async () => {
    const dataDir = tempDir();
    const holder = await startHolder(dataDir);
    expect(holder).toMatchObject({ readOnly: false, draftId: exampleDraft().id });

    // A long stale time: only the holder's process being gone can make its lock stale here.
    const { library, handlers, call } = await openHere(dataDir, { refreshMs: 50, staleAfterMs: 10 * 60_000 });
    const status = await call('libraryStatus');
    expect(status).toMatchObject({ readOnly: true, reason: 'locked', canTakeOver: false, holder: { user: os.userInfo().username, computer: os.hostname() } });
    expect(status.message).toMatch(/^Öppnad av .+ på .+ sedan \d\d:\d\d – du kan läsa men inte ändra\./);
    expect(await readLock(dataDir)).toMatchObject({ record: { pid: holder.pid } });

    // It reads what the holder stored …
    expect((await call('listDrafts')).map((draft) => draft.id)).toEqual([exampleDraft().id]);
    const stored = await call('getDraft', exampleDraft().id);
    // … and every write is refused before a service runs, in Swedish, with nothing changed.
    const before = folderBytes(dataDir, (name) => name === LOCK_FILE);
    for (const [channel, args] of [
      ['saveDraft', [{ ...stored, title: 'Ändrad i fönster två' }]],
      ['createDraft', ['medborgarlofte']],
      ['deleteDraft', [stored.id]],
      ['setAgreement', [stored.id, null]],
      ['saveFollowUp', [stored.id, stored.activities[0].id, { status: 'genomford', outcome: null, comment: '' }]],
    ] as const) {
      const reply = await dispatch(handlers, channel, args);
      expect(reply, channel).toMatchObject({ ok: false, error: { code: 'read-only' } });
      if (!reply.ok) expect(reply.error.message).toMatch(/^Inget har ändrats\. Öppnad av .+ – du kan läsa men inte ändra\./);
    }
    expect(folderBytes(dataDir, (name) => name === LOCK_FILE)).toEqual(before);

    // The holder crashes: no lock is given back.
    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(readdirSync(dataDir)).toContain(LOCK_FILE);
    await until(() => library.status().canTakeOver, 5000);
    expect(library.status().message).toMatch(/verkar inte vara igång längre\. Välj ”Ta över”/);

    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: false, reason: null });
    expect(await readLock(dataDir)).toMatchObject({ record: { pid: process.pid } });
    const current = await call('getDraft', stored.id);
    await call('saveDraft', { ...current, title: 'Ändrad i fönster två' });
    expect((await call('getDraft', stored.id)).title).toBe('Ändrad i fönster två');
  });

  it('waits for a holder on another computer to stop refreshing before it offers "Ta över"', async () => {
    const dataDir = tempDir();
    const holder = await startHolder(dataDir, { computer: 'KOMMUN-PC12', refreshMs: 100 });
    const { library, call } = await openHere(dataDir, { refreshMs: 50, staleAfterMs: 800 });
    expect(library.status()).toMatchObject({ readOnly: true, holder: { computer: 'KOMMUN-PC12' } });

    // Alive and refreshing: never stale, however long it is watched.
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(library.status().canTakeOver).toBe(false);
    await expect(call('takeOverLibrary')).rejects.toThrow(/^Datamappen används fortfarande av .+ på KOMMUN-PC12/);

    // Its pid means nothing on this computer; its silence does.
    holder.child.kill('SIGKILL');
    await holder.exited;
    const killed = Date.now();
    await until(() => library.status().canTakeOver, 5000);
    expect(Date.now() - killed).toBeGreaterThanOrEqual(600);
    expect(await call('takeOverLibrary')).toMatchObject({ readOnly: false });
    await call('createDraft', 'medborgarlofte');
  });

  it('gives exactly one of several apps starting at once on a fresh folder the right to write', async () => {
    const dataDir = tempDir();
    const started = await Promise.all(Array.from({ length: 6 }, () => startHolder(dataDir, { draft: false })));
    expect(started.filter((holder) => !holder.readOnly)).toHaveLength(1);
    const writer = started.find((holder) => !holder.readOnly)!;
    expect(await readLock(dataDir)).toMatchObject({ record: { pid: writer.pid } });
  });
});
