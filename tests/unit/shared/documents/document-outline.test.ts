import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { activitySentence } from '../../../../shared/documents/activity-sentence';
import {
  documentOutline,
  documentProperties,
  isPageBlock,
  outlineTexts,
  type OutlineBlock,
  type OutlineSignatures,
} from '../../../../shared/documents/document-outline';
import { buildDraftDocument, documentTitle } from '../../../../shared/documents/draft-document';
import { newDraft } from '../../../../shared/draft/new-draft';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { normalizeSpace, paragraphTexts, readDocxPart } from '../../../support/docx-tools';
import { exampleDraft, fourPartyAgreement as fourParties } from '../../../support/fixtures';

/**
 * The outline and the Word document must say the same thing: every text run
 * of the packed .docx is in the outline, in the same order, and every text of
 * the outline is in the .docx. If the document builder gains a text the
 * outline lacks (or the other way round), these tests fail, so the preview,
 * which renders the outline, cannot drift from what is printed.
 */

const soderhamn = (): Draft => draftSchema.parse(exampleDraft());


/** Every optional section filled, text with line breaks and blank lines, focus areas with details, five signatories. */
function everySection(): Draft {
  const base = fourParties();
  return draftSchema.parse({
    ...base,
    statement: 'Vi lovar mer trygghet.\nFörsta raden fortsätter.\n\nEtt andra stycke.',
    background: 'Stycke ett\nmed en radbrytning.\n\n  \n\nStycke två.',
    basis: [
      { type: 'enkat', description: 'Trygghetsmätning  i\ncentrum', date: '2023-05-04', respondents: 1200 },
      { type: 'lagesbild', description: '', date: null, respondents: null },
    ],
    focusAreas: [
      { id: 'f1', title: 'Trygghet i centrum', problem: 'Otrygghet på kvällar.\n\nSärskilt bland kvinnor.', causes: 'Mörka stråk.', goal: '', indicator: 'Andel otrygga' },
      { id: 'f2', title: '', problem: 'Trafik vid skolan.' },
    ],
    activities: [...base.activities, { id: 'e1', partyIds: ['kommun'], text: '' }],
    organisation: 'Styrgruppen möts fyra gånger per år.',
    attachments: [{ title: 'Lägesbild 2023' }, { title: '  ' }, { title: 'Åtgärdsplan' }],
    signatories: [...base.signatories, { partyId: 'polis', name: 'Lars Ek', title: 't.f. lokalpolisområdeschef', place: '', date: '2024-03-01' }],
    originals: 1,
  });
}

/** A new draft as the app creates it: almost everything empty, no signatories. */
const fresh = (): Draft => newDraft({ id: '0b9a2a8e-3c7f-4a51-9d1e-6f2b8c4d7e10', kind: 'medborgarlofte', now: new Date('2026-03-01T09:00:00Z') });

const CASES: [string, () => Draft][] = [
  ['the bundled example', soderhamn],
  ['a four-party agreement', fourParties],
  ['a draft with every section', everySection],
  ['a new, empty draft', fresh],
];

/** The texts of the `<w:t>` elements in a piece of WordprocessingML, in document order, whitespace normalised, empty ones left out. */
function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g)]
    .map(([run]) => normalizeSpace(paragraphTexts(`<w:p>${run}</w:p>`)[0]))
    .filter(Boolean);
}

const clean = (texts: string[]) => texts.map(normalizeSpace).filter(Boolean);

/** What the packed .docx of a draft says: the body outside tables, each signature block (read out of its table), headers and footers. */
async function wordText(draft: Draft) {
  const docx = await Packer.toBuffer(buildDraftDocument(draft));
  const documentXml = readDocxPart(docx, 'word/document.xml');
  const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
  // The signature table holds two blocks side by side, four rows (bands) per pair: block i is column i % 2 of pair i / 2.
  const signatureBlocks: string[][] = [];
  for (const table of tables) {
    const rows = [...table.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([row]) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell));
    for (let pair = 0; pair * 4 < rows.length; pair++) {
      for (let column = 0; column < 2; column++) {
        const texts = rows.slice(pair * 4, pair * 4 + 4).flatMap((cells) => runTexts(cells[column] ?? ''));
        if (texts.length > 0) signatureBlocks.push(texts);
      }
    }
  }
  const pageParts = ['word/header1.xml', 'word/header2.xml', 'word/footer1.xml', 'word/footer2.xml'].map((name) => readDocxPart(docx, name));
  return {
    body: runTexts(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')),
    tableCount: tables.length,
    signatureBlocks,
    page: [...new Set(pageParts.flatMap(runTexts))].sort(),
  };
}

/** The same, from the outline. */
function outlineText(blocks: OutlineBlock[]) {
  const body = blocks.filter((block) => !isPageBlock(block));
  const signatures = body.find((block): block is OutlineSignatures => block.type === 'signatures');
  return {
    // The clause is a paragraph before the table; the blocks are in the table.
    body: clean(outlineTexts(body.map((block) => (block.type === 'signatures' ? { ...block, signatures: [] } : block)))),
    tableCount: signatures ? 1 : 0,
    signatureBlocks: (signatures?.signatures ?? []).map((signature) => clean(outlineTexts([{ ...signatures!, clause: null, signatures: [signature] }]))),
    page: [...new Set(clean(outlineTexts(blocks.filter(isPageBlock))))].sort(),
  };
}

describe('documentOutline', () => {
  it.each(CASES)('says exactly what the Word document says, in the same order: %s', async (_label, make) => {
    const draft = make();
    const word = await wordText(draft);
    const outline = outlineText(documentOutline(draft));
    expect(outline.body).toEqual(word.body);
    expect(outline.tableCount).toBe(word.tableCount);
    expect(outline.signatureBlocks).toEqual(word.signatureBlocks);
    expect(outline.page).toEqual(word.page);
    // And as a whole, so that a text moved between the body and the table is still caught.
    const sorted = (texts: string[]) => [...texts].sort();
    expect(sorted(clean(outlineTexts(documentOutline(draft).filter((b) => !isPageBlock(b)))))).toEqual(sorted([...word.body, ...word.signatureBlocks.flat()]));
  });

  it('lists the example in print order, as typed blocks', () => {
    const draft = soderhamn();
    const blocks = documentOutline(draft);
    expect(blocks.map((block) => (block.type === 'heading' ? `${block.type}${block.level}:${block.text}` : block.type))).toEqual([
      'pageHeader',
      'pageFooter',
      'title',
      'period',
      'facts',
      'facts',
      'statement',
      'heading1:Bakgrund',
      'paragraph',
      'paragraph',
      'heading1:Underlag',
      'list',
      'heading1:Fokusområden',
      'list',
      'heading1:Aktiviteter',
      'paragraph',
      'activityGroup',
      'activityGroup',
      'activityGroup',
      'heading1:Uppföljning',
      'paragraph',
      'heading1:Kommunikation',
      'paragraph',
      'heading1:Underskrifter',
      'signatures',
    ]);
    expect(blocks[0]).toMatchObject({ text: 'Söderhamns kommun · Polismyndigheten, lokalpolisområde Hälsingland' });
    expect(blocks[1]).toMatchObject({ text: 'Medborgarlöfte för Söderhamn 2020–2021 · 1 januari 2020 – 31 december 2021', pageLabel: 'Sida ', ofLabel: ' av ' });
    expect(blocks).toContainEqual({
      type: 'facts',
      key: 'facts-parties',
      label: 'Parter',
      values: ['Söderhamns kommun (dnr KS 2019/512)', 'Polismyndigheten, lokalpolisområde Hälsingland (dnr A123.456/2019)'],
    });
    expect(blocks).toContainEqual({ type: 'list', key: 'basis-list', items: [[{ text: 'Medborgardialog', bold: true }, { text: ': Medborgardialoger 2018–2019, fysiska och digitala' }]] });

    const groups = blocks.filter((block) => block.type === 'activityGroup');
    expect(groups.map((group) => group.lead)).toEqual(['Polisen lovar att', 'Kommunen lovar att', 'Polisen och kommunen lovar gemensamt att']);
    expect(groups.flatMap((group) => group.items.map((item) => item.activityId))).toEqual(['a1', 'a2', 'a3', 'a4']);
    expect(groups[0].items[1]).toEqual({ activityId: 'a2', index: 1, text: activitySentence(draft.activities[1], draft) });

    const signatures = blocks.at(-1) as OutlineSignatures;
    expect(signatures.clause).toBe('Detta medborgarlöfte har upprättats i två likalydande exemplar, varav parterna tagit var sitt.');
    expect(signatures.keepTogether).toBe(true);
    expect(signatures.signatures[0]).toEqual({
      partyId: 'kommun',
      forParty: 'För Söderhamns kommun',
      placeDate: 'Söderhamn',
      placeDateCaption: 'Ort och datum',
      signatureCaption: 'Underskrift',
      name: 'Sven-Erik Lindestam',
      nameCaption: 'Namnförtydligande',
      title: 'Kommunstyrelsens ordförande',
    });
  });

  it('keeps line breaks as runs, focus-area details behind bold lead-ins and gives blocks unique keys', () => {
    const blocks = documentOutline(everySection());
    expect(blocks.find((block) => block.type === 'statement')).toMatchObject({
      paragraphs: [[{ text: 'Vi lovar mer trygghet.' }, { text: 'Första raden fortsätter.', lineBreak: true }], [{ text: 'Ett andra stycke.' }]],
    });
    expect(blocks).toContainEqual({ type: 'heading', key: 'heading-focus-f2', level: 2, text: 'Fokusområde 2', section: 'focusAreas' });
    expect(blocks).toContainEqual({
      type: 'paragraph',
      key: 'focus-f1-problem-0',
      runs: [{ text: 'Problem: ', bold: true }, { text: 'Otrygghet på kvällar.' }],
    });
    expect(blocks).toContainEqual({ type: 'paragraph', key: 'focus-f1-problem-1', runs: [{ text: 'Särskilt bland kvinnor.' }] });
    const signatures = blocks.at(-1) as OutlineSignatures;
    expect(signatures.clause).toBe('Denna överenskommelse har upprättats i ett exemplar.');
    expect(signatures.keepTogether).toBe(false);
    expect(signatures.signatures.at(-1)).toMatchObject({ placeDate: '1 mars 2024', title: 't.f. lokalpolisområdeschef' });
    const keys = blocks.map((block) => block.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cleans every text of characters XML forbids, so the preview shows what the Word document holds', () => {
    const hostile = (text: string) => `${text}\u0000\u0007\u0085\uD800\uFFFF`;
    const base = soderhamn();
    const draft: Draft = {
      ...base,
      title: hostile('Löfte <&>'),
      parties: [{ ...base.parties[0], name: hostile('Söderhamns kommun'), diarienummer: hostile('KS 1') }, base.parties[1]],
      statement: hostile('Vi lovar 👍🏽'),
      geographicFocus: hostile('Centrum'),
      activities: [{ ...base.activities[0], text: hostile('patrullera'), place: hostile('torget') }],
      signatories: [{ ...base.signatories[0], name: hostile('Sven'), title: hostile('ordförande'), place: hostile('Söderhamn') }],
    };
    const texts = outlineTexts(documentOutline(draft));
    const properties = documentProperties(draft);
    const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
    for (const text of [...texts, ...Object.values(properties)]) expect(text).not.toMatch(NOT_XML);
    expect(texts).toEqual(expect.arrayContaining(['Löfte <&>', 'Vi lovar 👍🏽', 'Centrum', 'Söderhamns kommun (dnr KS 1)', 'Sven', 'Ordförande']));
    expect(texts.some((text) => text.includes('patrullera') && text.includes('torget'))).toBe(true);
    expect(properties).toMatchObject({ title: 'Löfte <&>', description: expect.stringContaining('mellan Söderhamns kommun och Polismyndigheten') });
  });

  it('gives a draft without signatories an empty block per party, and a title from its kind and years', () => {
    const draft = { ...fresh(), parties: fresh().parties.map((party) => ({ ...party, name: '' })), period: { start: '2026-01-01', end: '2026-12-31' } };
    const blocks = documentOutline(draft);
    expect(blocks.find((block) => block.type === 'title')).toMatchObject({ text: 'Medborgarlöfte 2026' });
    expect(documentTitle(draft)).toBe('Medborgarlöfte 2026');
    const signatures = blocks.at(-1) as OutlineSignatures;
    expect(signatures.signatures.map((s) => [s.forParty, s.name, s.placeDate, s.title])).toEqual(
      draft.parties.map((party) => [`För ${party.role === 'polis' ? 'polisen' : 'kommunen'}`, '', '', '']),
    );
  });
});
