import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../../shared/draft/limits';
import { MIGRATIONS, OLDEST_FORMAT_VERSION, migrateDraft, type MigrationStep, type RawDraft } from '../../../../shared/draft/migrations';
import { readDraftText } from '../../../../shared/draft/read-draft';
import { draftSchema } from '../../../../shared/draft/schema';
import { ROOT } from '../../../support/fixtures';
import { v1ActivitySentence, type V1Activity } from '../../../../shared/draft/v1-activity-sentence';
import { documentOutline, outlineTexts, type OutlineActivityGroup } from '../../../../shared/documents/document-outline';
import { activityPromise } from '../../../../shared/draft/activity-groups';

/** One fixture per format version the app reads: tests/fixtures/drafts/v<n>.json. */
const FIXTURES = path.join(ROOT, 'tests/fixtures/drafts');
const fixtureText = (version: number) => readFileSync(path.join(FIXTURES, `v${version}.json`), 'utf8');
const fixture = (version: number): RawDraft => JSON.parse(fixtureText(version));
const versions = Array.from({ length: FORMAT_VERSION - OLDEST_FORMAT_VERSION + 1 }, (_, i) => OLDEST_FORMAT_VERSION + i);

describe('the migration chain', () => {
  it('has one step from every version older than the current one, and a fixture for every version', () => {
    expect(MIGRATIONS.map((step) => step.from)).toEqual(versions.slice(0, -1));
    expect(readdirSync(FIXTURES).filter((name) => /^v\d+\.json$/.test(name)).sort()).toEqual(versions.map((v) => `v${v}.json`).sort());
    for (const version of versions) expect(fixture(version).formatVersion).toBe(version);
  });

  it.each(versions)('reads the fixture of format version %i as a valid current draft', (version) => {
    const result = readDraftText(fixtureText(version));
    if (!result.ok) throw new Error(result.error.message);
    expect(result.draft.formatVersion).toBe(FORMAT_VERSION);
    expect(draftSchema.safeParse(result.draft).success).toBe(true);
  });
});

describe('format version 0 → 1', () => {
  it('renames the parties and the löftesmening, adds links and originals, and keeps the rest', () => {
    const v0 = fixture(0);
    const result = readDraftText(fixtureText(0));
    if (!result.ok) throw new Error(result.error.message);
    const draft = result.draft as typeof result.draft & Record<string, unknown>;
    expect(draft.parties).toEqual([
      { id: 'kommun', role: 'kommun', name: 'Söderhamns kommun', diarienummer: 'KS 2019/512' },
      { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland', diarienummer: 'A123.456/2019' },
    ]);
    expect(draft.statement).toBe(v0.lofte);
    expect(draft.relatedIds).toEqual([]);
    expect(draft.originals).toBeNull();
    expect(draft.pilotKommun).toBe('Bollnäs');
    expect(draft).not.toHaveProperty('parter');
    expect(draft).not.toHaveProperty('lofte');
    // The activities are v0's as they are, but for the text version 2 gives them (tested below).
    expect({ id: draft.id, title: draft.title, background: draft.background, activities: draft.activities }).toEqual({
      id: v0.id,
      title: v0.title,
      background: v0.background,
      activities: (v0.activities as V1Activity[]).map((activity) => ({ ...activity, text: v1ActivitySentence(activity) })),
    });
  });

  it('does not change the object it migrates', () => {
    const v0 = fixture(0);
    const before = structuredClone(v0);
    expect(migrateDraft(v0)).toMatchObject({ ok: true, from: 0, raw: { formatVersion: FORMAT_VERSION } });
    expect(v0).toEqual(before);
  });

  it('leaves a v0 file with a broken party for the schema to report, in Swedish', () => {
    const v0 = fixture(0);
    (v0.parter as Record<string, unknown>[])[0] = { id: 'kommun', namn: 'Söderhamns kommun' };
    const result = readDraftText(JSON.stringify(v0));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', problems: [expect.stringMatching(/saknas/)] } });
  });
});

describe('migrateDraft', () => {
  // A chain of its own, so the mechanism is tested over more than one step.
  const steps: MigrationStep[] = [
    { from: 1, summary: 'b added', migrate: (raw) => ({ ...raw, trail: [...(raw.trail as string[]), 'b'] }) },
    { from: 0, summary: 'a added', migrate: (raw) => ({ ...raw, trail: ['a'] }) },
    { from: 2, summary: 'c added', migrate: (raw) => ({ ...raw, trail: [...(raw.trail as string[]), 'c'] }) },
  ];

  it('applies each step from the file\'s version up to the target, in order', () => {
    expect(migrateDraft({ formatVersion: 0 }, steps, 3)).toEqual({ ok: true, from: 0, raw: { formatVersion: 3, trail: ['a', 'b', 'c'] } });
    expect(migrateDraft({ formatVersion: 2, trail: ['x'] }, steps, 3)).toEqual({ ok: true, from: 2, raw: { formatVersion: 3, trail: ['x', 'c'] } });
    expect(migrateDraft({ formatVersion: 3, trail: [] }, steps, 3)).toEqual({ ok: true, from: 3, raw: { formatVersion: 3, trail: [] } });
  });

  it('refuses a newer version and one no step starts from, in Swedish', () => {
    expect(migrateDraft({ formatVersion: 4 }, steps, 3)).toMatchObject({
      ok: false,
      code: 'newer-version',
      message: expect.stringMatching(/nyare version av Samverka \(formatversion 4\); den här versionen läser formatversion 3/),
    });
    expect(migrateDraft({ formatVersion: -1 }, steps, 3)).toMatchObject({
      ok: false,
      code: 'invalid',
      message: expect.stringMatching(/formatversion -1, som Samverka inte känner till; den här versionen läser formatversion 0 till 3/),
    });
    expect(migrateDraft({ formatVersion: 1 }, [steps[1]], 3)).toMatchObject({ ok: false, code: 'invalid' });
    expect(migrateDraft({ formatVersion: 'ett' }, steps, 3)).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(/ogiltig formatversion/) });
  });
});

/**
 * What version 1 printed, made by the version-1 app (commit b930506) from the
 * fixtures `v1*.json` and kept in `v1-printed.json`: per fixture, each
 * activity's sentence and every text of the document in print order.
 */
const V1_PRINTED: Record<string, { sentences: Record<string, string>; printed: string[] }> = JSON.parse(
  readFileSync(path.join(FIXTURES, 'v1-printed.json'), 'utf8'),
);

describe('format version 1 → 2', () => {
  const read = (name: string) => {
    const result = readDraftText(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
    if (!result.ok) throw new Error(result.error.message);
    return result.draft;
  };

  it.each(Object.keys(V1_PRINTED))('gives each activity of %s the sentence version 1 printed for it, byte for byte, and keeps its details', (name) => {
    const raw = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as { activities: Record<string, unknown>[] };
    const draft = read(name);
    expect(Object.fromEntries(draft.activities.map((activity) => [activity.id, activity.text]))).toEqual(V1_PRINTED[name].sentences);
    for (const [i, activity] of draft.activities.entries()) {
      const { text: _text, ...details } = raw.activities[i];
      expect(activity).toMatchObject(details);
    }
  });

  it.each(Object.keys(V1_PRINTED))('prints %s as version 1 printed it: every printed text in the same order, each activity line identical', (name) => {
    const draft = read(name);
    const blocks = documentOutline(draft);
    const printed = outlineTexts(blocks);
    // Version 2 adds only the focus areas' titles over the activities they group; every text of version 1 is there, in order.
    let at = 0;
    for (const text of V1_PRINTED[name].printed) {
      const found = printed.indexOf(text, at);
      expect(found, `"${text}" printed after position ${at}`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
    const items = blocks.filter((block): block is OutlineActivityGroup => block.type === 'activityGroup').flatMap((group) => group.items);
    expect(Object.fromEntries(items.map((item) => [item.activityId, item.text]))).toEqual(V1_PRINTED[name].sentences);
  });

  it('reads the failing phrasings of version 1 as the user saw them printed, now theirs to edit', () => {
    const draft = read('v1-phrasings');
    expect(activityPromise(draft.activities[0], draft)).toBe('Kommunen lovar att säkerställa förordnade ordningsvakter i centrum i Söderhamns centrum');
    expect(draft.activities[4].text).toBe('genomföra minst 1 trygghetsvandringar');
  });

  it('keeps an activity\'s own text when the sentence would be longer than a text may be, so the draft stays readable', () => {
    const long = 'a'.repeat(19_990);
    const v1 = { ...fixture(1), activities: [{ id: 'x', partyIds: ['polis'], text: long, quantity: 4, unit: 'trygghetsvandringar', frequency: 'per år' }] };
    const result = migrateDraft(v1);
    expect(result).toMatchObject({ ok: true, raw: { formatVersion: 2, activities: [{ text: long, quantity: 4 }] } });
  });

  it('leaves what is not an activity object to the schema', () => {
    const v1 = { ...fixture(1), activities: [null, 'text', { id: 'y', text: 7 }] };
    expect(migrateDraft(v1)).toMatchObject({ ok: true, raw: { activities: [null, 'text', { id: 'y', text: 7 }] } });
  });
});
