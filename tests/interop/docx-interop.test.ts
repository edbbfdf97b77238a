import { Packer } from 'docx';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { activityText } from '../../shared/draft/activity-groups';
import { documentOutline, type OutlineSignatures } from '../../shared/documents/document-outline';
import { buildDraftDocument } from '../../shared/documents/draft-document';
import { draftSchema, type Draft } from '../../shared/draft/schema';
import fixture from '../../resources/examples/medborgarlofte-soderhamn-2020-2021.samverka.json';
import { fourPartyAgreement } from '../support/fixtures';
import { INTEROP_OUT, convertAllWithLibreOffice, convertWithLibreOffice, inspectWithPythonDocx, normalizeSpace, readPdfPages, readWithPythonDocx, renderPages } from '../support/docx-tools';

/**
 * Our .docx as its recipients open it: LibreOffice lays it out and prints it
 * to PDF, python-docx parses it. The PNGs written next to the documents in
 * test-results/interop/ are for a person to look at.
 */

const soderhamn: Draft = draftSchema.parse(fixture);

/** The fixture with 30 activities: several pages, so page numbers and page breaks show. */
const long: Draft = {
  ...soderhamn,
  activities: Array.from({ length: 30 }, (_, i) => {
    const model = soderhamn.activities[i % soderhamn.activities.length];
    return { ...model, id: `l${i + 1}`, text: `${model.text} (aktivitet ${i + 1})` };
  }),
};

/** A samverkansöverenskommelse of two municipalities, the police and a housing company: four blocks, two by two. */
const fourParties: Draft = fourPartyAgreement();

/** Seven parties (the police and six municipalities), one signatory each: more blocks than fit on one page. */
const sevenSignatories: Draft = {
  ...soderhamn,
  parties: [
    soderhamn.parties[1],
    ...['Söderhamn', 'Ljusdal', 'Bollnäs', 'Hudiksvall', 'Nordanstig', 'Ovanåker'].map((town, i) => ({
      id: `k${i}`,
      role: 'kommun' as const,
      name: `${town}s kommun`.replace('ss kommun', 's kommun'),
    })),
  ],
  signatories: [
    { partyId: 'polis', name: 'Anna Berglund', title: 'Lokalpolisområdeschef' },
    ...['Sven-Erik Lindestam', 'Marit Holmstrand', 'Olle Nilsson', 'Karin Lindberg', 'Erik Sjöberg', 'Eva Lund'].map((name, i) => ({
      partyId: `k${i}`,
      name,
      title: `Kommunstyrelsens ordförande i kommun ${i + 1}`,
    })),
  ],
};

const documents = {
  soderhamn: { draft: soderhamn, file: 'medborgarlofte-soderhamn-2020-2021' },
  long: { draft: long, file: 'medborgarlofte-soderhamn-30-aktiviteter' },
  fourParties: { draft: fourParties, file: 'samverkansoverenskommelse-fyra-parter' },
} as const;
type Name = keyof typeof documents;

const docxPath = (name: Name) => path.join(INTEROP_OUT, `${documents[name].file}.docx`);
const pdfPath = (name: Name) => path.join(INTEROP_OUT, `${documents[name].file}.pdf`);
const pdfPages: Partial<Record<Name, string[]>> = {};

async function writeDocx(draft: Draft, file: string): Promise<string> {
  const target = path.join(INTEROP_OUT, file);
  await writeFile(target, await Packer.toBuffer(buildDraftDocument(draft)));
  return target;
}

/** The page (1-based) each text is on, after pdftotext's line wrapping is undone. */
function pagesOf(pages: string[], text: string): number[] {
  const wanted = normalizeSpace(text);
  return pages.flatMap((page, i) => (normalizeSpace(page).includes(wanted) ? [i + 1] : []));
}

/** What every printed copy must carry: the promise, each activity as printed, each signatory. */
function essentials(draft: Draft): string[] {
  return [
    draft.statement,
    ...draft.activities.map((activity) => activityText(activity)),
    ...draft.signatories.flatMap((signatory) => [signatory.name, signatory.title]),
  ];
}

/** The signature blocks the outline gives a draft. */
const signatureOutline = (draft: Draft) => documentOutline(draft).find((block): block is OutlineSignatures => block.type === 'signatures')!;

/** What each signature block prints, for finding the page a block is on. */
function signatureTexts(draft: Draft): string[] {
  return draft.signatories.flatMap((signatory) => [
    `För ${draft.parties.find((party) => party.id === signatory.partyId)?.name}`,
    signatory.name,
    signatory.title,
  ]);
}

beforeAll(async () => {
  await mkdir(INTEROP_OUT, { recursive: true });
  const names = Object.keys(documents) as Name[];
  await Promise.all(names.map((name) => writeDocx(documents[name].draft, `${documents[name].file}.docx`)));
  // One LibreOffice run for all, since its start-up is most of the time.
  await convertAllWithLibreOffice(names.map(docxPath), 'pdf', INTEROP_OUT);
  for (const name of names) pdfPages[name] = await readPdfPages(pdfPath(name));
});

describe('LibreOffice', () => {
  it('converts the document to text with all its content', async () => {
    const text = normalizeSpace(await readFile(await convertWithLibreOffice(docxPath('soderhamn'), 'txt'), 'utf8'));
    for (const expected of essentials(soderhamn)) expect(text).toContain(normalizeSpace(expected));
    expect(text).toContain('Detta medborgarlöfte har upprättats i två likalydande exemplar, varav parterna tagit var sitt.');
  });

  it('prints the document to PDF with all its content and page numbers', () => {
    const pages = pdfPages.soderhamn!;
    for (const expected of essentials(soderhamn)) expect(pagesOf(pages, expected), expected).not.toEqual([]);
    pages.forEach((page, i) => expect(normalizeSpace(page)).toContain(`Sida ${i + 1} av ${pages.length}`));
    expect(normalizeSpace(pages[0])).toContain('Medborgarlöfte för Söderhamn 2020–2021 · 1 januari 2020 – 31 december 2021');
  });

  it('numbers every page of a long draft and keeps its signature section on one page', () => {
    const pages = pdfPages.long!;
    expect(pages.length).toBeGreaterThanOrEqual(3);
    pages.forEach((page, i) => expect(normalizeSpace(page)).toContain(`Sida ${i + 1} av ${pages.length}`));
    for (const expected of essentials(long)) expect(pagesOf(pages, expected), expected).not.toEqual([]);
    const signaturePage = pagesOf(pages, 'Underskrifter');
    expect(signaturePage).toHaveLength(1);
    for (const text of ['likalydande exemplar', 'För Söderhamns kommun', 'För Polismyndigheten', 'Ort och datum', 'Anna Berglund', 'Lokalpolisområdeschef']) {
      expect(pagesOf(pages, text), text).toEqual(signaturePage);
    }
  });

  it('sets two signature blocks side by side with their lines level', async () => {
    for (const name of ['soderhamn', 'fourParties'] as const) {
      const lines = (await readPdfPages(pdfPath(name), { layout: true })).join('\n').split('\n');
      const [kommun, polis] = documents[name].draft.signatories;
      // The police party's name wraps in its block; the name lines still sit on one line across both blocks.
      expect(lines.some((line) => line.includes(kommun.name) && line.includes(polis.name)), name).toBe(true);
      expect(lines.some((line) => line.includes(kommun.title) && line.includes(polis.title)), name).toBe(true);
      expect(lines.filter((line) => /Ort och datum.*Ort och datum/.test(line)).length, name).toBe(documents[name].draft.signatories.length / 2);
    }
  });

  it('never splits a signature block across pages, whatever the length of the draft', async () => {
    // Drafts that grow an activity at a time push the signature section over a page boundary somewhere in the range.
    const sizes = Array.from({ length: 14 }, (_, i) => 1 + i);
    // An agreement prints more before its activities (the parties, its purpose, its sources), so its range starts later.
    const agreementSizes = sizes.map((size) => size + 9);
    const withActivities = (draft: Draft, size: number): Draft => ({
      ...draft,
      activities: Array.from({ length: size }, (_, i) => ({ ...soderhamn.activities[i % 4], id: `s${i}`, partyIds: ['polis'] })),
    });
    const cases = [
      ...agreementSizes.map((size) => ({ label: `4 underskrifter, ${size} aktiviteter`, draft: withActivities(fourParties, size) })),
      ...sizes.map((size) => ({ label: `7 underskrifter, ${size} aktiviteter`, draft: withActivities(sevenSignatories, size) })),
    ];
    const dir = path.join(INTEROP_OUT, 'sidbrytning');
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      cases.map(({ draft }, i) => writeDocx(draft, path.join('sidbrytning', `${draft.signatories.length}-underskrifter-${i}.docx`))),
    );
    const pdfs = await convertAllWithLibreOffice(files, 'pdf', dir);
    const headingPages = new Map<number, Set<number>>();
    for (const [i, pdf] of pdfs.entries()) {
      const { label, draft } = cases[i];
      const pages = await readPdfPages(pdf);
      const heading = pagesOf(pages, 'Underskrifter');
      expect(heading, label).toHaveLength(1);
      const seen = headingPages.get(draft.signatories.length) ?? new Set<number>();
      seen.add(heading[0]);
      headingPages.set(draft.signatories.length, seen);
      if (draft.signatories.length <= 4) {
        // Four blocks fit on a page, so the whole section moves together with its heading.
        for (const text of [...signatureTexts(draft), 'Ort och datum', 'Namnförtydligande']) {
          expect(pagesOf(pages, text).at(-1), `${label}: ${text}`).toBe(heading[0]);
        }
      } else {
        // More blocks go pair by pair: the first pair with the heading, and every block whole.
        expect(pagesOf(pages, signatureTexts(draft)[0]), label).toEqual(heading);
        draft.signatories.forEach((signatory) => {
          const [forParty, name, title] = signatureTexts({ ...draft, signatories: [signatory] });
          const page = pagesOf(pages, forParty);
          expect(page, `${label}: ${forParty}`).toHaveLength(1);
          expect(pagesOf(pages, name), `${label}: ${name}`).toEqual(page);
          expect(pagesOf(pages, title), `${label}: ${title}`).toEqual(page);
        });
      }
    }
    for (const [count, pages] of headingPages) {
      expect(pages.size, `${count} underskrifter: the range should move the section over a page boundary`).toBeGreaterThan(1);
    }
  });
});

describe('python-docx', () => {
  it('reads every paragraph and table cell', async () => {
    const text = normalizeSpace(await readWithPythonDocx(docxPath('soderhamn')));
    for (const expected of essentials(soderhamn)) expect(text).toContain(normalizeSpace(expected));
    for (const party of soderhamn.parties) expect(text).toContain(`För ${party.name}`);
  });

  it('finds the Word styles, properties and A4 page', async () => {
    const doc = await inspectWithPythonDocx(docxPath('soderhamn'));
    const styleOf = (text: string) => doc.paragraphs.find((p) => p.text === text)?.style;
    expect(styleOf(soderhamn.title)).toBe('Title');
    expect(styleOf('Bakgrund')).toBe('Heading 1');
    expect(styleOf('Polisen lovar att')).toBe('Heading 2');
    expect(styleOf(activityText(soderhamn.activities[0]))).toBe('List Bullet');
    expect(doc.styles).toEqual(expect.arrayContaining(['Normal', 'Title', 'Heading 1', 'Heading 2', 'List Bullet']));
    expect(doc.coreProperties).toMatchObject({ title: soderhamn.title, subject: 'Medborgarlöfte', author: 'Samverka' });
    expect(doc.coreProperties.keywords).toContain('Medborgarlöfte');
    expect(doc.sections).toEqual([
      { pageWidthCm: 21, pageHeightCm: 29.7, orientation: expect.stringContaining('PORTRAIT'), marginsCm: { top: 2.5, right: 2.5, bottom: 2.5, left: 2.5 } },
    ]);
    expect(doc.tables).toHaveLength(1);
    expect(doc.headersAndFooters.join('\n')).toContain('Sida');
  });

  it('reads each signatory\'s block whole, one after the other', async () => {
    for (const name of ['soderhamn', 'fourParties'] as const) {
      const { draft } = documents[name];
      const { flow } = await inspectWithPythonDocx(docxPath(name));
      const read = flow.filter((paragraph) => paragraph.inTable).map((paragraph) => paragraph.text);
      const expected = signatureOutline(draft).signatures.flatMap((s) =>
        [s.forParty, s.placeDate, s.placeDateCaption, s.signatureCaption, s.name, s.nameCaption, s.title].filter(Boolean),
      );
      expect(read, name).toEqual(expected);
      // Each block starts with its party, so the texts of a block are between its party and the next one's.
      expect(read.filter((text) => text.startsWith('För ')), name).toHaveLength(draft.signatories.length);
    }
  });

  it('finds no empty paragraph, and the lead-ins in Word\'s Strong character style', async () => {
    for (const name of Object.keys(documents) as Name[]) {
      const { flow } = await inspectWithPythonDocx(docxPath(name));
      expect(flow.filter((paragraph) => paragraph.text.trim() === ''), name).toEqual([]);
      const runs = flow.flatMap((paragraph) => paragraph.runs);
      expect(runs.filter((run) => run.bold !== null), `${name}: runs formatted bold or not bold directly`).toEqual([]);
      const strong = runs.filter((run) => run.style === 'Strong').map((run) => run.text);
      expect(strong, name).toContain('Parter');
    }
    const { flow } = await inspectWithPythonDocx(docxPath('soderhamn'));
    const basis = flow.find((paragraph) => paragraph.text.startsWith('Medborgardialog: '))!;
    expect(basis.runs.map((run) => [run.text, run.style])).toEqual([
      ['Medborgardialog', 'Strong'],
      [': Medborgardialoger 2018–2019, fysiska och digitala', ''],
    ]);
  });

  it('finds the language in the core properties and page numbers in the footers', async () => {
    for (const name of Object.keys(documents) as Name[]) {
      const doc = await inspectWithPythonDocx(docxPath(name));
      expect(doc.coreProperties.language, name).toBe('sv-SE');
      const pages = pdfPages[name]!.length;
      // The footers of the first page and of the others, each with the results its page fields were written with.
      const numbers = doc.headersAndFooters.filter((text) => text.includes('\tSida')).map((text) => /\tSida (\d+) av (\d+)$/.exec(text)?.slice(1).map(Number));
      expect(numbers, name).toHaveLength(2);
      for (const [page, count] of numbers as [number, number][]) {
        expect(page, name).toBeGreaterThanOrEqual(1);
        // An estimate: LibreOffice and Word count the pages again as they lay them out.
        expect(Math.abs(count - pages), `${name}: ${count} estimated, ${pages} laid out`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('reads the samverkansöverenskommelse too', async () => {
    const text = normalizeSpace(await readWithPythonDocx(docxPath('fourParties')));
    for (const expected of essentials(fourParties)) expect(text).toContain(normalizeSpace(expected));
    expect(text).toContain('Denna överenskommelse har upprättats i fyra likalydande exemplar');
  });
});

describe('pdftoppm', () => {
  it('renders every page for a person to look at', async () => {
    for (const name of Object.keys(documents) as Name[]) {
      const pngs = await renderPages(pdfPath(name), path.join(INTEROP_OUT, documents[name].file));
      expect(pngs).toHaveLength(pdfPages[name]!.length);
      for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
