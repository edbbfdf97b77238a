import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';
import { FOLLOW_UP_MESSAGE } from '../../../../shared/i18n/follow-up';
import { STORE_MESSAGE } from '../../../../shared/i18n/library';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * Every save is conditional: it states the version it was based on (the
 * draft's `updatedAt` as last read or acknowledged), and the store compares
 * it with the file's version on disk, read inside its queue of changes, not
 * with what it remembers: another app on the same data folder may have
 * written the file. Two stores on one folder stand for two apps here; the
 * same is run with two real processes in draft-store-processes.test.ts.
 */

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const ID = exampleDraft().id;
const fileOf = (dir: string, id: string = ID) => path.join(dir, 'drafts', `${id}.json`);
const onDisk = (dir: string, id: string = ID): Draft => JSON.parse(readFileSync(fileOf(dir, id), 'utf8'));

async function twoStores(prepare?: (store: DraftStore) => Promise<void>) {
  const dir = tempDir();
  const first = await DraftStore.open(dir, { now: clock() });
  await first.save(exampleDraft());
  await prepare?.(first);
  await first.flush();
  const a = await DraftStore.open(dir, { now: clock() });
  const b = await DraftStore.open(dir, { now: clock() });
  return { dir, a, b };
}

describe('conditional saves', () => {
  it('a save is based on the updatedAt the last save returned; one based on an older version is refused and writes nothing', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const { updatedAt: first } = await store.save(exampleDraft());
    const { updatedAt: second } = await store.save({ ...exampleDraft(), updatedAt: first, title: 'Andra' });
    const bytes = readFileSync(fileOf(dir));

    await expect(store.save({ ...exampleDraft(), updatedAt: first, title: 'Gammal grund' })).rejects.toThrow(STORE_MESSAGE.changedElsewhere());

    expect(readFileSync(fileOf(dir))).toEqual(bytes);
    await store.save({ ...exampleDraft(), updatedAt: second, title: 'Tredje' });
    expect(onDisk(dir).title).toBe('Tredje');
  });

  it('says in Swedish what happened and what to do, and that nothing was overwritten', () => {
    expect(STORE_MESSAGE.changedElsewhere()).toMatch(/^Utkastet har ändrats på en annan dator .*sedan du öppnade det/);
    expect(STORE_MESSAGE.changedElsewhere()).toMatch(/finns kvar/);
  });

  it('compares with the file on disk, not with what the store remembers: the other app\'s save makes this one stale', async () => {
    const { dir, a, b } = await twoStores();
    const [seenByA, seenByB] = [await a.get(ID), await b.get(ID)];
    await a.save({ ...seenByA, title: 'A' });

    await expect(b.save({ ...seenByB, title: 'B' })).rejects.toThrow(STORE_MESSAGE.changedElsewhere());
    expect(onDisk(dir).title).toBe('A');
    // The refusal shows the start page the other's version.
    expect(b.summary(ID)?.title).toBe('A');
  });

  it('reads a signed draft\'s status from the file: the other app\'s stale save is refused though this store remembers it as klar', async () => {
    const { dir, a, b } = await twoStores(async (store) => {
      await store.save({ ...(await store.get(ID)), status: 'klar' });
    });
    const [seenByA, seenByB] = [await a.get(ID), await b.get(ID)];
    await a.save({ ...seenByA, status: 'undertecknad' });
    expect(b.summary(ID)?.status).toBe('klar');

    await expect(b.save({ ...seenByB, status: 'utkast', title: 'Ändrad' })).rejects.toThrow();
    await expect(b.save({ ...(await b.get(ID)), status: 'utkast', title: 'Ändrad' })).rejects.toThrow(/undertecknat och kan inte ändras/);
    expect(onDisk(dir)).toMatchObject({ status: 'undertecknad', title: exampleDraft().title });
  });

  it('does not bring back a draft another app deleted', async () => {
    const { dir, a, b } = await twoStores();
    const seenByB = await b.get(ID);
    await a.delete(ID);

    await expect(b.save({ ...seenByB, title: 'Sparad efteråt' })).rejects.toThrow(STORE_MESSAGE.deletedElsewhere());
    await expect(b.save({ ...seenByB, title: 'Sparad efteråt igen' })).rejects.toThrow();
    expect(existsSync(fileOf(dir))).toBe(false);
    expect(b.list()).toEqual([]);
  });

  it('refuses to delete a draft changed on disk since it was listed, and deletes it once the store has seen the change', async () => {
    const { dir, a, b } = await twoStores();
    await a.save({ ...(await a.get(ID)), title: 'Ändrad av A' });

    await expect(b.delete(ID)).rejects.toThrow(STORE_MESSAGE.deleteChanged());
    expect(onDisk(dir).title).toBe('Ändrad av A');
    expect(b.summary(ID)?.title).toBe('Ändrad av A');
    await b.delete(ID);
    expect(existsSync(fileOf(dir))).toBe(false);
  });

  it('follow-up reads the status from the file: refused when the other app made the draft an utkast again, and no ghost of a deleted one', async () => {
    const { a, b } = await twoStores(async (store) => {
      await store.save({ ...(await store.get(ID)), status: 'klar' });
    });
    await a.save({ ...(await a.get(ID)), status: 'utkast', title: 'Tillbaka till utkast' });
    expect(b.summary(ID)?.status).toBe('klar');

    await expect(b.saveFollowUp(ID, 'a1', { status: 'pagar', outcome: null, comment: '' })).rejects.toThrow(FOLLOW_UP_MESSAGE.notReady());

    await a.delete(ID);
    await expect(b.saveFollowUp(ID, 'a1', { status: 'pagar', outcome: null, comment: '' })).rejects.toThrow(STORE_MESSAGE.deletedElsewhere());
  });

  it('keeps the follow-up and links the other app wrote beside a save: a links-only change is not a new version', async () => {
    const { dir, a, b } = await twoStores(async (store) => {
      await store.save(agreementDraft());
      await store.save({ ...(await store.get(ID)), status: 'klar' });
    });
    const seenByB = await b.get(ID);
    // Linking keeps updatedAt: B's save stays based on the current version, and keeps the link.
    await a.setAgreement(ID, AGREEMENT_ID);
    await b.save({ ...seenByB, title: 'B efter länken' });
    expect(onDisk(dir)).toMatchObject({ title: 'B efter länken', relatedIds: [AGREEMENT_ID] });
    // A follow-up is a new version: B, based on the one before it, is refused; based on it, it keeps the follow-up.
    await a.saveFollowUp(ID, 'a1', { status: 'genomford', outcome: 4, comment: 'Klart.' });
    await expect(b.save({ ...(await b.get(ID)), updatedAt: seenByB.updatedAt })).rejects.toThrow(STORE_MESSAGE.changedElsewhere());
    const current = await b.get(ID);
    await b.save({ ...current, activities: current.activities.map((activity) => ({ ...activity, followUp: undefined })), title: 'B igen' });
    expect(onDisk(dir).activities[0].followUp).toMatchObject({ status: 'genomford', comment: 'Klart.' });
  });

  it('gives every version its own updatedAt, later than the one before, even when the clock stands still or goes back', async () => {
    const dir = tempDir();
    let time = Date.parse('2026-11-21T10:00:00.000Z');
    const store = await DraftStore.open(dir, { now: () => new Date(time) });
    const { updatedAt: first } = await store.save(exampleDraft());
    const { updatedAt: second } = await store.save({ ...exampleDraft(), updatedAt: first, title: 'Samma tid' });
    time -= 60_000;
    const { updatedAt: third } = await store.save({ ...exampleDraft(), updatedAt: second, title: 'Klockan backade' });
    expect(first < second && second < third).toBe(true);
    await expect(store.save({ ...exampleDraft(), updatedAt: first })).rejects.toThrow(STORE_MESSAGE.changedElsewhere());
  });

  it('a file written by another app after the index is listed as in the file, not as the index remembers it', async () => {
    const { dir, a, b } = await twoStores();
    await a.save({ ...(await a.get(ID)), title: 'Ny titel från A' });
    await a.flush();
    // B writes its index afterwards, remembering the old title.
    await b.create('medborgarlofte');
    await b.flush();

    const reopened = await DraftStore.open(dir, { now: clock() });
    expect(reopened.summary(ID)?.title).toBe('Ny titel från A');
  });
});
