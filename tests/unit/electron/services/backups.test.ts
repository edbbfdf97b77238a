import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  isBackupDue,
  KEEP_BACKUPS,
  KEEP_BEFORE_RESTORE_MS,
  listBackups,
  pruneBackups,
  recoverDataFolder,
  restoreBackup,
  startBackupSchedule,
  type BackupTrigger,
} from '../../../../electron/services/backups';
import { DraftStore } from '../../../../electron/services/draft-store';
import { draftSchema } from '../../../../shared/draft/schema';
import { formatBackupTime } from '../../../../shared/i18n/data';
import { UserError } from '../../../../shared/errors';
import type { BackupSummary } from '../../../../shared/ipc/contract';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { refusal } from '../../../support/user-error';

/** Backups of data folders in real temp folders: made, listed, pruned and restored on disk. */

const EXAMPLE_ID = exampleDraft().id;
const HOUR = 60 * 60 * 1000;
const START = new Date('2026-03-01T10:00:00.000Z').getTime();

/** A library with two drafts, some history and a quarantined file; the backups go beside it. */
async function library() {
  const root = tempDir();
  const dataDir = path.join(root, 'bibliotek');
  const backupDir = path.join(root, 'sakerhetskopior');
  const store = await DraftStore.open(dataDir);
  await store.save(draftSchema.parse({ ...exampleDraft(), statement: 'Den gamla löftesmeningen.' }));
  await store.save(agreementDraft());
  await store.flush();
  mkdirSync(path.join(dataDir, 'historik', EXAMPLE_ID), { recursive: true });
  writeFileSync(path.join(dataDir, 'historik', EXAMPLE_ID, 'en-version.json'), '{"gammal": true}');
  mkdirSync(path.join(dataDir, 'karantan'), { recursive: true });
  writeFileSync(path.join(dataDir, 'karantan', 'trasig-2026.json'), Buffer.from([0xde, 0xad, 0xbe, 0xef]));
  return { root, dataDir, backupDir, store, folders: { dataDir, backupDir } };
}

/** Every file under a folder, by relative path, with its bytes. */
function filesOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, file), readFileSync(file).toString('base64'));
  }
  return files;
}

const at = (time: number) => () => new Date(time);
const triggers = (backups: BackupSummary[]) => backups.map((backup) => backup.trigger);

describe('making and listing backups', () => {
  it('copies everything in the data folder, byte for byte, with a manifest', async () => {
    const { dataDir, backupDir, folders } = await library();
    const summary = await createBackup(folders, 'manuell', { now: at(START) });

    expect(summary).toEqual({
      id: '2026-03-01T10-00-00-000Z-manuell',
      createdAt: '2026-03-01T10:00:00.000Z',
      trigger: 'manuell',
      drafts: 2,
      bytes: [...filesOf(dataDir).values()].reduce((sum, bytes) => sum + Buffer.from(bytes, 'base64').length, 0),
    });
    const copied = path.join(backupDir, summary.id, 'data');
    expect(filesOf(copied)).toEqual(filesOf(dataDir));
    expect([...filesOf(dataDir).keys()].sort()).toEqual(
      ['index.json', `drafts/${EXAMPLE_ID}.json`, `drafts/${AGREEMENT_ID}.json`, `historik/${EXAMPLE_ID}/en-version.json`, 'karantan/trasig-2026.json'].sort(),
    );
    expect(await listBackups(backupDir)).toEqual([summary]);
  });

  it('lists newest first, and gives two backups of the same millisecond different ids', async () => {
    const { backupDir, folders } = await library();
    const first = await createBackup(folders, 'schema', { now: at(START) });
    const second = await createBackup(folders, 'manuell', { now: at(START + HOUR) });
    const third = await createBackup(folders, 'manuell', { now: at(START + HOUR) });
    expect(third.id).toBe(`${second.id}-2`);
    expect((await listBackups(backupDir)).map((backup) => backup.id)).toEqual([third.id, second.id, first.id]);
  });

  it('lists no backup that is half-made, has no manifest, or a manifest that is not ours', async () => {
    const { backupDir, folders } = await library();
    const made = await createBackup(folders, 'manuell', { now: at(START) });
    mkdirSync(path.join(backupDir, '.pagaende-2026-03-01T11-00-00-000Z-abcdef012345', 'data'), { recursive: true });
    mkdirSync(path.join(backupDir, '2026-03-01T12-00-00-000Z-schema', 'data', 'drafts'), { recursive: true });
    mkdirSync(path.join(backupDir, '2026-03-01T13-00-00-000Z-schema'));
    writeFileSync(path.join(backupDir, '2026-03-01T13-00-00-000Z-schema', 'manifest.json'), '{"format": "något annat"}');
    mkdirSync(path.join(backupDir, 'min-egen-mapp'));
    expect(await listBackups(backupDir)).toEqual([made]);
  });

  it('lists nothing when no backup was ever made', async () => {
    const { backupDir } = await library();
    expect(await listBackups(backupDir)).toEqual([]);
  });

  it('refuses a backup folder inside the data folder', async () => {
    const { dataDir } = await library();
    await expect(createBackup({ dataDir, backupDir: path.join(dataDir, 'kopior') }, 'manuell')).rejects.toThrow(/inside the data folder/);
    expect(existsSync(path.join(dataDir, 'kopior'))).toBe(false);
  });

  it('says in Swedish why a backup could not be made', async () => {
    const { root, folders } = await library();
    const blocked = path.join(root, 'en-fil');
    writeFileSync(blocked, 'inte en mapp');
    const error = await refusal(createBackup({ ...folders, backupDir: path.join(blocked, 'kopior') }, 'manuell'));
    expect(error.message).toMatch(/^Det gick inte att skriva i ”.*kopior”: .*\. Frigör utrymme eller kontrollera behörigheten och försök igen\.$/);
  });
});

describe('pruning', () => {
  async function makeMany(folders: { dataDir: string; backupDir: string }, trigger: BackupTrigger, count: number, from: number) {
    for (let i = 0; i < count; i++) await createBackup(folders, trigger, { now: at(from + i * HOUR) });
  }

  it(`keeps the newest ${KEEP_BACKUPS} of each trigger`, async () => {
    const { backupDir, folders } = await library();
    await makeMany(folders, 'manuell', 2, START);
    await makeMany(folders, 'schema', KEEP_BACKUPS + 3, START + 2 * HOUR);
    const backups = await listBackups(backupDir);
    expect(triggers(backups).filter((t) => t === 'schema')).toHaveLength(KEEP_BACKUPS);
    expect(triggers(backups).filter((t) => t === 'manuell')).toHaveLength(2);
    // The oldest scheduled ones went.
    const oldestKept = backups.filter((b) => b.trigger === 'schema').at(-1)!;
    expect(oldestKept.createdAt).toBe(new Date(START + 5 * HOUR).toISOString());
    expect(readdirSync(backupDir).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('keeps every backup made before a restore for a week, then the newest of them', async () => {
    const { backupDir, folders } = await library();
    await makeMany(folders, 'fore-aterstallning', KEEP_BACKUPS + 2, START);
    expect(await listBackups(backupDir)).toHaveLength(KEEP_BACKUPS + 2);

    await pruneBackups(backupDir, { now: at(START + KEEP_BEFORE_RESTORE_MS) });
    expect(await listBackups(backupDir)).toHaveLength(KEEP_BACKUPS + 1);
    await pruneBackups(backupDir, { now: at(START + KEEP_BEFORE_RESTORE_MS + 2 * HOUR) });
    const kept = await listBackups(backupDir);
    expect(kept).toHaveLength(KEEP_BACKUPS);
    expect(kept.at(-1)!.createdAt).toBe(new Date(START + 2 * HOUR).toISOString());
  });

  it('removes what a stopped process left half-made after an hour, not before', async () => {
    const { backupDir, folders } = await library();
    await createBackup(folders, 'manuell', { now: at(START) });
    const fresh = '.pagaende-2026-03-01T10-30-00-000Z-abcdef012345';
    const stale = '.pagaende-2026-03-01T08-00-00-000Z-abcdef012345';
    const removing = '.borttas-2026-02-01T08-00-00-000Z-schema';
    for (const name of [fresh, stale, removing]) mkdirSync(path.join(backupDir, name, 'data'), { recursive: true });
    await pruneBackups(backupDir, { now: at(START + HOUR) });
    expect(readdirSync(backupDir).filter((name) => name.startsWith('.'))).toEqual([fresh]);
  });
});

describe('restoring a backup', () => {
  it('brings the old text back, keeps the newer text in a backup made first, and keeps moved-aside files', async () => {
    const { dataDir, backupDir, folders, store } = await library();
    const backup = await createBackup(folders, 'manuell', { now: at(START) });

    // After the backup: an edit, a new draft, more history, another quarantined file.
    await store.save({ ...(await store.get(EXAMPLE_ID)), statement: 'Den nya löftesmeningen.' });
    const added = await store.create('medborgarlofte');
    await store.flush();
    writeFileSync(path.join(dataDir, 'historik', EXAMPLE_ID, 'ny-version.json'), '{"ny": true}');
    writeFileSync(path.join(dataDir, 'karantan', 'trasig-2027.json'), 'x');

    const before = await restoreBackup(folders, backup.id, { now: at(START + HOUR) });

    expect(before).toMatchObject({ trigger: 'fore-aterstallning', createdAt: new Date(START + HOUR).toISOString(), drafts: 3 });
    expect(triggers(await listBackups(backupDir))).toEqual(['fore-aterstallning', 'manuell']);
    const kept = JSON.parse(readFileSync(path.join(backupDir, before.id, 'data', 'drafts', `${EXAMPLE_ID}.json`), 'utf8'));
    expect(kept.statement).toBe('Den nya löftesmeningen.');

    // The index is a cache that may lag behind the drafts in a backup: left for the library to rebuild.
    expect(existsSync(path.join(dataDir, 'index.json'))).toBe(false);
    await store.reload();
    expect((await store.get(EXAMPLE_ID)).statement).toBe('Den gamla löftesmeningen.');
    expect(store.list().map((s) => s.id).sort()).toEqual([EXAMPLE_ID, AGREEMENT_ID].sort());
    expect(store.list().map((s) => s.id)).not.toContain(added.id);
    expect(readdirSync(path.join(dataDir, 'historik', EXAMPLE_ID))).toEqual(['en-version.json']);
    // The library lists the quarantined files in a list of its own; both are there, the one from after the backup too.
    expect(readdirSync(path.join(dataDir, 'karantan')).filter((name) => !name.startsWith('lista.')).sort()).toEqual(['trasig-2026.json', 'trasig-2027.json']);
    // Nothing left beside the data folder.
    expect(readdirSync(path.dirname(dataDir)).sort()).toEqual(['bibliotek', 'sakerhetskopior']);

    // The restore can be undone by restoring the backup made before it.
    await restoreBackup(folders, before.id, { now: at(START + 2 * HOUR) });
    await store.reload();
    expect((await store.get(EXAMPLE_ID)).statement).toBe('Den nya löftesmeningen.');
    expect(store.list().map((s) => s.id)).toContain(added.id);
  });

  it('leaves what it does not know in the data folder as it is, and copies no lock into a backup', async () => {
    const { dataDir, backupDir, folders } = await library();
    writeFileSync(path.join(dataDir, 'oppnad-av.json'), '{"vem": "den som har mappen öppen nu"}');
    writeFileSync(path.join(dataDir, '.change.lock'), '{}');
    const backup = await createBackup(folders, 'manuell', { now: at(START) });
    expect(readdirSync(path.join(backupDir, backup.id, 'data')).sort()).toEqual(['drafts', 'historik', 'index.json', 'karantan']);
    mkdirSync(path.join(dataDir, 'mallar'));
    writeFileSync(path.join(dataDir, 'mallar', 'ny-sorts-fil.json'), '{}');

    await restoreBackup(folders, backup.id, { now: at(START + HOUR) });
    expect(readdirSync(dataDir).sort()).toEqual(['.change.lock', 'drafts', 'historik', 'karantan', 'mallar', 'oppnad-av.json']);
    expect(readFileSync(path.join(dataDir, 'oppnad-av.json'), 'utf8')).toContain('den som har mappen öppen nu');
  });

  it('refuses ids that name no backup, in Swedish, and changes nothing', async () => {
    const { dataDir, backupDir, folders } = await library();
    const made = await createBackup(folders, 'manuell', { now: at(START) });
    mkdirSync(path.join(backupDir, '2026-03-01T12-00-00-000Z-schema', 'data', 'drafts'), { recursive: true });
    const data = filesOf(dataDir);
    const ids = ['..', '../bibliotek', `${made.id}/../..`, `${made.id}/data`, 'manuell', '2026-03-01T11-00-00-000Z-manuell', '2026-03-01T12-00-00-000Z-schema', `/${made.id}`, `${made.id}-0`];
    for (const id of ids) {
      const error = await refusal(restoreBackup(folders, id));
      expect(error.message, id).toBe('Säkerhetskopian finns inte. Uppdatera listan och välj en av säkerhetskopiorna i den.');
    }
    expect(await listBackups(backupDir)).toEqual([made]);
    expect(filesOf(dataDir)).toEqual(data);
  });

  it('refuses a backup whose drafts are missing, and changes nothing', async () => {
    const { dataDir, backupDir, folders } = await library();
    const made = await createBackup(folders, 'manuell', { now: at(START) });
    rmSync(path.join(backupDir, made.id, 'data', 'drafts'), { recursive: true });
    const data = filesOf(dataDir);
    const error = await refusal(restoreBackup(folders, made.id));
    expect(error.message).toBe('Säkerhetskopian är ofullständig (mappen med utkasten saknas) och kan inte återställas. Välj en annan säkerhetskopia.');
    expect(await listBackups(backupDir)).toEqual([made]);
    expect(filesOf(dataDir)).toEqual(data);
  });
});

describe('opening a data folder after a stop in the middle of a restore', () => {
  /**
   * The state a restore killed in the middle leaves: a backup made before it,
   * and a working folder with the backup's copy and the journal at `step`;
   * with `movedOut`, those entries already moved from the data folder to `gammal/`.
   */
  async function interrupted(step: 'kopierar' | 'byter' | 'klar', movedOut: string[] = []) {
    const lib = await library();
    const { dataDir, backupDir, folders, store } = lib;
    const backup = await createBackup(folders, 'manuell', { now: at(START) });
    await store.save({ ...(await store.get(EXAMPLE_ID)), statement: 'Den nya löftesmeningen.' });
    await store.flush();
    const before = await createBackup(folders, 'fore-aterstallning', { now: at(START + HOUR) });
    const work = path.join(dataDir, '.aterstallning-0123456789ab');
    mkdirSync(path.join(work, 'gammal'), { recursive: true });
    const incoming = ['drafts', 'historik'];
    for (const name of incoming) cpSync(path.join(backupDir, backup.id, 'data', name), path.join(work, 'ny', name), { recursive: true });
    cpSync(path.join(backupDir, backup.id, 'data', 'karantan'), path.join(work, 'ny', 'karantan'), { recursive: true });
    for (const name of movedOut) renameSync(path.join(dataDir, name), path.join(work, 'gammal', name));
    const journal = { format: 'samverka-aterstallning', formatVersion: 1, step, backup: backup.id, backupCreatedAt: backup.createdAt, before: before.id, incoming, appended: ['karantan'] };
    writeFileSync(path.join(work, 'steg.json'), JSON.stringify(journal));
    return { ...lib, backup, before, work };
  }

  const statementIn = (dataDir: string) => JSON.parse(readFileSync(path.join(dataDir, 'drafts', `${EXAMPLE_ID}.json`), 'utf8')).statement;

  it('finishes a swap that had begun: the restored drafts, nothing left over, and says so', async () => {
    const { dataDir, folders, work } = await interrupted('byter', ['drafts', 'index.json']);
    expect(existsSync(path.join(dataDir, 'drafts'))).toBe(false);

    const recovery = await recoverDataFolder(folders);
    expect(recovery.restore).toBe('finished');
    expect(recovery.notices).toEqual([expect.stringMatching(/^Samverka stängdes medan säkerhetskopian från .* återställdes\. Återställningen har nu gjorts klart\./)]);
    expect(statementIn(dataDir)).toBe('Den gamla löftesmeningen.');
    expect(readdirSync(path.join(dataDir, 'historik', EXAMPLE_ID))).toEqual(['en-version.json']);
    expect(existsSync(work)).toBe(false);
    expect((await DraftStore.open(dataDir)).list().map((s) => s.id).sort()).toEqual([EXAMPLE_ID, AGREEMENT_ID].sort());
  });

  it('finishes a swap whose moves were all made, and one whose working folder was being removed', async () => {
    for (const step of ['byter', 'klar'] as const) {
      const { dataDir, folders, work } = await interrupted(step, ['drafts', 'historik']);
      renameSync(path.join(work, 'ny', 'drafts'), path.join(dataDir, 'drafts'));
      renameSync(path.join(work, 'ny', 'historik'), path.join(dataDir, 'historik'));
      expect((await recoverDataFolder(folders)).restore).toBe('finished');
      expect(statementIn(dataDir)).toBe('Den gamla löftesmeningen.');
      expect(existsSync(work)).toBe(false);
    }
  });

  it('drops a restore whose copy was not complete: the library as it was, and says so', async () => {
    const { dataDir, folders, work } = await interrupted('kopierar');
    const recovery = await recoverDataFolder(folders);
    expect(recovery.restore).toBe('undone');
    expect(recovery.notices).toEqual([expect.stringContaining('Återställningen hann inte börja, och utkasten är som före den.')]);
    expect(statementIn(dataDir)).toBe('Den nya löftesmeningen.');
    expect(existsSync(work)).toBe(false);
  });

  it('keeps what it moved out as a backup when the backup made before the restore is gone', async () => {
    const { dataDir, backupDir, folders, before } = await interrupted('byter', ['drafts']);
    rmSync(path.join(backupDir, before.id), { recursive: true });
    const recovery = await recoverDataFolder(folders);
    expect(recovery.notices[0]).toMatch(/har sparats som säkerhetskopian ”Före en återställning”/);
    expect(statementIn(dataDir)).toBe('Den gamla löftesmeningen.');
    const kept = (await listBackups(backupDir)).find((b) => b.trigger === 'fore-aterstallning')!;
    expect(JSON.parse(readFileSync(path.join(backupDir, kept.id, 'data', 'drafts', `${EXAMPLE_ID}.json`), 'utf8')).statement).toBe('Den nya löftesmeningen.');
  });

  it('finishes what a restore of an earlier version left, and keeps what no backup holds', async () => {
    const { root, dataDir, backupDir, folders, store } = await library();
    const backup = await createBackup(folders, 'manuell', { now: at(START) });
    await store.save({ ...(await store.get(EXAMPLE_ID)), statement: 'Den nya löftesmeningen.' });
    await store.flush();
    // The earlier version copied the backup beside the data folder, moved the library's entries out beside it too,
    // and stopped before moving the backup's in.
    const staging = path.join(root, '.bibliotek-aterstallning-ba9876543210');
    cpSync(path.join(backupDir, backup.id, 'data'), staging, { recursive: true });
    const replaced = path.join(root, '.bibliotek-ersatt-0123456789ab');
    mkdirSync(replaced);
    renameSync(path.join(dataDir, 'drafts'), path.join(replaced, 'drafts'));
    renameSync(path.join(dataDir, 'historik'), path.join(replaced, 'historik'));

    const recovery = await recoverDataFolder(folders, { now: at(START + HOUR) });
    expect(recovery.notices).toEqual([
      'Filer som en avbruten återställning lämnade kvar, och som inte fanns i någon säkerhetskopia, har sparats som säkerhetskopian ”Före en återställning” från ' +
        `${formatBackupTime(new Date(START + HOUR).toISOString())}.`,
      'En återställning av en säkerhetskopia avbröts i en tidigare version av Samverka och lämnade datamappen ofullständig. Det som saknades har hämtats från det återställningen lämnade kvar. Kontrollera utkasten; säkerhetskopiorna finns kvar under ”Datamapp och säkerhetskopior”.',
    ]);
    expect(readdirSync(root).sort()).toEqual(['bibliotek', 'sakerhetskopior']);
    expect(statementIn(dataDir)).toBe('Den gamla löftesmeningen.');
    // The replaced drafts were in no backup: kept as one.
    const kept = (await listBackups(backupDir)).find((b) => b.trigger === 'fore-aterstallning')!;
    expect(JSON.parse(readFileSync(path.join(backupDir, kept.id, 'data', 'drafts', `${EXAMPLE_ID}.json`), 'utf8')).statement).toBe('Den nya löftesmeningen.');
  });

  it('removes half-made and half-removed backups whatever their age, and the temporary files of writes cut short', async () => {
    const { dataDir, backupDir, folders } = await library();
    const made = await createBackup(folders, 'manuell');
    for (const name of ['.pagaende-2099-01-01T00-00-00-000Z-abcdef012345', '.borttas-2026-02-01T08-00-00-000Z-schema']) mkdirSync(path.join(backupDir, name, 'data'), { recursive: true });
    writeFileSync(path.join(dataDir, '.exporter.json.0123456789ab.tmp'), '{"halv');
    writeFileSync(path.join(dataDir, 'oppnad-av.json'), '{}');
    const recovery = await recoverDataFolder(folders);
    expect(recovery).toEqual({ restore: 'none', notices: [] });
    expect(readdirSync(backupDir)).toEqual([made.id]);
    expect(readdirSync(dataDir).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(existsSync(path.join(dataDir, 'oppnad-av.json'))).toBe(true);
  });

  it('does nothing to a data folder that does not exist yet', async () => {
    const root = tempDir();
    expect(await recoverDataFolder({ dataDir: path.join(root, 'bibliotek'), backupDir: path.join(root, 'kopior') })).toEqual({ restore: 'none', notices: [] });
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('the schedule', () => {
  it('makes a scheduled backup when none is newer than the interval, and none otherwise', async () => {
    const { backupDir, folders } = await library();
    const run = async (time: number) => {
      let flushed = 0;
      const stop = startBackupSchedule({ ...folders, intervalMs: 24 * HOUR, now: at(time), beforeBackup: async () => void flushed++ });
      await stop();
      return flushed;
    };
    expect(await run(START)).toBe(1);
    expect(triggers(await listBackups(backupDir))).toEqual(['schema']);

    expect(await run(START + 23 * HOUR)).toBe(0);
    await createBackup(folders, 'manuell', { now: at(START + 23 * HOUR) });
    expect(await run(START + 25 * HOUR)).toBe(0);
    expect(await run(START + 47 * HOUR)).toBe(1);
    expect(triggers(await listBackups(backupDir))).toEqual(['schema', 'manuell', 'schema']);
  });

  it('reports a failed scheduled backup and does not throw', async () => {
    const { root } = await library();
    const errors: unknown[] = [];
    const stop = startBackupSchedule({ dataDir: path.join(root, 'finns-inte'), backupDir: path.join(root, 'kopior'), intervalMs: HOUR, onError: (e) => void errors.push(e) });
    await stop();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(UserError);
  });

  it('is due with no backup, an old one, or one dated in the future', () => {
    const backup = (createdAt: string): BackupSummary => ({ id: 'x', createdAt, trigger: 'schema', drafts: 0, bytes: 0 });
    const now = new Date('2026-03-02T10:00:00.000Z');
    expect(isBackupDue([], now, 24 * HOUR)).toBe(true);
    expect(isBackupDue([backup('2026-03-01T10:00:00.000Z')], now, 24 * HOUR)).toBe(true);
    expect(isBackupDue([backup('2026-03-01T10:00:00.001Z')], now, 24 * HOUR)).toBe(false);
    expect(isBackupDue([backup('2026-03-03T10:00:00.000Z')], now, 24 * HOUR)).toBe(true);
  });
});

it('keeps the data folder\'s files unchanged while backing up (a backup only reads)', async () => {
  const { dataDir, folders } = await library();
  const times = [...filesOf(dataDir).keys()].map((file) => statSync(path.join(dataDir, file)).mtimeMs);
  const files = filesOf(dataDir);
  await createBackup(folders, 'manuell');
  expect(filesOf(dataDir)).toEqual(files);
  expect([...filesOf(dataDir).keys()].map((file) => statSync(path.join(dataDir, file)).mtimeMs)).toEqual(times);
});
