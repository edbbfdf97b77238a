import { Document, Packer, Paragraph } from 'docx';
import { layoutDocument } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import { activityText } from '../../../../shared/draft/activity-groups';
import { appendixOutlines, documentOutline, isPageBlock, type OutlineBlock, type OutlineBodyBlock, type OutlineSignatures } from '../../../../shared/documents/document-outline';
import { CM, SIGNATURE, STYLE, TEXT_WIDTH, documentStyles, textLineCount } from '../../../../shared/documents/document-styles';
import { buildDraftDocument, documentTitle, estimatePageCount, type DocumentContext } from '../../../../shared/documents/draft-document';
import { newDraft } from '../../../../shared/draft/new-draft';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { summarize } from '../../../../shared/draft/summary';
import { agreementDraft } from '../../../support/agreement';
import { fourPartyAgreement } from '../../../support/fixtures';
import fixture from '../../../../resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json';
import { paragraphTexts, readDocxPart } from '../../../support/docx-tools';

const soderhamn: Draft = draftSchema.parse(fixture);

/** The parts of the packed document a test looks at. */
async function pack(draft: Draft, context?: DocumentContext) {
  const docx = await Packer.toBuffer(buildDraftDocument(draft, context));
  const part = (name: string) => readDocxPart(docx, name);
  const documentXml = part('word/document.xml');
  const footers = ['word/footer1.xml', 'word/footer2.xml'].map(part);
  return {
    documentXml,
    paragraphs: paragraphTexts(documentXml),
    stylesXml: part('word/styles.xml'),
    coreXml: part('docProps/core.xml'),
    footers,
    footerText: footers.map((xml) => paragraphTexts(xml).join('\n')),
    headers: ['word/header1.xml', 'word/header2.xml'].map((name) => paragraphTexts(part(name)).join('\n')),
    part,
  };
}

/** The style id of each paragraph with the given text. */
function styleOf(documentXml: string, text: string): string | undefined {
  const paragraph = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => paragraphTexts(p)[0] === text);
  return paragraph ? (/<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? 'Normal') : undefined;
}

/** The rows (`w:tr`) of the tables in a piece of WordprocessingML. */
const tableRows = (xml: string) => [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);

/** A style's definition in styles.xml. */
const styleXml = (stylesXml: string, id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(stylesXml)?.[0] ?? '';

const bodyOf = (outline: OutlineBlock[]) => outline.filter((block): block is OutlineBodyBlock => !isPageBlock(block));

/** How wide a signature block's texts may run: half the text width less the gap between the blocks. */
const SIGNATURE_TEXT = Math.floor(TEXT_WIDTH / 2) - Math.round(0.6 * CM);

const fresh = (kind: Draft['kind']) => newDraft({ id: '0b9a2a8e-3c7f-4a51-9d1e-6f2b8c4d7e10', kind, now: new Date('2026-03-01T09:00:00Z') });

describe('buildDraftDocument', () => {
  it('prints the statement, every activity, every signatory and page numbers', async () => {
    const doc = await pack(soderhamn);
    const body = doc.paragraphs.join('\n');
    expect(body).toContain(soderhamn.statement);
    for (const activity of soderhamn.activities) expect(body).toContain(activityText(activity));
    for (const signatory of soderhamn.signatories) {
      expect(body).toContain(signatory.name);
      expect(body).toContain(signatory.title);
    }
    for (const footer of doc.footers) {
      expect(footer).toContain('Sida');
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    }
    expect(doc.footerText[0]).toContain('Medborgarlöfte för Söderhamn 2020–2021 · 1 januari 2020 – 31 december 2021');
  });

  it('prints the sections in order, activities grouped by party', async () => {
    const { paragraphs } = await pack(soderhamn);
    const order = [
      'Medborgarlöfte för Söderhamn 2020–2021',
      '1 januari 2020 – 31 december 2021',
      'Parter\tSöderhamns kommun (dnr KS 2019/512)\nPolismyndigheten, lokalpolisområde Hälsingland (dnr A123.456/2019)',
      'Geografiskt fokus\tSöderhamns centrum',
      soderhamn.statement,
      'Bakgrund',
      'Underlag',
      'Medborgardialog: Medborgardialoger 2018–2019, fysiska och digitala',
      'Fokusområden',
      'Trygghet i centrum',
      'Aktiviteter',
      'Det ska åstadkommas genom följande aktiviteter:',
      'Polisen lovar att',
      'Kommunen lovar att',
      'Polisen och kommunen lovar gemensamt att',
      'Uppföljning',
      soderhamn.followUpPlan,
      'Kommunikation',
      soderhamn.communication,
      'Underskrifter',
      'Detta medborgarlöfte har upprättats i två likalydande exemplar, varav parterna tagit var sitt.',
      // One signatory's block whole, then the next.
      'För Söderhamns kommun',
      'Ort och datum',
      'Namnförtydligande',
      'För Polismyndigheten, lokalpolisområde Hälsingland',
    ];
    const positions = order.map((text) => paragraphs.indexOf(text));
    expect(positions.filter((p) => p < 0), `missing: ${order.filter((_, i) => positions[i] < 0).join(' | ')}`).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    // Background paragraphs are split on blank lines.
    expect(paragraphs).toContain(soderhamn.background.split('\n\n')[1]);
  });

  it('marks content with real Word styles in Swedish', async () => {
    const { documentXml, stylesXml } = await pack(soderhamn);
    expect(styleOf(documentXml, soderhamn.title)).toBe('Title');
    expect(styleOf(documentXml, 'Bakgrund')).toBe('Heading1');
    expect(styleOf(documentXml, 'Polisen lovar att')).toBe('Heading2');
    expect(styleOf(documentXml, activityText(soderhamn.activities[0]))).toBe('ListBullet');
    expect(styleOf(documentXml, soderhamn.statement)).toBe('Statement');
    for (const [id, name] of [
      ['Normal', 'Normal'],
      ['Title', 'Title'],
      ['Heading1', 'heading 1'],
      ['Heading2', 'heading 2'],
      ['ListBullet', 'List Bullet'],
    ]) {
      // Word knows its built-in styles by name, in any case.
      expect(stylesXml).toMatch(new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*><w:name w:val="${name}"/>`, 'i'));
    }
    expect(stylesXml).toMatch(/<w:docDefaults>[\s\S]*<w:lang w:val="sv-SE"\/>[\s\S]*<\/w:docDefaults>/);
    const normal = /<w:style [^>]*w:styleId="Normal"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0];
    expect(normal).toContain('<w:lang w:val="sv-SE"/>');
    // The List Bullet style carries its own bullets, so a template's List Bullet takes over the list.
    expect(/<w:style [^>]*w:styleId="ListBullet"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0]).toMatch(/<w:numPr>/);
  });

  it('sets up an A4 page with 2.5 cm margins and the document properties', async () => {
    const { documentXml, coreXml } = await pack(soderhamn);
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    for (const side of ['top', 'right', 'bottom', 'left']) expect(documentXml).toMatch(new RegExp(`<w:pgMar [^>]*w:${side}="1418"`));
    expect(coreXml).toContain('<dc:title>Medborgarlöfte för Söderhamn 2020–2021</dc:title>');
    expect(coreXml).toContain('<dc:subject>Medborgarlöfte</dc:subject>');
    expect(coreXml).toContain('<dc:creator>Samverka</dc:creator>');
    expect(coreXml).toMatch(/<cp:keywords>[^<]*Medborgarlöfte[^<]*<\/cp:keywords>/);
    expect(coreXml).toMatch(/<dc:description>[^<]*Söderhamns kommun[^<]*<\/dc:description>/);
  });

  it('keeps signature blocks whole: a row per pair that cannot split, kept with the next', async () => {
    const { documentXml } = await pack(fourPartyAgreement());
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    const rows = tableRows(table);
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    // Every row but the last keeps with the next (Word looks at the paragraphs of a row for that).
    for (const row of rows.slice(0, -1)) expect(row).toMatch(/<w:keepNext\/>/);
    expect(rows.at(-1)).not.toMatch(/<w:keepNext\/>/);
    expect(table).not.toMatch(/<w:tblBorders>[\s\S]*w:val="single"[\s\S]*<\/w:tblBorders>/);
  });

  it('lets more than two pairs of blocks break between pairs, never inside one', async () => {
    const parties = Array.from({ length: 6 }, (_, i) => ({ id: `p${i}`, role: 'kommun' as const, name: `Kommun ${i + 1}` }));
    const { documentXml } = await pack({
      ...soderhamn,
      parties,
      activities: [],
      signatories: parties.map((party, i) => ({ partyId: party.id, name: `Namn ${i + 1}`, title: 'Kommunstyrelsens ordförande' })),
    });
    const rows = tableRows(documentXml);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    expect(rows.map((row) => /<w:keepNext\/>/.test(row))).toEqual([false, false, false]);
  });

  it('reads each signatory\'s block whole, one after the other: a cell per signatory, a row per pair', async () => {
    const draft = fourPartyAgreement();
    const { documentXml } = await pack(draft);
    const signatures = documentOutline(draft).find((block): block is OutlineSignatures => block.type === 'signatures')!.signatures;
    const cells = tableRows(documentXml).map((row) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => paragraphTexts(cell)));
    expect(cells.map((row) => row.length)).toEqual([2, 2]);
    expect(cells.flat()).toEqual(
      signatures.map((s) => [s.forParty, s.placeDate, s.placeDateCaption, s.signatureCaption, s.name, s.nameCaption, s.title].filter(Boolean)),
    );
  });

  it('gives a last block without a neighbour a row of its own, kept to the left column', async () => {
    const draft: Draft = {
      ...soderhamn,
      parties: [...soderhamn.parties, { id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' }],
      signatories: [...soderhamn.signatories, { partyId: 'bolag', name: '', title: '' }],
    };
    const rows = tableRows((await pack(draft)).documentXml);
    expect(rows).toHaveLength(2);
    const cell = /<w:tc>[\s\S]*?<\/w:tc>/.exec(rows[1])![0];
    expect(rows[1].match(/<w:tc>/g)).toHaveLength(1);
    expect(cell).toContain('<w:gridSpan w:val="2"/>');
    // Its right margin takes the right column and the gap: the block is as wide as the others.
    expect(cell).toMatch(new RegExp(`<w:right w:type="dxa" w:w="${Math.floor(TEXT_WIDTH / 2) + Math.round(0.6 * CM)}"/>`));
    // Nothing printed on the lines: the captions under them, every paragraph with its text.
    expect(paragraphTexts(cell)).toEqual(['För AB Söderhamnshem', 'Ort och datum', 'Underskrift', 'Namnförtydligande']);
  });

  it('draws the lines to write on as the top borders of their captions, the signature line apart from its neighbours', async () => {
    const { documentXml, stylesXml } = await pack(soderhamn);
    const caption = styleXml(stylesXml, 'SignatureCaption');
    const signature = styleXml(stylesXml, 'SignatureSignature');
    expect(caption).toMatch(/<w:pBdr><w:top w:val="single" [^>]*\/><\/w:pBdr>/);
    expect(signature).toMatch(/<w:pBdr><w:top w:val="single" [^>]*\/><\/w:pBdr>/);
    // Word and LibreOffice draw adjacent paragraphs with the same borders as one box, which would hide the signature line.
    expect(/<w:top [^>]*\/>/.exec(signature)![0]).not.toBe(/<w:top [^>]*\/>/.exec(caption)![0]);
    expect(styleOf(documentXml, 'Ort och datum')).toBe('SignatureCaption');
    expect(styleOf(documentXml, 'Underskrift')).toBe('SignatureSignature');
    expect(styleOf(documentXml, 'Sven-Erik Lindestam')).toBe('SignatureEntry');
  });

  it('keeps the two blocks of a pair level when one party\'s name wraps', async () => {
    const { documentXml, stylesXml } = await pack(soderhamn);
    const [kommun, polis] = [...tableRows(documentXml)[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell);
    const before = (cell: string, text: string) => {
      const paragraph = [...cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p).find((p) => paragraphTexts(p)[0] === text)!;
      return Number(/<w:spacing [^>]*w:before="(\d+)"/.exec(paragraph)?.[1]);
    };
    // "För Polismyndigheten, lokalpolisområde Hälsingland" takes two lines in the column, "För Söderhamns kommun" one.
    expect(textLineCount('För Polismyndigheten, lokalpolisområde Hälsingland', SIGNATURE_TEXT, { size: 11, bold: true })).toBe(2);
    expect(before(kommun, 'Söderhamn') - before(polis, 'Hudiksvall')).toBe(SIGNATURE.line);
    // Every line in a block has an exact height, so the room given is the room taken.
    for (const cell of [kommun, polis]) {
      for (const [paragraph] of cell.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)) {
        const style = /<w:pStyle w:val="([^"]+)"/.exec(paragraph)![1];
        if (style !== 'SignatureText') expect(paragraph + styleXml(stylesXml, style), style).toContain('w:lineRule="exact"');
      }
    }
  });

  it('writes no empty paragraph but the one a section break after a table needs', async () => {
    const appendices = [soderhamn, { ...soderhamn, id: '7b1d2068-3a2f-4e4c-8b7f-2d3c4e5f6071' }];
    const drafts: [Draft, DocumentContext?][] = [
      [soderhamn],
      [fresh('medborgarlofte')],
      [fresh('samverkansoverenskommelse')],
      [fourPartyAgreement()],
      [{ ...soderhamn, signatories: [{ partyId: 'kommun', name: '', title: '' }] }],
      [agreementDraft(), { linkedPromises: appendices.map(summarize), appendices }],
    ];
    for (const [draft, context] of drafts) {
      const { documentXml } = await pack(draft, context);
      const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => p);
      const empty = paragraphs.filter((p) => paragraphTexts(p)[0].trim() === '');
      // The löfte appended first ends with its signature table, and a section ends with a paragraph mark.
      expect(empty.every((p) => p.includes('<w:sectPr>') && p.includes('<w:pStyle w:val="SectionEnd"/>')), draft.title).toBe(true);
      expect(empty).toHaveLength(context ? 1 : 0);
    }
  });

  it('marks bold lead-ins with the Strong character style, not direct bold', async () => {
    const { documentXml, stylesXml } = await pack(agreementDraft());
    expect(stylesXml).toMatch(/<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"\/>[\s\S]*?<w:b\/>[\s\S]*?<\/w:style>/);
    expect(stylesXml.match(/w:styleId="Strong"/g)).toHaveLength(1);
    const runs = [...documentXml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => run);
    const strong = runs.filter((run) => run.includes('<w:rStyle w:val="Strong"/>')).map((run) => paragraphTexts(`<w:p>${run}</w:p>`)[0]);
    expect(strong).toEqual(expect.arrayContaining(['Parter', 'Problem: ', 'Mål: ', 'Brottsstatistik']));
    expect(runs.filter((run) => /<w:rPr>[\s\S]*<w:b\/>/.test(run))).toEqual([]);
  });

  it('declares the language in the core properties too', async () => {
    const { coreXml } = await pack(soderhamn);
    expect(coreXml).toContain('<dc:language>sv-SE</dc:language>');
  });

  it('writes the page fields whole, with a result until Word works them out again', async () => {
    const { footers, footerText } = await pack(soderhamn);
    for (const footer of footers) {
      for (const code of ['PAGE', 'NUMPAGES']) {
        expect(footer).toMatch(
          new RegExp(
            `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
              '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">\\d+</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
          ),
        );
      }
    }
    // The later pages' footer (footer1.xml), then the first page's: the example takes two pages.
    expect(footerText.map((text) => text.split('\t')[1])).toEqual(['Sida 2 av 2', 'Sida 1 av 2']);
  });

  it('numbers the pages of appended löften on from the agreement\'s in their fields\' results', async () => {
    const appendices = [soderhamn];
    const doc = await pack(agreementDraft(), { linkedPromises: appendices.map(summarize), appendices });
    const footers = [1, 2, 3, 4].map((n) => paragraphTexts(doc.part(`word/footer${n}.xml`))[0].split('\t')[1]);
    const agreementPages = estimatePageCount(bodyOf(documentOutline(agreementDraft())));
    const total = agreementPages + estimatePageCount(bodyOf(documentOutline(soderhamn)));
    expect(footers).toEqual([`Sida 2 av ${total}`, `Sida 1 av ${total}`, `Sida ${agreementPages + 2} av ${total}`, `Sida ${agreementPages + 1} av ${total}`]);
  });

  it('lays out several signatories two by two, one block per signatory', async () => {
    const draft: Draft = {
      ...soderhamn,
      parties: [...soderhamn.parties, { id: 'bolag', role: 'annan', name: 'AB Söderhamnshem' }],
      signatories: [
        ...soderhamn.signatories,
        { partyId: 'kommun', name: 'Maria Svensson', title: 'Kommundirektör', date: '2020-01-15' },
        { partyId: 'bolag', name: 'Per Persson', title: 'VD', place: 'Söderhamn' },
      ],
      originals: 3,
    };
    const { paragraphs } = await pack(draft);
    expect(paragraphs.filter((p) => p.startsWith('För '))).toEqual([
      'För Söderhamns kommun',
      'För Polismyndigheten, lokalpolisområde Hälsingland',
      'För Söderhamns kommun',
      'För AB Söderhamnshem',
    ]);
    expect(paragraphs).toContain('15 januari 2020');
    expect(paragraphs).toContain('Söderhamn');
    expect(paragraphs).toContain('Detta medborgarlöfte har upprättats i tre likalydande exemplar, varav parterna tagit var sitt.');
  });

  it('words the clause for a samverkansöverenskommelse and leaves it out without originals', async () => {
    const agreement = await pack({ ...soderhamn, kind: 'samverkansoverenskommelse', originals: 2 });
    expect(agreement.paragraphs).toContain('Denna överenskommelse har upprättats i två likalydande exemplar, varav parterna tagit var sitt.');
    const none = await pack({ ...soderhamn, originals: null });
    expect(none.paragraphs.some((p) => p.includes('likalydande'))).toBe(false);
  });

  it('builds an empty draft of either kind without throwing, and names it by its kind', async () => {
    for (const kind of ['medborgarlofte', 'samverkansoverenskommelse'] as const) {
      const draft = fresh(kind);
      expect(() => buildDraftDocument(draft)).not.toThrow();
      const doc = await pack(draft);
      // No placeholder reaches paper: an untitled draft is titled by its kind alone.
      const name = kind === 'medborgarlofte' ? 'Medborgarlöfte' : 'Samverkansöverenskommelse';
      expect(doc.paragraphs[0]).toBe(name);
      expect(doc.coreXml).toContain(`<dc:title>${name}</dc:title>`);
      // Empty sections are left out, not printed as empty headings.
      expect(doc.paragraphs).not.toContain('Bakgrund');
      expect(doc.paragraphs).not.toContain('Aktiviteter');
      // The signature blocks are still there, to be filled in by hand.
      expect(doc.paragraphs).toContain('För kommunen');
      expect(doc.paragraphs).toContain('För polisen');
    }
  });

  it('survives odd but valid drafts', async () => {
    const odd: Draft = {
      ...fresh('medborgarlofte'),
      title: 'Löfte <&> "citat"',
      period: { start: null, end: null },
      parties: [],
      statement: 'Rad ett\nrad två\n\n\n\nStycke två',
      activities: [{ id: 'x', partyIds: [], text: '' }],
      focusAreas: [{ id: 'f', title: '', problem: 'Otrygghet' }],
      basis: [{ type: 'enkat', description: '', respondents: 1 }],
      signatories: [{ partyId: 'saknas', name: '', title: '' }],
      originals: 1,
    };
    const doc = await pack(odd);
    expect(doc.paragraphs[0]).toBe('Löfte <&> "citat"');
    // What the document makes of each odd field.
    expect(doc.paragraphs).toEqual(
      expect.arrayContaining([
        // A run of blank lines ends a paragraph; a single line break stays in it.
        'Rad ett\nrad två',
        'Stycke två',
        // An activity without text or party.
        '(aktivitetens text saknas)',
        'Aktiviteter där ansvarig part inte är angiven',
        // A focus area without a title, a basis without a description.
        'Fokusområde 1',
        'Enkät: (1 svarande)',
        // A signatory of a party that is not in the draft.
        'För okänd part',
        // A single original.
        'Detta medborgarlöfte har upprättats i ett exemplar.',
      ]),
    );
    expect(doc.footerText[0]).toMatch(/^Löfte <&> "citat"\t/);
  });

  it('handles a long draft', async () => {
    const activities = Array.from({ length: 30 }, (_, i) => ({ ...soderhamn.activities[i % 4], id: `l${i}`, text: `${soderhamn.activities[i % 4].text} ${i + 1}` }));
    const doc = await pack({ ...soderhamn, activities });
    expect(doc.paragraphs.filter((p) => /^genomföra|^arbeta|^säkerställa/.test(p))).toHaveLength(30);
  });

  it('repeats the parties in the header of later pages only', async () => {
    const { headers } = await pack(soderhamn);
    expect(headers).toContain('Söderhamns kommun · Polismyndigheten, lokalpolisområde Hälsingland');
    expect(headers).toContain('');
  });

  it('is deterministic', async () => {
    const [a, b] = await Promise.all([pack(soderhamn), pack(structuredClone(soderhamn))]);
    expect(a.documentXml).toBe(b.documentXml);
    expect(a.stylesXml).toBe(b.stylesXml);
  });
});

describe('the measures the builder lays out with', () => {
  /** Lays paragraphs out as Word does, with docx's own page layout, in a column as wide as a signature block's texts. */
  function wordLines(paragraphs: { style: string; text: string }[], width: number): number[] {
    const { pages } = layoutDocument(
      new Document({
        styles: documentStyles(),
        sections: [
          {
            properties: { page: { size: { width: width + 1440, height: 31680 }, margin: { left: 720, right: 720, top: 720, bottom: 720 } } },
            children: paragraphs.map(({ style, text }) => new Paragraph({ style, text })),
          },
        ],
      }),
    );
    return pages.flatMap((page) => page.body).map((block) => (block.type === 'paragraph' ? block.lines.length : 0));
  }

  it('breaks a signature block\'s texts onto as many lines as Word does', () => {
    const texts = [
      'För Söderhamns kommun',
      'För Polismyndigheten, lokalpolisområde Hälsingland',
      'För Bostadsbolaget AB Söderhamnshem i Söderhamns kommun',
      'För Kommunalförbundet Västra Hälsinglands räddningstjänst',
      'För Sven-Erik Lindestams stiftelse för trygghet och säkerhet',
      'För Łódź–Örnsköldsvik vänortsförening',
      `För ${'Ö'.repeat(60)}`,
      'Ljusdal, 12 februari 2024',
      'Marit Holmstrand-Bergqvist',
    ];
    const paragraphs = texts.flatMap((text) => [
      { style: STYLE.signatureParty, text },
      { style: STYLE.signatureEntry, text },
    ]);
    const measured = texts.flatMap((text) => [
      textLineCount(text, SIGNATURE_TEXT, { size: SIGNATURE.textSize, bold: true }),
      textLineCount(text, SIGNATURE_TEXT, { size: SIGNATURE.textSize, bold: false }),
    ]);
    expect(measured).toEqual(wordLines(paragraphs, SIGNATURE_TEXT));
    expect(Math.max(...measured)).toBeGreaterThan(2);
  });

  it('estimates the pages the page fields are written with as Word lays them out', () => {
    const appendices = [soderhamn];
    for (const [draft, context] of [
      [soderhamn],
      [fourPartyAgreement()],
      [agreementDraft(), { linkedPromises: appendices.map(summarize), appendices }],
    ] as [Draft, DocumentContext?][]) {
      const outlines = [documentOutline(draft, context), ...appendixOutlines(draft, context)];
      const estimate = outlines.map((outline) => estimatePageCount(bodyOf(outline)));
      const { pages, stoppedAt } = layoutDocument(buildDraftDocument(draft, context));
      expect(stoppedAt).toBeUndefined();
      expect(estimate, draft.title).toEqual(outlines.map((_, section) => pages.filter((page) => page.section === section).length));
    }
  });
});

describe('documentTitle', () => {
  it('uses the title, or the kind alone', () => {
    expect(documentTitle(soderhamn)).toBe('Medborgarlöfte för Söderhamn 2020–2021');
    expect(documentTitle({ ...soderhamn, title: ' ' })).toBe('Medborgarlöfte');
    expect(documentTitle({ ...soderhamn, title: '', period: { start: '2025-01-01', end: null } })).toBe('Medborgarlöfte');
    expect(documentTitle({ ...soderhamn, title: '', period: { start: null, end: null } })).toBe('Medborgarlöfte');
  });
});

describe('buildDraftDocument of an agreement with its löften', () => {
  const promises: Draft[] = [
    { ...soderhamn, id: '6a0c1f57-2f1e-4d3b-9a6e-1c2b3d4e5f60', title: 'Medborgarlöfte för Ljusdal 2024', period: { start: '2024-01-01', end: '2024-12-31' } },
    { ...soderhamn, id: '7b1d2068-3a2f-4e4c-8b7f-2d3c4e5f6071', title: 'Medborgarlöfte för Edsbyn 2024', period: { start: '2024-01-01', end: '2024-12-31' } },
  ];
  const context: DocumentContext = { linkedPromises: promises.map(summarize), appendices: promises };
  /** The `w:sectPr` elements of the body, in order: one per section, each closing its section. */
  const sections = (documentXml: string) => [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([section]) => section);
  /** The paragraphs of the body with their style ids. */
  const styled = (documentXml: string) =>
    [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({ style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? 'Normal', text: paragraphTexts(p)[0] }));

  it('appends each löfte as a section of its own that starts on a new page', async () => {
    const alone = await pack(agreementDraft());
    expect(sections(alone.documentXml)).toHaveLength(1);
    const doc = await pack(agreementDraft(), context);
    const found = sections(doc.documentXml);
    expect(found).toHaveLength(3);
    for (const section of found) {
      expect(section).toContain('<w:type w:val="nextPage"/>');
      expect(section).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(section).toContain('<w:titlePg/>');
      // Page numbers run on through the file: no section starts its own count.
      expect(section).not.toMatch(/<w:pgNumType [^>]*w:start=/);
    }
  });

  it('labels each löfte "Bilaga N" above its own title, numbered on from the agreement\'s bilagor', async () => {
    const paragraphs = styled((await pack(agreementDraft(), context)).documentXml);
    const labels = paragraphs.flatMap((p, i) => (p.style === 'AppendixLabel' ? [[p.text, paragraphs[i + 1]]] : []));
    expect(labels).toEqual([
      ['Bilaga 4', { style: 'Title', text: 'Medborgarlöfte för Ljusdal 2024' }],
      ['Bilaga 5', { style: 'Title', text: 'Medborgarlöfte för Edsbyn 2024' }],
    ]);
    // The agreement lists them under Bilagor, with the same numbers.
    expect(paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['Bilaga 4 – Medborgarlöfte för Ljusdal 2024', 'Bilaga 5 – Medborgarlöfte för Edsbyn 2024']));
    // Each löfte keeps its real headings and its own signature table.
    expect(paragraphs.filter((p) => p.text === 'Aktiviteter').map((p) => p.style)).toEqual(['Heading1', 'Heading1']);
    expect(paragraphs.filter((p) => p.text === 'Polisen lovar att').map((p) => p.style)).toEqual(['Heading2', 'Heading2']);
  });

  it('gives each löfte its own running header and footer, and keeps the agreement\'s document properties', async () => {
    const doc = await pack(agreementDraft(), context);
    const footers = [1, 2, 3, 4, 5, 6].map((n) => paragraphTexts(doc.part(`word/footer${n}.xml`)).join('\n'));
    const agreementFooter = `${agreementDraft().title} · 1 januari 2024 – 31 december 2027`;
    expect(footers.filter((footer) => footer.startsWith(`${agreementFooter}\t`))).toHaveLength(2);
    for (const promise of promises) {
      expect(footers.filter((footer) => footer.startsWith(`${promise.title} · 1 januari 2024 – 31 december 2024\tSida `))).toHaveLength(2);
    }
    const headers = [1, 2, 3, 4, 5, 6].map((n) => paragraphTexts(doc.part(`word/header${n}.xml`)).join('\n'));
    expect(headers.filter((header) => header === 'Söderhamns kommun · Polismyndigheten, lokalpolisområde Hälsingland')).toHaveLength(2);
    expect(doc.coreXml).toContain(`<dc:title>${agreementDraft().title}</dc:title>`);
    expect(doc.coreXml).toContain('<dc:subject>Samverkansöverenskommelse</dc:subject>');
  });

  it('marks the label with its own style, kept with the title', async () => {
    const { stylesXml } = await pack(agreementDraft(), context);
    const label = /<w:style [^>]*w:styleId="AppendixLabel"[\s\S]*?<\/w:style>/.exec(stylesXml)?.[0];
    expect(label).toContain('<w:name w:val="Bilageetikett"/>');
    expect(label).toContain('<w:keepNext/>');
  });
});
