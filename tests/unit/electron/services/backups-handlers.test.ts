import { caller, testHandlers } from '../../../support/test-shell';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { draftSchema, type Draft, type DraftSummary } from '../../../../shared/draft/schema';
import type { BackupSummary } from '../../../../shared/ipc/contract';
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
    const backup = await call<BackupSummary>('createBackup');
    expect(backup).toMatchObject({ trigger: 'manuell', drafts: 1 });
    expect(await call<BackupSummary[]>('listBackups')).toEqual([backup]);

    const draft = await call<Draft>('getDraft', EXAMPLE_ID);
    await call('saveDraft', { ...draft, statement: 'Efter säkerhetskopian.' });
    const added = await call<Draft>('createDraft', 'samverkansoverenskommelse');

    expect(await call('restoreBackup', backup.id)).toBeNull();
    expect((await call<Draft>('getDraft', EXAMPLE_ID)).statement).toBe('Före säkerhetskopian.');
    expect((await call<DraftSummary[]>('listDrafts')).map((s) => s.id)).toEqual([EXAMPLE_ID]);
    await expect(call('getDraft', added.id)).rejects.toThrow('Utkastet finns inte längre i biblioteket.');

    const backups = await call<BackupSummary[]>('listBackups');
    expect(backups.map((b) => b.trigger)).toEqual(['fore-aterstallning', 'manuell']);
    expect(backups[0].drafts).toBe(2);

    // The library goes on working after the restore.
    const restored = await call<Draft>('getDraft', EXAMPLE_ID);
    await call('saveDraft', { ...restored, statement: 'Ändrad efter återställningen.' });
    expect((await call<Draft>('getDraft', EXAMPLE_ID)).statement).toBe('Ändrad efter återställningen.');
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
});
