import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION } from '../../../../shared/draft/limits';
import { MIGRATIONS, OLDEST_FORMAT_VERSION, migrateDraft, type MigrationStep, type RawDraft } from '../../../../shared/draft/migrations';
import { readDraftText } from '../../../../shared/draft/read-draft';
import { draftSchema } from '../../../../shared/draft/schema';
import { ROOT } from '../../../support/fixtures';

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
    expect({ id: draft.id, title: draft.title, background: draft.background, activities: draft.activities }).toEqual({
      id: v0.id,
      title: v0.title,
      background: v0.background,
      activities: v0.activities,
    });
  });

  it('does not change the object it migrates', () => {
    const v0 = fixture(0);
    const before = structuredClone(v0);
    expect(migrateDraft(v0)).toMatchObject({ ok: true, from: 0, raw: { formatVersion: 1 } });
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
