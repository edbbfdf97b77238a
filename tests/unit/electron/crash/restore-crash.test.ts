import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBackups, recoverDataFolder } from '../../../../electron/services/backups';
import { DraftStore } from '../../../../electron/services/draft-store';
import { readDraftFile } from '../../../../electron/services/draft-file';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { bundleChild, startChild } from './child-process';

/**
 * Crash safety of "Återställ", for real: a child process (restorer.ts)
 * opens the library as the app does, restores a backup through the app's
 * handlers while the editor's autosave goes on, and is killed with SIGKILL
 * at a random moment of the restore, hundreds of times, on the same data
 * folder. Sometimes the next start is killed too, while it finishes or
 * undoes what the killed restore left. After each kill the library is
 * opened as the next start opens it, and then:
 * - it is never empty: the draft is there, restored or as it was;
 * - no acknowledged save is lost: it is in the library, or in the backup
 *   made before a restore that replaced it;
 * - the library holds the restored draft, the draft as it was before the
 *   restore, or a save made after the restore, never an older save;
 * - nothing is left over: no folder of an unfinished restore or backup.
 */

/** Kills that land while a restore runs, in all. */
const KILLS = 200;
/** Libraries killed side by side, each in its own data folder. */
const LANES = 4;
/** How often the next start is killed too, while it recovers the data folder. */
const RECOVERY_KILL_SHARE = 0.2;
/** A child that has neither died nor said anything for this long is stuck. */
const STUCK_MS = 20_000;

const RESTORED = 'Säkerhetskopians löftesmening.';
const DRAFT_ID = exampleDraft().id;

let restorer: { script: string; compileCache: string };
let draftFile: string;

beforeAll(async () => {
  const dir = tempDir('samverka-restore-crash-build-');
  restorer = await bundleChild(path.join(import.meta.dirname, 'restorer.ts'), dir);
  draftFile = path.join(dir, 'draft.json');
  writeFileSync(draftFile, JSON.stringify(draftSchema.parse(exampleDraft())));
});

/** The save number a draft's statement carries (`Sparning 12.`), or null for the restored draft. */
function saveNumber(draft: Draft): number | null {
  if (draft.statement === RESTORED) return null;
  const match = /^Sparning (\d+)\.$/.exec(draft.statement);
  if (!match) throw new Error(`a draft no save wrote: ${draft.statement}`);
  return Number(match[1]);
}

interface Life {
  lastAck: number | null;
  lastStart: number | null;
  failed: string[];
  restoreStarted: boolean;
  /** How long the restore took, when it answered before the kill. */
  restoreMs: number | null;
}

/**
 * Starts the restorer on a library and kills it a random time within
 * `killWithin` ms after it calls the restore; without `killWithin`, just
 * after the restore answers (to learn how long one takes). Also killed
 * just after the restore answers when that comes first.
 */
function liveAndDie(folders: Folders, first: number, killWithin: number | null): Promise<Life> {
  const life: Life = { lastAck: null, lastStart: null, failed: [], restoreStarted: false, restoreMs: null };
  const child = startChild(restorer.script, [folders.dataDir, folders.backupDir, draftFile, String(first), 'live'], restorer.compileCache, (line) => {
    const [word, value] = line.split(' ');
    if (word === 'start') life.lastStart = Number(value);
    else if (word === 'ack') life.lastAck = Number(value);
    else if (word === 'failed') life.failed.push(line);
    else if (word === 'restore-start') {
      life.restoreStarted = true;
      if (killWithin !== null) {
        setTimeout(child.kill, Math.random() * killWithin);
      }
    } else if (word === 'restore-done') {
      life.restoreMs = Number(value);
      setTimeout(child.kill, Math.random() * 5);
    }
  });
  const stuck = setTimeout(child.kill, STUCK_MS);
  return child.ended.then(() => {
    clearTimeout(stuck);
    return life;
  });
}

/**
 * Starts the next life only to recover the data folder, and kills it a
 * random time within `killWithin` ms after it begins. Says what the
 * recovery did and how long it took when it finished before the kill.
 */
function recoverAndDie(folders: Folders, killWithin: number): Promise<{ did: string; ms: number } | null> {
  let done: { did: string; ms: number } | null = null;
  const child = startChild(restorer.script, [folders.dataDir, folders.backupDir, draftFile, '0', 'recover'], restorer.compileCache, (line) => {
    const [word, did, ms] = line.split(' ');
    if (word === 'opening') setTimeout(child.kill, Math.random() * killWithin);
    else if (word === 'recovered') done = { did, ms: Number(ms) };
  });
  const stuck = setTimeout(child.kill, STUCK_MS);
  return child.ended.then(() => {
    clearTimeout(stuck);
    return done;
  });
}

interface Folders {
  dataDir: string;
  backupDir: string;
}

interface Tally {
  lives: number;
  killsDuringRestore: number;
  killsDuringRecovery: number;
  empty: number;
  lost: number;
  leftovers: number;
  /** What the opening after a kill did with the restore it found: finished it, or undid it. */
  finished: number;
  undone: number;
  problems: string[];
}

/** What a stopped restore or backup would leave: a restore's working folder, a half-made or half-removed backup, a temporary file. */
function leftoversOf({ dataDir, backupDir }: Folders): string[] {
  const hidden = (folder: string, pattern: RegExp) => (existsSync(folder) ? readdirSync(folder).filter((name) => pattern.test(name)) : []);
  return [
    ...hidden(dataDir, /^\.(aterstallning-|.*\.tmp$)/).map((name) => `bibliotek/${name}`),
    ...hidden(path.dirname(dataDir), /^\..*-(aterstallning|ersatt)-/),
    ...hidden(backupDir, /^\.(pagaende|borttas)-/).map((name) => `sakerhetskopior/${name}`),
  ];
}

/** Kills the restorer on one library until `kills` kills have landed during restores, checking the library after each. */
async function killRepeatedly(lane: number, kills: number): Promise<Tally> {
  const root = tempDir(`samverka-restore-crash-${lane}-`);
  const folders = { dataDir: path.join(root, 'bibliotek'), backupDir: path.join(root, 'sakerhetskopior') };
  const tally: Tally = { lives: 0, killsDuringRestore: 0, killsDuringRecovery: 0, empty: 0, lost: 0, leftovers: 0, finished: 0, undone: 0, problems: [] };
  /** The save counter in each backup made before a restore, by id. */
  const before = new Map<string, number>();
  let lastAcked: number | null = null;
  let lastStarted = 0;
  let next = 1;
  /**
   * How long after the restore begins the kill may come: it follows how long
   * restores take here, so that most kills land in one (anywhere in it,
   * the swap at its end included) and few lives are spent after one.
   */
  let killWithin: number | null = null;
  let recoveryMs = 30;

  for (let life = 1; tally.killsDuringRestore < kills; life++) {
    const where = `library ${lane}, life ${life}`;
    tally.lives++;
    const lived = await liveAndDie(folders, next, killWithin);
    if (lived.restoreStarted && lived.restoreMs === null) {
      tally.killsDuringRestore++;
      killWithin = (killWithin ?? 0) * 1.03;
    } else if (lived.restoreMs !== null) {
      // The kill came after the restore: aim shorter next time (the first life only measures one).
      killWithin = killWithin === null ? lived.restoreMs : killWithin * 0.9;
    }
    if (lived.lastAck !== null) lastAcked = lived.lastAck;
    lastStarted = Math.max(lastStarted, lived.lastStart ?? 0);
    tally.problems.push(...lived.failed.map((line) => `${where}: ${line}`));

    const did: string[] = [];
    if (Math.random() < RECOVERY_KILL_SHARE) {
      const recovered = await recoverAndDie(folders, recoveryMs * 1.2);
      if (recovered === null) tally.killsDuringRecovery++;
      else {
        recoveryMs = Math.max(recoveryMs, recovered.ms);
        did.push(recovered.did);
      }
    }

    // The next start: what it finds of the restore, then the library.
    did.push((await recoverDataFolder(folders)).restore);
    if (did.includes('finished')) tally.finished++;
    if (did.includes('undone')) tally.undone++;
    const file = path.join(folders.dataDir, 'drafts', `${DRAFT_ID}.json`);
    if (!existsSync(file)) {
      tally.empty++;
      tally.problems.push(`${where}: the library has no draft (${existsSync(path.dirname(file)) ? 'drafts/ is empty' : 'no drafts/'})`);
      continue;
    }
    const read = await readDraftFile(file);
    if (!read.ok) {
      tally.problems.push(`${where}: the draft does not read: ${read.error.message}`);
      continue;
    }
    const store = await DraftStore.open(folders.dataDir);
    if (!store.list().some((summary) => summary.id === DRAFT_ID)) tally.problems.push(`${where}: the library does not list the draft`);
    await store.flush();
    const left = leftoversOf(folders);
    if (left.length > 0) {
      tally.leftovers += left.length;
      tally.problems.push(`${where}: left over: ${left.join(', ')}`);
    }

    let madeThisLife: number | null = null;
    for (const backup of await listBackups(folders.backupDir)) {
      if (backup.trigger !== 'fore-aterstallning' || before.has(backup.id)) continue;
      const kept = JSON.parse(readFileSync(path.join(folders.backupDir, backup.id, 'data', 'drafts', `${DRAFT_ID}.json`), 'utf8')) as Draft;
      madeThisLife = saveNumber(kept) ?? -1;
      before.set(backup.id, madeThisLife);
    }
    const keptBefore = Math.max(-1, ...before.values());
    const counter = saveNumber(read.draft);
    if (lastAcked !== null && !(counter !== null ? counter >= lastAcked : keptBefore >= lastAcked)) {
      tally.lost++;
      tally.problems.push(`${where}: save ${lastAcked} was acknowledged; the library holds ${counter ?? 'the restored draft'}, the backups before restores at most ${keptBefore}`);
    }
    if (counter !== null && madeThisLife !== null && counter < madeThisLife) {
      tally.problems.push(`${where}: the library holds save ${counter}, older than ${madeThisLife} in the backup made before the restore`);
    }
    if (counter !== null && counter > lastStarted) tally.problems.push(`${where}: the library holds save ${counter}, but the last started was ${lastStarted}`);
    next = Math.max(lastStarted, counter ?? 0) + 1;
  }
  return tally;
}

describe('crash safety of a restore', () => {
  it(`keeps the library and every acknowledged save through ${KILLS} kills during restores`, { timeout: 240_000 }, async () => {
    const tallies = await Promise.all(Array.from({ length: LANES }, (_, lane) => killRepeatedly(lane + 1, KILLS / LANES)));
    const sum = (key: Exclude<keyof Tally, 'problems'>) => tallies.reduce((total, tally) => total + tally[key], 0);

    console.log(`${sum('killsDuringRestore')} kills during restore, ${sum('empty')} empty libraries, ${sum('lost')} lost saves`);
    console.log(
      `(${sum('lives')} lives; ${sum('killsDuringRecovery')} kills while opening after one; the opening finished ${sum('finished')} restores and undid ${sum('undone')}; ${sum('leftovers')} leftovers)`,
    );
    expect(tallies.flatMap((tally) => tally.problems)).toEqual([]);
    expect(sum('killsDuringRestore')).toBeGreaterThanOrEqual(KILLS);
    expect(sum('empty')).toBe(0);
    expect(sum('lost')).toBe(0);
    expect(sum('leftovers')).toBe(0);
    // The test proves something only if kills landed on both sides of the swap.
    expect(sum('finished')).toBeGreaterThan(0);
    expect(sum('undone')).toBeGreaterThan(0);
  });
});
