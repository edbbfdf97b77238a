import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { FORMAT_VERSION, LIMITS } from '../../../../shared/draft/limits';
import type { Draft } from '../../../../shared/draft/schema';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * Draft files that cannot be read, on the real disk: each is moved with its
 * bytes unchanged to karantan/ (or, from a newer Samverka, left untouched),
 * listed with a Swedish reason that survives reopening, and the rest of the
 * library opens and saves as before.
 */

const PROMISE_ID = exampleDraft().id;
const BAD_ID = '5b0d6c1e-8f5a-4d3e-9b1a-2c7e4f6a9d99';
const BAD_NAME = `${BAD_ID}.json`;
const FIFTY_MB = 50 * 1024 * 1024;

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const fileOf = (dir: string, id: string) => path.join(dir, 'drafts', `${id}.json`);
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const aDraftText = (overrides: Record<string, unknown> = {}) => JSON.stringify({ ...exampleDraft(), id: BAD_ID, ...overrides }, null, 2);

/** A library of a löfte and an agreement it belongs to, saved by the store, with nothing pending. */
async function library(): Promise<string> {
  const dir = tempDir();
  const store = await DraftStore.open(dir, { now: clock() });
  await store.save(agreementDraft());
  await store.save(exampleDraft());
  await store.setAgreement(PROMISE_ID, AGREEMENT_ID);
  await store.flush();
  return dir;
}

type Damage = (file: string) => void;

const CASES: [label: string, damage: Damage, reason: RegExp][] = [
  ['truncated JSON', (file) => writeFileSync(file, aDraftText().slice(0, 700)), /^Filen är inte giltig JSON och kan inte läsas; den kan vara avkortad/],
  ['an empty file', (file) => writeFileSync(file, ''), /^Filen är tom\./],
  [
    'binary garbage',
    (file) => writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))),
    /^Filen är inte giltig JSON/,
  ],
  [
    'valid JSON of the wrong shape',
    (file) => writeFileSync(file, JSON.stringify({ format: 'samverka', formatVersion: 1, id: BAD_ID, titel: 'Ett utkast', parties: 'kommun och polis' })),
    /^Filen följer inte Samverkas filformat \(\d+ fel\):\n {2}– Dokumenttyp: saknas\n[^]*– Parter: har fel typ \(väntat lista\)\n {2}– Löftesmening/,
  ],
  [
    '__proto__ keys',
    (file) => writeFileSync(file, aDraftText().replace('{\n  "format"', '{\n  "__proto__": { "isAdmin": true },\n  "format"')),
    /^Filen innehåller fältnamnet ”__proto__”/,
  ],
  [
    'a 50 MB file',
    (file) => {
      writeFileSync(file, `{"format":"samverka","formatVersion":1,"background":"`);
      truncateSync(file, FIFTY_MB);
    },
    /^Filen är för stor \(50 MB\)\. Ett utkast får vara högst 5 MB/,
  ],
];

describe('a draft file that cannot be read', () => {
  it.each(CASES)('%s: is moved to karantan/ with its bytes, listed in Swedish, and the rest of the library works', async (_label, damage, reason) => {
    const dir = await library();
    const bad = fileOf(dir, BAD_ID);
    damage(bad);
    const size = statSync(bad).size;
    const hash = sha256(bad);

    const store = await DraftStore.open(dir, { now: clock() });

    expect(existsSync(bad)).toBe(false);
    const [entry, ...others] = store.unreadable();
    expect(others).toEqual([]);
    expect(entry).toEqual({
      fileName: BAD_NAME,
      reason: expect.stringMatching(reason),
      movedTo: path.join(dir, 'karantan', `${BAD_NAME}-2026-11-21T10-00-01-000Z`),
      foundAt: '2026-11-21T10:00:01.000Z',
    });
    expect(statSync(entry.movedTo!).size).toBe(size);
    expect(sha256(entry.movedTo!)).toBe(hash);

    // The rest of the library: listed, read, saved, created, with its links.
    expect(store.list().map((s) => s.id).sort()).toEqual([AGREEMENT_ID, PROMISE_ID].sort());
    expect((await store.get(AGREEMENT_ID)).relatedIds).toEqual([PROMISE_ID]);
    await store.save({ ...(await store.get(PROMISE_ID)), title: 'Ändrad efter karantänen' });
    const created = await store.create('medborgarlofte');
    await store.flush();
    expect(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).drafts.map((s: Draft) => s.id).sort()).toEqual(
      [AGREEMENT_ID, PROMISE_ID, created.id].sort(),
    );

    const reopened = await DraftStore.open(dir, { now: clock() });
    expect(reopened.unreadable()).toEqual([entry]);
    expect((await reopened.get(PROMISE_ID)).title).toBe('Ändrad efter karantänen');
    expect(readdirSync(path.join(dir, 'karantan')).sort()).toEqual([path.basename(entry.movedTo!), 'lista.jsonl'].sort());
  });

  it('from a newer Samverka: is left untouched in place, listed without being moved, never written over', async () => {
    const dir = await library();
    const newer = fileOf(dir, BAD_ID);
    writeFileSync(newer, aDraftText({ formatVersion: FORMAT_VERSION + 1, title: 'Från framtiden', status: 'planerad' }));
    const bytes = readFileSync(newer);
    const modified = statSync(newer).mtimeMs;

    const store = await DraftStore.open(dir, { now: clock() });

    expect(store.unreadable()).toEqual([
      {
        fileName: BAD_NAME,
        reason: expect.stringMatching(new RegExp(`^Filen är skapad med en nyare version av Samverka \\(formatversion ${FORMAT_VERSION + 1}\\).*Filen har inte ändrats\\.$`)),
        movedTo: null,
        foundAt: expect.any(String),
      },
    ]);
    expect(store.list().map((s) => s.id).sort()).toEqual([AGREEMENT_ID, PROMISE_ID].sort());
    await expect(store.get(BAD_ID)).rejects.toThrow(/nyare version av Samverka/);
    await expect(store.save({ ...exampleDraft(), id: BAD_ID })).rejects.toThrow(/kan inte läsas av den här versionen av Samverka och skrivs därför inte över/);
    await expect(store.put({ ...exampleDraft(), id: BAD_ID })).rejects.toThrow(/skrivs därför inte över/);
    await store.save({ ...(await store.get(PROMISE_ID)), title: 'Ändrad bredvid' });
    await store.flush();
    expect(JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')).drafts).toHaveLength(2);

    const reopened = await DraftStore.open(dir, { now: clock() });
    expect(reopened.unreadable()).toMatchObject([{ fileName: BAD_NAME, movedTo: null }]);
    expect(reopened.list()).toHaveLength(2);
    expect(existsSync(path.join(dir, 'karantan'))).toBe(false);
    expect(readFileSync(newer)).toEqual(bytes);
    expect(statSync(newer).mtimeMs).toBe(modified);
  });

  it('found later by get (the file broke while the library was open): is moved aside then, and the error says so', async () => {
    const dir = await library();
    const store = await DraftStore.open(dir, { now: clock() });
    writeFileSync(fileOf(dir, PROMISE_ID), '{"format": "samverka", "formatVe');

    await expect(store.get(PROMISE_ID)).rejects.toThrow(
      /^Utkastet kunde inte läsas\. Filen är inte giltig JSON.* Filen har flyttats till mappen ”karantan” i datamappen; inget har raderats\.$/,
    );
    expect(store.list().map((s) => s.id)).toEqual([AGREEMENT_ID]);
    expect(store.unreadable()).toMatchObject([{ fileName: `${PROMISE_ID}.json`, reason: expect.stringMatching(/inte giltig JSON/) }]);
    expect(readFileSync(store.unreadable()[0].movedTo!, 'utf8')).toBe('{"format": "samverka", "formatVe');
    // The agreement no longer lists the löfte it cannot reach.
    await store.create('medborgarlofte');
    expect((await store.get(AGREEMENT_ID)).relatedIds).toEqual([]);
    // The editor still holds the text: saving it stores the draft anew.
    await store.save({ ...exampleDraft(), title: 'Räddad ur minnet' });
    expect((await store.get(PROMISE_ID)).title).toBe('Räddad ur minnet');
  });

  it('never overwrites a file in karantan/: a second file of the same name and time gets -2', async () => {
    const dir = await library();
    const stamp = new Date('2026-11-21T12:00:00.000Z');
    const taken = path.join(dir, 'karantan', `${BAD_NAME}-2026-11-21T12-00-00-000Z`);
    mkdirSync(path.dirname(taken));
    writeFileSync(taken, 'en tidigare fil');
    writeFileSync(fileOf(dir, BAD_ID), 'inte json');

    const store = await DraftStore.open(dir, { now: () => stamp });

    expect(readFileSync(taken, 'utf8')).toBe('en tidigare fil');
    const moved = store.unreadable().find((entry) => entry.reason.startsWith('Filen är inte giltig JSON'));
    expect(moved?.movedTo).toBe(`${taken}-2`);
    expect(readFileSync(`${taken}-2`, 'utf8')).toBe('inte json');
    // The file that was there already is listed too, since the list did not name it.
    expect(store.unreadable().find((entry) => entry.movedTo === taken)).toMatchObject({ fileName: BAD_NAME, reason: expect.stringMatching(/orsaken har inte sparats/) });
  });

  it('lists every file in karantan/ even when its list is lost, and keeps the reasons it has', async () => {
    const dir = await library();
    writeFileSync(fileOf(dir, BAD_ID), '');
    const first = await DraftStore.open(dir, { now: clock() });
    const [entry] = first.unreadable();
    writeFileSync(path.join(dir, 'karantan', 'lista.jsonl'), '{"fileName": "förstörd');

    const reopened = await DraftStore.open(dir, { now: clock() });

    expect(reopened.unreadable()).toEqual([{ ...entry, reason: expect.stringMatching(/orsaken har inte sparats/), foundAt: expect.any(String) }]);
    const lines = readFileSync(path.join(dir, 'karantan', 'lista.jsonl'), 'utf8').split('\n');
    // The torn line stays as it was; the file gets a line of its own after it.
    expect(lines[0]).toBe('{"fileName": "förstörd');
    expect(lines.slice(1).filter(Boolean).map((line) => JSON.parse(line).movedTo)).toEqual([path.basename(entry.movedTo!)]);
  });

  it('sets aside a valid draft whose file is named for another id', async () => {
    const dir = await library();
    writeFileSync(fileOf(dir, BAD_ID), JSON.stringify({ ...exampleDraft(), id: '11111111-2222-4333-8444-555555555555' }));

    const store = await DraftStore.open(dir, { now: clock() });

    expect(store.unreadable()).toMatchObject([{ fileName: BAD_NAME, reason: expect.stringMatching(/stämmer inte med utkastets id/) }]);
    expect(store.list()).toHaveLength(2);
  });

  // Root and Windows read the file anyway.
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('leaves a file it cannot open at all (no permission) in place, listed', async () => {
    const dir = await library();
    const locked = fileOf(dir, BAD_ID);
    writeFileSync(locked, aDraftText(), { mode: 0o000 });

    const store = await DraftStore.open(dir, { now: clock() });

    expect(store.unreadable()).toMatchObject([{ fileName: BAD_NAME, movedTo: null, reason: expect.stringMatching(/^Filen kunde inte läsas: /) }]);
    expect(existsSync(locked)).toBe(true);
    rmSync(locked);
  });

  it('refuses a file one byte over the size limit', async () => {
    const dir = await library();
    writeFileSync(fileOf(dir, BAD_ID), aDraftText());
    truncateSync(fileOf(dir, BAD_ID), LIMITS.fileBytes + 1);
    const store = await DraftStore.open(dir, { now: clock() });
    expect(store.unreadable()).toMatchObject([{ reason: expect.stringMatching(/^Filen är för stor \(5 MB\)/) }]);
  });
});
