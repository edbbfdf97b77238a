import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { LibraryIndex, type IndexEntry } from '../../../../electron/services/library-index';
import { summarize } from '../../../../shared/draft/summary';
import { exampleDraft, tempDir } from '../../../support/fixtures';

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const ENTRY: IndexEntry = { ...summarize(exampleDraft()), file: { size: 1, mtimeMs: 2, ino: 3 } };

/** An index of `dir` holding `entries()`, counting the writes it makes as changes of their own. */
function indexOf(dir: string, entries: () => IndexEntry[] = () => [ENTRY]) {
  const changes = { count: 0 };
  const index = new LibraryIndex(dir, entries, (write) => {
    changes.count++;
    return write();
  });
  return { index, changes, file: path.join(dir, 'index.json') };
}

const onDisk = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('LibraryIndex', () => {
  it('reads nothing for an index that is missing or unreadable, and the entries by id of one that is good', async () => {
    const dir = tempDir();
    const { index, file } = indexOf(dir);
    expect(await index.read()).toBeNull();
    writeFileSync(file, '{"format":"samverka-index"');
    expect(await index.read()).toBeNull();
    writeFileSync(file, JSON.stringify({ format: 'samverka-index', formatVersion: 1, drafts: [ENTRY] }));
    expect(await index.read()).toEqual(new Map([[ENTRY.id, ENTRY]]));
  });

  it('gathers the changes of a moment into one write, made as a change of its own, through lowdb\'s Low', async () => {
    const writes = vi.spyOn(Low.prototype, 'write');
    const { index, changes, file } = indexOf(tempDir());
    for (let i = 0; i < 5; i++) index.schedule();
    await index.flush();
    expect(changes.count).toBe(1);
    expect(writes).toHaveBeenCalledTimes(1);
    expect(onDisk(file)).toEqual({ format: 'samverka-index', formatVersion: 1, drafts: [ENTRY] });
    await index.flush();
    expect(changes.count).toBe(1);
    vi.restoreAllMocks();
  });

  it('writes a scheduled index by itself a moment later', async () => {
    const { index, changes, file } = indexOf(tempDir());
    index.schedule();
    await vi.waitFor(() => expect(changes.count).toBe(1));
    await index.flush();
    expect(onDisk(file).drafts).toEqual([ENTRY]);
  });

  it('rewrites an index at opening only when it does not say exactly what was found, dropping what was scheduled', async () => {
    const dir = tempDir();
    const { index, changes, file } = indexOf(dir);
    await index.writeIfChanged(null);
    const { ino } = statSync(file);
    index.schedule();
    await index.writeIfChanged(await index.read());
    await index.flush();
    expect(statSync(file).ino).toBe(ino);
    expect(changes.count).toBe(0);

    const other = indexOf(dir, () => [{ ...ENTRY, title: 'Ny titel' }]);
    await other.index.writeIfChanged(await other.index.read());
    expect(statSync(file).ino).not.toBe(ino);
    expect(onDisk(file).drafts[0].title).toBe('Ny titel');
  });

  it('reports a write that failed when flushed', async () => {
    const { index } = indexOf(path.join(tempDir(), 'saknas'));
    index.schedule();
    await expect(index.flush()).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the index of a DraftStore', () => {
  it.each([
    ['missing', (file: string) => rmSync(file)],
    ['truncated', (file: string) => writeFileSync(file, readFileSync(file, 'utf8').slice(0, 40))],
    ['of another shape', (file: string) => writeFileSync(file, JSON.stringify({ format: 'samverka-index', formatVersion: 1, drafts: [{ id: 1 }] }))],
    ['listing a draft that is gone', (file: string) => writeFileSync(file, JSON.stringify({ format: 'samverka-index', formatVersion: 1, drafts: [] }))],
  ])('rebuilds the index from the draft files when it is %s', async (_label, damage) => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(exampleDraft());
    await store.create('medborgarlofte');
    await store.flush();
    damage(path.join(dir, 'index.json'));

    const reopened = await DraftStore.open(dir);
    expect(reopened.list().map((d) => d.title).sort()).toEqual(['', 'Medborgarlöfte för Söderhamn 2020–2021']);
    expect(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).drafts).toHaveLength(2);
  });

  it('reads again a draft written after the index, as when the app stopped before writing the index', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const draft = exampleDraft();
    await store.save(draft);
    await store.flush();
    // A save whose deferred index write never happened: the draft file is newer than the index.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(path.join(dir, 'drafts', `${draft.id}.json`), JSON.stringify({ ...draft, title: 'Sparad strax före krascher' }));

    const reopened = await DraftStore.open(dir);
    expect(reopened.list()[0].title).toBe('Sparad strax före krascher');
    expect(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).drafts[0].title).toBe('Sparad strax före krascher');
  });
});
