import { appendFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * The list of files in karantan/ grows by one line per file set aside: it
 * is appended to, never rewritten for each file, so a folder of a thousand
 * bad files opens about as fast as one of a thousand good ones; and a
 * reason quotes a hostile value only briefly, so the list stays small.
 */

const LIST = 'lista.jsonl';
const idOf = (i: number) => `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;

/** `count` draft files that each fail with a 100 kB value in their reason, from `from` on. */
function badFiles(dir: string, count: number, from = 0) {
  mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  for (let i = from; i < from + count; i++) {
    writeFileSync(path.join(dir, 'drafts', `${idOf(i)}.json`), JSON.stringify({ ...exampleDraft(), id: idOf(i), format: 'x'.repeat(100_000) }));
  }
}

const lines = (dir: string) => readFileSync(path.join(dir, 'karantan', LIST), 'utf8').split('\n').filter(Boolean);

describe('karantan/lista.jsonl', () => {
  it('gets one short line per file set aside, and is appended to, not replaced, when more are found', async () => {
    const dir = tempDir();
    badFiles(dir, 1);
    await DraftStore.open(dir);
    const { ino } = statSync(path.join(dir, 'karantan', LIST));

    badFiles(dir, 200, 1);
    const store = await DraftStore.open(dir);

    expect(store.unreadable()).toHaveLength(201);
    expect(lines(dir)).toHaveLength(201);
    expect(statSync(path.join(dir, 'karantan', LIST)).ino).toBe(ino);
    // 201 reasons quoting a 100 kB value each: a few hundred bytes a line, not 20 MB.
    expect(statSync(path.join(dir, 'karantan', LIST)).size).toBeLessThan(201 * 1000);
    for (const entry of store.unreadable()) expect(entry.reason).toMatch(/^Filen är inte ett Samverka-utkast: fältet ”format” är "x{70,80}…"/);
  });

  it('lists every file after a crash left the last line half written', async () => {
    const dir = tempDir();
    badFiles(dir, 3);
    await DraftStore.open(dir);
    appendFileSync(path.join(dir, 'karantan', LIST), '{"fileName":"halv');
    badFiles(dir, 2, 3);

    const store = await DraftStore.open(dir);
    expect(store.unreadable()).toHaveLength(5);
    const reopened = await DraftStore.open(dir);
    expect(reopened.unreadable()).toHaveLength(5);
    expect(reopened.unreadable().filter((entry) => /orsaken har inte sparats/.test(entry.reason))).toEqual([]);
  });

  it('still lists the files of a lista.json written by an earlier version', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'karantan'));
    writeFileSync(path.join(dir, 'karantan', 'gammal.json-2026-01-01T10-00-00-000Z'), 'inte json');
    const entry = { fileName: 'gammal.json', reason: 'Filen är tom.', movedTo: 'gammal.json-2026-01-01T10-00-00-000Z', foundAt: '2026-01-01T10:00:00.000Z' };
    writeFileSync(path.join(dir, 'karantan', 'lista.json'), JSON.stringify({ format: 'samverka-karantan', formatVersion: 1, files: [entry] }));

    const store = await DraftStore.open(dir);

    expect(store.unreadable()).toEqual([{ ...entry, movedTo: path.join(dir, 'karantan', entry.movedTo) }]);
    expect(readdirSync(path.join(dir, 'karantan')).sort()).toEqual([entry.movedTo, 'lista.json'].sort());
  });
});
