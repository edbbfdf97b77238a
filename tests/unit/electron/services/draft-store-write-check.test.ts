import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../../../electron/services/draft-file';
import { DraftStore } from '../../../../electron/services/draft-store';
import { encodeBase64 } from '../../../../shared/draft/image';
import { LIMITS } from '../../../../shared/draft/limits';
import type { Draft } from '../../../../shared/draft/schema';
import { eightPartyAgreement, exampleDraft, longProse, tempDir } from '../../../support/fixtures';
import { png, pngChunk } from '../../../support/images';

/**
 * The writer refuses what the reader would refuse: a save is acknowledged
 * only when the text written would be read back, by the same checks (size,
 * depth, forbidden keys, schema), and a refused one writes nothing. Before,
 * a draft within the schema's limits could be acknowledged as a file the
 * next start moved to karantan/, and the library then listed nothing of it.
 */

const clock = () => {
  let t = Date.parse('2026-11-21T10:00:00.000Z');
  return () => new Date((t += 1000));
};

/** A library holding the example, with the file's bytes as they are before the refused save. */
async function libraryWithExample() {
  const dir = tempDir();
  const store = await DraftStore.open(dir, { now: clock() });
  const { updatedAt } = await store.save(exampleDraft());
  await store.flush();
  const file = path.join(dir, 'drafts', `${exampleDraft().id}.json`);
  return { dir, store, file, current: { ...exampleDraft(), updatedAt }, bytes: readFileSync(file) };
}

/** After a refusal: the file as it was, and the draft listed and readable after a restart, nothing in karantan/. */
async function expectNothingWritten(dir: string, file: string, bytes: Buffer) {
  expect(readFileSync(file)).toEqual(bytes);
  const reopened = await DraftStore.open(dir, { now: clock() });
  expect(reopened.unreadable()).toEqual([]);
  expect(reopened.list().map((summary) => summary.id)).toEqual([exampleDraft().id]);
}

/** A PNG of exactly `LIMITS.logoBytes`: a small picture padded with a private chunk, as a camera's metadata pads one. */
function logoAtTheLimit(seed: number): Draft['parties'][number]['logo'] {
  const picture = png(40, 20, (x, y) => [(x * seed) % 256, (y * 7) % 256, seed % 256, 255]);
  const padding = LIMITS.logoBytes - picture.length - 12;
  const bytes = png(40, 20, (x, y) => [(x * seed) % 256, (y * 7) % 256, seed % 256, 255], [pngChunk('prVt', Buffer.alloc(padding, seed))]);
  expect(bytes.length).toBe(LIMITS.logoBytes);
  return { mediaType: 'image/png', data: encodeBase64(bytes), alt: `Logotyp ${seed}` };
}

describe('the writer refuses what the reader would refuse', () => {
  it('300 activities of 20,000 characters: refused in Swedish with the size and what to do; nothing written', async () => {
    const { dir, store, file, current, bytes } = await libraryWithExample();
    const text = longProse(LIMITS.textChars - 100);
    const huge: Draft = {
      ...current,
      activities: Array.from({ length: 300 }, (_, i) => ({ ...current.activities[i % 4], id: `h${i}`, text: text.slice(0, LIMITS.textChars) })),
    };

    await expect(store.save(huge)).rejects.toThrow(/^Utkastet blir [6-7],\d MB, mer än 5 MB\. Ta bort en logotyp eller korta texterna\. /);

    await expectNothingWritten(dir, file, bytes);
    // The editor's next save, within the limit, is stored as usual.
    await store.save({ ...current, title: 'Kortare nu' });
  });

  it('an extra "constructor" key, or a field nested 40 deep, is refused before it is written', async () => {
    const { dir, store, file, current, bytes } = await libraryWithExample();
    const nested = Array.from({ length: 40 }).reduce<unknown>((inner) => ({ inner }), 'botten');

    await expect(store.save({ ...current, constructor: { name: 'x' } } as Draft)).rejects.toThrow(/fältnamnet ”constructor”.*har inte sparats/);
    const hostileActivity = { ...current.activities[2], ['__proto__']: { isAdmin: true } };
    expect(Object.keys(hostileActivity)).toContain('__proto__');
    await expect(store.save({ ...current, activities: [...current.activities.slice(0, 2), hostileActivity] })).rejects.toThrow(/fältnamnet ”__proto__”/);
    await expect(store.save({ ...current, tillagg: nested } as Draft)).rejects.toThrow(/för djupt.*har inte sparats/);
    await expect(store.put({ ...current, tillagg: nested } as Draft)).rejects.toThrow(/för djupt/);

    await expectNothingWritten(dir, file, bytes);
  });

  it('a shared file under 5 MB with eight logos at the limit is stored no larger than it came, and opens again', async () => {
    const dir = tempDir();
    const base = eightPartyAgreement();
    const shared = path.join(dir, 'delad.samverka.json');
    // Eight logos at the limit, and a newer writer's field of many small numbers, which indenting makes three times as large.
    const draft = { ...base, parties: base.parties.map((party, i) => ({ ...party, logo: logoAtTheLimit(i + 1) })), matvarden: new Array(450_000).fill(0) };
    writeFileSync(shared, JSON.stringify(draft));
    const sharedBytes = statSync(shared).size;
    expect(sharedBytes).toBeLessThan(LIMITS.fileBytes);
    expect(JSON.stringify(draft, null, 2).length).toBeGreaterThan(LIMITS.fileBytes);

    const read = await readDraftFile(shared);
    if (!read.ok) throw new Error(read.error.message);
    const store = await DraftStore.open(dir, { now: clock() });
    await store.put(read.draft);
    await store.flush();

    const stored = path.join(dir, 'drafts', `${base.id}.json`);
    expect(statSync(stored).size).toBeLessThanOrEqual(sharedBytes);
    const reopened = await DraftStore.open(dir, { now: clock() });
    expect(reopened.unreadable()).toEqual([]);
    expect(reopened.list().map((summary) => summary.id)).toEqual([base.id]);
    expect((await reopened.get(base.id)).parties.map((party) => party.logo?.alt)).toEqual(base.parties.map((_, i) => `Logotyp ${i + 1}`));
  });

  it('writes a draft file as compact JSON, so a pretty file from before is rewritten compact on its next save', async () => {
    const { dir, file, current } = await libraryWithExample();
    writeFileSync(file, JSON.stringify(current, null, 2));
    const reopened = await DraftStore.open(dir, { now: clock() });
    await reopened.save({ ...current, title: 'Kompakt' });
    const text = readFileSync(file, 'utf8');
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
  });
});
