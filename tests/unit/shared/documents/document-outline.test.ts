import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import {
  appendixOutlines,
  HEADER_MAX_CHARS,
  documentOutline,
  documentProperties,
  isPageBlock,
  outlineTexts,
  startsFocusArea,
  type DocumentContext,
  type OutlineBlock,
  type OutlineSignatures,
} from '../../../../shared/documents/document-outline';
import { buildDraftDocument, documentTitle } from '../../../../shared/documents/draft-document';
import { newDraft } from '../../../../shared/draft/new-draft';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { summarize } from '../../../../shared/draft/summary';
import { AGREEMENT_HEADINGS, agreementDraft } from '../../../support/agreement';
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

/** Two löften under the agreement, from the example; the second without a title of its own. */
const promises = (): Draft[] => [
  { ...soderhamn(), id: '6a0c1f57-2f1e-4d3b-9a6e-1c2b3d4e5f60', title: 'Medborgarlöfte för Ljusdal 2024', period: { start: '2024-01-01', end: '2024-12-31' } },
  { ...soderhamn(), id: '7b1d2068-3a2f-4e4c-8b7f-2d3c4e5f6071', title: ' ', period: { start: '2025-01-01', end: '2025-12-31' } },
];
const linked = (): DocumentContext => ({ linkedPromises: promises().map(summarize) });

/** A new agreement as the app creates it. */
const freshAgreement = (): Draft => newDraft({ id: '0b9a2a8e-3c7f-4a51-9d1e-6f2b8c4d7e10', kind: 'samverkansoverenskommelse', now: new Date('2026-03-01T09:00:00Z') });

const CASES: [string, () => Draft, DocumentContext?][] = [
  ['the bundled example', soderhamn],
  ['a four-party agreement', fourParties],
  ['a draft with every section', everySection],
  ['a new, empty draft', fresh],
  ['the complete agreement', agreementDraft],
  ['the agreement with its linked löften', agreementDraft, linked()],
  ['a new, empty agreement', freshAgreement],
];

/** The texts of the `<w:t>` elements in a piece of WordprocessingML, in document order, whitespace normalised, empty ones left out. */
function runTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g)]
    .map(([run]) => normalizeSpace(paragraphTexts(`<w:p>${run}</w:p>`)[0]))
    .filter(Boolean);
}

const clean = (texts: string[]) => texts.map(normalizeSpace).filter(Boolean);

/** What the packed .docx of a draft says: the body outside tables, each signature block (read out of its table), headers and footers. */
async function wordText(draft: Draft, context?: DocumentContext) {
  const docx = await Packer.toBuffer(buildDraftDocument(draft, context));
  const documentXml = readDocxPart(docx, 'word/document.xml');
  const tables = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table);
  // The signature table has a row per pair of blocks and a cell per block: the blocks in reading order.
  const signatureBlocks = tables.flatMap((table) => [...table.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => runTexts(cell))).filter((texts) => texts.length > 0);
  const pageParts = ['word/header1.xml', 'word/header2.xml', 'word/footer1.xml', 'word/footer2.xml'].map((name) => readDocxPart(docx, name));
  return {
    body: runTexts(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '')),
    tableCount: tables.length,
    signatureBlocks,
    // A page field's result (the page number it was written with) is the renderer's, as the outline leaves it out.
    page: [...new Set(pageParts.flatMap((xml) => runTexts(xml.replace(/<w:fldChar w:fldCharType="separate"\/>[\s\S]*?<w:fldChar w:fldCharType="end"\/>/g, ''))))].sort(),
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

/** The blocks as "type" or "heading<level>:<text>", for comparing the order of a document. */
const shape = (blocks: OutlineBlock[]) => blocks.map((block) => (block.type === 'heading' ? `heading${block.level}:${block.text}` : block.type));

/** How every document begins, löfte and agreement alike: the running header and footer, then the title, the period and two facts blocks. */
const OPENING = ['pageHeader', 'pageFooter', 'title', 'period', 'facts', 'facts'];

describe('documentOutline', () => {
  it.each(CASES)('says exactly what the Word document says, in the same order: %s', async (_label, make, context) => {
    const draft = make();
    const word = await wordText(draft, context);
    const outline = outlineText(documentOutline(draft, context));
    expect(outline.body).toEqual(word.body);
    expect(outline.tableCount).toBe(word.tableCount);
    expect(outline.signatureBlocks).toEqual(word.signatureBlocks);
    expect(outline.page).toEqual(word.page);
    // And as a whole, so that a text moved between the body and the table is still caught.
    const sorted = (texts: string[]) => [...texts].sort();
    expect(sorted(clean(outlineTexts(documentOutline(draft, context).filter((b) => !isPageBlock(b)))))).toEqual(sorted([...word.body, ...word.signatureBlocks.flat()]));
  });

  it('lists the example in print order, as typed blocks', () => {
    const draft = soderhamn();
    const blocks = documentOutline(draft);
    expect(shape(blocks)).toEqual([
      ...OPENING,
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
    expect(groups[0].items[1]).toEqual({ activityId: 'a2', index: 1, text: draft.activities[1].text, focusArea: null, responsible: '' });

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
    // The agreement states its purpose under a heading; the löfte sets its löftesmening apart in a box.
    expect(blocks.filter((block) => block.key.startsWith('purpose-'))).toEqual([
      { type: 'paragraph', key: 'purpose-0', runs: [{ text: 'Vi lovar mer trygghet.' }, { text: 'Första raden fortsätter.', lineBreak: true }] },
      { type: 'paragraph', key: 'purpose-1', runs: [{ text: 'Ett andra stycke.' }] },
    ]);
    expect(documentOutline({ ...everySection(), kind: 'medborgarlofte' }).find((block) => block.type === 'statement')).toMatchObject({
      paragraphs: [[{ text: 'Vi lovar mer trygghet.' }, { text: 'Första raden fortsätter.', lineBreak: true }], [{ text: 'Ett andra stycke.' }]],
    });
    expect(blocks).toContainEqual({ type: 'heading', key: 'heading-focus-f2', level: 2, text: 'Fokusområde 2', section: 'focusAreas' });
    // A focus area's details keep together: every paragraph but its last keeps with the next.
    expect(blocks).toContainEqual({
      type: 'paragraph',
      key: 'focus-f1-problem-0',
      runs: [{ text: 'Problem: ', bold: true }, { text: 'Otrygghet på kvällar.' }],
      keepWithNext: true,
    });
    expect(blocks).toContainEqual({ type: 'paragraph', key: 'focus-f1-problem-1', runs: [{ text: 'Särskilt bland kvinnor.' }], keepWithNext: true });
    expect(blocks).toContainEqual({ type: 'paragraph', key: 'focus-f1-indicator-0', runs: [{ text: 'Indikator: ', bold: true }, { text: 'Andel otrygga' }] });
    const signatures = blocks.find((block): block is OutlineSignatures => block.type === 'signatures')!;
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
    // The activity prints its text as typed (cleaned); its place is a detail, not printed.
    expect(texts.some((text) => text.includes('patrullera'))).toBe(true);
    expect(texts.some((text) => text.includes('torget'))).toBe(false);
    expect(properties).toMatchObject({ title: 'Löfte <&>', description: expect.stringContaining('mellan Söderhamns kommun och Polismyndigheten') });
  });

  it('gives a draft without signatories an empty block per party, and a title from its kind alone', () => {
    const draft = { ...fresh(), parties: fresh().parties.map((party) => ({ ...party, name: '' })), period: { start: '2026-01-01', end: '2026-12-31' } };
    const blocks = documentOutline(draft);
    expect(blocks.find((block) => block.type === 'title')).toMatchObject({ text: 'Medborgarlöfte' });
    expect(documentTitle(draft)).toBe('Medborgarlöfte');
    const signatures = blocks.at(-1) as OutlineSignatures;
    expect(signatures.signatures.map((s) => [s.forParty, s.name, s.placeDate, s.title])).toEqual(
      draft.parties.map((party) => [`För ${party.role === 'polis' ? 'polisen' : 'kommunen'}`, '', '', '']),
    );
  });
});

const headings = (blocks: OutlineBlock[], level: 1 | 2) => blocks.flatMap((block) => (block.type === 'heading' && block.level === level ? [block.text] : []));
const texts = (blocks: OutlineBlock[], key: string) => blocks.flatMap((block) => (block.key.startsWith(key) ? outlineTexts([block]).join('') : []));
const listItems = (blocks: OutlineBlock[], key: string) => blocks.flatMap((block) => (block.type === 'list' && block.key === key ? block.items.map((runs) => runs.map((run) => run.text).join('')) : []));

/** Every string a block holds that is printed: all of them but its key, its type and the ids that point back into the draft. */
function printedStrings(value: unknown, name = ''): string[] {
  // An empty text (a responsible function left out) prints nothing; a text's typed line breaks print as lines.
  if (typeof value === 'string') return ['key', 'type', 'section', 'partyId', 'activityId'].includes(name) || !value ? [] : value.split('\n');
  if (Array.isArray(value)) return name === 'partyIds' ? [] : value.flatMap((item) => printedStrings(item));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => printedStrings(item, key));
  return [];
}

describe('documentOutline of a samverkansöverenskommelse', () => {
  it('prints the sections in the order of domain.md, with the bilagor last', () => {
    const blocks = documentOutline(agreementDraft(), linked());
    expect(headings(blocks, 1)).toEqual(AGREEMENT_HEADINGS);
    expect(shape(blocks).slice(0, 9)).toEqual([
      ...OPENING,
      'heading1:Parter och bakgrund',
      'paragraph',
      'paragraph',
    ]);
    expect(shape(blocks).slice(-4)).toEqual(['heading1:Underskrifter', 'signatures', 'heading1:Bilagor', 'list']);
    // Its purpose is a section of text, not the löfte's box.
    expect(blocks.some((block) => block.type === 'statement')).toBe(false);
  });

  it('puts every party with its diarienummer and, while it is one, the status "Utkast" under the title', () => {
    const blocks = documentOutline(agreementDraft());
    expect(blocks[2]).toEqual({ type: 'title', key: 'title', text: agreementDraft().title });
    expect(blocks[3]).toEqual({ type: 'period', key: 'period', text: '1 januari 2024 – 31 december 2027' });
    expect(blocks[4]).toEqual({
      type: 'facts',
      key: 'facts-parties',
      label: 'Parter',
      values: [
        'Ljusdals kommun (dnr KS 2023/451)',
        'Ovanåkers kommun (dnr KS 2023/0188)',
        'Polismyndigheten, lokalpolisområde Hälsingland (dnr A012.751/2023)',
      ],
    });
    expect(blocks[5]).toEqual({ type: 'facts', key: 'facts-status', label: 'Status', values: ['Utkast'] });
    for (const status of ['klar', 'undertecknad'] as const) {
      expect(documentOutline(agreementDraft({ status })).some((block) => block.key === 'facts-status'), status).toBe(false);
    }
    // The löfte keeps its title block as it was.
    expect(documentOutline(soderhamn()).some((block) => block.key === 'facts-status')).toBe(false);
    expect(texts(blocks, 'background-parties')).toEqual([
      'Parter i överenskommelsen är Ljusdals kommun, Ovanåkers kommun och Polismyndigheten, lokalpolisområde Hälsingland.',
    ]);
  });

  it('summarises the gemensam lägesbild and lists its sources under "Källor"', () => {
    const blocks = documentOutline(agreementDraft());
    const start = blocks.findIndex((block) => block.key === 'heading-situation');
    expect(shape(blocks.slice(start, start + 4))).toEqual(['heading1:Gemensam lägesbild', 'paragraph', 'heading2:Källor', 'list']);
    expect(blocks[start + 2]).toMatchObject({ section: 'basis' });
    expect(listItems(blocks, 'basis-list')).toEqual([
      'Brottsstatistik: Polisens statistik över anmälda brott 2020–2023',
      'Enkät: Trygghetsmätning i båda kommunerna hösten 2023 (15 oktober 2023, 1240 svarande)',
      'Medarbetardialog: Medarbetardialoger inom lokalpolisområdet',
    ]);
    // Without a summary the sources still print under the section; without either the section is left out.
    expect(shape(documentOutline(agreementDraft({ situation: '' }))).join()).toContain('heading1:Gemensam lägesbild,heading2:Källor,list');
    expect(headings(documentOutline(agreementDraft({ situation: '', basis: [] })), 1)).not.toContain('Gemensam lägesbild');
  });

  it('gives each focus area its problem, causes, goal and indicator', () => {
    const draft = agreementDraft();
    const blocks = documentOutline(draft);
    expect(headings(blocks, 2).slice(1, 4)).toEqual(draft.focusAreas.map((area) => area.title));
    for (const area of draft.focusAreas) {
      expect(texts(blocks, `focus-${area.id}-`)).toEqual([
        `Problem: ${area.problem}`,
        `Troliga orsaker: ${area.causes}`,
        `Mål: ${area.goal}`,
        `Indikator: ${area.indicator}`,
      ]);
    }
  });

  it('describes the organisation and each of its groups by name, or by its kind when it has none', () => {
    const blocks = documentOutline(
      agreementDraft({
        groups: [...agreementDraft().groups!, { id: 'tom', type: 'arbetsgrupp', name: ' ', members: '', meetings: '' }],
      }),
    );
    const start = blocks.findIndex((block) => block.key === 'heading-organisation');
    const end = blocks.findIndex((block) => block.key === 'heading-activities');
    expect(shape(blocks.slice(start, end))).toEqual([
      'heading1:Organisation',
      'paragraph',
      'heading2:Styrgrupp',
      'paragraph',
      'paragraph',
      'heading2:BRÅ i Ljusdal och Ovanåker',
      'paragraph',
      'paragraph',
      'heading2:Arbetsgrupp Centrum',
      'paragraph',
      'paragraph',
    ]);
    expect(texts(blocks, 'group-styrgrupp-')).toEqual(['Sammansättning: Kommundirektörerna i båda kommunerna och lokalpolisområdeschefen.', 'Mötesrytm: två gånger per år']);
    expect(blocks.find((block) => block.key === 'group-styrgrupp-members-0')).toMatchObject({ keepWithNext: true });
    expect(blocks.find((block) => block.key === 'heading-group-styrgrupp')).toMatchObject({ level: 2, section: 'organisation' });
    // No introduction and no group that says anything: no section.
    expect(headings(documentOutline(freshAgreement()), 1)).not.toContain('Organisation');
  });

  it('lists the åtaganden by party: "… åtar sig att"', () => {
    const blocks = documentOutline(agreementDraft());
    expect(texts(blocks, 'activities-intro')).toEqual(['Inom ramen för överenskommelsen åtar sig parterna följande:']);
    expect(blocks.flatMap((block) => (block.type === 'activityGroup' ? [block.lead] : []))).toEqual([
      'Polisen åtar sig att',
      'Polisen och kommunerna åtar sig gemensamt att',
      'Ljusdals kommun och Ovanåkers kommun åtar sig gemensamt att',
    ]);
  });

  it('says the giltighetstid in words: between dates, or from a start "och tills vidare", and the revision interval', () => {
    const validity = (period: Draft['period']) => texts(documentOutline(agreementDraft({ period })), 'validity-');
    expect(validity({ start: '2024-01-01', end: '2027-12-31', revisionMonths: 12 })).toEqual([
      'Överenskommelsen gäller från och med 1 januari 2024 till och med 31 december 2027. Överenskommelsen revideras varje år.',
    ]);
    expect(validity({ start: '2024-01-01', end: null, revisionMonths: 24 })).toEqual([
      'Överenskommelsen gäller från och med 1 januari 2024 och tills vidare. Överenskommelsen revideras vartannat år.',
    ]);
    expect(validity({ start: '2024-03-15', end: null })).toEqual(['Överenskommelsen gäller från och med 15 mars 2024 och tills vidare.']);
    expect(validity({ start: '2024-01-01', end: null, revisionMonths: null })).toEqual(['Överenskommelsen gäller från och med 1 januari 2024 och tills vidare.']);
    expect(validity({ start: null, end: null, revisionMonths: 18 })).toEqual(['Överenskommelsen revideras var 18:e månad.']);
    expect(validity({ start: null, end: null })).toEqual([]);
    expect(headings(documentOutline(agreementDraft({ period: { start: null, end: null } })), 1)).not.toContain('Giltighetstid');
    // The period under the title says it too.
    expect(documentOutline(agreementDraft({ period: { start: '2024-01-01', end: null } }))[3]).toMatchObject({ text: 'från 1 januari 2024, tills vidare' });
  });

  it('numbers the bilagor, its own first and then its linked löften by title, numbering on across both', () => {
    expect(listItems(documentOutline(agreementDraft()), 'attachments-list')).toEqual([
      'Bilaga 1 – Lägesbild 2023',
      'Bilaga 2 – Åtgärdsplan 2024',
      'Bilaga 3 – Kommunikationsplan',
    ]);
    expect(listItems(documentOutline(agreementDraft(), linked()), 'attachments-list')).toEqual([
      'Bilaga 1 – Lägesbild 2023',
      'Bilaga 2 – Åtgärdsplan 2024',
      'Bilaga 3 – Kommunikationsplan',
      'Bilaga 4 – Medborgarlöfte för Ljusdal 2024',
      // A löfte without a title is listed by its kind and year, as its own title page names it.
      'Bilaga 5 – Medborgarlöfte',
    ]);
    // Empty titles take no number; linked löften alone make the section.
    const blank = agreementDraft({ attachments: [{ title: '' }, { title: 'Tidsplan' }] });
    expect(listItems(documentOutline(blank, linked()), 'attachments-list')).toEqual([
      'Bilaga 1 – Tidsplan',
      'Bilaga 2 – Medborgarlöfte för Ljusdal 2024',
      'Bilaga 3 – Medborgarlöfte',
    ]);
    expect(listItems(documentOutline(agreementDraft({ attachments: [] }), linked()), 'attachments-list')).toHaveLength(2);
    expect(headings(documentOutline(agreementDraft({ attachments: [] })), 1)).not.toContain('Bilagor');
  });

  it('leaves the löfte as it was: its bilagor unnumbered, before the signatures', () => {
    const draft = { ...soderhamn(), attachments: [{ title: 'Lägesbild 2023' }] };
    const blocks = documentOutline(draft);
    expect(listItems(blocks, 'attachments-list')).toEqual(['Lägesbild 2023']);
    expect(shape(blocks).slice(-4)).toEqual(['heading1:Bilagor', 'list', 'heading1:Underskrifter', 'signatures']);
    expect(headings(blocks, 1)).toEqual(['Bakgrund', 'Underlag', 'Fokusområden', 'Aktiviteter', 'Uppföljning', 'Kommunikation', 'Bilagor', 'Underskrifter']);
  });

  it('cleans the titles of linked löften as it cleans the draft', () => {
    const context: DocumentContext = { linkedPromises: [{ kind: 'medborgarlofte', title: 'Löfte\u0000 <&>\uFFFF', period: { start: null, end: null } }] };
    expect(listItems(documentOutline(agreementDraft(), context), 'attachments-list').at(-1)).toBe('Bilaga 4 – Löfte <&>');
  });

  it('has outlineTexts name every text a block prints', () => {
    for (const [label, make, context] of [...CASES, ['agreement, tills vidare', () => agreementDraft({ period: { start: '2024-01-01', end: null, revisionMonths: 6 } }), linked()] as const]) {
      const draft = make();
      const outlines = [documentOutline(draft, context), ...appendixOutlines(draft, { ...context, appendices: promises() })];
      for (const blocks of outlines) {
        const named = new Set(outlineTexts(blocks));
        for (const block of blocks) {
          for (const text of printedStrings(block)) expect(named.has(text), `${label}: ${block.type} "${text}"`).toBe(true);
        }
      }
    }
  });
});

describe('appendixOutlines', () => {
  it('gives each appended löfte its own outline under the label "Bilaga N", numbered on from the Bilagor list', () => {
    const appendices = promises();
    const outlines = appendixOutlines(agreementDraft(), { ...linked(), appendices });
    expect(outlines).toHaveLength(2);
    outlines.forEach((blocks, i) => {
      const own = documentOutline(appendices[i]);
      expect(shape(blocks).slice(0, 4)).toEqual(['pageHeader', 'pageFooter', 'appendixLabel', 'title']);
      expect(blocks[2]).toEqual({ type: 'appendixLabel', key: 'appendix-label', text: `Bilaga ${4 + i}` });
      // Apart from the label, the löfte's document as it prints alone: its own header, footer and body.
      expect(blocks.filter((block) => block.type !== 'appendixLabel')).toEqual(own);
      const keys = blocks.map((block) => block.key);
      expect(new Set(keys).size).toBe(keys.length);
    });
    expect(outlines[1][1]).toMatchObject({ text: 'Medborgarlöfte · 1 januari 2025 – 31 december 2025' });
    expect(appendixOutlines(agreementDraft({ attachments: [] }), { appendices })[0][2]).toMatchObject({ text: 'Bilaga 1' });
    expect(appendixOutlines(agreementDraft(), linked())).toEqual([]);
    expect(appendixOutlines(agreementDraft())).toEqual([]);
  });
});

describe('the running header', () => {
  const withParties = (count: number): Draft => {
    const base = soderhamn();
    const parties = Array.from({ length: count }, (_, i) =>
      i === 0 ? base.parties[0] : i === 1 ? base.parties[1] : { id: `p${i}`, role: 'annan' as const, name: `Räddningstjänsten Södra Hälsingland, enhet ${i}` },
    );
    return { ...base, parties };
  };
  const header = (draft: Draft) => documentOutline(draft).find((block) => block.type === 'pageHeader')!.text;

  it('names every party when they fit on its one line', () => {
    expect(header(soderhamn())).toBe('Söderhamns kommun · Polismyndigheten, lokalpolisområde Hälsingland');
  });

  it.each([3, 5, 8])('stays on one line with %i parties: the first that fit and "m.fl.", every party still listed under the title', (count) => {
    const draft = withParties(count);
    const text = header(draft);
    expect(text.length).toBeLessThanOrEqual(HEADER_MAX_CHARS);
    expect(text).toMatch(/^Söderhamns kommun · .* m\.fl\.$/u);
    const facts = documentOutline(draft).find((block) => block.type === 'facts' && block.key === 'facts-parties');
    expect(facts && 'values' in facts ? facts.values : []).toHaveLength(count);
  });
});

describe('the activities as printed', () => {
  const groups = (draft: Draft) => documentOutline(draft).filter((block) => block.type === 'activityGroup');

  it('prints each activity\'s text as typed, its line breaks kept, and no detail spliced in', () => {
    const base = soderhamn();
    const draft = { ...base, activities: [{ ...base.activities[1], text: '  genomföra två riktade insatser\nunder sommarlovet  ' }] };
    const [group] = groups(draft);
    expect(group.items[0].text).toBe('genomföra två riktade insatser\nunder sommarlovet');
    expect(outlineTexts([group])).toEqual(['Polisen lovar att', 'genomföra två riktade insatser', 'under sommarlovet']);
  });

  it('heads each run of activities by the focus area they serve when there are two or more, keeping the writers\' order', () => {
    const base = soderhamn();
    const focusAreas = [base.focusAreas[0], { ...base.focusAreas[0], id: 'f2', title: 'Trafiksäkerhet' }];
    const police = (id: string, focusAreaId: string | null) => ({ ...base.activities[0], id, focusAreaId, text: `aktivitet ${id}` });
    const draft = { ...base, focusAreas, activities: [police('a', 'f1'), police('b', 'f1'), police('c', 'f2'), police('d', null), police('e', 'f1')] };
    const [group] = groups(draft);
    expect(group.items.map((item) => [item.activityId, item.focusArea])).toEqual([
      ['a', 'Trygghet i centrum'],
      ['b', 'Trygghet i centrum'],
      ['c', 'Trafiksäkerhet'],
      ['d', null],
      ['e', 'Trygghet i centrum'],
    ]);
    expect(group.items.map((_, i) => startsFocusArea(group.items, i))).toEqual([true, false, true, false, true]);
    expect(outlineTexts([group])).toEqual(['Polisen lovar att', 'Trygghet i centrum', 'aktivitet a', 'aktivitet b', 'Trafiksäkerhet', 'aktivitet c', 'aktivitet d', 'Trygghet i centrum', 'aktivitet e']);
    // One focus area says nothing the section above does not: no headings.
    expect(groups({ ...draft, focusAreas: [base.focusAreas[0]], activities: [police('a', 'f1')] })[0].items[0].focusArea).toBeNull();
  });

  it('names the responsible function under each åtagande of an agreement, and not in a löfte', () => {
    const base = agreementDraft();
    const agreement = { ...base, activities: base.activities.map((activity, i) => (i === 0 ? { ...activity, responsible: ' kommunpolisen ' } : activity)) };
    const responsible = agreement.activities[0];
    const item = groups(agreement).flatMap((group) => group.items).find((candidate) => candidate.activityId === responsible.id)!;
    expect(item.responsible).toBe(`Ansvarig: ${responsible.responsible!.trim()}`);
    expect(groups(soderhamn()).flatMap((group) => group.items).every((candidate) => candidate.responsible === '')).toBe(true);
  });

  it('prints an activity without text as the kind\'s word says it: "(åtagandets text saknas)" in an agreement (issue 17)', () => {
    const withoutText = (draft: Draft) => ({ ...draft, activities: [{ ...draft.activities[0], text: ' ' }] });
    expect(groups(withoutText(soderhamn()))[0].items[0].text).toBe('(aktivitetens text saknas)');
    expect(groups(withoutText(agreementDraft()))[0].items[0].text).toBe('(åtagandets text saknas)');
  });
});
