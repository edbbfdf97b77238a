import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDraftDocument, buildReviewDocument } from '../../../../shared/documents/draft-document';
import { BLOCK_MATCHING, markWords, pairUp } from '../../../../shared/documents/tracked-changes';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import fixture from '../../../../resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json';
import { paragraphTexts, readDocxPart } from '../../../support/docx-tools';
import { agreementDraft } from '../../../support/agreement';

const soderhamn: Draft = draftSchema.parse(fixture);
const REVISION = { author: 'Samverka', date: '2026-03-01T09:00:00.000Z' };

async function documentXml(document: Parameters<typeof Packer.toBuffer>[0]): Promise<string> {
  return readDocxPart(await Packer.toBuffer(document), 'word/document.xml');
}

/** The body's paragraphs (`w:p`), each whole. */
const paragraphsOf = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);

/** The text of the inserted runs (`w:ins`) and of the deleted ones (`w:del`, in `w:delText`) of a piece of WordprocessingML. */
const insertedText = (xml: string) => [...xml.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)].map(([, run]) => [...run.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join('')).join('|');
const deletedText = (xml: string) =>
  [...xml.matchAll(/<w:del [^>]*>([\s\S]*?)<\/w:del>/g)].map(([, run]) => [...run.matchAll(/<w:delText[^>]*>([^<]*)<\/w:delText>/g)].map(([, t]) => t).join('')).join('|');

/** The paragraph whose text (inserted and deleted words together) contains `text`. */
function paragraphWith(xml: string, text: string): string {
  const found = paragraphsOf(xml).find((p) => p.replace(/<w:delText[^>]*>([^<]*)<\/w:delText>/g, '<w:t>$1</w:t>').replace(/<[^>]+>/g, '').includes(text));
  if (!found) throw new Error(`no paragraph with ${text}`);
  return found;
}

const edit = (change: (draft: Draft) => void): Draft => {
  const draft = structuredClone(soderhamn);
  change(draft);
  return draft;
};

describe('markWords', () => {
  it('keeps the words that stayed and marks the ones that went and came, spaces and punctuation as typed', () => {
    expect(markWords('Polisen ska patrullera i centrum.', 'Polisen ska fotpatrullera i hela centrum.')).toEqual([
      { text: 'Polisen ska ', mark: 'same' },
      { text: 'patrullera', mark: 'deleted' },
      { text: 'fotpatrullera', mark: 'inserted' },
      { text: ' i ', mark: 'same' },
      { text: 'hela ', mark: 'inserted' },
      { text: 'centrum.', mark: 'same' },
    ]);
  });
});

describe('pairUp', () => {
  const byId = { identity: (item: { id: string; text: string }) => item.id };
  it('pairs items by identity, puts a gone one back where it stood and marks a new one inserted', () => {
    const before = [
      { id: 'a', text: 'A' },
      { id: 'b', text: 'B' },
      { id: 'c', text: 'C' },
    ];
    const now = [
      { id: 'a', text: 'A' },
      { id: 'c', text: 'C2' },
      { id: 'd', text: 'D' },
    ];
    expect(pairUp(before, now, byId).map(({ item, change }) => `${item.id}:${change.kind}`)).toEqual(['a:same', 'b:deleted', 'c:changed', 'd:inserted']);
  });

  it('takes a rewritten paragraph of a field for the one it replaced, and a paragraph added to it for an insertion', () => {
    const paragraph = (key: string, text: string) => ({ type: 'paragraph' as const, key, runs: [{ text }] });
    const before = [paragraph('background-0', 'Första.'), paragraph('background-1', 'Andra stycket.')];
    const now = [paragraph('background-0', 'Ny inledning.'), paragraph('background-1', 'Första.'), paragraph('background-2', 'Andra stycket, nu omskrivet.')];
    const paired = pairUp(before, now, BLOCK_MATCHING);
    expect(paired.map(({ item, change }) => `${item.runs[0].text}:${change.kind}`)).toEqual(['Ny inledning.:inserted', 'Första.:same', 'Andra stycket, nu omskrivet.:changed']);
  });
});

describe('buildReviewDocument', () => {
  it('against the draft itself writes exactly the normal export, with change tracking on', async () => {
    const normal = await Packer.toBuffer(buildDraftDocument(soderhamn));
    const review = await Packer.toBuffer(buildReviewDocument(soderhamn, soderhamn, REVISION));
    expect(readDocxPart(review, 'word/document.xml')).toBe(readDocxPart(normal, 'word/document.xml'));
    expect(readDocxPart(review, 'word/settings.xml')).toContain('<w:trackRevisions/>');
    expect(readDocxPart(normal, 'word/settings.xml')).not.toContain('trackRevisions');
  });

  it('marks words inserted and deleted in a changed paragraph, with author and date, and leaves its other words as they print', async () => {
    const changed = edit((draft) => {
      draft.statement = draft.statement.replace('förbättra den upplevda tryggheten', 'öka tryggheten');
    });
    const xml = await documentXml(buildReviewDocument(changed, soderhamn, REVISION));
    const statement = paragraphWith(xml, 'Polis och kommun lovar');
    expect(deletedText(statement)).toBe('förbättra|den upplevda ');
    expect(insertedText(statement)).toBe('öka');
    expect(statement).toMatch(/<w:ins w:id="\d+" w:author="Samverka" w:date="2026-03-01T09:00:00.000Z">/);
    expect(statement).toMatch(/<w:del w:id="\d+" w:author="Samverka" w:date="2026-03-01T09:00:00.000Z">/);
    // The words around the change are plain runs, and the paragraph itself (its mark) is neither inserted nor deleted.
    expect(paragraphTexts(statement)[0]).toBe(changed.statement);
    expect(statement).not.toMatch(/<w:pPr>[\s\S]*<w:(ins|del) [\s\S]*<\/w:pPr>/);
  });

  it('inserts an added activity whole, paragraph mark and all', async () => {
    const added = edit((draft) => {
      draft.activities.push({ ...structuredClone(draft.activities[0]), id: 'ny', text: 'genomföra trygghetsvandringar varje höst' });
    });
    const xml = await documentXml(buildReviewDocument(added, soderhamn, REVISION));
    const activity = paragraphWith(xml, 'genomföra trygghetsvandringar varje höst');
    expect(insertedText(activity)).toBe('genomföra trygghetsvandringar varje höst');
    expect(activity).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:ins w:id="\d+" w:author="Samverka"[^>]*\/><\/w:rPr>[\s\S]*<\/w:pPr>/);
    expect(deletedText(xml)).toBe('');
  });

  it('prints a removed activity deleted where it stood', async () => {
    const gone = soderhamn.activities[1];
    const removed = edit((draft) => {
      draft.activities.splice(1, 1);
    });
    const xml = await documentXml(buildReviewDocument(removed, soderhamn, REVISION));
    const texts = paragraphsOf(xml).map((p) => p.replace(/<w:delText[^>]*>([^<]*)<\/w:delText>/g, '<w:t>$1</w:t>').replace(/<[^>]+>/g, ''));
    const at = texts.findIndex((text) => text.includes(gone.text));
    expect(texts[at - 1]).toContain(soderhamn.activities[0].text);
    const activity = paragraphsOf(xml)[at];
    expect(deletedText(activity)).toBe(gone.text);
    expect(activity).toMatch(/<w:rPr><w:del w:id="\d+" w:author="Samverka"[^>]*\/><\/w:rPr>/);
    expect(insertedText(xml)).toBe('');
  });

  it('writes every unchanged paragraph exactly as the normal export does', async () => {
    const changed = edit((draft) => {
      draft.activities[2].text += ' och skolor';
      draft.signatories[1].name = 'Anna Berglund-Ek';
    });
    const normal = paragraphsOf(await documentXml(buildDraftDocument(changed)));
    const review = paragraphsOf(await documentXml(buildReviewDocument(changed, soderhamn, REVISION)));
    expect(review).toHaveLength(normal.length);
    const differing = review.filter((p, i) => p !== normal[i]);
    expect(differing.map((p) => insertedText(p))).toEqual([' och skolor', '-Ek']);
    expect(differing.map((p) => deletedText(p))).toEqual(['', '']);
  });

  it('shows a text rewritten through, as a name replaced, deleted whole and then the new one inserted, not word by word', async () => {
    const changed = edit((draft) => {
      draft.signatories[1].name = 'Karin Lindqvist';
    });
    const name = paragraphWith(await documentXml(buildReviewDocument(changed, soderhamn, REVISION)), 'Karin Lindqvist');
    expect(deletedText(name)).toBe('Anna Berglund');
    expect(insertedText(name)).toBe('Karin Lindqvist');
    expect(name.indexOf('<w:del ')).toBeLessThan(name.indexOf('<w:ins '));
  });

  it('inserts an added party on its line of the parties and its signatory\'s block, and deletes a removed one\'s', async () => {
    const added = edit((draft) => {
      draft.parties.push({ id: 'bo', role: 'annan', name: 'AB Söderhamnshem', diarienummer: '' });
      draft.signatories.push({ partyId: 'bo', name: 'Eva Ek', title: 'VD', place: 'Söderhamn', date: null });
    });
    const xml = await documentXml(buildReviewDocument(added, soderhamn, REVISION));
    expect(insertedText(paragraphWith(xml, 'Parter'))).toBe('AB Söderhamnshem');
    expect(insertedText(paragraphWith(xml, 'För AB Söderhamnshem'))).toBe('För AB Söderhamnshem');
    expect(insertedText(paragraphWith(xml, 'Eva Ek'))).toBe('Eva Ek');
    // The block whole, with the captions of its lines: accepting every change leaves no empty block.
    expect(insertedText(xml).split('|')).toEqual(expect.arrayContaining(['Ort och datum', 'Underskrift', 'Namnförtydligande']));
    expect(deletedText(xml)).toBe('');

    const back = await documentXml(buildReviewDocument(soderhamn, added, REVISION));
    expect(deletedText(paragraphWith(back, 'Parter'))).toBe('AB Söderhamnshem');
    expect(deletedText(paragraphWith(back, 'För AB Söderhamnshem'))).toBe('För AB Söderhamnshem');
    expect(deletedText(back).split('|')).toEqual(expect.arrayContaining(['Ort och datum', 'Underskrift', 'Namnförtydligande']));
    expect(insertedText(back)).toBe('');
  });

  it('marks an agreement\'s changes too, the same outline as its Word export', async () => {
    const before = agreementDraft();
    const now = structuredClone(before);
    now.activities[0].text += ' varje månad';
    now.situation = `${now.situation ?? ''}\n\nLägesbilden uppdateras varje år.`;
    const xml = await documentXml(buildReviewDocument(now, before, REVISION));
    expect(insertedText(xml)).toBe('Lägesbilden uppdateras varje år.| varje månad');
    expect(deletedText(xml)).toBe('');
    expect(paragraphsOf(xml)).toHaveLength(paragraphsOf(await documentXml(buildDraftDocument(now))).length);
  });

  it('gives every tracked change an id of its own', async () => {
    const changed = edit((draft) => {
      draft.background = `Ett nytt stycke först.\n\n${draft.background.replace('både fysiska', 'både täta fysiska')}`;
      draft.activities.splice(0, 1);
    });
    const xml = await documentXml(buildReviewDocument(changed, soderhamn, REVISION));
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map(([, id]) => id);
    expect(ids.length).toBeGreaterThan(3);
    expect(new Set(ids).size).toBe(ids.length);
    expect(insertedText(paragraphWith(xml, 'Ett nytt stycke först.'))).toBe('Ett nytt stycke först.');
    expect(insertedText(paragraphWith(xml, 'både täta fysiska'))).toBe('täta ');
  });
});
