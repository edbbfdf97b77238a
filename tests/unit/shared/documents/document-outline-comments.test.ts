import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { appendixOutlines, documentOutline, outlineTexts } from '../../../../shared/documents/document-outline';
import { buildDraftDocument } from '../../../../shared/documents/draft-document';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { readDocxPart } from '../../../support/docx-tools';
import { exampleDraft } from '../../../support/fixtures';

const POLICE = { role: 'polis' as const, name: 'Anna Svensson' };
const AT = '2026-11-21T10:00:00.000Z';

/** The example with an open comment (with a reply) on the löftesmening and a resolved one on an activity. */
function commented(): Draft {
  const draft = draftSchema.parse(exampleDraft());
  draft.comments = [
    {
      id: 'c1',
      target: ['statement'],
      author: POLICE,
      text: 'KOMMENTARSTEXT om löftesmeningen',
      createdAt: AT,
      replies: [{ id: 'r1', author: { role: 'kommun', name: 'Eva Ek' }, text: 'SVARSTEXT från kommunen', createdAt: AT }],
    },
    { id: 'c2', target: ['activities', { id: 'a3' }], author: POLICE, text: 'LÖST KOMMENTAR', createdAt: AT, replies: [], resolved: { by: POLICE, at: AT } },
  ];
  return draftSchema.parse(draft);
}

describe('the document of a draft with comments', () => {
  it('is the document of the draft without them: the outline the preview and the print page show', () => {
    const draft = commented();
    const { comments: _comments, ...without } = draft;
    expect(documentOutline(draft)).toEqual(documentOutline(without));
    expect(appendixOutlines(draft)).toEqual(appendixOutlines(without));
    const texts = outlineTexts(documentOutline(draft)).join('\n');
    for (const word of ['KOMMENTARSTEXT', 'SVARSTEXT', 'LÖST KOMMENTAR', 'Anna Svensson', 'Eva Ek']) expect(texts).not.toContain(word);
    expect(texts).toContain(draft.statement);
  });

  it('puts no word of them in the .docx', async () => {
    const docx = await Packer.toBuffer(buildDraftDocument(commented()));
    const xml = ['word/document.xml', 'word/footer1.xml', 'word/header1.xml', 'docProps/core.xml'].map((part) => readDocxPart(docx, part) ?? '').join('\n');
    expect(xml).toContain('lovar');
    for (const word of ['KOMMENTARSTEXT', 'SVARSTEXT', 'LÖST KOMMENTAR', 'Anna Svensson', 'Eva Ek']) expect(xml).not.toContain(word);
  });
});
