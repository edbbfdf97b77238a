import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { exampleDraft, tempDir } from '../../../support/fixtures';

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

describe('DraftStore (on the real disk)', () => {
  it('creates, saves and reads drafts back after reopening', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const draft = await store.create('medborgarlofte');
    await store.save({ ...draft, title: 'Medborgarlöfte för Ljusdal 2022–2024' });
    await store.flush();

    const file = path.join(dir, 'drafts', `${draft.id}.json`);
    expect(JSON.parse(readFileSync(file, 'utf8')).title).toBe('Medborgarlöfte för Ljusdal 2022–2024');

    const reopened = await DraftStore.open(dir);
    expect(reopened.list()).toMatchObject([{ id: draft.id, title: 'Medborgarlöfte för Ljusdal 2022–2024', kind: 'medborgarlofte' }]);
    expect((await reopened.get(draft.id)).title).toBe('Medborgarlöfte för Ljusdal 2022–2024');
  });

  it('lists the most recently changed first', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const a = await store.create('medborgarlofte');
    const b = await store.create('samverkansoverenskommelse');
    expect(store.list().map((d) => d.id)).toEqual([b.id, a.id]);
    await store.save(a);
    expect(store.list().map((d) => d.id)).toEqual([a.id, b.id]);
  });

  it('stamps updatedAt and keeps fields it does not know', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const draft = { ...exampleDraft(), futureField: { kept: true } };
    const { updatedAt } = await store.save(draft);
    expect(updatedAt).not.toBe(draft.updatedAt);
    expect(await store.get(draft.id)).toMatchObject({ futureField: { kept: true }, updatedAt });
  });

  it('leaves no temporary files behind after many saves', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir, { now: clock() });
    const draft = exampleDraft();
    let { updatedAt } = await store.save(draft);
    for (let i = 0; i < 20; i++) ({ updatedAt } = await store.save({ ...draft, updatedAt, title: `Version ${i}` }));
    // Twenty saves at once, all based on the same version: one is stored, the others refused, none leaves a file.
    const racing = await Promise.allSettled(Array.from({ length: 20 }, (_, i) => store.save({ ...draft, updatedAt, title: `Samtidig ${i}` })));
    expect(racing.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    await store.flush();
    expect(readdirSync(path.join(dir, 'drafts'))).toEqual([`${draft.id}.json`]);
    expect((await store.get(draft.id)).title).toMatch(/^Samtidig \d+$/);
  });

  it('reports a draft that is gone or unreadable in Swedish', async () => {
    const dir = tempDir();
    const store = await DraftStore.open(dir);
    await expect(store.get('5b0d6c1e-8f5a-4d3e-9b1a-2c7e4f6a9d99')).rejects.toThrow('Utkastet finns inte längre i biblioteket.');
    const draft = exampleDraft();
    await store.save(draft);
    writeFileSync(path.join(dir, 'drafts', `${draft.id}.json`), '{"format": "samv');
    await expect(store.get(draft.id)).rejects.toThrow(/Utkastet kunde inte läsas\. Filen är inte giltig JSON/);
  });

  it('creates drafts with the organisation\'s defaults when given them', async () => {
    const store = await DraftStore.open(tempDir(), { newDraftDefaults: { municipality: 'Söderhamns kommun' } });
    const draft = await store.create('medborgarlofte');
    expect(draft.parties.find((party) => party.role === 'kommun')?.name).toBe('Söderhamns kommun');
  });

  it('writes to disk even when NODE_ENV is test (no in-memory preset)', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const dir = tempDir();
    const store = await DraftStore.open(dir);
    const draft = await store.create('medborgarlofte');
    expect(existsSync(path.join(dir, 'drafts', `${draft.id}.json`))).toBe(true);
  });
});

describe('status changes in the store', () => {
  const ready = () => ({ ...exampleDraft(), status: 'klar' as const });

  it('marks a ready draft klar, then undertecknad, and then refuses every edit', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    let { updatedAt } = await store.save(exampleDraft());
    ({ updatedAt } = await store.save({ ...ready(), updatedAt }));
    ({ updatedAt } = await store.save({ ...ready(), updatedAt, status: 'undertecknad' }));
    await expect(store.save({ ...ready(), updatedAt, status: 'undertecknad', title: 'Ändrad' })).rejects.toThrow(/undertecknat och kan inte ändras/);
    expect((await store.get(exampleDraft().id)).title).toBe('Medborgarlöfte för Söderhamn 2020–2021');
  });

  it('refuses klar while the draft has readiness errors, and undertecknad straight from utkast', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    await expect(store.save({ ...ready(), statement: '' })).rejects.toThrow(/fel som måste rättas/);
    await expect(store.save({ ...exampleDraft(), status: 'undertecknad' })).rejects.toThrow(/Bara ett utkast som är klart/);
  });

  it('starts a new revision of a signed draft, linked to it, leaving the original as it was', async () => {
    const store = await DraftStore.open(tempDir(), { now: clock() });
    const signed = { ...ready(), status: 'undertecknad' as const, signatories: ready().signatories.map((s) => ({ ...s, date: '2019-12-01' })) };
    const { updatedAt } = await store.save(ready());
    await store.save({ ...signed, updatedAt });
    const revision = await store.revise(signed.id);
    expect(revision).toMatchObject({ status: 'utkast', relatedIds: [signed.id], title: signed.title });
    expect(revision.id).not.toBe(signed.id);
    expect(revision.signatories.every((s) => s.date === null)).toBe(true);
    expect((await store.get(signed.id)).status).toBe('undertecknad');
    await store.save({ ...revision, title: 'Medborgarlöfte för Söderhamn 2022' });
  });
});
