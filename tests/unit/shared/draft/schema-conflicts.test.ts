import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE } from '../../../../scripts/write-json-schema';
import { mergeDrafts } from '../../../../shared/draft/merge';
import { readDraftText } from '../../../../shared/draft/read-draft';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { draftFileText } from '../../../../shared/draft/write-draft';
import { EXAMPLE_FILE, exampleDraft } from '../../../support/fixtures';

/** The example merged with a conflict over its title and another over a deleted activity. */
function withConflicts(): Draft {
  const base = draftSchema.parse(exampleDraft());
  const ours = structuredClone(base);
  const theirs = structuredClone(base);
  ours.title = 'Vår titel';
  theirs.title = 'Deras titel';
  ours.activities.pop();
  theirs.activities[3].text = 'genomföra fler trygghetsvandringar';
  return mergeDrafts(base, ours, theirs).draft;
}

describe('the draft file\'s optional conflicts', () => {
  it('leaves a version 2 file without conflicts as it was', () => {
    const text = readFileSync(EXAMPLE_FILE, 'utf8');
    const read = readDraftText(text);
    expect(read.ok && read.draft).toEqual(JSON.parse(text));
    expect(read.ok && 'conflicts' in read.draft).toBe(false);
  });

  it('round-trips a draft with conflicts through the writer and the reader', () => {
    const draft = withConflicts();
    expect(draft.conflicts?.map((c) => c.path)).toEqual([['title'], ['activities', { id: 'a4' }]]);
    const text = draftFileText(draft);
    expect(text.ok).toBe(true);
    const read = readDraftText(text.ok ? text.text : '');
    expect(read.ok && read.draft).toEqual(draft);
  });

  it.each([
    ['an empty path', { path: [] }],
    ['an index in the path (items are named by key)', { path: ['activities', 2, 'text'] }],
    ['no path', { ours: 'x' }],
  ])('refuses a conflict with %s', (_label, conflict) => {
    const result = readDraftText(JSON.stringify({ ...exampleDraft(), conflicts: [conflict] }));
    expect(result.ok).toBe(false);
  });

  it('is in the JSON Schema, optional, with its path of names and keyed items', () => {
    const json = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(json.required).not.toContain('conflicts');
    const item = json.properties.conflicts.items;
    expect(item.required).toEqual(['path']);
    expect(item.properties.path.items.anyOf.map((option: { type: string }) => option.type)).toEqual(['string', 'object']);
  });
});
