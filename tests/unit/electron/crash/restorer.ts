import { readFileSync, writeSync } from 'node:fs';
import { createBackupHandlers } from '../../../../electron/services/backup-handlers';
import { listBackups, recoverDataFolder } from '../../../../electron/services/backups';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { ServiceDeps } from '../../../../electron/services/service-deps';
import { DraftHistory } from '../../../../electron/services/history';
import type { Draft } from '../../../../shared/draft/schema';
import { UserError } from '../../../../shared/errors';

/**
 * The child process of the restore crash test: opens the library as the app
 * does (first what a stopped restore left is finished or undone, then the
 * store opens), and restores a backup through the app's backup handlers
 * while the editor's autosave goes on (the store's save between the
 * history's steps, as the save handler makes it), until it is killed. Only
 * the services it uses are bundled, so that hundreds of starts stay quick.
 *
 * `node restorer.mjs <dataDir> <backupDir> <draft.json> <first counter> live|recover`
 * prints, each line written synchronously so none is lost when the process dies:
 *   opening                            the data folder is about to be recovered
 *   recovered <what> <ms>              it was (what became of a stopped restore: none, finished, undone),
 *                                      in <ms> milliseconds; with `recover` the child then waits to be killed
 *   ready                              the library is open
 *   start <n> / ack <n>                save n is about to be made / has been acknowledged
 *   refused <n>                        save n was refused as based on the draft from before the restore
 *   failed <n> <message>               save n failed otherwise
 *   restore-start                      the restore of the first manual backup is called
 *   restore-done <ms>                  it has answered, after <ms> milliseconds
 *
 * The first life makes that backup, of the draft with the statement
 * "Säkerhetskopians löftesmening.", before it says ready.
 */
const [dataDir, backupDir, draftPath, first, mode] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Keeps the process alive until it is killed. */
const waitForKill = () => setInterval(() => undefined, 60_000);

say('opening');
const opening = performance.now();
const recovery = await recoverDataFolder({ dataDir, backupDir });
say(`recovered ${recovery.restore} ${Math.round(performance.now() - opening)}`);
if (mode === 'recover') {
  waitForKill();
} else {
  const draft: Draft = JSON.parse(readFileSync(draftPath, 'utf8'));
  const store = await DraftStore.open(dataDir);
  const history = new DraftHistory(dataDir);
  const deps = { store, history, backupDir, openPath: async () => undefined } as Partial<ServiceDeps> as ServiceDeps;
  const backups = createBackupHandlers(deps);
  /** The version the editor's next save is based on: the one the last save gave back. */
  let base: string | undefined;
  const save = async (draft: Draft) => {
    const previous = store.summary(draft.id);
    const saved = { ...draft, updatedAt: base ?? draft.updatedAt };
    await history.beforeSave(previous, () => store.get(draft.id));
    const result = await store.save(saved);
    base = result.updatedAt;
    await history.afterSave(previous, { ...saved, updatedAt: result.updatedAt });
  };
  base = store.summary(draft.id)?.updatedAt;
  let backup = (await listBackups(backupDir)).findLast((summary) => summary.trigger === 'manuell');
  if (!backup) {
    await save({ ...draft, statement: 'Säkerhetskopians löftesmening.' });
    backup = await backups.createBackup();
  }
  say('ready');
  waitForKill();

  void (async () => {
    for (let n = Number(first); ; n++) {
      say(`start ${n}`);
      try {
        await save({ ...draft, statement: `Sparning ${n}.` });
        say(`ack ${n}`);
      } catch (error) {
        if (error instanceof UserError && error.code === 'conflict') {
          // Based on the draft from before the restore: refused, and the editor reads the draft again.
          say(`refused ${n}`);
          base = (await store.get(draft.id)).updatedAt;
        } else {
          say(`failed ${n} ${(error as Error).message.replace(/\s+/g, ' ')}`);
        }
      }
      await sleep(Math.random() * 4);
    }
  })();
  await sleep(Math.random() * 15);
  say('restore-start');
  const started = performance.now();
  await backups.restoreBackup(backup.id);
  say(`restore-done ${Math.round(performance.now() - started)}`);
}
