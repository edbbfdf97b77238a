import { caller, type Call } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * "Versioner" and the versions kept by saves and exports, called as the
 * window calls them (through `dispatch`, arguments checked by the contract)
 * on a data folder on the real disk, with one clock for the store and the history.
 */

const MINUTE = 60_000;
const ID = exampleDraft().id;

async function services({ dataDir = tempDir() } = {}) {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  const now = () => new Date(t);
  const store = await DraftStore.open(dataDir, { now });
  const exportDir = tempDir();
  const logged: string[] = [];
  const handlers = testHandlers(store, {
    chooseSavePath: async (name) => path.join(exportDir, name),
    now,
    log: (message) => logged.push(message),
  });
  const reply = (channel: string, ...args: unknown[]) => dispatch(handlers, channel, args);
  const call = caller(handlers);
  /** Saves the draft with a statement, `minutes` after the last call, based on the version stored (as the editor's save is). */
  const edit = async (draft: Draft, statement: string, minutes = 1) => {
    t += minutes * MINUTE;
    await call('saveDraft', { ...draft, statement, updatedAt: store.summary(draft.id)?.updatedAt ?? draft.updatedAt });
  };
  /** Saves the draft as it is, then once with each of `statuses` in turn. */
  const saveThrough = async (draft: Draft, statuses: Draft['status'][]) => {
    await edit(draft, draft.statement);
    for (const status of statuses) await edit({ ...draft, status }, draft.statement);
  };
  return { dataDir, store, logged, reply, call, edit, saveThrough };
}

const statementOf = async (call: Call) => (await call('getDraft', ID)).statement;

describe('saveDraft and exportDocx keep versions', () => {
  it('keeps a snapshot at the first save and not again within minutes; an export is kept for good', async () => {
    const { call, edit } = await services();
    const draft = exampleDraft();
    await edit(draft, 'Första texten');
    await edit(draft, 'Andra texten');
    expect((await call('listVersions', ID)).map((v) => [v.reason, v.kept])).toEqual([['redigering', false]]);

    await call('exportDocx', ID, { withPromises: false });
    const [exported] = await call('listVersions', ID);
    expect(exported).toMatchObject({ reason: 'export', kept: true, title: draft.title });
    expect((await call('getVersion', ID, exported.id)).statement).toBe('Andra texten');
  });

  it('keeps the end of an editing session when the next one starts, dated when it was saved', async () => {
    const { call, edit } = await services();
    const draft = exampleDraft();
    await edit(draft, 'Början');
    await edit(draft, 'Slutet av passet', 2);
    await edit(draft, 'Nästa pass', 60);
    const versions = await call('listVersions', ID);
    expect(versions.map((v) => v.savedAt)).toEqual(['2026-11-21T11:03:00.000Z', '2026-11-21T10:03:00.000Z', '2026-11-21T10:01:00.000Z']);
    const texts = await Promise.all(versions.map(async (v) => (await call('getVersion', ID, v.id)).statement));
    expect(texts).toEqual(['Nästa pass', 'Slutet av passet', 'Början']);
  });

  it('keeps a version at each status change, and one when the draft is signed', async () => {
    const { call, saveThrough } = await services();
    await saveThrough(agreementDraft(), ['klar', 'undertecknad']);
    const versions = await call('listVersions', AGREEMENT_ID);
    expect(versions.map((v) => [v.reason, v.status, v.kept])).toEqual([
      ['status', 'undertecknad', true],
      ['status', 'klar', true],
      ['redigering', 'utkast', false],
    ]);
  });

  it('saves the draft when the history cannot be written, and logs why', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, 'historik'), 'not a folder');
    const { call, edit, logged } = await services({ dataDir });
    await edit(exampleDraft(), 'Sparad ändå', 10);
    expect(await statementOf(call)).toBe('Sparad ändå');
    expect(JSON.parse(readFileSync(path.join(dataDir, 'drafts', `${ID}.json`), 'utf8')).statement).toBe('Sparad ändå');
    expect(logged).toEqual(['Samverka: keeping a version after a save failed']);
  });
});

describe('restoreVersion', () => {
  it('brings an older text back, lists the restore, and is undone by restoring the version kept before it', async () => {
    const { call, edit } = await services();
    const draft = exampleDraft();
    await edit(draft, 'Den gamla texten');
    await edit(draft, 'Den nya texten');
    const [old] = await call('listVersions', ID);

    const restored = await call('restoreVersion', ID, old.id);
    expect(restored.statement).toBe('Den gamla texten');
    expect(await statementOf(call)).toBe('Den gamla texten');
    const versions = await call('listVersions', ID);
    expect(versions.map((v) => v.reason)).toEqual(['aterstalld', 'fore-aterstallning', 'redigering']);

    await call('restoreVersion', ID, versions[1].id);
    expect(await statementOf(call)).toBe('Den nya texten');
  });

  it('keeps the current id, creation time and links, and makes the draft an utkast again', async () => {
    const { call, saveThrough } = await services();
    await saveThrough(agreementDraft(), ['klar']);
    const promise = await call('createPromise', AGREEMENT_ID);
    const before = await call('getDraft', AGREEMENT_ID);
    const [, first] = await call('listVersions', AGREEMENT_ID);

    const restored = await call('restoreVersion', AGREEMENT_ID, first.id);
    expect(restored).toMatchObject({ id: AGREEMENT_ID, status: 'utkast', createdAt: before.createdAt, relatedIds: [promise.id] });
  });

  it('refuses to restore a signed draft, and changes nothing', async () => {
    const { call, saveThrough } = await services();
    await saveThrough(agreementDraft(), ['klar', 'undertecknad']);
    const versions = await call('listVersions', AGREEMENT_ID);

    await expect(call('restoreVersion', AGREEMENT_ID, versions[2].id)).rejects.toThrow(/^Utkastet är undertecknat och kan inte ändras, inte heller till en äldre version\. Starta en ny revision/);
    expect((await call('getDraft', AGREEMENT_ID)).status).toBe('undertecknad');
    expect(await call('listVersions', AGREEMENT_ID)).toEqual(versions);
  });

  it('says so when the version is gone', async () => {
    const { call, edit } = await services();
    await edit(exampleDraft(), 'Text');
    await expect(call('restoreVersion', ID, '2020-01-01T00-00-00-000Z-000-export')).rejects.toThrow('Versionen finns inte längre i historiken.');
    expect(await statementOf(call)).toBe('Text');
  });
});

describe('arguments of the history channels', () => {
  it('rejects a bad draft id or version id before it reaches the history', async () => {
    const { reply, edit } = await services();
    await edit(exampleDraft(), 'Text');
    for (const [channel, args] of [
      ['listVersions', ['../drafts']],
      ['getVersion', [ID, '../../drafts/x']],
      ['getVersion', [ID, '']],
      ['restoreVersion', [ID, 42]],
      ['restoreVersion', ['inte-ett-id', '2026-11-21T10-01-00-000Z-000-redigering']],
    ] as const) {
      expect(await reply(channel, ...args)).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    // Passes the contract's pattern but is no version id: never read as a path.
    expect(await reply('getVersion', ID, '..')).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
