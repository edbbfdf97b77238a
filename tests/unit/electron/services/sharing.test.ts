import { closeSync, ftruncateSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../../../electron/services/draft-file';
import { DraftStore } from '../../../../electron/services/draft-store';
import { DraftHistory } from '../../../../electron/services/history';
import { createExports } from '../../../../electron/services/exports';
import type { HandlerDeps } from '../../../../electron/services/service-deps';
import { createSharing, MAX_PENDING_IMPORTS, PENDING_IMPORT_MS, sharedDraftText } from '../../../../electron/services/sharing';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import type { VersionReason } from '../../../../shared/ipc/contract';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { refusal } from '../../../support/user-error';

/**
 * "Dela utkast" and "Importera utkast" on libraries in real temp folders,
 * with the real history, and the dialogs replaced by paths the test chooses.
 */

const EXAMPLE_ID = exampleDraft().id;

/** The exports of a library whose save dialog answers `choose`; failures after the write are logged to `log`. */
function exportsOf(
  { dataDir, history }: { dataDir: string; history: Pick<DraftHistory, 'record'> },
  choose: HandlerDeps['chooseSavePath'],
  log: (message: string, error: unknown) => void = (message, error) => console.error(message, error),
) {
  const bestEffort = async (what: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      log(`Samverka: ${what} failed`, error);
    }
  };
  return createExports({ store: { dataDir }, history, chooseSavePath: choose, bestEffort });
}

async function library(options: { now?: () => Date } = {}) {
  const dataDir = tempDir();
  const folder = tempDir();
  const store = await DraftStore.open(dataDir);
  const history = new DraftHistory(dataDir);
  const dialogs = { save: [] as string[], open: null as string | null };
  const sharing = createSharing(
    {
      store,
      history,
      exports: exportsOf({ dataDir, history }, async (name, fileType) => {
        expect(fileType).toBe('draft');
        dialogs.save.push(name);
        return path.join(folder, name);
      }),
      chooseOpenPath: async (fileType) => {
        expect(fileType).toBe('draft');
        return dialogs.open;
      },
    },
    { now: options.now },
  );
  /** Picks a file with these bytes for import. */
  const pick = async (content: string | Buffer, name = 'utkast.samverka.json') => {
    dialogs.open = path.join(folder, name);
    writeFileSync(dialogs.open, content);
    return sharing.pickImport();
  };
  return { dataDir, folder, store, history, dialogs, sharing, pick };
}

/** The example as stored in a library (so with the library's `updatedAt`). */
async function withExample(lib: Awaited<ReturnType<typeof library>>, change: Partial<Draft> = {}): Promise<Draft> {
  await lib.store.save(draftSchema.parse({ ...exampleDraft(), ...change }));
  return lib.store.get(EXAMPLE_ID);
}

const reasons = async (history: DraftHistory, id: string) => (await history.list(id)).map((version) => version.reason);

describe('shareDraft', () => {
  it('writes the stored draft as a file that the library reader reads back identical, and keeps a "delad" version', async () => {
    const lib = await library();
    const stored = await withExample(lib);

    const result = await lib.sharing.shareDraft(EXAMPLE_ID);

    expect(lib.dialogs.save).toEqual(['medborgarlofte-soderhamn-2020-2021.samverka.json']);
    expect(result).toEqual({ path: path.join(lib.folder, lib.dialogs.save[0]), fileName: lib.dialogs.save[0] });
    const read = await readDraftFile(result!.path);
    expect(read).toEqual({ ok: true, draft: stored });
    expect(readFileSync(result!.path, 'utf8')).toBe(`${JSON.stringify(stored)}\n`);
    expect(await reasons(lib.history, EXAMPLE_ID)).toEqual(['delad']);
    // Only the shared file: no temporary file is left beside it.
    expect(readdirSync(lib.folder)).toEqual([lib.dialogs.save[0]]);
  });

  it('writes nothing and keeps no version when the user cancels', async () => {
    const lib = await library();
    await withExample(lib);
    const sharing = createSharing({ ...lib, exports: exportsOf(lib, async () => null), chooseOpenPath: async () => null });
    expect(await sharing.shareDraft(EXAMPLE_ID)).toBeNull();
    expect(readdirSync(lib.folder)).toEqual([]);
    expect(await lib.history.list(EXAMPLE_ID)).toEqual([]);
  });

  it('says in Swedish when the file cannot be written', async () => {
    const lib = await library();
    await withExample(lib);
    const sharing = createSharing({ ...lib, exports: exportsOf(lib, async (name) => path.join(lib.folder, 'saknas', name)), chooseOpenPath: async () => null });
    const error = await refusal(sharing.shareDraft(EXAMPLE_ID));
    expect(error.message).toBe(
      'Filen ”medborgarlofte-soderhamn-2020-2021.samverka.json” kunde inte skrivas: mappen finns inte. Utkastet är oförändrat; välj en annan mapp och försök igen.',
    );
  });
});

describe('importing a shared draft', () => {
  it('shares from one library and imports into a fresh one: the identical draft, under its own id', async () => {
    const from = await library();
    const shared = await withExample(from);
    const file = (await from.sharing.shareDraft(EXAMPLE_ID))!;

    const to = await library();
    const preview = await to.pick(readFileSync(file.path), file.fileName);
    expect(preview).toMatchObject({ fileName: file.fileName, existing: null, draft: { id: EXAMPLE_ID, title: shared.title, status: 'utkast' } });
    expect(to.store.list()).toEqual([]);

    const imported = await to.sharing.completeImport(preview!.token, 'copy');
    expect(imported).toEqual(shared);
    expect(await to.store.get(EXAMPLE_ID)).toEqual(shared);
    expect(await reasons(to.history, EXAMPLE_ID)).toEqual(['importerad']);
  });

  it('keeps both ("copy") beside a draft of the same id: a new draft, the library\'s one unchanged', async () => {
    const lib = await library();
    const mine = await withExample(lib);
    const preview = await lib.pick(sharedDraftText({ ...mine, title: 'Från grannkommunen' }));
    expect(preview!.existing).toMatchObject({ id: EXAMPLE_ID, title: mine.title });

    const copy = await lib.sharing.completeImport(preview!.token, 'copy');
    expect(copy.id).not.toBe(EXAMPLE_ID);
    expect(copy).toMatchObject({ title: 'Från grannkommunen', status: 'utkast' });
    expect(await lib.store.get(EXAMPLE_ID)).toEqual(mine);
    expect(lib.store.list().map((s) => s.id).sort()).toEqual([EXAMPLE_ID, copy.id].sort());
    expect(await reasons(lib.history, copy.id)).toEqual(['importerad']);
    expect(await reasons(lib.history, EXAMPLE_ID)).toEqual([]);
  });

  it('replaces the library\'s draft, which stays in its history as "ersatt-vid-import"', async () => {
    const lib = await library();
    const mine = await withExample(lib, { statement: 'Vår egen löftesmening.' });
    const preview = await lib.pick(sharedDraftText({ ...mine, statement: 'Grannens löftesmening.' }));

    const replaced = await lib.sharing.completeImport(preview!.token, 'replace');
    expect(replaced).toMatchObject({ id: EXAMPLE_ID, statement: 'Grannens löftesmening.' });
    expect((await lib.store.get(EXAMPLE_ID)).statement).toBe('Grannens löftesmening.');
    expect(lib.store.list()).toHaveLength(1);

    const versions = await lib.history.list(EXAMPLE_ID);
    expect(versions.map((v) => v.reason)).toEqual(['importerad', 'ersatt-vid-import']);
    const before = await lib.history.get(EXAMPLE_ID, versions[1].id);
    expect(before).toEqual(mine);
  });

  it('replaces nothing when the replaced draft cannot be kept in its history', async () => {
    const lib = await library();
    const mine = await withExample(lib);
    const failing = {
      exchanged: (id: string) => lib.history.exchanged(id),
      find: (id: string, identities: readonly string[]) => lib.history.find(id, identities),
      record: async (draft: Draft, reason: VersionReason) => {
        if (reason === 'ersatt-vid-import') throw new Error('disk full');
        return lib.history.record(draft, reason);
      },
    };
    const sharing = createSharing({ ...lib, history: failing, exports: exportsOf(lib, async () => null), chooseOpenPath: async () => lib.dialogs.open });
    lib.dialogs.open = path.join(lib.folder, 'grannens.samverka.json');
    writeFileSync(lib.dialogs.open, sharedDraftText({ ...mine, title: 'Grannens' }));
    const preview = await sharing.pickImport();
    await expect(sharing.completeImport(preview!.token, 'replace')).rejects.toThrow('disk full');
    expect(await lib.store.get(EXAMPLE_ID)).toEqual(mine);
  });

  it('shares and imports even when the "delad" or "importerad" version cannot be kept, and logs that', async () => {
    const lib = await library();
    await withExample(lib);
    const logged: string[] = [];
    const log = (message: string) => void logged.push(message);
    const history = { record: () => Promise.reject(new Error('disk full')), exchanged: async () => [], find: async () => null };
    const sharing = createSharing({
      ...lib,
      history,
      exports: exportsOf({ dataDir: lib.dataDir, history }, async (name) => path.join(lib.folder, name), log),
      chooseOpenPath: async () => lib.dialogs.open,
      log,
    });
    const file = await sharing.shareDraft(EXAMPLE_ID);
    lib.dialogs.open = file!.path;
    const copy = await sharing.completeImport((await sharing.pickImport())!.token, 'copy');
    expect(copy.id).not.toBe(EXAMPLE_ID);
    expect(logged).toEqual(["Samverka: keeping a 'delad' version failed", "Samverka: keeping a 'importerad' version failed"]);
  });

  it('never replaces a signed draft, says so in Swedish, and still lets the same file be kept beside it', async () => {
    const lib = await library();
    const signed = await withExample(lib, { status: 'klar' });
    await lib.store.save({ ...signed, status: 'undertecknad' });
    const preview = await lib.pick(sharedDraftText({ ...signed, title: 'Ändrad' }));
    expect(preview!.existing).toMatchObject({ status: 'undertecknad' });

    const error = await refusal(lib.sharing.completeImport(preview!.token, 'replace'));
    expect(error.message).toBe('Utkastet i biblioteket är undertecknat och kan inte ersättas. Välj ”Behåll båda” för att importera filen som ett nytt utkast.');
    expect((await lib.store.get(EXAMPLE_ID)).status).toBe('undertecknad');
    expect(await lib.history.list(EXAMPLE_ID)).toEqual([]);

    const copy = await lib.sharing.completeImport(preview!.token, 'copy');
    expect(copy).toMatchObject({ title: 'Ändrad', status: 'utkast' });
  });

  it('makes every imported draft an utkast, whatever status the file claims', async () => {
    const lib = await library();
    const signed = draftSchema.parse({ ...exampleDraft(), status: 'undertecknad' });
    const preview = await lib.pick(sharedDraftText(signed));
    expect(preview!.draft.status).toBe('utkast');
    // What the file said, for the preview to tell the user it is not kept.
    expect(preview!.fileStatus).toBe('undertecknad');
    const imported = await lib.sharing.completeImport(preview!.token, 'replace');
    expect(imported).toEqual({ ...signed, status: 'utkast' });
  });

  it('answers null when the user cancels the dialog', async () => {
    const lib = await library();
    expect(await lib.sharing.pickImport()).toBeNull();
  });
});

describe('refusing files', () => {
  it('refuses a 50 MB file by its size, before reading it, with a Swedish message', async () => {
    const lib = await library();
    lib.dialogs.open = path.join(lib.folder, 'stor.samverka.json');
    // Sparse: 50 MB long, nothing written, so nothing to read unless someone reads it.
    const fd = openSync(lib.dialogs.open, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);

    const error = await refusal(lib.sharing.pickImport());
    expect(error.code).toBe('import-too-large');
    expect(error.message).toBe('Filen är för stor (50 MB). Ett utkast får vara högst 5 MB; filen har inte lästs.');
    expect(lib.store.list()).toEqual([]);
  });

  const valid = sharedDraftText(exampleDraft());
  const cases: [string, string | Buffer, RegExp][] = [
    ['an empty file', '', /^Filen är tom\./],
    ['truncated JSON', valid.slice(0, valid.length / 2), /^Filen är inte giltig JSON/],
    ['binary garbage', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00, 0xfe, 0x13, 0x37]), /^Filen är inte giltig JSON/],
    ['a JSON list', '[1, 2, 3]', /^Filen är inte ett Samverka-utkast: den innehåller inget JSON-objekt\./],
    ['another program\'s JSON', '{"name": "package", "version": "1.0.0"}', /^Filen är inte ett Samverka-utkast: fältet ”format” saknas/],
    ['a __proto__ key', valid.replace('"format"', '"__proto__": { "polluted": true }, "format"'), /fältnamnet ”__proto__”/],
    ['a constructor key deep inside', valid.replace('"role":"polis"', '"role":"polis","constructor":{"prototype":{}}'), /fältnamnet ”constructor”/],
    ['a newer format version', valid.replace('"formatVersion":2', '"formatVersion":99'), /nyare version av Samverka \(formatversion 99\).*Uppdatera Samverka/],
    ['a wrong shape', valid.replace('"kind":"medborgarlofte"', '"kind":"kontrakt"'), /^Filen följer inte Samverkas filformat:\n {2}– .*ogiltigt värde "kontrakt"/],
  ];

  it.each(cases)('refuses %s with a Swedish message and leaves the library as it was', async (_label, content, message) => {
    const lib = await library();
    const mine = await withExample(lib);
    const error = await refusal(lib.pick(content));
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/ZodError|"code":|invalid_type|at Object\./);
    expect(lib.store.list()).toHaveLength(1);
    expect(await lib.store.get(EXAMPLE_ID)).toEqual(mine);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists the first problems of a badly broken file and counts the rest', async () => {
    const lib = await library();
    const broken = { ...exampleDraft(), activities: Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, partyIds: ['ingen'], text: 'göra något' })) };
    const error = await refusal(lib.pick(JSON.stringify(broken)));
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Filen följer inte Samverkas filformat (12 fel):');
    expect(lines.slice(1, 9).every((line) => line.startsWith('  – '))).toBe(true);
    expect(lines[9]).toBe('  … och 4 fel till.');
    expect(lines).toHaveLength(10);
  });
});

describe('the tokens of picked files', () => {
  it('refuses an unknown, a used and an expired token in Swedish', async () => {
    let time = new Date('2026-03-01T10:00:00.000Z').getTime();
    const lib = await library({ now: () => new Date(time) });
    const expired = 'Den valda filen finns inte längre kvar att importera (det har gått för lång tid, eller så är den redan importerad). Välj filen igen med ”Importera utkast”.';

    expect((await refusal(lib.sharing.completeImport('okand-token', 'copy'))).message).toBe(expired);

    const used = await lib.pick(sharedDraftText(exampleDraft()));
    await lib.sharing.completeImport(used!.token, 'copy');
    expect((await refusal(lib.sharing.completeImport(used!.token, 'copy'))).message).toBe(expired);

    const late = await lib.pick(sharedDraftText({ ...exampleDraft(), title: 'Sent' }));
    time += PENDING_IMPORT_MS - 1;
    const kept = await lib.pick(sharedDraftText({ ...exampleDraft(), title: 'I tid' }));
    time += 1;
    expect((await refusal(lib.sharing.completeImport(late!.token, 'copy'))).message).toBe(expired);
    expect(lib.store.list().map((s) => s.title)).not.toContain('Sent');
    expect((await lib.sharing.completeImport(kept!.token, 'copy')).title).toBe('I tid');
  });

  it('keeps at most a few picked files waiting, dropping the oldest', async () => {
    const lib = await library();
    const tokens: string[] = [];
    for (let i = 0; i <= MAX_PENDING_IMPORTS; i++) tokens.push((await lib.pick(sharedDraftText({ ...exampleDraft(), title: `Fil ${i}` })))!.token);
    expect(new Set(tokens).size).toBe(tokens.length);
    await refusal(lib.sharing.completeImport(tokens[0], 'copy'));
    expect((await lib.sharing.completeImport(tokens[1], 'copy')).title).toBe('Fil 1');
    expect((await lib.sharing.completeImport(tokens.at(-1)!, 'copy')).title).toBe(`Fil ${MAX_PENDING_IMPORTS}`);
  });
});
