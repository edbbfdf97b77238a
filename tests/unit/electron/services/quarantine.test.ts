import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it, vi } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { dispositionOf, Quarantine, QuarantineListFile, unreadableError, type QuarantineEntry } from '../../../../electron/services/quarantine';
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

const entryOf = (i: number): QuarantineEntry => ({ fileName: `${i}.json`, reason: 'Filen är tom.', movedTo: `${i}.json-2026`, foundAt: '2026-01-01T10:00:00.000Z' });

describe('QuarantineListFile (the list\'s lowdb adapter)', () => {
  it('under lowdb\'s Low, appends only the entries not yet on disk, one line each', async () => {
    const dir = tempDir();
    const list = new Low(new QuarantineListFile(dir), [] as QuarantineEntry[]);
    await list.read();
    await list.update((entries) => entries.push(entryOf(1), entryOf(2)));
    const { ino } = statSync(path.join(dir, LIST));
    await list.update((entries) => entries.push(entryOf(3)));
    await list.write();

    expect(readFileSync(path.join(dir, LIST), 'utf8')).toBe([entryOf(1), entryOf(2), entryOf(3)].map((entry) => `${JSON.stringify(entry)}\n`).join(''));
    expect(statSync(path.join(dir, LIST)).ino).toBe(ino);
    const again = new Low(new QuarantineListFile(dir), [] as QuarantineEntry[]);
    await again.read();
    expect(again.data).toEqual([entryOf(1), entryOf(2), entryOf(3)]);
  });

  it('starts a new line after a line a crash cut short, and never takes an entry away', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, LIST), `${JSON.stringify(entryOf(1))}\n{"fileName":"halv`);
    const adapter = new QuarantineListFile(dir);
    const entries = await adapter.read();
    expect(entries).toEqual([entryOf(1)]);
    await adapter.write([...entries, entryOf(2)]);
    expect((await adapter.read()).map((entry) => entry.fileName)).toEqual(['1.json', '2.json']);
    await expect(adapter.write([])).rejects.toThrow(/only appended/);
  });
});

describe('Quarantine', () => {
  it('lists nothing it failed to write to the list', async () => {
    const dir = tempDir();
    const quarantine = new Quarantine(dir);
    await quarantine.load();
    vi.spyOn(QuarantineListFile.prototype, 'write').mockRejectedValueOnce(new Error('disken är full'));
    const source = path.join(tempDir(), BAD_NAME);
    writeFileSync(source, 'inte json');
    await expect(quarantine.setAside([{ source, fileName: BAD_NAME, reason: 'Filen är tom.' }], new Date())).rejects.toThrow('disken är full');
    expect(quarantine.unreadable()).toEqual([]);
    expect(existsSync(source)).toBe(true);
    vi.restoreAllMocks();
  });

  it('moves a draft whose bytes are bad, leaves one it must not judge in place, and passes over one that is gone', async () => {
    const dir = tempDir();
    const quarantine = new Quarantine(path.join(dir, 'karantan'));
    await quarantine.load();
    const files = ['a', 'b', 'c'].map((name) => path.join(dir, `${name}.json`));
    for (const file of files.slice(0, 2)) writeFileSync(file, '{');
    const error = (code: 'invalid' | 'newer-version' | 'not-found') => ({ code, message: `fel ${code}`, problems: [] });
    const found = new Date('2026-11-21T10:00:00.000Z');
    const ids = await quarantine.setAsideDrafts(
      [
        { id: 'a', file: files[0], error: error('invalid') },
        { id: 'b', file: files[1], error: error('newer-version') },
        { id: 'c', file: files[2], error: error('not-found') },
      ],
      found,
    );
    expect(ids).toEqual(['a', 'b']);
    expect(existsSync(files[0])).toBe(false);
    expect(existsSync(files[1])).toBe(true);
    expect(quarantine.isLeftInPlace('b')).toBe(true);
    expect(quarantine.isLeftInPlace('a')).toBe(false);
    expect(quarantine.unreadable().map(({ fileName, movedTo }) => ({ fileName, moved: movedTo !== null }))).toEqual([
      { fileName: 'b.json', moved: false },
      { fileName: 'a.json', moved: true },
    ]);
    quarantine.clear();
    expect(quarantine.unreadable()).toEqual([]);
    expect(quarantine.isLeftInPlace('b')).toBe(false);
  });

  it('tells what becomes of a file by why it could not be read, and says so in Swedish', () => {
    const error = (code: Parameters<typeof dispositionOf>[0]['code']) => ({ code, message: 'Filen är tom.', problems: [] });
    expect(dispositionOf(error('not-found'))).toBe('missing');
    for (const code of ['newer-version', 'unreadable', 'not-a-file'] as const) expect(dispositionOf(error(code))).toBe('leave');
    for (const code of ['invalid', 'not-json', 'too-large'] as const) expect(dispositionOf(error(code))).toBe('quarantine');
    expect(unreadableError(error('not-found'))).toMatchObject({ code: 'not-found' });
    expect(unreadableError(error('invalid')).message).toMatch(/^Utkastet kunde inte läsas\. Filen är tom\. /);
    expect(unreadableError(error('newer-version')).message).toBe('Utkastet kunde inte läsas. Filen är tom.');
  });
});
