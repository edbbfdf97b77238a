import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { EXPORT_LOG_FILE, ExportLog, RECENT_PER_DRAFT } from '../../../../electron/services/export-log';
import type { RecentExport } from '../../../../shared/ipc/contract';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { caller } from '../../../support/caller';
import { testHandlers, testShell } from '../../../support/test-shell';

/**
 * "Remember where": the last export folder the save dialog opens in, and
 * each draft's recent exports, kept in the data folder; opening one only by
 * its id in that draft's list, and only while it is the file the app wrote.
 * Through the contract, on real folders, with the dialog answered by the test.
 */

const PROMISE_ID = exampleDraft().id;

async function services(dataDir = tempDir()) {
  const store = await DraftStore.open(dataDir);
  const dialog = { folder: tempDir(), asked: [] as { name: string; folder: string | null | undefined }[] };
  const opened: string[] = [];
  const shell = testShell();
  let openFails = false;
  const handlers = testHandlers(store, {
    ...shell,
    chooseSavePath: async (name, _fileType, folder) => {
      dialog.asked.push({ name, folder });
      return path.join(dialog.folder, name);
    },
    openPath: async (file) => {
      if (openFails) throw new Error('no program');
      opened.push(file);
    },
    log: () => undefined,
  });
  // A restart opens the library it left: the drafts are there already.
  if (!store.summary(AGREEMENT_ID)) await store.save(agreementDraft());
  if (!store.summary(PROMISE_ID)) await store.save(exampleDraft());
  const call = caller(handlers);
  return { dataDir, store, dialog, opened, revealed: shell.revealed, call, failOpening: () => void (openFails = true) };
}

const summary = (list: RecentExport[]) => list.map(({ kind, fileName, exists }) => [kind, fileName, exists]);

describe('recent exports', () => {
  it('lists what was exported and shared for a draft, newest first, and only that draft\'s', async () => {
    const { call } = await services();
    await call('exportDocx', PROMISE_ID, { withPromises: false });
    await call('shareDraft', PROMISE_ID);
    await call('exportDocx', AGREEMENT_ID, { withPromises: false });

    expect(summary(await call('listRecentExports', PROMISE_ID))).toEqual([
      ['utkast', 'medborgarlofte-soderhamn-2020-2021.samverka.json', true],
      ['docx', 'medborgarlofte-soderhamn-2020-2021.docx', true],
    ]);
    expect(summary(await call('listRecentExports', AGREEMENT_ID))).toHaveLength(1);
    const [entry] = await call('listRecentExports', PROMISE_ID);
    expect(entry.id).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
    expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('says when a listed file is gone once it is opened, lists a file written again once, and keeps the latest ten', async () => {
    const { call, dialog } = await services();
    const first = (await call('exportDocx', PROMISE_ID, { withPromises: false }))!;
    rmSync(first.path);
    // The listing looks at no file; opening one does.
    const [gone] = await call('listRecentExports', PROMISE_ID);
    expect(summary([gone])).toEqual([['docx', first.fileName, true]]);
    await expect(call('openRecentExport', PROMISE_ID, gone.id, 'open')).rejects.toThrow(`Filen ”${first.fileName}” finns inte längre där den sparades.`);

    await call('exportDocx', PROMISE_ID, { withPromises: false });
    expect(summary(await call('listRecentExports', PROMISE_ID))).toEqual([['docx', first.fileName, true]]);

    for (let i = 0; i < RECENT_PER_DRAFT + 2; i++) {
      dialog.folder = tempDir();
      await call('shareDraft', PROMISE_ID);
    }
    const list = await call('listRecentExports', PROMISE_ID);
    expect(list).toHaveLength(RECENT_PER_DRAFT);
    expect(list[0].path).toBe(path.join(dialog.folder, 'medborgarlofte-soderhamn-2020-2021.samverka.json'));
    expect(list.every((entry) => entry.kind === 'utkast')).toBe(true);
  });

  it('remembers the last export folder across restarts and opens the next dialog there, unless it is gone', async () => {
    const first = await services();
    await first.call('exportDocx', PROMISE_ID, { withPromises: false });
    expect(first.dialog.asked[0].folder).toBeNull();
    const folder = first.dialog.folder;

    const again = await services(first.dataDir);
    await again.call('shareDraft', AGREEMENT_ID);
    expect(again.dialog.asked[0].folder).toBe(folder);

    // The share went to this session's own folder, which is now the last one; it disappears.
    rmSync(again.dialog.folder, { recursive: true });
    again.dialog.folder = tempDir();
    await again.call('exportDocx', PROMISE_ID, { withPromises: false });
    expect(again.dialog.asked[1].folder).toBeNull();
    // The export log is a file of its own in the data folder, and now names the new folder.
    expect(JSON.parse(readFileSync(path.join(first.dataDir, EXPORT_LOG_FILE), 'utf8'))).toMatchObject({ version: 1, lastFolder: again.dialog.folder });
  });

  it('ignores a broken export log: exports still work, and the next one writes it anew', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, EXPORT_LOG_FILE), '{"version": 1, "lastFolder": 42, "entr');
    const { call } = await services(dataDir);
    expect(await call('listRecentExports', PROMISE_ID)).toEqual([]);
    const result = (await call('exportDocx', PROMISE_ID, { withPromises: false }))!;
    expect((await call('listRecentExports', PROMISE_ID)).map((entry) => entry.path)).toEqual([result.path]);
  });

  it('keeps every entry when several are added at once', async () => {
    const dataDir = tempDir();
    const log = new ExportLog(dataDir);
    const other = new ExportLog(dataDir);
    const written = { size: 3, sha256: 'a'.repeat(64) };
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? log : other).add(PROMISE_ID, { kind: 'pdf', path: `/tmp/fil-${i}.pdf`, ...written })));
    expect((await log.recent(PROMISE_ID)).map((entry) => entry.fileName).sort()).toEqual(Array.from({ length: 6 }, (_, i) => `fil-${i}.pdf`));
  });
});

describe('openRecentExport', () => {
  it('opens and reveals a file of the draft\'s list by its id', async () => {
    const { call, opened, revealed } = await services();
    const result = (await call('exportDocx', PROMISE_ID, { withPromises: false }))!;
    const [entry] = await call('listRecentExports', PROMISE_ID);
    expect(await call('openRecentExport', PROMISE_ID, entry.id, 'open')).toBeNull();
    expect(await call('openRecentExport', PROMISE_ID, entry.id, 'reveal')).toBeNull();
    expect(opened).toEqual([result.path]);
    expect(revealed).toEqual([result.path]);
  });

  it('opens nothing that is not in that draft\'s list, and says why in Swedish', async () => {
    const { call, opened, revealed, failOpening } = await services();
    await call('exportDocx', AGREEMENT_ID, { withPromises: false });
    const [agreementEntry] = await call('listRecentExports', AGREEMENT_ID);
    await expect(call('openRecentExport', PROMISE_ID, agreementEntry.id, 'open')).rejects.toThrow(
      'Filen finns inte bland utkastets senaste exporter. Uppdatera sidan och försök igen.',
    );
    await expect(call('openRecentExport', PROMISE_ID, '../../etc/passwd', 'open')).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
    await expect(call('openRecentExport', AGREEMENT_ID, agreementEntry.id, 'delete' as never)).rejects.toThrow(/Uppgifterna kunde inte tas emot/);

    rmSync(agreementEntry.path);
    await expect(call('openRecentExport', AGREEMENT_ID, agreementEntry.id, 'reveal')).rejects.toThrow(
      `Filen ”${agreementEntry.fileName}” finns inte längre där den sparades. Exportera utkastet igen.`,
    );
    expect([...opened, ...revealed]).toEqual([]);

    const result = (await call('exportDocx', AGREEMENT_ID, { withPromises: false }))!;
    const [entry] = await call('listRecentExports', AGREEMENT_ID);
    failOpening();
    await expect(call('openRecentExport', AGREEMENT_ID, entry.id, 'open')).rejects.toThrow(
      `Filen ”${result.fileName}” kunde inte öppnas. Välj ”Visa i mappen” och öppna den därifrån, eller kontrollera att ett program för filtypen finns.`,
    );
  });

  it('leaves a deleted draft\'s entries in the log but lists them for no other draft', async () => {
    const { call } = await services();
    const copy = await call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await call('exportDocx', copy.id, { withPromises: false });
    await call('deleteDraft', copy.id);
    expect(await call('listRecentExports', PROMISE_ID)).toEqual([]);
  });
});

describe('the export log file', () => {
  it('is written whole, with no temporary file left beside it', async () => {
    const { call, dataDir } = await services();
    await Promise.all([call('exportDocx', PROMISE_ID, { withPromises: false }), call('shareDraft', PROMISE_ID)]);
    expect(readdirSync(dataDir).filter((name) => name.includes(EXPORT_LOG_FILE))).toEqual([EXPORT_LOG_FILE]);
    expect(JSON.parse(readFileSync(path.join(dataDir, EXPORT_LOG_FILE), 'utf8')).entries).toHaveLength(2);
  });
});
