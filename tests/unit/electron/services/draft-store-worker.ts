import { createInterface } from 'node:readline';
import { writeSync } from 'node:fs';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';
import { UserError } from '../../../../shared/errors';

/**
 * A second (and third) Samverka on one data folder, for
 * draft-store-processes.test.ts: a child process that opens the library with
 * the real DraftStore and does what the test tells it, one JSON command a
 * line on stdin, one JSON answer a line on stdout.
 *
 * `node worker.mjs <dataDir> <name>` answers `{"ready":true}` once the
 * library is open, then for each command:
 *   {"op":"get","id"}                          → {"ok":true,"draft"} | {"ok":false,"code","message"}
 *   {"op":"save","draft"}                      → {"ok":true,"updatedAt"} | refusal
 *   {"op":"delete","id"}                       → {"ok":true} | refusal
 *   {"op":"followUp","id","activityId","input"} → {"ok":true,"draft"} | refusal
 *   {"op":"random","seed","count","ids"}        → {"ok":true,"log":[…]}: a random run, see {@link randomRun}
 */
const [dataDir, name] = process.argv.slice(2);
const say = (value: unknown) => writeSync(1, `${JSON.stringify(value)}\n`);

const store = await DraftStore.open(dataDir);
say({ ready: true });

const refusal = (error: unknown): { ok: false; code: string; message: string } => {
  if (error instanceof UserError) return { ok: false, code: error.code, message: error.message };
  return { ok: false, code: 'unexpected', message: error instanceof Error ? String(error.stack) : String(error) };
};

async function attempt<T>(action: () => Promise<T>): Promise<{ ok: true; value: T } | ReturnType<typeof refusal>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return refusal(error);
  }
}

/** One entry of a random run's log: what was asked, on which version, and how it ended. */
export interface LogEntry {
  op: 'save' | 'sign' | 'klar' | 'followUp' | 'delete';
  id: string;
  /** The marker a save added to the background, or a follow-up wrote as its comment. */
  marker?: string;
  /** The version the operation was based on (a save's `updatedAt`). */
  basedOn?: string;
  ok: boolean;
  code?: string;
  /** The version written, when acknowledged. */
  updatedAt?: string;
}

/**
 * `count` operations on the drafts `ids`, as a user of this process would
 * make them, as fast as the store answers: saves based on the version last
 * read or acknowledged (each adds a marker to the background, so a lost one
 * shows), "klar" and "undertecknad", follow-ups, deletes. A refused save is
 * followed by reading the draft again, as the user reopens it.
 */
async function randomRun(seed: number, count: number, ids: string[]): Promise<LogEntry[]> {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const known = new Map<string, Draft>();
  const log: LogEntry[] = [];
  const reread = async (id: string) => {
    const read = await attempt(() => store.get(id));
    if (read.ok) known.set(id, read.value);
    else known.delete(id);
  };
  for (const id of ids) await reread(id);

  for (let n = 1; n <= count && known.size > 0; n++) {
    const all = [...known.keys()];
    const id = all[Math.floor(random() * all.length)];
    const draft = known.get(id)!;
    const marker = `${name}${n}`;
    const roll = random();
    if (roll < 0.01) {
      const result = await attempt(() => store.delete(id));
      log.push({ op: 'delete', id, basedOn: draft.updatedAt, ok: result.ok, code: result.ok ? undefined : result.code });
      if (result.ok) known.delete(id);
      else await reread(id);
    } else if (roll < 0.2) {
      const input = { status: random() < 0.5 ? ('pagar' as const) : ('genomford' as const), outcome: n, comment: marker };
      const result = await attempt(() => store.saveFollowUp(id, 'a1', input));
      log.push({ op: 'followUp', id, marker, ok: result.ok, code: result.ok ? undefined : result.code, updatedAt: result.ok ? result.value.updatedAt : undefined });
      if (result.ok) known.set(id, result.value);
      else await reread(id);
    } else {
      const status = draft.status === 'utkast' && roll > 0.9 ? 'klar' : draft.status === 'klar' && roll > 0.96 ? 'undertecknad' : draft.status;
      const op = status === draft.status ? 'save' : status === 'klar' ? 'klar' : 'sign';
      const next: Draft = { ...draft, status, background: `${draft.background} ${marker}` };
      const result = await attempt(() => store.save(next));
      log.push({ op, id, marker, basedOn: draft.updatedAt, ok: result.ok, code: result.ok ? undefined : result.code, updatedAt: result.ok ? result.value.updatedAt : undefined });
      if (result.ok) known.set(id, { ...next, updatedAt: result.value.updatedAt });
      else await reread(id);
    }
  }
  return log;
}

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  switch (command.op) {
    case 'get': {
      const result = await attempt(() => store.get(command.id));
      say(result.ok ? { ok: true, draft: result.value } : result);
      break;
    }
    case 'save': {
      const result = await attempt(() => store.save(command.draft));
      say(result.ok ? { ok: true, updatedAt: result.value.updatedAt } : result);
      break;
    }
    case 'delete': {
      const result = await attempt(() => store.delete(command.id));
      say(result.ok ? { ok: true } : result);
      break;
    }
    case 'followUp': {
      const result = await attempt(() => store.saveFollowUp(command.id, command.activityId, command.input));
      say(result.ok ? { ok: true, draft: result.value } : result);
      break;
    }
    case 'random':
      say({ ok: true, log: await randomRun(command.seed, command.count, command.ids) });
      break;
    case 'exit':
      await store.flush();
      process.exit(0);
  }
}
