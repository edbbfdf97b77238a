import { describe, expect, it } from 'vitest';
import { appendixOutlines, documentOutline, outlineTexts } from '../../../../shared/documents/document-outline';
import { mergeDrafts } from '../../../../shared/draft/merge';
import { draftSchema } from '../../../../shared/draft/schema';
import { exampleDraft } from '../../../support/fixtures';

describe('the document of a draft with open merge conflicts', () => {
  it('prints the field\'s value and nothing of the conflict', () => {
    const base = draftSchema.parse(exampleDraft());
    const ours = structuredClone(base);
    const theirs = structuredClone(base);
    ours.statement = 'Vår löftesmening.';
    theirs.statement = 'Deras löftesmening.';
    const { draft } = mergeDrafts(base, ours, theirs);
    expect(draft.conflicts).toHaveLength(1);
    const { conflicts: _open, ...withoutConflicts } = draft;
    expect(documentOutline(draft)).toEqual(documentOutline(withoutConflicts));
    expect(appendixOutlines(draft)).toEqual(appendixOutlines(withoutConflicts));
    const texts = outlineTexts(documentOutline(draft)).join('\n');
    expect(texts).toContain('Vår löftesmening.');
    expect(texts).not.toContain('Deras löftesmening.');
  });
});
