import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { activityText } from '../../../../shared/draft/activity-groups';
import { buildDraftDocument, documentTitle, type DocumentContext } from '../../../../shared/documents/draft-document';
import { newDraft } from '../../../../shared/draft/new-draft';
import { draftSchema, summarize, type Draft } from '../../../../shared/draft/schema';
import { agreementDraft } from '../../../support/agreement';
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
      'För Söderhamns kommun',
      'För Polismyndigheten, lokalpolisområde Hälsingland',
      'Ort och datum',
      'Namnförtydligande',
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

  it('keeps signature blocks whole: rows that cannot split, kept with the next', async () => {
    const { documentXml } = await pack(soderhamn);
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(documentXml)?.[0] ?? '';
    const rows = [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows.length).toBeGreaterThan(0);
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
    const rows = [...documentXml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map(([row]) => row);
    expect(rows).toHaveLength(12);
    const keeps = rows.map((row) => /<w:keepNext\/>/.test(row));
    expect(keeps).toEqual([true, true, true, false, true, true, true, false, true, true, true, false]);
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
      const name = kind === 'medborgarlofte' ? 'Medborgarlöfte 2026' : 'Samverkansöverenskommelse 2026–2029';
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
    expect(doc.paragraphs).toContain('Rad ett\nrad två');
    expect(doc.paragraphs).toContain('Stycke två');
    expect(doc.paragraphs).toContain('(aktivitetens text saknas)');
    expect(doc.paragraphs).toContain('Aktiviteter där ansvarig part inte är angiven');
    expect(doc.paragraphs).toContain('Fokusområde 1');
    expect(doc.paragraphs).toContain('Enkät: (1 svarande)');
    expect(doc.paragraphs).toContain('För okänd part');
    expect(doc.paragraphs).toContain('Detta medborgarlöfte har upprättats i ett exemplar.');
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

describe('documentTitle', () => {
  it('uses the title, or the kind and years', () => {
    expect(documentTitle(soderhamn)).toBe('Medborgarlöfte för Söderhamn 2020–2021');
    expect(documentTitle({ ...soderhamn, title: ' ' })).toBe('Medborgarlöfte 2020–2021');
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
