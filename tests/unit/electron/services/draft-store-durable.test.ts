import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { FORMAT_VERSION } from '../../../../shared/draft/limits';
import type { Draft } from '../../../../shared/draft/schema';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { ROOT, exampleDraft, tempDir } from '../../../support/fixtures';

const PROMISE_ID = exampleDraft().id;
const OTHER_ID = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const fileOf = (dir: string, id: string) => path.join(dir, 'drafts', `${id}.json`);
const onDisk = (dir: string, id: string): Draft => JSON.parse(readFileSync(fileOf(dir, id), 'utf8'));

describe('DraftStore on the durable adapter', () => {
  it('removes the temporary files of killed writes when it opens, and nothing else', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(exampleDraft());
    await store.flush();
    const leftovers = [`drafts/.${PROMISE_ID}.json.0123456789ab.tmp`, '.index.json.abcdefabcdef.tmp', 'karantan/.lista.json.000000000000.tmp'];
    const others = ['.historik.json.0123456789ab.tmp', 'drafts/anteckningar.txt'];
    mkdirSync(path.join(dir, 'karantan'));
    for (const name of [...leftovers, ...others]) writeFileSync(path.join(dir, name), '{"halv');

    const reopened = await DraftStore.open(dir);

    for (const name of leftovers) expect(existsSync(path.join(dir, name))).toBe(false);
    for (const name of others) expect(existsSync(path.join(dir, name))).toBe(true);
    expect(reopened.unreadable()).toEqual([]);
  });

  it('opens an older format version without writing it; a save writes the current version', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'drafts'));
    const v0 = JSON.parse(readFileSync(path.join(ROOT, 'tests/fixtures/drafts/v0.json'), 'utf8'));
    const file = fileOf(dir, v0.id);
    cpSync(path.join(ROOT, 'tests/fixtures/drafts/v0.json'), file);
    const bytes = readFileSync(file);

    const store = await DraftStore.open(dir, { now: clock() });
    expect(store.list()).toMatchObject([{ id: v0.id, title: v0.title }]);
    const draft = await store.get(v0.id);
    expect(draft.formatVersion).toBe(FORMAT_VERSION);
    await store.flush();
    await DraftStore.open(dir);
    expect(readFileSync(file)).toEqual(bytes);

    await store.save(draft);
    expect(onDisk(dir, v0.id)).toMatchObject({ formatVersion: FORMAT_VERSION, parties: [{ name: 'Söderhamns kommun' }, {}] });
    expect(onDisk(dir, v0.id)).not.toHaveProperty('parter');
  });

  it('gives the summary of one draft, as a copy', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    await store.save(exampleDraft());
    const summary = store.summary(PROMISE_ID)!;
    expect(summary).toEqual(store.list()[0]);
    summary.relatedIds.push(OTHER_ID);
    expect(store.summary(PROMISE_ID)!.relatedIds).toEqual([]);
    expect(store.summary(OTHER_ID)).toBeUndefined();
  });
});

describe('DraftStore.put', () => {
  it('stores a draft as given over the stored one, keeping the stored links and checking no status change', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(agreementDraft());
    await store.save(exampleDraft());
    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);

    // klar with readiness errors, no links, an old updatedAt: save would refuse it; put stores it.
    const given = { ...exampleDraft(), status: 'klar' as const, statement: '', title: 'Ersatt', updatedAt: '2020-01-01T00:00:00.000Z' };
    const stored = await store.put(given);

    expect(stored).toEqual({ ...given, relatedIds: [AGREEMENT_ID] });
    expect(onDisk(dir, PROMISE_ID)).toEqual(stored);
    expect(store.summary(PROMISE_ID)).toMatchObject({ title: 'Ersatt', status: 'klar', updatedAt: '2020-01-01T00:00:00.000Z' });
    expect(onDisk(dir, AGREEMENT_ID).relatedIds).toEqual([PROMISE_ID]);
  });

  it('stores a draft new to the library under its own id, keeping the links that point into the library', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(agreementDraft());
    const given = { ...exampleDraft(), id: OTHER_ID, relatedIds: [AGREEMENT_ID, PROMISE_ID] };

    const stored = await store.put(given);

    expect(stored).toEqual({ ...given, relatedIds: [AGREEMENT_ID] });
    expect(onDisk(dir, AGREEMENT_ID).relatedIds).toEqual([OTHER_ID]);
  });

  it('refuses to overwrite an undertecknad draft, in Swedish', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const ready = { ...exampleDraft(), status: 'klar' as const };
    const { updatedAt } = await store.save(ready);
    await store.save({ ...ready, updatedAt, status: 'undertecknad' });
    await expect(store.put({ ...exampleDraft(), title: 'Över det undertecknade' })).rejects.toThrow(/undertecknat och kan inte ändras/);
    expect(onDisk(dir, PROMISE_ID).status).toBe('undertecknad');
  });

  it('brings back a draft deleted in this session', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(exampleDraft());
    await store.delete(PROMISE_ID);
    await store.put(exampleDraft());
    expect(store.list().map((s) => s.id)).toEqual([PROMISE_ID]);
    await store.save({ ...exampleDraft(), title: 'Sparad igen' });
    expect(onDisk(dir, PROMISE_ID).title).toBe('Sparad igen');
  });
});

describe('DraftStore.reload', () => {
  it('reads drafts, index and quarantine again from disk, as after restoring a backup', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(exampleDraft());
    await store.save(agreementDraft());
    await store.flush();
    const backup = tempDir();
    cpSync(dir, backup, { recursive: true });

    await store.delete(AGREEMENT_ID);
    await store.save({ ...(await store.get(PROMISE_ID)), title: 'Efter säkerhetskopian' });
    // The restore: the data folder as it was, plus a file that breaks.
    rmSync(path.join(dir, 'drafts'), { recursive: true });
    cpSync(path.join(backup, 'drafts'), path.join(dir, 'drafts'), { recursive: true });
    cpSync(path.join(backup, 'index.json'), path.join(dir, 'index.json'));
    writeFileSync(fileOf(dir, OTHER_ID), '{');

    await store.reload();

    expect(store.list().map((s) => s.title).sort()).toEqual([agreementDraft().title, exampleDraft().title].sort());
    expect((await store.get(PROMISE_ID)).title).toBe(exampleDraft().title);
    expect(store.unreadable()).toMatchObject([{ fileName: `${OTHER_ID}.json` }]);
    // The agreement deleted before the restore is back, and may be saved again.
    await store.save({ ...(await store.get(AGREEMENT_ID)), title: 'Återställd och ändrad' });
    await store.flush();
    const reopened = await DraftStore.open(dir);
    expect(reopened.list().map((s) => s.title).sort()).toEqual(['Återställd och ändrad', exampleDraft().title].sort());
    expect(reopened.unreadable()).toHaveLength(1);
    expect(statSync(path.join(dir, 'index.json')).isFile()).toBe(true);
  });
});
