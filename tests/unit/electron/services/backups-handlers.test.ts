import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { ExportLog } from '../../../../electron/services/export-log';
import { DraftHistory } from '../../../../electron/services/history';
import { draftSchema } from '../../../../shared/draft/schema';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/** The backup channels and "Öppna datamappen" through the contract, on a library in a real temp folder. */

const EXAMPLE_ID = exampleDraft().id;

async function app() {
  const root = tempDir();
  const dataDir = path.join(root, 'bibliotek');
  const backupDir = path.join(root, 'sakerhetskopior');
  const store = await DraftStore.open(dataDir);
  const opened: string[] = [];
  const handlers = testHandlers(store, {
    openPath: async (folder) => void opened.push(folder),
    backupDir,
  });
  const call = caller(handlers);
  return { root, dataDir, backupDir, store, opened, call };
}

describe('the backup channels', () => {
  it('backs up, restores the old text into the open library, and lists the backup made before the restore', async () => {
    const { call } = await app();
    await call('saveDraft', draftSchema.parse({ ...exampleDraft(), statement: 'Före säkerhetskopian.' }));
    const backup = await call('createBackup');
    expect(backup).toMatchObject({ trigger: 'manuell', drafts: 1 });
    expect(await call('listBackups')).toEqual([backup]);

    const draft = await call('getDraft', EXAMPLE_ID);
    await call('saveDraft', { ...draft, statement: 'Efter säkerhetskopian.' });
    const added = await call('createDraft', 'samverkansoverenskommelse');

    expect(await call('restoreBackup', backup.id)).toBeNull();
    expect((await call('getDraft', EXAMPLE_ID)).statement).toBe('Före säkerhetskopian.');
    expect((await call('listDrafts')).map((s) => s.id)).toEqual([EXAMPLE_ID]);
    await expect(call('getDraft', added.id)).rejects.toThrow('Utkastet finns inte längre i biblioteket.');

    const backups = await call('listBackups');
    expect(backups.map((b) => b.trigger)).toEqual(['fore-aterstallning', 'manuell']);
    expect(backups[0].drafts).toBe(2);

    // The library goes on working after the restore.
    const restored = await call('getDraft', EXAMPLE_ID);
    await call('saveDraft', { ...restored, statement: 'Ändrad efter återställningen.' });
    expect((await call('getDraft', EXAMPLE_ID)).statement).toBe('Ändrad efter återställningen.');
  });

  it('holds the history and the export log while a restore runs, and then writes them into the restored library', async () => {
    const { call, dataDir, backupDir } = await app();
    const saved = await call('saveDraft', draftSchema.parse({ ...exampleDraft(), statement: 'Före säkerhetskopian.' }));
    const backup = await call('createBackup');
    const draft = { ...draftSchema.parse(exampleDraft()), statement: 'Före säkerhetskopian.', updatedAt: saved.updatedAt };

    // Another history and export log of the same folder (as a second set of handlers has): they share its gate.
    const history = new DraftHistory(dataDir);
    const log = new ExportLog(dataDir, { keyFile: path.join(backupDir, 'nyckel') });
    const restoring = call('restoreBackup', backup.id);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const [, version, entry] = await Promise.all([
      restoring,
      history.record(draft, 'export'),
      log.add(EXAMPLE_ID, { kind: 'pdf', path: path.join(dataDir, '..', 'fil.pdf'), size: 1, sha256: '0'.repeat(64) }),
    ]);

    // Both landed in the restored library, after the swap: neither in the folders moved out, nor in the way of the swap.
    expect((await call('listVersions', EXAMPLE_ID)).map((v) => v.id)).toContain(version.id);
    expect((await log.recent(EXAMPLE_ID)).map((e) => e.id)).toEqual([entry.id]);
    const before = (await call('listBackups')).find((b) => b.trigger === 'fore-aterstallning')!;
    expect(readdirSync(path.join(backupDir, before.id, 'data', 'historik', EXAMPLE_ID))).not.toContain(`${version.id}.json`);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.aterstallning'))).toEqual([]);
  });

  it('refuses to restore what is not a backup, in Swedish, and makes no backup then', async () => {
    const { call, root } = await app();
    for (const id of ['..', '../bibliotek', '2026-03-01T10-00-00-000Z-manuell']) {
      await expect(call('restoreBackup', id)).rejects.toThrow(/^(Säkerhetskopian finns inte\.|Uppgifterna kunde inte tas emot)/);
    }
    expect(await call('listBackups')).toEqual([]);
    expect(readdirSync(root).sort()).toEqual(['bibliotek']);
  });

  it('opens the data folder', async () => {
    const { call, opened, dataDir } = await app();
    expect(await call('openDataFolder')).toBeNull();
    expect(opened).toEqual([dataDir]);
  });

  it('says where the data folder and its backups are, for the data folder page to show', async () => {
    const { call, dataDir, root } = await app();
    expect(await call('dataFolders')).toEqual({ dataFolder: dataDir, backupFolder: path.join(root, 'sakerhetskopior') });
  });
});
