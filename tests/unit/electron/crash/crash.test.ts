import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDraftFile } from '../../../../electron/services/draft-file';
import { LIMITS } from '../../../../shared/draft/limits';
import type { Draft } from '../../../../shared/draft/schema';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { bundleChild, startChild } from './child-process';

/**
 * Crash safety, for real: a child process (saver.ts, bundled with esbuild)
 * saves a large draft in a loop with the real DraftStore, and is killed with
 * SIGKILL at random moments, hundreds of times, on the same data folder.
 * After each kill every file of the library must parse, and the draft must
 * hold the last acknowledged save or the one that was under way: never a
 * torn file, never a lost save.
 */

const KILLS = 200;
/** Libraries killed side by side, each in its own data folder, so the test takes seconds rather than minutes. */
const LANES = 4;
/**
 * Kills spread over a save loop that takes some tens of milliseconds a turn
 * (each save of the 1.5 MB draft is read back and checked before it is
 * acknowledged), and over a hundred on a busy machine: long enough that
 * saves are acknowledged before the kill.
 */
const MAX_DELAY_MS = 250;
/** Some kills land while the library is still opening (reading the index, repairing it). */
const EARLY_KILL_SHARE = 0.1;

let saver: string;
let draftFile: string;
/** V8's compiled code of the saver, kept between its hundreds of starts. */
let compileCache: string;

/** The example with 500 activities of about 2,800 characters: some 1.5 MB of JSON, under the 5 MB limit. */
function largeDraft(): Draft {
  const base = exampleDraft();
  const sentence = 'Polis och kommun genomför gemensamma trygghetsvandringar i centrum och följer upp resultatet i styrgruppen. ';
  return {
    ...base,
    activities: Array.from({ length: LIMITS.activities }, (_, i) => ({
      ...base.activities[i % base.activities.length],
      id: `a${i + 1}`,
      text: `${i + 1}. ${sentence.repeat(26)}`,
    })),
  };
}

beforeAll(async () => {
  const dir = tempDir('samverka-crash-build-');
  ({ script: saver, compileCache } = await bundleChild(path.join(import.meta.dirname, 'saver.ts'), dir));
  draftFile = path.join(dir, 'large-draft.json');
  const text = JSON.stringify(largeDraft());
  expect(text.length).toBeGreaterThan(1_000_000);
  expect(text.length * 1.2).toBeLessThan(LIMITS.fileBytes);
  writeFileSync(draftFile, text);
});

interface Life {
  /** The counter of the last save acknowledged, or null. */
  lastAck: number | null;
  /** The counter of the last save started, or null. */
  lastStart: number | null;
  ready: boolean;
}

/** Starts the saver on `dataDir`, kills it with SIGKILL after a random delay, and reports what it printed. */
function liveAndDie(dataDir: string, first: number): Promise<Life> {
  const life: Life = { lastAck: null, lastStart: null, ready: false };
  let timer: NodeJS.Timeout | undefined;
  const killSoon = (maxDelay: number) => {
    timer = setTimeout(() => child.kill(), Math.random() * maxDelay);
  };
  const child = startChild(saver, [dataDir, draftFile, String(first)], compileCache, (line) => {
    const [word, n] = line.split(' ');
    if (word === 'ready' && !life.ready) {
      life.ready = true;
      if (!timer) killSoon(MAX_DELAY_MS);
    } else if (word === 'start') life.lastStart = Number(n);
    else if (word === 'ack') life.lastAck = Number(n);
  });
  if (Math.random() < EARLY_KILL_SHARE) killSoon(MAX_DELAY_MS);
  return child.ended.then(
    () => life,
    (error: unknown) => {
      clearTimeout(timer);
      throw error;
    },
  );
}

/** What the kills of one library found. */
interface Tally {
  torn: number;
  lost: number;
  /** Kills that landed while a save was under way (started, not acknowledged). */
  midSave: number;
  acknowledged: number;
  problems: string[];
}

/**
 * Kills the saver `kills` times on one data folder, restarting it on the
 * same folder each time, and checks the files after every kill: each parses
 * (the draft with every check of the file format), and the draft holds a
 * save from the last acknowledged to the last started.
 */
async function killRepeatedly(lane: number, kills: number): Promise<Tally> {
  const dataDir = tempDir(`samverka-crash-${lane}-`);
  const id = exampleDraft().id;
  const tally: Tally = { torn: 0, lost: 0, midSave: 0, acknowledged: 0, problems: [] };
  let lastAcked: number | null = null;
  let next = 1;
  for (let kill = 1; kill <= kills; kill++) {
    const where = `library ${lane}, kill ${kill}`;
    const life = await liveAndDie(dataDir, next);
    if (life.lastAck !== null) {
      lastAcked = life.lastAck;
      tally.acknowledged++;
    }
    if (life.lastStart !== null && life.lastStart !== life.lastAck) tally.midSave++;
    const lastStarted = life.lastStart ?? next - 1;

    let counter: number | undefined;
    for (const name of draftFileNames(path.join(dataDir, 'drafts'))) {
      const result = await readDraftFile(path.join(dataDir, 'drafts', name));
      if (!result.ok) {
        tally.torn++;
        tally.problems.push(`${where}: ${name}: ${result.error.message}`);
      } else if (name === `${id}.json`) {
        counter = (result.draft as Draft & { sparning?: number }).sparning;
      }
    }
    if ((await jsonState(path.join(dataDir, 'index.json'))) === 'torn') {
      tally.torn++;
      tally.problems.push(`${where}: index.json does not parse`);
    }

    if (lastAcked !== null && (counter === undefined || counter < lastAcked)) {
      tally.lost++;
      tally.problems.push(`${where}: save ${lastAcked} was acknowledged, the file holds ${counter ?? 'nothing'}`);
    }
    if (counter !== undefined && counter > lastStarted) {
      tally.torn++;
      tally.problems.push(`${where}: the file holds save ${counter}, but the last started was ${lastStarted}`);
    }
    next = Math.max(lastStarted, counter ?? 0) + 1;
  }
  return tally;
}

describe('crash safety', () => {
  it(`keeps every save acknowledged before a SIGKILL, ${KILLS} times, and never leaves a torn file`, { timeout: 180_000 }, async () => {
    const tallies = await Promise.all(Array.from({ length: LANES }, (_, lane) => killRepeatedly(lane + 1, KILLS / LANES)));
    const sum = (key: 'torn' | 'lost' | 'midSave' | 'acknowledged') => tallies.reduce((total, tally) => total + tally[key], 0);

    console.log(`${KILLS} kills, ${sum('torn')} torn files, ${sum('lost')} lost saves`);
    expect(tallies.flatMap((tally) => tally.problems)).toEqual([]);
    expect(sum('torn')).toBe(0);
    expect(sum('lost')).toBe(0);
    // The test proves something only if saves were acknowledged and kills hit saves under way.
    expect(sum('acknowledged')).toBeGreaterThan(0);
    expect(sum('midSave')).toBeGreaterThan(0);
  });
});

/** The draft files in a library's drafts/; none before the first life got as far as creating the folder. */
function draftFileNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json') && !name.startsWith('.')) : [];
}

/** 'torn' when a file exists and is not JSON; the index may be missing (the first life can die before writing it). */
async function jsonState(file: string): Promise<'ok' | 'missing' | 'torn'> {
  try {
    JSON.parse(await readFile(file, 'utf8'));
    return 'ok';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'torn';
  }
}
