import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it, vi } from 'vitest';
import { DurableJsonFile } from '../../../../electron/services/durable-json-file';
import { LibraryDrafts } from '../../../../electron/services/library-drafts';
import { FORMAT_VERSION } from '../../../../shared/draft/limits';
import { STORE_MESSAGE } from '../../../../shared/i18n/library';
import { exampleDraft, tempDir } from '../../../support/fixtures';

const ID = exampleDraft().id;
const OTHER_ID = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const NOW = () => new Date('2026-11-21T10:00:00.000Z');

/** The drafts of a fresh data folder, loaded, with index writes made at once. */
async function drafts(dir = tempDir()): Promise<LibraryDrafts> {
  const library = new LibraryDrafts(dir, NOW, (write) => write());
  await library.load();
  return library;
}

describe('LibraryDrafts', () => {
  it('reads and writes every draft file through lowdb\'s Low over the durable adapter', async () => {
    const reads = vi.spyOn(Low.prototype, 'read');
    const writes = vi.spyOn(Low.prototype, 'write');
    const library = await drafts();
    await library.write(exampleDraft());
    expect(await library.readStored(ID)).toMatchObject({ id: ID, title: exampleDraft().title });
    expect(writes.mock.contexts.some((low) => (low as Low<unknown>).adapter instanceof DurableJsonFile)).toBe(true);
    expect(reads.mock.contexts.some((low) => (low as Low<unknown>).adapter instanceof DurableJsonFile)).toBe(true);
    vi.restoreAllMocks();
  });

  it('takes a file as a save needs it from a stat while no other app wrote it, and reads it when one did', async () => {
    const dir = tempDir();
    const library = await drafts(dir);
    await library.write(exampleDraft());
    expect(await library.currentFile(ID)).toMatchObject({ state: 'ok', read: null, known: { updatedAt: exampleDraft().updatedAt } });

    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(library.fileOf(ID), JSON.stringify({ ...exampleDraft(), updatedAt: '2026-11-22T10:00:00.000Z' }));
    expect(await library.currentFile(ID)).toMatchObject({ state: 'ok', read: { updatedAt: '2026-11-22T10:00:00.000Z' } });
  });

  it('refuses a file named for another id as invalid, in Swedish', async () => {
    const dir = tempDir();
    const library = await drafts(dir);
    writeFileSync(library.fileOf(OTHER_ID), JSON.stringify(exampleDraft()));
    expect(await library.readChecked(OTHER_ID)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining(ID) } });
  });

  it('forgets a listed draft whose file another app deleted, for good, and says so to a change that rewrites it', async () => {
    const library = await drafts();
    await library.write(exampleDraft());
    rmSync(library.fileOf(ID));
    await expect(library.readStored(ID)).rejects.toMatchObject({ code: 'not-found' });
    expect(library.list()).toEqual([]);
    expect(library.deleted.has(ID)).toBe(true);
    await expect(library.readExisting(ID)).rejects.toThrow(STORE_MESSAGE.deleted());
  });

  it('never writes over a file left in place, and lists it as unreadable', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'drafts'));
    writeFileSync(path.join(dir, 'drafts', `${ID}.json`), JSON.stringify({ ...exampleDraft(), formatVersion: FORMAT_VERSION + 1 }));
    const library = await drafts(dir);
    expect(library.unreadable()).toMatchObject([{ fileName: `${ID}.json`, movedTo: null }]);
    await expect(library.write(exampleDraft())).rejects.toThrow(STORE_MESSAGE.leftInPlace());
    expect(readdirSync(path.join(dir, 'drafts'))).toEqual([`${ID}.json`]);
  });

  it('loads again from disk, forgetting what it knew, and takes back a deleted draft whose file is back', async () => {
    const dir = tempDir();
    const library = await drafts(dir);
    await library.write(exampleDraft());
    library.forgetDeleted(ID);
    expect(library.list()).toEqual([]);
    await library.load();
    expect(library.list().map((summary) => summary.id)).toEqual([ID]);
    expect(library.deleted.has(ID)).toBe(false);
  });
});
