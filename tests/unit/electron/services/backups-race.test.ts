import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../../electron/services/backups';
import { DraftStore } from '../../../../electron/services/draft-store';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import type { SaveResult } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';

/**
 * A restore of a backup is one step for the saves around it: the editor's
 * autosave goes on while "Återställ" runs, 0–40 ms after it starts, through
 * the contract as the window calls it. Every acknowledged save must end up
 * somewhere: one acknowledged before the restore answered is in the backup
 * made before the restore ("fore-aterstallning") and never in the restored
 * library; one made after the restore answered is in the restored library.
 * The restored library holds the backup's draft or a save made after the
 * restore, never one made before it.
 *
 * How long a restore takes depends on the machine, so the saves start at a
 * share of the restore's own duration (the last one measured in the lane):
 * from at once (in the same turn as the restore's call, so certainly while
 * it runs) to a little after it has answered.
 */

const RUNS = 150;
/** The shares of a restore's duration after which the saves start, in turn. */
const SHARES = [0, 0.2, 0.4, 0.6, 0.8, 1, 1.25];
const LANES = 3;
const EXAMPLE_ID = exampleDraft().id;
/** The statement of the draft in the backup that is restored. */
const RESTORED = 'Säkerhetskopians löftesmening.';

/** The save number a draft's statement carries (`Sparning 12.`), or null for the restored draft. */
function saveNumber(draft: Pick<Draft, 'statement'>): number | null {
  if (draft.statement === RESTORED) return null;
  const match = /^Sparning (\d+)\.$/.exec(draft.statement);
  if (!match) throw new Error(`a draft no save wrote: ${draft.statement}`);
  return Number(match[1]);
}

interface Save {
  n: number;
  /** Whether the save was made (called) only after the restore had answered. */
  issuedAfter: boolean;
  /** Whether it was acknowledged before the restore answered. */
  ackedBefore: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One run: a library with a backup, a restore of it, and saves from `delay`
 * ms after the restore began until one made after it answered. The saves
 * are the editor's: each based on the version the last one gave back. One
 * that the store refuses as based on an older version (the restore replaced
 * the draft) is not acknowledged; the editor then reads the draft again, as
 * the user does after the message.
 */
async function run(delay: number) {
  const root = tempDir('samverka-aterstallning-');
  const dataDir = path.join(root, 'bibliotek');
  const backupDir = path.join(root, 'sakerhetskopior');
  const store = await DraftStore.open(dataDir);
  const handlers = testHandlers(store, { backupDir, log: () => undefined });
  const call = caller(handlers);
  const draft = draftSchema.parse({ ...exampleDraft(), statement: RESTORED });
  let base = (await call('saveDraft', draft)).updatedAt;
  const backup = await call('createBackup');
  base = (await call('saveDraft', { ...draft, statement: 'Sparning 0.', updatedAt: base })).updatedAt;

  const saves: Save[] = [];
  const failed: string[] = [];
  let refused = 0;
  /** Saves made while the restore ran, acknowledged or not. */
  let madeDuring = 0;
  let restored = false;
  const started = performance.now();
  let restoreMs = 0;
  const restoring = call('restoreBackup', backup.id).then(() => {
    restoreMs = performance.now() - started;
    restored = true;
  });
  if (delay > 0) await sleep(delay);
  for (let n = 1; ; n++) {
    const issuedAfter = restored;
    if (!issuedAfter) madeDuring++;
    const reply = await dispatch(handlers, 'saveDraft', [{ ...draft, statement: `Sparning ${n}.`, updatedAt: base }]);
    if (reply.ok) {
      base = (reply.value as SaveResult).updatedAt;
      saves.push({ n, issuedAfter, ackedBefore: !restored });
      if (issuedAfter) break;
    } else if (reply.error.code === 'conflict') {
      refused++;
      base = (await call('getDraft', EXAMPLE_ID)).updatedAt;
    } else {
      // A save made while a restore runs waits for it; it never fails because of it.
      failed.push(`save ${n}: ${reply.error.message}`);
      if (issuedAfter) break;
    }
    // The autosave comes back now and then while the restore runs.
    await sleep(Math.random() * 5);
  }
  await restoring;

  const before = (await listBackups(backupDir)).find((summary) => summary.trigger === 'fore-aterstallning');
  if (!before) throw new Error('no backup was made before the restore');
  const inBefore = saveNumber(JSON.parse(readFileSync(path.join(backupDir, before.id, 'data', 'drafts', `${EXAMPLE_ID}.json`), 'utf8')));
  const inLibrary = saveNumber(await call('getDraft', EXAMPLE_ID));
  await store.flush();
  return { saves, failed, refused, madeDuring, restoreMs, inBefore: inBefore ?? -1, inLibrary };
}

describe('saves while a backup is restored', () => {
  it(`loses no acknowledged save and writes none made before the restore over the restored draft, ${RUNS} runs`, { timeout: 120_000 }, async () => {
    const problems: string[] = [];
    let lost = 0;
    let writtenOver = 0;
    let madeDuringRestores = 0;
    let refusedAsStale = 0;
    const restoreTimes: number[] = [];
    const check = async (i: number, lastRestoreMs: number) => {
      const share = SHARES[i % SHARES.length];
      const delay = share * lastRestoreMs;
      const { saves, failed, refused, madeDuring, restoreMs, inBefore, inLibrary } = await run(delay);
      restoreTimes.push(restoreMs);
      // A run that saves at once saves while the restore runs; otherwise it proves nothing.
      if (share === 0 && madeDuring === 0) problems.push(`run ${i + 1}: no save was made while the restore ran`);
      madeDuringRestores += madeDuring;
      refusedAsStale += refused;
      const where = `run ${i + 1} (${delay.toFixed(1)} ms)`;
      problems.push(...failed.map((problem) => `${where}: ${problem}`));
      for (const save of saves) {
        const keptBefore = save.n <= inBefore;
        const keptAfter = inLibrary !== null && save.n <= inLibrary && inLibrary > inBefore;
        if (save.ackedBefore ? keptBefore : save.issuedAfter ? keptAfter : keptBefore || keptAfter) continue;
        if (save.ackedBefore && keptAfter) {
          writtenOver++;
          problems.push(`${where}: save ${save.n}, acknowledged before the restore answered, went into the restored library`);
        } else {
          lost++;
          problems.push(`${where}: save ${save.n} was acknowledged, but the backup before the restore holds ${inBefore} and the library ${inLibrary ?? 'the restored draft'}`);
        }
      }
      if (inLibrary !== null && inLibrary <= inBefore) {
        writtenOver++;
        problems.push(`${where}: save ${inLibrary}, made before the restore, is in the restored library`);
      }
      return restoreMs;
    };
    // A few libraries side by side, so the runs take seconds rather than a minute.
    await Promise.all(Array.from({ length: LANES }, async (_, lane) => {
      let lastRestoreMs = 0;
      for (let i = lane; i < RUNS; i += LANES) lastRestoreMs = await check(i, lastRestoreMs);
    }));
    const failedSaves = problems.length - lost - writtenOver;
    const median = restoreTimes.sort((a, b) => a - b)[Math.floor(restoreTimes.length / 2)];
    console.log(
      `${RUNS} restores (median ${median.toFixed(1)} ms) with saves from 0 to ${SHARES.at(-1)}× a restore's duration after: ` +
        `${madeDuringRestores} saves made while a restore ran, ${lost} lost saves, ${writtenOver} written over the restored draft, ` +
        `${failedSaves} saves failed (${refusedAsStale} refused as based on the draft from before the restore)`,
    );
    expect(problems).toEqual([]);
  });
});
