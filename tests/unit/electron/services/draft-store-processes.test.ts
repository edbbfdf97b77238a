import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';
import { STORE_MESSAGE } from '../../../../shared/i18n/library';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import type { LogEntry } from './draft-store-worker';
import { bundleChild } from '../crash/child-process';

/**
 * Two Samverka processes on one data folder (a network drive two colleagues
 * open): every save states the version it was based on, and one based on
 * anything but the file's version on disk is refused, never applied over the
 * other's work. The processes are real child processes (draft-store-worker.ts,
 * bundled with esbuild) with stores of their own, as two apps would have.
 */

let workerScript: string;
const running: Worker[] = [];

beforeAll(async () => {
  ({ script: workerScript } = await bundleChild(path.join(import.meta.dirname, 'draft-store-worker.ts'), tempDir('samverka-worker-build-')));
});

afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.exit()));
});

type Answer = { ok: true; draft?: Draft; updatedAt?: string; log?: LogEntry[] } | { ok: false; code: string; message: string };

/** One child process with its own DraftStore on `dataDir`; `ask` sends a command and waits for its answer. */
class Worker {
  private readonly answers: ((answer: Answer) => void)[] = [];
  private stderr = '';
  readonly ready: Promise<void>;

  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    let markReady: () => void;
    this.ready = new Promise((resolve) => (markReady = resolve));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const answer = JSON.parse(line);
      if (answer.ready) markReady();
      else this.answers.shift()?.(answer);
    });
  }

  static async start(dataDir: string, name: string): Promise<Worker> {
    const worker = new Worker(spawn(process.execPath, [workerScript, dataDir, name], { stdio: 'pipe' }));
    running.push(worker);
    await worker.ready;
    return worker;
  }

  ask(command: Record<string, unknown>): Promise<Answer> {
    return new Promise((resolve, reject) => {
      this.answers.push(resolve);
      this.child.stdin.write(`${JSON.stringify(command)}\n`);
      this.child.once('exit', () => reject(new Error(`the worker stopped: ${this.stderr}`)));
    });
  }

  async get(id: string): Promise<Draft> {
    const answer = await this.ask({ op: 'get', id });
    if (!answer.ok) throw new Error(answer.message);
    return answer.draft!;
  }

  exit(): Promise<void> {
    if (this.child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin.write(`${JSON.stringify({ op: 'exit' })}\n`);
    });
  }
}

const ID = exampleDraft().id;
const fileOf = (dir: string, id: string) => path.join(dir, 'drafts', `${id}.json`);
const onDisk = (dir: string, id: string = ID): Draft => JSON.parse(readFileSync(fileOf(dir, id), 'utf8'));

/** A data folder holding the example with `status`, made through the store's own saves. */
async function library(status: Draft['status'] = 'utkast'): Promise<string> {
  const dir = tempDir('samverka-processes-');
  const store = await DraftStore.open(dir);
  let { updatedAt } = await store.save(exampleDraft());
  if (status !== 'utkast') ({ updatedAt } = await store.save({ ...exampleDraft(), updatedAt, status: 'klar' }));
  if (status === 'undertecknad') await store.save({ ...exampleDraft(), updatedAt, status: 'undertecknad' });
  await store.flush();
  return dir;
}

describe('two processes on one data folder', () => {
  it('refuses a save based on a version the other process has since replaced; the other\'s save stays', { timeout: 30_000 }, async () => {
    const dir = await library();
    const [a, b] = [await Worker.start(dir, 'a'), await Worker.start(dir, 'b')];
    const [seenByA, seenByB] = [await a.get(ID), await b.get(ID)];

    expect(await a.ask({ op: 'save', draft: { ...seenByA, title: 'Från dator A' } })).toMatchObject({ ok: true });
    const stale = await b.ask({ op: 'save', draft: { ...seenByB, title: 'Från dator B' } });

    expect(stale).toEqual({ ok: false, code: 'conflict', message: STORE_MESSAGE.changedElsewhere() });
    expect(onDisk(dir).title).toBe('Från dator A');
    // Once B has read the draft again, its save is based on the file's version and is stored.
    const reread = await b.get(ID);
    expect(await b.ask({ op: 'save', draft: { ...reread, title: 'Från dator B, efter A' } })).toMatchObject({ ok: true });
    expect(onDisk(dir).title).toBe('Från dator B, efter A');
  });

  it('never overwrites a draft the other process signed, nor turns it back into an utkast', { timeout: 30_000 }, async () => {
    const dir = await library('klar');
    const [a, b] = [await Worker.start(dir, 'a'), await Worker.start(dir, 'b')];
    const [seenByA, seenByB] = [await a.get(ID), await b.get(ID)];
    const signed = await a.ask({ op: 'save', draft: { ...seenByA, status: 'undertecknad' } });
    expect(signed).toMatchObject({ ok: true });
    const file = readFileSync(fileOf(dir, ID));

    // B's editor still shows it klar: an edit turns it back into an utkast, and that save must not land.
    expect(await b.ask({ op: 'save', draft: { ...seenByB, status: 'utkast', title: 'Ändrad på dator B' } })).toMatchObject({ ok: false });
    expect(await b.ask({ op: 'save', draft: { ...seenByB, title: 'Ändrad på dator B' } })).toMatchObject({ ok: false });
    // Even based on the signed version itself.
    const reread = await b.get(ID);
    expect(reread.status).toBe('undertecknad');
    expect(await b.ask({ op: 'save', draft: { ...reread, status: 'utkast' } })).toMatchObject({ ok: false, code: 'status' });

    expect(readFileSync(fileOf(dir, ID))).toEqual(file);
    expect(onDisk(dir)).toMatchObject({ status: 'undertecknad', title: exampleDraft().title });
  });

  it('does not bring back a draft the other process deleted, and refuses to delete one changed since it was listed', { timeout: 30_000 }, async () => {
    const dir = await library();
    const [a, b] = [await Worker.start(dir, 'a'), await Worker.start(dir, 'b')];
    const seenByB = await b.get(ID);

    // A changes it after B listed it: B's delete is refused, the draft stays.
    const seenByA = await a.get(ID);
    expect(await a.ask({ op: 'save', draft: { ...seenByA, title: 'Ändrad på dator A' } })).toMatchObject({ ok: true });
    expect(await b.ask({ op: 'delete', id: ID })).toEqual({ ok: false, code: 'conflict', message: STORE_MESSAGE.deleteChanged() });
    expect(onDisk(dir).title).toBe('Ändrad på dator A');

    // A deletes it: B's save, based on what it read before, does not bring it back.
    expect(await a.ask({ op: 'delete', id: ID })).toEqual({ ok: true });
    expect(await b.ask({ op: 'save', draft: { ...seenByB, title: 'Sparad på dator B' } })).toEqual({
      ok: false,
      code: 'deleted',
      message: STORE_MESSAGE.deletedElsewhere(),
    });
    expect(existsSync(fileOf(dir, ID))).toBe(false);
    expect(readdirSync(path.join(dir, 'borttagna'))).toHaveLength(1);
  });

  it('1,000 random saves, deletes and follow-ups from both processes: 0 acknowledged saves lost', { timeout: 120_000 }, async () => {
    const dir = tempDir('samverka-processes-');
    const store = await DraftStore.open(dir);
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) {
      const draft = await store.add({ ...exampleDraft(), title: `Medborgarlöfte ${i + 1}`, background: 'Bakgrund:' });
      if (i % 2 === 0) await store.save({ ...draft, status: 'klar' });
      ids.push(draft.id);
    }
    await store.flush();
    const [a, b] = [await Worker.start(dir, 'a'), await Worker.start(dir, 'b')];

    const answers = await Promise.all([a.ask({ op: 'random', seed: 1, count: 500, ids }), b.ask({ op: 'random', seed: 2, count: 500, ids })]);
    const log = answers.flatMap((answer) => (answer.ok ? answer.log! : []));
    expect(answers.map((answer) => answer.ok)).toEqual([true, true]);
    expect(log.filter((entry) => !entry.ok && !['conflict', 'deleted', 'not-found', 'status'].includes(entry.code!))).toEqual([]);

    const deleted = new Map<string, Draft>();
    for (const name of existsSync(path.join(dir, 'borttagna')) ? readdirSync(path.join(dir, 'borttagna')) : []) {
      const draft = JSON.parse(readFileSync(path.join(dir, 'borttagna', name), 'utf8')) as Draft;
      expect(deleted.has(draft.id)).toBe(false);
      deleted.set(draft.id, draft);
    }
    const final = (id: string): Draft => (existsSync(fileOf(dir, id)) ? onDisk(dir, id) : deleted.get(id)!);
    for (const id of ids) expect(existsSync(fileOf(dir, id)) !== deleted.has(id)).toBe(true);

    const saves = log.filter((entry) => entry.op !== 'followUp' && entry.op !== 'delete');
    const acknowledged = saves.filter((entry) => entry.ok);
    // Each acknowledged save added its marker to the version it was based on: a save lost under another shows as a missing marker.
    const lost = acknowledged.filter((entry) => !final(entry.id).background.split(' ').includes(entry.marker!));
    // A signed draft changes only by follow-up after it was signed.
    for (const sign of acknowledged.filter((entry) => entry.op === 'sign')) {
      expect(final(sign.id).status).toBe('undertecknad');
      expect(acknowledged.filter((entry) => entry.id === sign.id && entry.updatedAt! > sign.updatedAt!)).toEqual([]);
    }
    // The last acknowledged follow-up of a draft is the one in its file: no save took it back.
    const followUps = log.filter((entry) => entry.op === 'followUp' && entry.ok);
    for (const id of new Set(followUps.map((entry) => entry.id))) {
      const last = followUps.filter((entry) => entry.id === id).sort((x, y) => x.updatedAt!.localeCompare(y.updatedAt!)).at(-1)!;
      expect(final(id).activities.find((activity) => activity.id === 'a1')?.followUp?.comment).toBe(last.marker);
    }

    const refused = saves.filter((entry) => !entry.ok && entry.code === 'conflict').length;
    console.log(
      `${log.length} operations from two processes: ${acknowledged.length} acknowledged saves, ${refused} refused as based on an older version, ` +
        `${followUps.length} follow-ups, ${log.filter((entry) => entry.op === 'delete' && entry.ok).length} deletes; ${lost.length} acknowledged saves lost`,
    );
    expect(lost).toEqual([]);
    // The run proves something only if the processes raced: some saves were refused, many acknowledged.
    expect(refused).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(200);
    expect(log.length).toBe(1000);
  });
});
