import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  contentOperations,
  markArtifacts,
  pdfDate,
  pdfPublishing,
  publishPdf,
  publishPdfWithReport,
  xmpPacket,
  type PdfPublishing,
} from '../../../../electron/services/pdf-publish';
import { documentProperties } from '../../../../shared/documents/document-outline';
import { draftSchema } from '../../../../shared/draft/schema';
import { agreementDraft } from '../../../support/agreement';
import { ROOT, exampleDraft } from '../../../support/fixtures';
import { checkContentTagging, handmadeTaggedPdf, pageContent, parseXmp, readBookmarks, readCatalog, readXmp } from '../../../support/pdf-tools';

/**
 * publishPdf on content streams and PDFs made by hand: untagged painting is
 * wrapped as artifacts and nothing else changes, whatever the strings and
 * inline images hold; the XMP is well-formed and says PDF/UA-1; the
 * bookmarks get their headings' own texts. The e2e test
 * (tests/e2e/pdf-publishing.test.ts) does the same on Chromium's PDFs.
 */

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const text = (content: Uint8Array) => Buffer.from(content).toString('latin1');

/** Marks a stream whose tagged MCIDs are `tagged`. */
function mark(content: string, tagged: number[] = [], named: Record<string, number> = {}) {
  const result = markArtifacts(bytes(content), { isTagged: (mcid) => tagged.includes(mcid), namedMcid: (name) => named[name] });
  return { content: text(result.content), artifacts: result.artifacts };
}

/** The stream with the added artifact lines taken out again: what must equal the input. */
const withoutArtifacts = (content: string) => content.replace(/\n\/Artifact BMC\n/g, '').replace(/\nEMC\n/g, '');

/** The operators of a stream, in order. */
const operators = (content: string) => contentOperations(bytes(content)).map((op) => op.operator);

describe('markArtifacts', () => {
  it('wraps untagged text between tagged sequences, and only that', () => {
    const input = [
      '/P <</MCID 0>> BDC BT /F1 12 Tf 10 10 Td (tagged) Tj ET EMC',
      'BT /F1 9 Tf 10 180 Td (Sida 1 av 2) Tj ET',
      '/P <</MCID 1>> BDC BT (also tagged) Tj ET EMC',
    ].join('\n');
    const { content, artifacts } = mark(input, [0, 1]);
    expect(artifacts).toBe(1);
    expect(content).toBe(
      [
        '/P <</MCID 0>> BDC BT /F1 12 Tf 10 10 Td (tagged) Tj ET EMC',
        '\n/Artifact BMC\nBT /F1 9 Tf 10 180 Td (Sida 1 av 2) Tj ET\n\nEMC\n/P <</MCID 1>> BDC BT (also tagged) Tj ET EMC',
      ].join('\n'),
    );
    expect(withoutArtifacts(content)).toBe(input);
  });

  it('leaves a stream whose painting is all tagged or artifact byte for byte as it was', () => {
    const input = 'q /P <</MCID 0>> BDC 0 0 10 10 re f EMC Q /Artifact <</Type /Pagination>> BDC BT (Sida 1) Tj ET EMC /Artifact BMC 0 0 m 5 5 l S EMC';
    const result = markArtifacts(bytes(input), { isTagged: (mcid) => mcid === 0 });
    expect(result.artifacts).toBe(0);
    expect(text(result.content)).toBe(input);
  });

  it('does not read operators inside strings, hex strings, names, dictionaries or comments', () => {
    const input = [
      '/P <</MCID 0 /ActualText (EMC \\) BT) /Lang (sv)>> BDC BT (tagged) Tj ET EMC',
      '% EMC BT ET q Q: a comment',
      'BT /F1 12 Tf (EMC \\( BT\\) ET (nested (parens)) \\\\) Tj <454D43> Tj [(Q) -20 <4554> (\\061\\n)] TJ /EMC#20x 0 Tf ET',
      '/Span <</MCID 1 /Alt <454D43>>> BDC BT (x) Tj ET EMC',
    ].join('\n');
    const { content, artifacts } = mark(input, [0, 1]);
    expect(artifacts).toBe(1);
    expect(withoutArtifacts(content)).toBe(input);
    // The whole text object is one artifact; the strings are as they were.
    expect(content).toContain('\n/Artifact BMC\nBT /F1 12 Tf (EMC \\( BT\\) ET (nested (parens)) \\\\) Tj <454D43> Tj [(Q) -20 <4554> (\\061\\n)] TJ /EMC#20x 0 Tf ET\n\nEMC\n');
    expect(operators(input).filter((op) => op === 'BT')).toHaveLength(3);
  });

  it('keeps q/Q as they were, and never splits a path object or a text object', () => {
    const input = [
      'q 1 0 0 1 5 5 cm',
      '0 0 100 20 re W n', // a clip: paints nothing, needs no artifact
      'q .9 g 10 10 80 1 re f Q', // a rule: untagged
      '/P <</MCID 0>> BDC q 0 0 m 10 0 l S Q EMC',
      '20 20 m 30 30 l 40 20 l h B', // a shape: untagged
      'Q',
    ].join('\n');
    const { content, artifacts } = mark(input, [0]);
    expect(artifacts).toBe(2);
    expect(withoutArtifacts(content)).toBe(input);
    expect(operators(content).filter((op) => op === 'q' || op === 'Q')).toEqual(operators(input).filter((op) => op === 'q' || op === 'Q'));
    expect(content).toContain('0 0 100 20 re W n\nq .9 g \n/Artifact BMC\n10 10 80 1 re f Q\n\nEMC\n/P');
    expect(content).toContain('EMC\n\n/Artifact BMC\n20 20 m 30 30 l 40 20 l h B\nQ\nEMC\n');
  });

  it('wraps untagged text inside a text object that holds tagged text, within the text object', () => {
    const input = 'BT /F1 12 Tf (\\267) Tj 10 0 Td /LBody <</MCID 3>> BDC (item) Tj EMC 0 -14 Td (\\267) Tj ET';
    const { content, artifacts } = mark(input, [3]);
    expect(artifacts).toBe(2);
    expect(content).toBe(
      'BT /F1 12 Tf \n/Artifact BMC\n(\\267) Tj 10 0 Td \nEMC\n/LBody <</MCID 3>> BDC (item) Tj EMC 0 -14 Td \n/Artifact BMC\n(\\267) Tj \nEMC\nET',
    );
  });

  it('treats an MCID the ParentTree does not list as untagged, and wraps inside its sequence', () => {
    const { content } = mark('/Span <</MCID 9>> BDC BT (orphan) Tj ET EMC', []);
    expect(content).toBe('/Span <</MCID 9>> BDC \n/Artifact BMC\nBT (orphan) Tj ET \nEMC\nEMC');
  });

  it('reads an MCID from a property list named in the resources', () => {
    expect(mark('/P /MC0 BDC BT (a) Tj ET EMC', [], { MC0: 4 }).artifacts).toBe(1);
    expect(mark('/P /MC0 BDC BT (a) Tj ET EMC', [4], { MC0: 4 }).artifacts).toBe(0);
  });

  it('wraps XObjects, shadings and inline images whole, whatever the image data holds', () => {
    const image = 'BI /W 4 /H 1 /CS /G /BPC 8 ID EMC\nEI Q BT';
    const input = `/Figure <</MCID 0>> BDC q 10 0 0 10 0 0 cm /Im1 Do Q EMC q /Im2 Do Q /Sh1 sh ${image}`;
    const ops = contentOperations(bytes(input));
    expect(ops.map((op) => op.operator)).toEqual(['BDC', 'q', 'cm', 'Do', 'Q', 'EMC', 'q', 'Do', 'Q', 'sh', 'BI', 'Q', 'BT']);
    const { content, artifacts } = mark(input, [0]);
    expect(artifacts).toBe(1);
    expect(content).toBe(`/Figure <</MCID 0>> BDC q 10 0 0 10 0 0 cm /Im1 Do Q EMC q \n/Artifact BMC\n/Im2 Do Q /Sh1 sh ${image}\nEMC\n`);
  });

  it('finds the end of an inline image by its size, or by EI between white space', () => {
    const data = 'ab EI cd';
    const sized = `BI /W 8 /H 1 /CS /G /BPC 8 ID ${data}\nEI S`;
    expect(contentOperations(bytes(sized)).map((op) => op.operator)).toEqual(['BI', 'S']);
    const filtered = 'BI /W 8 /H 1 /CS /G /BPC 8 /F /AHx ID 61 62>\nEI (x) Tj';
    expect(contentOperations(bytes(filtered)).map((op) => op.operator)).toEqual(['BI', 'Tj']);
  });

  it('refuses a stream whose string does not end, rather than guess', () => {
    expect(() => contentOperations(bytes('BT (never closed Tj ET'))).toThrow(/does not end/);
  });
});

const META: PdfPublishing = {
  title: 'Medborgarlöfte för Gislaveds kommun 2026',
  authors: ['Gislaveds kommun', 'Polismyndigheten, lokalpolisområde Värnamo'],
  subject: 'Medborgarlöfte',
  keywords: 'Medborgarlöfte, kommun, polis, brottsförebyggande arbete, trygghet',
  creator: 'Samverka',
  language: 'sv-SE',
  headings: ['Medborgarlöfte för Gislaveds kommun 2026', 'Bakgrund', 'Polisen & kommunen lovar att', 'Underskrifter'],
};

const CONTENT = [
  'q /P <</MCID 0>> BDC BT /F1 14 Tf 20 170 Td (Medborgarl\\366fte) Tj ET EMC',
  'BT /F1 8 Tf 20 10 Td (Sida 1 av 1) Tj ET',
  '.5 g 20 8 160 0.5 re f Q',
].join('\n');

describe('publishPdf', () => {
  it('leaves no painting outside tagged content and artifacts, as an independent reader counts it', async () => {
    const raw = await handmadeTaggedPdf({ content: CONTENT, mcids: [0] });
    const before = await checkContentTagging(raw);
    expect(before.untagged.map((u) => u.operator)).toEqual(['Tj', 'f']);
    const { bytes: published, report } = await publishPdfWithReport(raw, META);
    expect(report.artifacts).toBe(1);
    const after = await checkContentTagging(published);
    expect(after).toMatchObject({ painting: 3, tagged: 1, artifacts: 2, untagged: [], problems: [] });
    expect(withoutArtifacts(await pageContent(published))).toBe(CONTENT);
  });

  it('writes XMP that parses, with title, creators, language, tool and pdfuaid:part 1, and the Info dictionary to match', async () => {
    const published = await publishPdf(await handmadeTaggedPdf({ content: CONTENT, mcids: [0] }), META);
    const xmp = await readXmp(published);
    expect(xmp).toMatchObject({
      title: [META.title],
      creators: META.authors,
      description: 'Medborgarlöfte',
      subjects: ['Medborgarlöfte', 'kommun', 'polis', 'brottsförebyggande arbete', 'trygghet'],
      languages: ['sv-SE'],
      creatorTool: 'Samverka',
      keywords: META.keywords,
      pdfuaPart: '1',
    });
    expect(xmp!.text).toContain('xml:lang="x-default"');
    expect(xmp!.text).toContain('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"');
    expect(xmp!.producer).not.toBe('');

    const catalog = await readCatalog(published);
    expect(catalog).toMatchObject({ lang: 'sv-SE', marked: true, displayDocTitle: true, structTreeRoot: true, version: '1.7' });
    // Uncompressed, as before: simple tools find the language in the file's bytes.
    expect(Buffer.from(published).toString('latin1')).toMatch(/\/Lang \(sv-SE\)/);
  });

  it('escapes what XML would misread in the XMP', () => {
    const xmp = parseXmp(xmpPacket({ ...META, title: 'A < B & "C" \u0007', authors: ['<Kommun>'], producer: 'x', created: '2026-01-02T03:04:05Z' }));
    expect(xmp.title).toEqual(['A < B & "C" ']);
    expect(xmp.creators).toEqual(['<Kommun>']);
    // The reader of the tests is strict: what is not well-formed is refused.
    expect(() => parseXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><a></x:xmpmeta>')).toThrow(/not well-formed/);
  });

  it('gives each bookmark its heading\'s text, matched in order without white space, keeping the outline\'s shape', async () => {
    const raw = await handmadeTaggedPdf({
      content: CONTENT,
      mcids: [0],
      bookmarks: [
        { title: 'Medborgarlöfte för Gislavedskommun 2026', level: 1 },
        { title: 'Bakgrund', level: 2 },
        { title: 'Något som ingen rubrik heter', level: 2 },
        { title: 'Polisen &kommunen lovar att', level: 3 },
        { title: 'Underskrifter', level: 2 },
      ],
    });
    const { bytes: published, report } = await publishPdfWithReport(raw, META);
    expect(await readBookmarks(published)).toEqual([
      { title: 'Medborgarlöfte för Gislaveds kommun 2026', level: 1 },
      { title: 'Bakgrund', level: 2 },
      { title: 'Något som ingen rubrik heter', level: 2 },
      { title: 'Polisen & kommunen lovar att', level: 3 },
      { title: 'Underskrifter', level: 2 },
    ]);
    expect(report).toMatchObject({ bookmarksMatched: 4, bookmarksUnmatched: ['Något som ingen rubrik heter'] });
  });

  it('finds a bookmark that no heading matches among the document\'s printed texts, and otherwise keeps it', async () => {
    const raw = await handmadeTaggedPdf({
      content: CONTENT,
      bookmarks: [
        { title: 'Bakgrund', level: 1 },
        { title: 'Barn ochunga', level: 2 },
        { title: 'Okänd', level: 2 },
        { title: 'Underskrifter', level: 1 },
      ],
    });
    const { bytes: published, report } = await publishPdfWithReport(raw, { ...META, texts: ['Bakgrund', 'Barn och unga', 'Underskrifter'] });
    expect((await readBookmarks(published)).map((b) => b.title)).toEqual(['Bakgrund', 'Barn och unga', 'Okänd', 'Underskrifter']);
    expect(report).toMatchObject({ bookmarksMatched: 3, bookmarksUnmatched: ['Okänd'] });
  });

  it('matches a heading once, so two bookmarks of the same text take two headings in order', async () => {
    const raw = await handmadeTaggedPdf({
      content: CONTENT,
      bookmarks: [
        { title: 'Fokus områden', level: 1 },
        { title: 'Fokusområden', level: 1 },
      ],
    });
    const published = await publishPdf(raw, { ...META, headings: ['Fokusområden', 'Fokus områden'] });
    expect((await readBookmarks(published)).map((b) => b.title)).toEqual(['Fokusområden', 'Fokus områden']);
  });

  it('maps structure types PDF 1.7 does not know (Chromium\'s Strong) in a RoleMap, and no standard one', async () => {
    const plain = await publishPdf(await handmadeTaggedPdf({ content: CONTENT, mcids: [0] }), META);
    expect((await readCatalog(plain)).roleMap).toEqual({});
    const strong = await publishPdf(await handmadeTaggedPdf({ content: CONTENT, mcids: [0], elementType: 'Strong' }), META);
    expect(await readCatalog(strong)).toMatchObject({ structureTypes: ['Document', 'Strong'], roleMap: { Strong: 'Span' } });
  });

  it('puts a list item\'s content in an LBody, as PDF 1.7 wants it, keeping every MCID tagged', async () => {
    const raw = await handmadeTaggedPdf({ content: '/P <</MCID 0>> BDC BT (a) Tj ET EMC /P <</MCID 1>> BDC BT (b) Tj ET EMC', mcids: [0, 1], listItems: true });
    expect(await readCatalog(raw)).toMatchObject({ structureTypes: ['Document', 'L', 'LI', 'P'], listItemsWithOtherChildren: 2, wrongParents: 0 });
    const { bytes: published, report } = await publishPdfWithReport(raw, META);
    expect(report.listBodies).toBe(2);
    expect(await readCatalog(published)).toMatchObject({ structureTypes: ['Document', 'L', 'LBody', 'LI', 'P'], listItemsWithOtherChildren: 0, wrongParents: 0 });
    expect(await checkContentTagging(published)).toMatchObject({ tagged: 2, untagged: [], problems: [] });
    // Published again, nothing more changes.
    expect((await publishPdfWithReport(published, META)).report.listBodies).toBe(0);
  });

  it('refuses a PDF that is not tagged or not a PDF, so nothing half-made is written', async () => {
    const { PDFDocument } = await import('pdf-lib');
    const untagged = await (await PDFDocument.create()).save();
    await expect(publishPdf(untagged, META)).rejects.toThrow(/not tagged/);
    await expect(publishPdf(bytes('%PDF-1.7\n%%EOF\n'), META)).rejects.toThrow();
  });
});

describe('pdfPublishing', () => {
  it('takes the title, subject, keywords and creator from documentProperties, the parties as authors, and the headings in print order', () => {
    const draft = draftSchema.parse(exampleDraft());
    const meta = pdfPublishing(draft);
    const properties = documentProperties(draft);
    expect(meta).toMatchObject({ title: properties.title, subject: properties.subject, keywords: properties.keywords, creator: 'Samverka', language: 'sv-SE' });
    expect(meta.authors).toEqual(draft.parties.map((party) => party.name));
    expect(meta.headings[0]).toBe(properties.title);
    expect(meta.headings).toContain('Bakgrund');
    expect(meta.headings).toContain('Polisen lovar att');
    expect(meta.headings.at(-1)).toBe('Underskrifter');
  });

  it('has the focus areas that head the activities, after their group\'s lead, and every printed text for the rest', () => {
    const ljusdal = draftSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'resources/examples/medborgarlofte-ljusdal-2022-2024.samverka.json'), 'utf8')));
    const meta = pdfPublishing(ljusdal);
    const areas = ljusdal.focusAreas.map((area) => area.title);
    const lead = meta.headings.indexOf('Polisen lovar att');
    expect(lead).toBeGreaterThan(meta.headings.indexOf('Aktiviteter'));
    expect(areas).toContain(meta.headings[lead + 1]);
    expect(meta.texts).toEqual(expect.arrayContaining(meta.headings));
  });

  it('follows an agreement\'s headings with those of each appended löfte', () => {
    const agreement = agreementDraft();
    const promise = draftSchema.parse({ ...exampleDraft(), id: '5d1c8f0e-0000-4000-8000-000000000001' });
    const meta = pdfPublishing(agreement, { linkedPromises: [promise], appendices: [promise] });
    const own = pdfPublishing(agreement, { linkedPromises: [promise] }).headings;
    expect(meta.headings.slice(0, own.length)).toEqual(own);
    expect(meta.headings.slice(own.length)).toEqual(pdfPublishing(promise).headings);
  });
});

describe('pdfDate', () => {
  it('turns a PDF date into an XMP date', () => {
    expect(pdfDate("D:20261201202706+00'00'")).toBe('2026-12-01T20:27:06+00:00');
    expect(pdfDate('D:20260102030405Z')).toBe('2026-01-02T03:04:05Z');
    expect(pdfDate('D:2026')).toBe('2026-01-01T00:00:00');
    expect(pdfDate('yesterday')).toBeUndefined();
  });
});
