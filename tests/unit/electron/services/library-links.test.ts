import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { LibraryLinks } from '../../../../electron/services/library-links';
import type { Draft, DraftSummary } from '../../../../shared/draft/schema';
import { summarize } from '../../../../shared/draft/summary';
import { UserError } from '../../../../shared/errors';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * The links between löften and agreements as the store keeps them, on the
 * real disk: every change leaves both directions consistent in the files,
 * the summaries and the index, and never touches anything else of a draft.
 */

const PROMISE_ID = exampleDraft().id;
const OTHER_AGREEMENT_ID = '7e2a4c1d-3b5f-4a6e-8d9c-1f0e2b3a4c5d';
const OTHER_PROMISE_ID = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const NOWHERE_ID = '3f2e1d0c-9b8a-4765-8432-10fedcba9876';

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const promise = (overrides: Partial<Draft> = {}): Draft => ({ ...exampleDraft(), ...overrides });
const otherAgreement = (overrides: Partial<Draft> = {}) =>
  agreementDraft({ id: OTHER_AGREEMENT_ID, title: 'Samverkansöverenskommelse för Hudiksvall 2024–2027', ...overrides });

const fileOf = (dir: string, id: string) => path.join(dir, 'drafts', `${id}.json`);
const onDisk = (dir: string, id: string): Draft => JSON.parse(readFileSync(fileOf(dir, id), 'utf8'));
const linksOnDisk = (dir: string, id: string) => onDisk(dir, id).relatedIds;

/** Writes drafts into a library folder by hand, as another program (or an older Samverka) could have left them. */
function writeLibrary(dir: string, drafts: Draft[]): void {
  mkdirSync(path.join(dir, 'drafts'), { recursive: true });
  for (const draft of drafts) writeFileSync(fileOf(dir, draft.id), JSON.stringify(draft, null, 2));
}

/** A library holding `drafts` (written as files), opened. */
async function library(drafts: Draft[]) {
  const dir = tempDir();
  writeLibrary(dir, drafts);
  const store = await DraftStore.open(dir, { now: clock() });
  return { dir, store };
}

const summaryLinks = (store: DraftStore, id: string) => store.list().find((s) => s.id === id)?.relatedIds;

/** Everything of a draft but its links. */
const withoutLinks = ({ relatedIds: _links, ...rest }: Draft) => rest;

describe('links between a medborgarlöfte and its samverkansöverenskommelse', () => {
  it('creates a löfte from an agreement, linked in both directions, on disk, in the list and in the index', async () => {
    const { dir, store } = await library([agreementDraft()]);
    const before = onDisk(dir, AGREEMENT_ID);

    const created = await store.createPromise(AGREEMENT_ID);

    expect(created.kind).toBe('medborgarlofte');
    expect(created.relatedIds).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, created.id)).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([created.id]);
    expect(withoutLinks(onDisk(dir, AGREEMENT_ID))).toEqual(withoutLinks(before));
    expect(summaryLinks(store, AGREEMENT_ID)).toEqual([created.id]);
    await store.flush();
    const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8'));
    expect(index.drafts.find((s: Draft) => s.id === AGREEMENT_ID).relatedIds).toEqual([created.id]);
  });

  it('links an existing löfte to an agreement, changing neither text nor updatedAt', async () => {
    const { dir, store } = await library([agreementDraft(), promise()]);
    const [agreementBefore, promiseBefore] = [onDisk(dir, AGREEMENT_ID), onDisk(dir, PROMISE_ID)];

    const linked = await store.setAgreement(PROMISE_ID, AGREEMENT_ID);

    expect(linked).toEqual({ ...promiseBefore, relatedIds: [AGREEMENT_ID] });
    expect(onDisk(dir, PROMISE_ID)).toEqual({ ...promiseBefore, relatedIds: [AGREEMENT_ID] });
    expect(onDisk(dir, AGREEMENT_ID)).toEqual({ ...agreementBefore, relatedIds: [PROMISE_ID] });
  });

  it('moves a löfte to another agreement: the old one no longer lists it', async () => {
    const { dir, store } = await library([agreementDraft(), otherAgreement(), promise()]);
    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);

    const moved = await store.setAgreement(PROMISE_ID, OTHER_AGREEMENT_ID);

    expect(moved.relatedIds).toEqual([OTHER_AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([]);
    expect(linksOnDisk(dir, OTHER_AGREEMENT_ID)).toEqual([PROMISE_ID]);
  });

  it('unlinks a löfte from its agreement, keeping its other links', async () => {
    const revised = promise({ id: OTHER_PROMISE_ID, title: 'Medborgarlöfte för Söderhamn 2018–2019' });
    const { dir, store } = await library([agreementDraft(), revised, promise({ relatedIds: [OTHER_PROMISE_ID, AGREEMENT_ID] })]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([PROMISE_ID]);

    const unlinked = await store.setAgreement(PROMISE_ID, null);

    expect(unlinked.relatedIds).toEqual([OTHER_PROMISE_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([]);
  });

  it('lists an agreement\'s löften in the order they were linked', async () => {
    const { dir, store } = await library([agreementDraft(), promise(), promise({ id: OTHER_PROMISE_ID })]);
    await store.setAgreement(OTHER_PROMISE_ID, AGREEMENT_ID);
    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([OTHER_PROMISE_ID, PROMISE_ID]);
  });

  it('keeps only the last of two agreements a löfte names', async () => {
    const { dir, store } = await library([agreementDraft(), otherAgreement(), promise({ relatedIds: [AGREEMENT_ID, OTHER_AGREEMENT_ID] })]);
    expect(linksOnDisk(dir, PROMISE_ID)).toEqual([OTHER_AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([]);
    expect(linksOnDisk(dir, OTHER_AGREEMENT_ID)).toEqual([PROMISE_ID]);
    expect(summaryLinks(store, PROMISE_ID)).toEqual([OTHER_AGREEMENT_ID]);
  });

  it('links a signed agreement and a signed löfte without a status error, leaving the signed text as it was', async () => {
    const signedAgreement = agreementDraft({
      status: 'undertecknad',
      signatories: agreementDraft().signatories.map((s) => ({ ...s, date: '2023-12-01' })),
    });
    const signedPromise = promise({ status: 'undertecknad', signatories: exampleDraft().signatories.map((s) => ({ ...s, date: '2019-12-01' })) });
    const { dir, store } = await library([signedAgreement, signedPromise]);
    const [agreementBefore, promiseBefore] = [onDisk(dir, AGREEMENT_ID), onDisk(dir, PROMISE_ID)];

    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);
    const created = await store.createPromise(AGREEMENT_ID);

    expect(onDisk(dir, AGREEMENT_ID)).toEqual({ ...agreementBefore, relatedIds: [PROMISE_ID, created.id] });
    expect(onDisk(dir, PROMISE_ID)).toEqual({ ...promiseBefore, relatedIds: [AGREEMENT_ID] });
    // Still signed: an edit of its text is refused as before.
    await expect(store.save({ ...signedAgreement, title: 'Ändrad' })).rejects.toThrow(/undertecknat och kan inte ändras/);
  });
});

describe('a save never changes links', () => {
  it('keeps the stored links whatever the editor\'s copy says', async () => {
    const { dir, store } = await library([agreementDraft(), promise()]);
    const staleAgreement = onDisk(dir, AGREEMENT_ID);
    const stalePromise = onDisk(dir, PROMISE_ID);
    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);

    await store.save({ ...stalePromise, title: 'Ny titel', relatedIds: [OTHER_AGREEMENT_ID] });
    await store.save({ ...staleAgreement, background: 'Ny bakgrund' });

    expect(onDisk(dir, PROMISE_ID)).toMatchObject({ title: 'Ny titel', relatedIds: [AGREEMENT_ID] });
    expect(onDisk(dir, AGREEMENT_ID)).toMatchObject({ background: 'Ny bakgrund', relatedIds: [PROMISE_ID] });
  });

  it('does not lose a link made while a save of a stale copy waits', async () => {
    const { dir, store } = await library([agreementDraft(), promise()]);
    const stale = onDisk(dir, PROMISE_ID);
    await Promise.all([
      store.setAgreement(PROMISE_ID, AGREEMENT_ID),
      store.save({ ...stale, title: 'Sparad samtidigt' }),
      store.save({ ...onDisk(dir, AGREEMENT_ID), title: 'Också sparad samtidigt' }),
    ]);
    expect(onDisk(dir, PROMISE_ID)).toMatchObject({ title: 'Sparad samtidigt', relatedIds: [AGREEMENT_ID] });
    expect(onDisk(dir, AGREEMENT_ID)).toMatchObject({ title: 'Också sparad samtidigt', relatedIds: [PROMISE_ID] });
  });

  it('drops the links of a draft new to the library that point at no draft in it', async () => {
    const { dir, store } = await library([agreementDraft()]);
    await store.save(promise({ relatedIds: [NOWHERE_ID, AGREEMENT_ID] }));
    expect(linksOnDisk(dir, PROMISE_ID)).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([PROMISE_ID]);
  });
});

describe('deleting a draft', () => {
  it('moves a löfte to borttagna/ with its original bytes, and its agreement no longer lists it', async () => {
    const { dir, store } = await library([agreementDraft(), promise({ relatedIds: [AGREEMENT_ID] })]);
    const bytes = readFileSync(fileOf(dir, PROMISE_ID));

    await store.delete(PROMISE_ID);

    expect(existsSync(fileOf(dir, PROMISE_ID))).toBe(false);
    const kept = readdirSync(path.join(dir, 'borttagna'));
    expect(kept).toEqual([expect.stringMatching(new RegExp(`^${PROMISE_ID}-2026-11-21T10-00-\\d\\d-\\d{3}Z\\.json$`))]);
    expect(readFileSync(path.join(dir, 'borttagna', kept[0]))).toEqual(bytes);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([]);
    expect(store.list().map((s) => s.id)).toEqual([AGREEMENT_ID]);
    await expect(store.get(PROMISE_ID)).rejects.toThrow('Utkastet finns inte längre i biblioteket.');

    await store.flush();
    const reopened = await DraftStore.open(dir);
    expect(reopened.list().map((s) => s.id)).toEqual([AGREEMENT_ID]);
  });

  it('deletes an agreement: its löften no longer name it', async () => {
    const { dir, store } = await library([agreementDraft(), promise({ relatedIds: [AGREEMENT_ID] }), promise({ id: OTHER_PROMISE_ID, relatedIds: [AGREEMENT_ID] })]);
    await store.delete(AGREEMENT_ID);
    expect(linksOnDisk(dir, PROMISE_ID)).toEqual([]);
    expect(linksOnDisk(dir, OTHER_PROMISE_ID)).toEqual([]);
    expect(store.list().every((s) => s.relatedIds.length === 0)).toBe(true);
  });

  it('never overwrites a file already in borttagna/', async () => {
    const dir = tempDir();
    writeLibrary(dir, [promise()]);
    const stamp = new Date('2026-11-21T10:00:00.000Z');
    const store = await DraftStore.open(dir, { now: () => stamp });
    const earlier = path.join(dir, 'borttagna', `${PROMISE_ID}-2026-11-21T10-00-00-000Z.json`);
    mkdirSync(path.dirname(earlier));
    writeFileSync(earlier, 'en tidigare borttagen version');

    await store.delete(PROMISE_ID);

    expect(readFileSync(earlier, 'utf8')).toBe('en tidigare borttagen version');
    expect(readdirSync(path.join(dir, 'borttagna')).sort()).toEqual([`${PROMISE_ID}-2026-11-21T10-00-00-000Z-2.json`, path.basename(earlier)]);
    expect(JSON.parse(readFileSync(path.join(dir, 'borttagna', `${PROMISE_ID}-2026-11-21T10-00-00-000Z-2.json`), 'utf8')).id).toBe(PROMISE_ID);
  });

  it('refuses a draft that is not in the library, in Swedish', async () => {
    const { store } = await library([]);
    await expect(store.delete(NOWHERE_ID)).rejects.toThrow('Utkastet finns inte längre i biblioteket.');
  });

  it('refuses a late save of a deleted draft instead of bringing it back', async () => {
    const { dir, store } = await library([promise()]);
    await store.delete(PROMISE_ID);
    await expect(store.save(promise({ title: 'Autosparad efteråt' }))).rejects.toThrow(/har tagits bort ur biblioteket/);
    expect(existsSync(fileOf(dir, PROMISE_ID))).toBe(false);
  });
});

describe('adding and revising drafts', () => {
  it('drops the link of an added draft that points nowhere', async () => {
    const { dir, store } = await library([]);
    const added = await store.add(promise({ relatedIds: [NOWHERE_ID] }));
    expect(added.relatedIds).toEqual([]);
    expect(linksOnDisk(dir, added.id)).toEqual([]);
  });

  it('keeps the link of an added löfte to an agreement in the library, and the agreement lists it', async () => {
    const { dir, store } = await library([agreementDraft()]);
    const added = await store.add(promise({ relatedIds: [AGREEMENT_ID] }));
    expect(added.relatedIds).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([added.id]);
  });

  it('adds an imported agreement without the löften it listed elsewhere', async () => {
    const { dir, store } = await library([promise()]);
    const added = await store.add(agreementDraft({ relatedIds: [PROMISE_ID, NOWHERE_ID] }));
    expect(added.relatedIds).toEqual([]);
    expect(linksOnDisk(dir, PROMISE_ID)).toEqual([]);
  });

  it('keeps a revised löfte in its agreement, which then lists both', async () => {
    const { dir, store } = await library([agreementDraft(), promise({ relatedIds: [AGREEMENT_ID] })]);
    const revision = await store.revise(PROMISE_ID);
    expect(revision.relatedIds).toEqual([PROMISE_ID, AGREEMENT_ID]);
    expect(linksOnDisk(dir, revision.id)).toEqual([PROMISE_ID, AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([PROMISE_ID, revision.id]);
  });

  it('does not let a revised agreement claim the löften of the agreement it revises', async () => {
    const { dir, store } = await library([agreementDraft(), promise({ relatedIds: [AGREEMENT_ID] })]);
    const revision = await store.revise(AGREEMENT_ID);
    expect(revision.relatedIds).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, revision.id)).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([PROMISE_ID]);
    expect(linksOnDisk(dir, PROMISE_ID)).toEqual([AGREEMENT_ID]);
  });
});

describe('opening a library', () => {
  it('repairs links written out of step by hand, keeping each draft\'s updatedAt', async () => {
    const { dir, store } = await library([
      agreementDraft({ relatedIds: [OTHER_PROMISE_ID, NOWHERE_ID] }),
      promise({ relatedIds: [AGREEMENT_ID, AGREEMENT_ID, PROMISE_ID] }),
      promise({ id: OTHER_PROMISE_ID }),
    ]);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([PROMISE_ID]);
    expect(linksOnDisk(dir, PROMISE_ID)).toEqual([AGREEMENT_ID]);
    expect(linksOnDisk(dir, OTHER_PROMISE_ID)).toEqual([]);
    expect(onDisk(dir, AGREEMENT_ID).updatedAt).toBe(agreementDraft().updatedAt);
    expect(onDisk(dir, PROMISE_ID).updatedAt).toBe(exampleDraft().updatedAt);
    expect(summaryLinks(store, AGREEMENT_ID)).toEqual([PROMISE_ID]);
  });

  it('repairs a pair made inconsistent behind the back of a library that was consistent', async () => {
    const { dir, store } = await library([agreementDraft(), promise()]);
    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);
    await store.flush();
    // Another program unlinks the löfte in its file only.
    await new Promise((resolve) => setTimeout(resolve, 20));
    writeFileSync(fileOf(dir, PROMISE_ID), JSON.stringify({ ...onDisk(dir, PROMISE_ID), relatedIds: [] }));

    const reopened = await DraftStore.open(dir);
    expect(linksOnDisk(dir, AGREEMENT_ID)).toEqual([]);
    expect(reopened.list().every((s) => s.relatedIds.length === 0)).toBe(true);
  });

  it('keeps a consistent library as it is, rewriting no draft', async () => {
    const { dir, store } = await library([agreementDraft(), promise()]);
    await store.setAgreement(PROMISE_ID, AGREEMENT_ID);
    await store.flush();
    const times = [AGREEMENT_ID, PROMISE_ID].map((id) => statSync(fileOf(dir, id)).mtimeMs);

    const reopened = await DraftStore.open(dir);
    expect(summaryLinks(reopened, AGREEMENT_ID)).toEqual([PROMISE_ID]);
    expect(summaryLinks(reopened, PROMISE_ID)).toEqual([AGREEMENT_ID]);
    expect([AGREEMENT_ID, PROMISE_ID].map((id) => statSync(fileOf(dir, id)).mtimeMs)).toEqual(times);
  });

  it('rebuilds an index written by the previous version, whose summaries have no links', async () => {
    const { dir, store } = await library([agreementDraft(), promise({ relatedIds: [AGREEMENT_ID] })]);
    await store.flush();
    const indexPath = path.join(dir, 'index.json');
    const index = JSON.parse(readFileSync(indexPath, 'utf8'));
    const old = { ...index, drafts: index.drafts.map(({ relatedIds: _links, ...summary }: Draft) => summary) };
    writeFileSync(indexPath, JSON.stringify(old));

    const reopened = await DraftStore.open(dir);
    expect(summaryLinks(reopened, AGREEMENT_ID)).toEqual([PROMISE_ID]);
    expect(summaryLinks(reopened, PROMISE_ID)).toEqual([AGREEMENT_ID]);
    expect(JSON.parse(readFileSync(indexPath, 'utf8')).drafts.every((s: Draft) => Array.isArray(s.relatedIds))).toBe(true);
  });
});

describe('refusals, in Swedish', () => {
  it('refuses links between drafts of the wrong kinds or that do not exist', async () => {
    const { dir, store } = await library([agreementDraft(), otherAgreement(), promise(), promise({ id: OTHER_PROMISE_ID })]);
    await expect(store.setAgreement(AGREEMENT_ID, OTHER_AGREEMENT_ID)).rejects.toThrow('Bara ett medborgarlöfte kan höra till en samverkansöverenskommelse.');
    await expect(store.setAgreement(PROMISE_ID, OTHER_PROMISE_ID)).rejects.toThrow(/kan bara höra till en samverkansöverenskommelse/);
    await expect(store.setAgreement(NOWHERE_ID, AGREEMENT_ID)).rejects.toThrow('Medborgarlöftet finns inte längre i biblioteket.');
    await expect(store.setAgreement(PROMISE_ID, NOWHERE_ID)).rejects.toThrow('Samverkansöverenskommelsen finns inte längre i biblioteket.');
    await expect(store.createPromise(PROMISE_ID)).rejects.toThrow('Ett nytt medborgarlöfte kan bara skapas från en samverkansöverenskommelse.');
    await expect(store.createPromise(NOWHERE_ID)).rejects.toThrow('Samverkansöverenskommelsen finns inte längre i biblioteket.');
    expect(store.list().every((s) => s.relatedIds.length === 0)).toBe(true);
    expect(readdirSync(path.join(dir, 'drafts'))).toHaveLength(4);
  });
});

describe('LibraryLinks on its own', () => {
  /** Links over drafts held in memory; `unreadable` ids fail to read as a set-aside file does. */
  function linksOver(drafts: Draft[], unreadable: string[] = []) {
    const stored = new Map(drafts.map((draft) => [draft.id, draft]));
    const summaries = new Map<string, DraftSummary>(drafts.map((draft) => [draft.id, summarize(draft)]));
    const written: Draft[] = [];
    const links = new LibraryLinks({
      summaries,
      readStored: async (id) => {
        if (unreadable.includes(id)) throw new UserError('invalid', 'Utkastet kunde inte läsas.');
        return stored.get(id)!;
      },
      write: async (draft) => {
        written.push(draft);
        stored.set(draft.id, draft);
        summaries.set(draft.id, summarize(draft));
      },
    });
    return { links, written, stored };
  }

  it('rewrites only the drafts whose links change, and only their links', async () => {
    const { links, written } = linksOver([promise({ relatedIds: [AGREEMENT_ID] }), agreementDraft(), otherAgreement()]);
    await links.reconcile();
    expect(written.map((draft) => [draft.id, draft.relatedIds])).toEqual([[AGREEMENT_ID, [PROMISE_ID]]]);
    expect(withoutLinks(written[0])).toEqual(withoutLinks(agreementDraft()));
    await links.reconcile();
    expect(written).toHaveLength(1);
  });

  it('passes over a draft that cannot be read, and moves a löfte between agreements', async () => {
    const { links, stored } = linksOver([promise({ relatedIds: [AGREEMENT_ID] }), agreementDraft(), otherAgreement()], [AGREEMENT_ID]);
    await links.reconcile();
    await links.setAgreement(PROMISE_ID, OTHER_AGREEMENT_ID);
    expect(stored.get(PROMISE_ID)!.relatedIds).toEqual([OTHER_AGREEMENT_ID]);
    expect(stored.get(OTHER_AGREEMENT_ID)!.relatedIds).toEqual([PROMISE_ID]);
    expect(() => links.requireKind(AGREEMENT_ID, 'medborgarlofte', 'fel sort')).toThrow('fel sort');
    expect(() => links.requireKind(NOWHERE_ID, 'medborgarlofte', 'fel sort')).toThrow(UserError);
  });
});
