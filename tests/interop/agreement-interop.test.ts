import { Packer } from 'docx';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDraftDocument, type DocumentContext } from '../../shared/documents/draft-document';
import { draftSchema, type Draft } from '../../shared/draft/schema';
import { summarize } from '../../shared/draft/summary';
import { AGREEMENT_ID, agreementDraft } from '../support/agreement';
import { exampleDraft } from '../support/fixtures';
import { INTEROP_OUT, convertAllWithLibreOffice, inspectWithPythonDocx, normalizeSpace, readPdfPages, readWithPythonDocx, renderPages } from '../support/docx-tools';

/**
 * The samverkansöverenskommelse as its recipients open it, alone and exported
 * together with its two medborgarlöften as bilagor 4 and 5: LibreOffice lays
 * it out and prints it to PDF, python-docx parses it. The PNGs written to
 * test-results/interop/ (samverkansoverenskommelse-*.png) are for a person to
 * look at.
 */


/** A löfte under the agreement, made from the bundled example, for one of its municipalities. */
function promiseFor(id: string, town: string, municipality: string, chair: string): Draft {
  const base = draftSchema.parse(exampleDraft());
  return draftSchema.parse({
    ...base,
    id,
    title: `Medborgarlöfte för ${town} 2024`,
    period: { start: '2024-01-01', end: '2024-12-31' },
    parties: [
      { id: 'kommun', role: 'kommun', name: municipality },
      { id: 'polis', role: 'polis', name: 'Polismyndigheten, lokalpolisområde Hälsingland' },
    ],
    geographicFocus: `${town} centrum`,
    signatories: [
      { partyId: 'kommun', name: chair, title: 'Kommunstyrelsens ordförande', place: town, date: null },
      { partyId: 'polis', name: 'Karin Lindqvist', title: 'Lokalpolisområdeschef', place: 'Hudiksvall', date: null },
    ],
    relatedIds: [AGREEMENT_ID],
  });
}

const promises = [
  promiseFor('6a0c1f57-2f1e-4d3b-9a6e-1c2b3d4e5f60', 'Ljusdal', 'Ljusdals kommun', 'Markus Evensson'),
  promiseFor('7b1d2068-3a2f-4e4c-8b7f-2d3c4e5f6071', 'Edsbyn', 'Ovanåkers kommun', 'Anna Karlsson'),
];
const agreement = agreementDraft({ relatedIds: promises.map((promise) => promise.id) });
const withPromises: DocumentContext = { linkedPromises: promises.map(summarize), appendices: promises };

const documents = {
  alone: { context: {}, file: 'samverkansoverenskommelse-ljusdal-ovanaker-2024-2027' },
  withPromises: { context: withPromises, file: 'samverkansoverenskommelse-ljusdal-ovanaker-2024-2027-med-lofte' },
} as const satisfies Record<string, { context: DocumentContext; file: string }>;
type Name = keyof typeof documents;
const NAMES = Object.keys(documents) as Name[];

const docxPath = (name: Name) => path.join(INTEROP_OUT, `${documents[name].file}.docx`);
const pdfPath = (name: Name) => path.join(INTEROP_OUT, `${documents[name].file}.pdf`);
const pdfPages: Partial<Record<Name, string[]>> = {};

/** The pages (1-based) that begin with a text, the running header aside (it is empty on a section's first page). */
function pagesStartingWith(pages: string[], text: string): number[] {
  return pages.flatMap((page, i) => (normalizeSpace(page).startsWith(text) ? [i + 1] : []));
}

/** What every copy of the agreement must carry (the "done when"). */
function essentials(draft: Draft): string[] {
  return [
    ...draft.parties.map((party) => party.diarienummer!),
    ...draft.focusAreas.map((area) => area.goal!),
    ...(draft.attachments ?? []).map((attachment) => attachment.title),
    ...draft.signatories.map((signatory) => signatory.name),
  ];
}

beforeAll(async () => {
  await mkdir(INTEROP_OUT, { recursive: true });
  await Promise.all(NAMES.map(async (name) => writeFile(docxPath(name), await Packer.toBuffer(buildDraftDocument(agreement, documents[name].context)))));
  await convertAllWithLibreOffice(NAMES.map(docxPath), 'pdf', INTEROP_OUT);
  for (const name of NAMES) pdfPages[name] = await readPdfPages(pdfPath(name));
});

describe('the agreement alone', () => {
  it('prints to PDF over several numbered pages, with everything it must carry', () => {
    const pages = pdfPages.alone!;
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => expect(normalizeSpace(page)).toContain(`Sida ${i + 1} av ${pages.length}`));
    const text = normalizeSpace(pages.join('\n'));
    for (const expected of essentials(agreement)) expect(text).toContain(normalizeSpace(expected));
    expect(text).toContain('Bilaga 3 – Kommunikationsplan');
    expect(text).toContain('Överenskommelsen gäller från och med 1 januari 2024 till och med 31 december 2027. Överenskommelsen revideras varje år.');
  });

  it('opens in python-docx with every diarienummer, goal, bilaga and signatory, under real headings', async () => {
    const text = normalizeSpace(await readWithPythonDocx(docxPath('alone')));
    for (const expected of essentials(agreement)) expect(text).toContain(normalizeSpace(expected));
    const doc = await inspectWithPythonDocx(docxPath('alone'));
    const styleOf = (text: string) => doc.paragraphs.find((p) => p.text === text)?.style;
    expect(styleOf(agreement.title)).toBe('Title');
    for (const heading of ['Parter och bakgrund', 'Syfte och övergripande mål', 'Gemensam lägesbild', 'Ansvar och åtaganden', 'Giltighetstid', 'Bilagor']) {
      expect(styleOf(heading), heading).toBe('Heading 1');
    }
    for (const heading of ['Källor', 'Narkotika bland unga', 'Styrgrupp', 'BRÅ i Ljusdal och Ovanåker']) expect(styleOf(heading), heading).toBe('Heading 2');
    expect(doc.sections).toHaveLength(1);
    expect(doc.coreProperties).toMatchObject({ title: agreement.title, subject: 'Samverkansöverenskommelse' });
  });
});

describe('the agreement with its löften as bilagor', () => {
  it('starts each löfte on a new page under its label "Bilaga N", numbered on from the agreement\'s own bilagor', () => {
    const pages = pdfPages.withPromises!;
    expect(pages.length).toBeGreaterThan(pdfPages.alone!.length + 1);
    const starts = promises.map((_, i) => pagesStartingWith(pages, `Bilaga ${4 + i}`));
    expect(starts.map((found) => found.length)).toEqual([1, 1]);
    const [first, second] = starts.map(([page]) => page);
    expect(first).toBeGreaterThan(pdfPages.alone!.length - 1);
    expect(second).toBeGreaterThan(first);
    // The label stands over the löfte's own title, on the page the löfte begins.
    promises.forEach((promise, i) => expect(normalizeSpace(pages[starts[i][0] - 1])).toMatch(new RegExp(`^Bilaga ${4 + i} ${promise.title}`)));
    // The agreement lists them after its own three.
    const agreementText = normalizeSpace(pages.slice(0, first - 1).join('\n'));
    promises.forEach((promise, i) => expect(agreementText).toContain(`Bilaga ${4 + i} – ${promise.title}`));
  });

  it('numbers the pages of the whole file, and gives each löfte its own running footer', () => {
    const pages = pdfPages.withPromises!;
    pages.forEach((page, i) => expect(normalizeSpace(page)).toContain(`Sida ${i + 1} av ${pages.length}`));
    const [first, second] = promises.map((_, i) => pagesStartingWith(pages, `Bilaga ${4 + i}`)[0]);
    const footerOf = (page: number) => normalizeSpace(pages[page - 1]);
    expect(footerOf(first - 1)).toContain(`${agreement.title} · 1 januari 2024 – 31 december 2027`);
    expect(footerOf(first)).toContain(`${promises[0].title} · 1 januari 2024 – 31 december 2024`);
    expect(footerOf(second)).toContain(`${promises[1].title} · 1 januari 2024 – 31 december 2024`);
  });

  it('opens in python-docx with every diarienummer, goal, bilaga title and signatory, one section per document', async () => {
    const text = normalizeSpace(await readWithPythonDocx(docxPath('withPromises')));
    for (const expected of [...essentials(agreement), ...promises.flatMap((promise) => [promise.title, promise.statement, ...promise.signatories.map((s) => s.name)])]) {
      expect(text).toContain(normalizeSpace(expected));
    }
    const doc = await inspectWithPythonDocx(docxPath('withPromises'));
    expect(doc.sections).toHaveLength(3);
    expect(doc.coreProperties).toMatchObject({ title: agreement.title, subject: 'Samverkansöverenskommelse' });
    const styled = (style: string) => doc.paragraphs.filter((p) => p.style === style).map((p) => p.text);
    expect(styled('Title')).toEqual([agreement.title, ...promises.map((promise) => promise.title)]);
    expect(styled('Bilageetikett')).toEqual(['Bilaga 4', 'Bilaga 5']);
    // The löften keep their own real headings.
    expect(styled('Heading 1').filter((heading) => heading === 'Aktiviteter')).toHaveLength(2);
  });
});

describe('what makes both fit for publication (DOS-lagen)', () => {
  it('declares sv-SE in the core properties, and no paragraph is empty but the section break after a löfte\'s signatures', async () => {
    for (const name of NAMES) {
      const doc = await inspectWithPythonDocx(docxPath(name));
      expect(doc.coreProperties.language, name).toBe('sv-SE');
      const empty = doc.flow.filter((paragraph) => paragraph.text.trim() === '');
      // The first löfte ends with its signature table, and Word ends a section with a paragraph; the last needs none.
      expect(empty.map((paragraph) => [paragraph.style, paragraph.sectionBreak]), name).toEqual(name === 'withPromises' ? [['Avsnittsslut', true]] : []);
    }
  });

  it('reads the signatories one block after the other, with the lead-ins in the Strong style', async () => {
    const { flow } = await inspectWithPythonDocx(docxPath('alone'));
    const parties = flow.filter((paragraph) => paragraph.inTable && paragraph.text.startsWith('För ')).map((paragraph) => paragraph.text);
    expect(parties).toHaveLength(agreement.signatories.length);
    const read = flow.filter((paragraph) => paragraph.inTable).map((paragraph) => paragraph.text);
    // Each block runs from its party to the next party: its place and date, captions, name and title, never another's.
    parties.forEach((party, i) => {
      const block = read.slice(read.indexOf(party), i + 1 < parties.length ? read.indexOf(parties[i + 1]) : undefined);
      const signatory = agreement.signatories[i];
      expect(block, party).toEqual(expect.arrayContaining([signatory.name, signatory.title, 'Ort och datum', 'Namnförtydligande']));
      expect(block.filter((text) => text === 'Ort och datum'), party).toHaveLength(1);
    });
    const runs = flow.flatMap((paragraph) => paragraph.runs);
    expect(runs.filter((run) => run.bold !== null)).toEqual([]);
    expect(runs.filter((run) => run.style === 'Strong').map((run) => run.text)).toEqual(expect.arrayContaining(['Parter', 'Problem: ', 'Mål: ']));
  });

  it('writes "Sida X av Y" with results in every footer, the numbers running on through the bilagor', async () => {
    const doc = await inspectWithPythonDocx(docxPath('withPromises'));
    const footers = doc.headersAndFooters.filter((text) => text.includes('\tSida')).map((text) => /\tSida (\d+) av (\d+)$/.exec(text)?.slice(1).map(Number));
    // Each section's later pages' footer and its first page's, for the agreement and each löfte.
    expect(footers).toHaveLength(6);
    const pages = pdfPages.withPromises!.length;
    for (const [, count] of footers as [number, number][]) expect(Math.abs(count - pages)).toBeLessThanOrEqual(1);
    const firstPages = (footers as [number, number][]).filter((_, i) => i % 2 === 1).map(([page]) => page);
    const starts = promises.map((_, i) => pagesStartingWith(pdfPages.withPromises!, `Bilaga ${4 + i}`)[0]);
    expect(firstPages[0]).toBe(1);
    firstPages.slice(1).forEach((page, i) => expect(Math.abs(page - starts[i])).toBeLessThanOrEqual(1));
  });
});

describe('pdftoppm', () => {
  it('renders every page for a person to look at', async () => {
    for (const name of NAMES) {
      const pngs = await renderPages(pdfPath(name), path.join(INTEROP_OUT, documents[name].file), 60);
      expect(pngs).toHaveLength(pdfPages[name]!.length);
      for (const png of pngs) expect((await readFile(png)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
