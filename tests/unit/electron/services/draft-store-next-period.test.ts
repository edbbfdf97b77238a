import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';
import { NEXT_PERIOD_MESSAGE } from '../../../../shared/i18n/follow-up';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * "Starta nästa period" on the real disk: a draft has at most one next
 * period. Asked again (a second click, another window still showing the
 * button), the store gives back the one it made, and makes no other.
 */

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

async function signedExample(store: DraftStore, draft: Draft = exampleDraft()) {
  let { updatedAt } = await store.save(draft);
  ({ updatedAt } = await store.save({ ...draft, updatedAt, status: 'klar' }));
  await store.save({ ...draft, updatedAt, status: 'undertecknad' });
  return store.get(draft.id);
}

describe('DraftStore.startNextPeriod, asked twice', () => {
  it('gives back the next period it made, and stores no second one', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const draft = await signedExample(store);

    const first = await store.startNextPeriod(draft.id);
    const again = await store.startNextPeriod(draft.id);

    expect(again.id).toBe(first.id);
    expect(store.list().map((s) => s.id).sort()).toEqual([draft.id, first.id].sort());
  });

  it('makes one next period when two windows ask at once', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const draft = await signedExample(store);

    const [a, b] = await Promise.all([store.startNextPeriod(draft.id), store.startNextPeriod(draft.id)]);

    expect(a.id).toBe(b.id);
    expect(store.list()).toHaveLength(2);
  });

  it('still finds it after the library is opened again, and after its title and text were changed', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const draft = await signedExample(store);
    const next = await store.startNextPeriod(draft.id);
    await store.save({ ...next, title: 'Trygg i Söderhamn', statement: 'Ny löftesmening.' });
    await store.flush();

    const reopened = await DraftStore.open(dir, { now: clock() });
    expect((await reopened.startNextPeriod(draft.id)).id).toBe(next.id);
    expect(reopened.list()).toHaveLength(2);
  });

  it('is not confused by a new revision of the same period: the next period is still made once', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const draft = await signedExample(store);
    const revision = await store.revise(draft.id);

    const next = await store.startNextPeriod(draft.id);

    expect(next.id).not.toBe(revision.id);
    expect(next.period).toMatchObject({ start: '2022-01-01' });
    expect((await store.startNextPeriod(draft.id)).id).toBe(next.id);
    expect(store.list()).toHaveLength(3);
  });

  it('refuses, in Swedish, a draft without a period start: there is no next period to count', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const draft = await store.add({ ...exampleDraft(), period: { ...exampleDraft().period, start: null } });

    await expect(store.startNextPeriod(draft.id)).rejects.toThrow(NEXT_PERIOD_MESSAGE.noStart());
    expect(store.list()).toHaveLength(1);
  });
});
