import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../../../electron/services/draft-file';
import { DraftStore } from '../../../../electron/services/draft-store';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { STATUS_MESSAGE } from '../../../../shared/i18n/editor';
import { AGREEMENT_ID, agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * One id, one file: a draft's id is its file's name, in lower case, however
 * another tool wrote the GUID. Ids are compared as typed and file names are
 * lower case, so an upper-case id let one draft be two in the library (a
 * save listed it twice, a delete left a ghost) and let a save overwrite a
 * signed draft the library knew only under its lower-case id.
 */

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

const LOWER = exampleDraft().id;
const UPPER = LOWER.toUpperCase();

/** Every draft file's id must be its name. */
function expectOneIdOneFile(dir: string) {
  const names = readdirSync(path.join(dir, 'drafts')).filter((name) => name.endsWith('.json') && !name.startsWith('.'));
  for (const name of names) {
    const { id, relatedIds } = JSON.parse(readFileSync(path.join(dir, 'drafts', name), 'utf8')) as Draft;
    expect(`${id}.json`).toBe(name);
    for (const related of relatedIds) expect(related).toBe(related.toLowerCase());
  }
  return names;
}

/** The import's own reader on a `.samverka.json` whose GUIDs another tool wrote in upper case. */
async function importedUpperCase(dir: string, overrides: Partial<Draft> = {}): Promise<Draft> {
  const shared = path.join(dir, 'delat.samverka.json');
  writeFileSync(shared, JSON.stringify({ ...exampleDraft(), id: UPPER, ...overrides }, null, 2));
  const result = await readDraftFile(shared);
  if (!result.ok) throw new Error(result.error.message);
  return result.draft;
}

describe('one id, one file', () => {
  it('the schema reads a GUID in lower case wherever it names a draft', () => {
    const parsed = draftSchema.parse({ ...exampleDraft(), id: UPPER, relatedIds: [AGREEMENT_ID.toUpperCase()] });
    expect(parsed.id).toBe(LOWER);
    expect(parsed.relatedIds).toEqual([AGREEMENT_ID]);
  });

  it('an import whose GUID is upper case, across a restart: one draft, saved, followed up and deleted without a ghost', async () => {
    const dir = tempDir();
    const first = await DraftStore.open(dir, { now: clock() });
    await first.put(await importedUpperCase(dir));
    await first.flush();

    const store = await DraftStore.open(dir, { now: clock() });
    expect(store.list().map((summary) => summary.id)).toEqual([LOWER]);
    const draft = await store.get(UPPER);
    expect(draft.id).toBe(LOWER);

    // The editor of another tool's copy may still hold the upper-case id: it is the same draft.
    const { updatedAt } = await store.save({ ...draft, id: UPPER, title: 'Sparad med versaler' });
    expect(store.list().map((summary) => summary.id)).toEqual([LOWER]);
    const ready = await store.save({ ...draft, updatedAt, status: 'klar' });
    expect(store.list()).toMatchObject([{ id: LOWER, status: 'klar' }]);

    const followedUp = await store.saveFollowUp(UPPER, 'a1', { status: 'pagar', outcome: null, comment: '' });
    expect(followedUp.id).toBe(LOWER);
    expect(followedUp.updatedAt > ready.updatedAt).toBe(true);
    expect(expectOneIdOneFile(dir)).toEqual([`${LOWER}.json`]);

    await store.delete(UPPER);
    expect(store.list()).toEqual([]);
    await store.flush();
    expect(expectOneIdOneFile(dir)).toEqual([]);
    expect((await DraftStore.open(dir, { now: clock() })).list()).toEqual([]);
  });

  it('refuses an upper-cased save of a signed draft, which stays signed on disk and on the start page', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const { updatedAt: saved } = await store.save(exampleDraft());
    const { updatedAt: ready } = await store.save({ ...exampleDraft(), updatedAt: saved, status: 'klar' });
    const { updatedAt: signed } = await store.save({ ...exampleDraft(), updatedAt: ready, status: 'undertecknad' });

    await expect(store.save({ ...exampleDraft(), id: UPPER, updatedAt: signed, status: 'utkast', title: 'Överskriven' })).rejects.toThrow(
      STATUS_MESSAGE.locked,
    );
    expect(store.list()).toMatchObject([{ id: LOWER, status: 'undertecknad', title: exampleDraft().title }]);
    expect(JSON.parse(readFileSync(path.join(dir, 'drafts', `${LOWER}.json`), 'utf8'))).toMatchObject({ status: 'undertecknad', title: exampleDraft().title });
  });

  it('reads a stored file whose ids are upper case inside as lower case, and writes them so on its next save', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    await store.save(agreementDraft());
    await store.save(exampleDraft());
    await store.setAgreement(LOWER, AGREEMENT_ID);
    await store.flush();
    const file = path.join(dir, 'drafts', `${LOWER}.json`);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Draft;
    writeFileSync(file, JSON.stringify({ ...stored, id: UPPER, relatedIds: [AGREEMENT_ID.toUpperCase()] }));

    const reopened = await DraftStore.open(dir, { now: clock() });
    expect(reopened.list().map((summary) => summary.id).sort()).toEqual([AGREEMENT_ID, LOWER].sort());
    const draft = await reopened.get(LOWER);
    expect(draft).toMatchObject({ id: LOWER, relatedIds: [AGREEMENT_ID] });
    await reopened.save({ ...draft, title: 'Sparad igen' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ id: LOWER, relatedIds: [AGREEMENT_ID], title: 'Sparad igen' });
    expectOneIdOneFile(dir);
  });

  it('gives a file copied in under an upper-case name its lower-case name, and sets a second file of the same draft aside', async () => {
    const dir = tempDir();
    await DraftStore.open(dir, { now: clock() });
    writeFileSync(path.join(dir, 'drafts', `${UPPER}.json`), JSON.stringify(exampleDraft()));
    const agreementUpper = AGREEMENT_ID.toUpperCase();
    writeFileSync(path.join(dir, 'drafts', `${AGREEMENT_ID}.json`), JSON.stringify(agreementDraft()));
    writeFileSync(path.join(dir, 'drafts', `${agreementUpper}.json`), JSON.stringify(agreementDraft({ title: 'En andra fil' })));

    const store = await DraftStore.open(dir, { now: clock() });

    expect(store.list().map((summary) => summary.id).sort()).toEqual([AGREEMENT_ID, LOWER].sort());
    expect((await store.get(AGREEMENT_ID)).title).toBe(agreementDraft().title);
    expect(expectOneIdOneFile(dir).sort()).toEqual([`${AGREEMENT_ID}.json`, `${LOWER}.json`].sort());
    expect(store.unreadable()).toMatchObject([{ fileName: `${agreementUpper}.json`, movedTo: expect.stringContaining('karantan') }]);
    expect(existsSync(path.join(dir, 'drafts', `${agreementUpper}.json`))).toBe(false);
  });

  it('never lets an id differ from its file name, whatever case the ids come in', async () => {
    const dir = tempDir();
    const upperIds = ['aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa', 'bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb'].map((id) => id.toUpperCase());
    const store = await DraftStore.open(dir, { now: clock(), newId: () => upperIds.shift()! });
    const created = await store.create('medborgarlofte');
    const added = await store.add(agreementDraft());
    await store.put({ ...exampleDraft(), id: UPPER, relatedIds: [added.id.toUpperCase()] });
    await store.setAgreement(UPPER, added.id.toUpperCase());
    const current = await store.get(UPPER);
    await store.save({ ...current, id: UPPER, title: 'Versaler' });
    await store.flush();

    expect([created.id, added.id]).toEqual(['aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa', 'bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb']);
    expect(store.list().every((summary) => summary.id === summary.id.toLowerCase())).toBe(true);
    expect(store.list()).toHaveLength(3);
    expect(expectOneIdOneFile(dir)).toHaveLength(3);
    expect((await store.get(added.id)).relatedIds).toEqual([LOWER]);
  });
});
