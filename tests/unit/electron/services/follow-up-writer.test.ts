import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { factsOf } from '../../../../electron/services/draft-versions';
import { FollowUpWriter } from '../../../../electron/services/follow-up-writer';
import type { Draft } from '../../../../shared/draft/schema';
import { FOLLOW_UP_MESSAGE } from '../../../../shared/i18n/follow-up';
import { STATUS_MESSAGE } from '../../../../shared/i18n/editor';
import { STORE_MESSAGE } from '../../../../shared/i18n/library';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * The store's follow-up write path on the real disk: the only change a
 * signed draft accepts, which no save from an older editor state can undo.
 */

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const fileOf = (dir: string, id: string) => path.join(dir, 'drafts', `${id}.json`);

/** A store holding the example with status `status` (through the normal saves: utkast → klar → undertecknad). */
async function storeWith(status: Draft['status'], draft: Draft = exampleDraft()) {
  const dir = tempDir();
  const store = await DraftStore.open(dir, { now: clock() });
  // Each save based on the version the one before gave back, as the editor's are.
  let { updatedAt } = await store.save(draft);
  if (status !== 'utkast') ({ updatedAt } = await store.save({ ...draft, updatedAt, status: 'klar' }));
  if (status === 'undertecknad') await store.save({ ...draft, updatedAt, status: 'undertecknad' });
  return { dir, store, draft: await store.get(draft.id) };
}

describe('DraftStore.saveFollowUp', () => {
  it('changes only that activity\'s follow-up and updatedAt of a signed draft: the rest of the file is byte for byte as it was', async () => {
    const { dir, store, draft } = await storeWith('undertecknad');
    const before = readFileSync(fileOf(dir, draft.id), 'utf8');

    const saved = await store.saveFollowUp(draft.id, 'a2', { status: 'genomford', outcome: 2, comment: 'Två insatser, i maj och oktober.' });

    const after = readFileSync(fileOf(dir, draft.id), 'utf8');
    expect(after).not.toBe(before);
    const written = JSON.parse(after) as Draft;
    expect(written).toEqual(saved);
    expect(written.activities[1].followUp).toEqual({
      status: 'genomford',
      outcome: 2,
      comment: 'Två insatser, i maj och oktober.',
      updatedAt: written.updatedAt,
    });
    expect(written.updatedAt > draft.updatedAt).toBe(true);
    // Put back what the follow-up changed: the file is then exactly the signed one.
    const undone = { ...written, updatedAt: draft.updatedAt, activities: written.activities.map((a, i) => (i === 1 ? { ...a, followUp: draft.activities[1].followUp } : a)) };
    expect(JSON.stringify(undone)).toBe(before);
    expect(store.summary(draft.id)).toMatchObject({ status: 'undertecknad', followUp: { total: 4, done: 1, followedUp: 1 } });
  });

  it('adds a follow-up to an activity that had none, leaving every other byte of the file', async () => {
    const plain = exampleDraft();
    plain.activities = plain.activities.map(({ followUp: _none, ...activity }) => activity);
    const { dir, store, draft } = await storeWith('klar', plain);
    const before = readFileSync(fileOf(dir, draft.id), 'utf8');

    await store.saveFollowUp(draft.id, 'a4', { status: 'pagar', outcome: null, comment: '' });

    const written = JSON.parse(readFileSync(fileOf(dir, draft.id), 'utf8')) as Draft;
    expect(written.activities.map((a) => a.followUp?.status)).toEqual([undefined, undefined, undefined, 'pagar']);
    const { followUp: _added, ...a4 } = written.activities[3];
    expect(JSON.stringify({ ...written, updatedAt: draft.updatedAt, activities: [...written.activities.slice(0, 3), a4] })).toBe(before);
  });

  it('keeps fields of a stored follow-up that the input does not name (a newer writer\'s)', async () => {
    const draft = exampleDraft();
    draft.activities[0].followUp = { status: 'pagar', outcome: null, comment: '', reviewedBy: 'styrgruppen' } as never;
    const { store } = await storeWith('klar', draft);
    const saved = await store.saveFollowUp(draft.id, 'a1', { status: 'genomford', outcome: null, comment: 'Klart.' });
    expect(saved.activities[0].followUp).toMatchObject({ status: 'genomford', comment: 'Klart.', reviewedBy: 'styrgruppen' });
  });

  it('refuses an utkast with a message saying follow-up starts when the draft is klar, and leaves the file', async () => {
    const { dir, store, draft } = await storeWith('utkast');
    const before = readFileSync(fileOf(dir, draft.id), 'utf8');
    await expect(store.saveFollowUp(draft.id, 'a1', { status: 'genomford', outcome: null, comment: '' })).rejects.toThrow(FOLLOW_UP_MESSAGE.notReady());
    expect(FOLLOW_UP_MESSAGE.notReady()).toMatch(/klar/);
    expect(readFileSync(fileOf(dir, draft.id), 'utf8')).toBe(before);
  });

  it('refuses an activity the draft does not have, and a draft that is not in the library', async () => {
    const { store, draft } = await storeWith('klar');
    await expect(store.saveFollowUp(draft.id, 'finns-inte', { status: 'pagar', outcome: null, comment: '' })).rejects.toThrow(FOLLOW_UP_MESSAGE.activityNotFound(draft.kind));
    await expect(store.saveFollowUp('00000000-0000-4000-8000-000000000000', 'a1', { status: 'pagar', outcome: null, comment: '' })).rejects.toThrow(
      'finns inte längre',
    );
  });

  it('still refuses every change to a signed draft through the normal save', async () => {
    const { store, draft } = await storeWith('undertecknad');
    await store.saveFollowUp(draft.id, 'a1', { status: 'pagar', outcome: null, comment: '' });
    const current = await store.get(draft.id);
    await expect(store.save({ ...current, title: 'Ändrad titel' })).rejects.toThrow(STATUS_MESSAGE.locked);
    await expect(store.save(current)).rejects.toThrow(STATUS_MESSAGE.locked);
  });
});

describe('DraftStore.save keeps the stored follow-up', () => {
  it('a save of a klar draft from an older editor state is refused, and does not wipe follow-up written meanwhile', async () => {
    const { store, draft } = await storeWith('klar');
    const editorCopy = await store.get(draft.id);
    await store.saveFollowUp(draft.id, 'a2', { status: 'delvis-genomford', outcome: 1, comment: 'En av två insatser.' });

    // The editor autosaves its own copy, based on the version before the follow-up: refused, as based on an older version.
    const edited = { ...editorCopy, background: `${editorCopy.background} Tillägg.` };
    await expect(store.save(edited)).rejects.toThrow(STORE_MESSAGE.changedElsewhere());
    // Based on the current version, with the follow-up as it was when the editor loaded: the stored follow-up stays.
    await store.save({ ...edited, updatedAt: (await store.get(draft.id)).updatedAt });

    const stored = await store.get(draft.id);
    expect(stored.background).toBe(edited.background);
    expect(stored.activities[1].followUp).toMatchObject({ status: 'delvis-genomford', outcome: 1, comment: 'En av två insatser.' });
    expect(store.summary(draft.id)?.followUp).toEqual({ total: 4, done: 0, followedUp: 1 });
  });

  it('a save cannot set follow-up either, and an activity the save removes takes its follow-up with it', async () => {
    const { store, draft } = await storeWith('klar');
    await store.saveFollowUp(draft.id, 'a1', { status: 'genomford', outcome: null, comment: '' });
    const current = await store.get(draft.id);
    const activities = current.activities
      .filter((a) => a.id !== 'a1')
      .map((a) => (a.id === 'a3' ? { ...a, followUp: { status: 'installd' as const, outcome: null, comment: 'Från editorn' } } : a));
    const added = { id: 'a5', partyIds: ['kommun'], text: 'anordna fyra trygghetsvandringar', followUp: { status: 'pagar' as const, outcome: null, comment: '' } };
    await store.save({ ...current, activities: [...activities, added] });

    const stored = await store.get(draft.id);
    expect(stored.activities.map((a) => [a.id, a.followUp?.status])).toEqual([
      ['a2', 'ej-paborjad'],
      ['a3', 'ej-paborjad'],
      ['a4', 'ej-paborjad'],
      // A new activity has no stored follow-up to keep: it keeps its own.
      ['a5', 'pagar'],
    ]);
  });

  it('clears the review mark through the normal save (the editor\'s "Markera som genomgången")', async () => {
    const draft = exampleDraft();
    draft.activities[0].review = true;
    const { store, draft: stored } = await storeWith('utkast', draft);
    const { review: _gone, ...reviewed } = stored.activities[0];
    await store.save({ ...stored, activities: [reviewed, ...stored.activities.slice(1)] });
    expect((await store.get(draft.id)).activities[0].review).toBeUndefined();
  });

  it('follow-up and saves queued together are applied one after the other: a save based on a version a follow-up replaced is refused, none lost', async () => {
    const { store, draft } = await storeWith('klar');
    const editorCopy = await store.get(draft.id);
    const outcomes = await Promise.allSettled([
      store.save({ ...editorCopy, statement: `${editorCopy.statement} (ändrad)` }),
      store.saveFollowUp(draft.id, 'a1', { status: 'genomford', outcome: null, comment: '1' }),
      store.save({ ...editorCopy, statement: `${editorCopy.statement} (ändrad igen)` }),
      store.saveFollowUp(draft.id, 'a4', { status: 'pagar', outcome: 1, comment: '4' }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    const stored = await store.get(draft.id);
    expect(stored.statement).toMatch(/\(ändrad\)$/);
    expect(stored.activities.map((a) => a.followUp?.comment)).toEqual(['1', '', '', '4']);
  });
});

describe('DraftStore.startNextPeriod', () => {
  it('stores a new utkast for the next period that revises the signed draft, which stays as it was', async () => {
    const { dir, store, draft } = await storeWith('undertecknad');
    await store.saveFollowUp(draft.id, 'a2', { status: 'genomford', outcome: 2, comment: '' });
    await store.saveFollowUp(draft.id, 'a3', { status: 'ej-genomford', outcome: null, comment: 'Inga ordningsvakter' });
    const signed = readFileSync(fileOf(dir, draft.id), 'utf8');

    const next = await store.startNextPeriod(draft.id);

    expect(next.id).not.toBe(draft.id);
    expect(next).toMatchObject({ status: 'utkast', title: 'Medborgarlöfte för Söderhamn 2022–2023', period: { start: '2022-01-01', end: '2023-12-31' } });
    expect(next.activities.map((a) => [a.id, a.followUp, a.review])).toEqual([
      ['a1', undefined, undefined],
      ['a2', undefined, true],
      ['a3', undefined, undefined],
      ['a4', undefined, undefined],
    ]);
    expect(next.signatories.map((s) => s.date)).toEqual([null, null]);
    expect(next.relatedIds).toEqual([draft.id]);
    expect(await store.get(next.id)).toEqual(next);
    expect(readFileSync(fileOf(dir, draft.id), 'utf8')).toBe(signed);
    expect(store.summary(next.id)).toMatchObject({ status: 'utkast', followUp: { total: 4, done: 0, followedUp: 0 } });
  });

  it('keeps a löfte with its agreement, as a revision does', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const agreement = await store.create('samverkansoverenskommelse');
    const promise = await store.add(exampleDraft());
    await store.setAgreement(promise.id, agreement.id);
    const next = await store.startNextPeriod(promise.id);
    expect(new Set(next.relatedIds)).toEqual(new Set([promise.id, agreement.id]));
    expect((await store.get(agreement.id)).relatedIds).toEqual([promise.id, next.id]);
  });
});

describe('FollowUpWriter on its own', () => {
  /** A writer over one draft held in memory, counting the reads of its file. */
  function writerOver(draft: Draft) {
    const reads = { count: 0 };
    const written: Draft[] = [];
    const writer = new FollowUpWriter({
      readExisting: async () => draft,
      readNow: async () => {
        reads.count++;
        return draft;
      },
      remember: () => undefined,
      write: async (saved) => void written.push(saved),
      now: clock(),
    });
    return { writer, reads, written };
  }

  it('keeps the stored follow-up, reading the file only when only the summary is known and there is follow-up to keep', async () => {
    const followed = { ...exampleDraft(), status: 'klar' as const };
    const followUp = { status: 'pagar' as const, outcome: 3, comment: 'Tre av fyra' };
    followed.activities = followed.activities.map((activity, i) => (i === 0 ? { ...activity, followUp } : activity));
    const { writer, reads } = writerOver(followed);
    const editorCopy = exampleDraft().activities;

    expect(await writer.keepStored(followed.id, factsOf(followed), editorCopy)).toEqual(followed.activities);
    expect(reads.count).toBe(0);
    const fromSummary = { ...factsOf(followed), followUp: null, followedUp: 1 };
    expect(await writer.keepStored(followed.id, fromSummary, editorCopy)).toEqual(followed.activities);
    expect(reads.count).toBe(1);
    await expect(writer.keepStored(followed.id, { ...fromSummary, updatedAt: '2020-01-01T00:00:00.000Z' }, editorCopy)).rejects.toThrow(
      STORE_MESSAGE.changedElsewhere(),
    );
  });

  it('writes one activity\'s follow-up with the new version\'s time, and refuses an utkast', async () => {
    const klar = { ...exampleDraft(), status: 'klar' as const };
    const { writer, written } = writerOver(klar);
    const saved = await writer.save(klar.id, klar.activities[0].id, { status: 'pagar', outcome: 1, comment: 'Ett möte' });
    expect(saved.activities[0].followUp).toMatchObject({ status: 'pagar', outcome: 1, comment: 'Ett möte', updatedAt: saved.updatedAt });
    expect(written).toEqual([saved]);
    const utkast = writerOver(exampleDraft()).writer;
    await expect(utkast.save(klar.id, klar.activities[0].id, { status: 'pagar', outcome: null, comment: '' })).rejects.toThrow(FOLLOW_UP_MESSAGE.notReady());
  });
});
