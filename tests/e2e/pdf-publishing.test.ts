import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendixOutlines, documentOutline, documentProperties, type OutlineBlock } from '../../shared/documents/document-outline';
import { DOCUMENT_READY_ATTRIBUTE, documentHash, type DocumentTarget } from '../../shared/documents/document-route';
import type { Draft } from '../../shared/draft/schema';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { SCREENSHOT_DIR } from '../support/browser';
import { agreementDraft } from '../support/agreement';
import { readPdfInfo, readPdfPages, renderPages } from '../support/docx-tools';
import { exampleDraft, tempDir } from '../support/fixtures';
import { municipalityLogoPng, policeLogoJpeg } from '../support/images';
import { checkContentTagging, readBookmarks, readCatalog, readFonts, readXmp, type ContentCheck } from '../support/pdf-tools';
import { useAppSession } from './session';

/**
 * "Exportera PDF" makes a PDF fit to publish (lag 2018:1937, PDF/UA-1 as
 * the target), from Chromium's print-to-PDF through the e2e host as in the
 * app: every painting operator is tagged or an artifact; the bookmarks say
 * the headings' own texts; XMP with pdfuaid:part 1, title and language; Info
 * with Author, Subject, Keywords and Creator; /Lang, /MarkInfo and
 * DisplayDocTitle. The raw PDF Chromium makes for the same page (the host's
 * print job, tests/e2e/host/server.ts) is checked too, so the checker is
 * seen to find what publishing fixes, and the published PDF must read
 * (pdftotext) and look (pdftoppm) exactly as the raw one.
 * Renders: test-results/e2e/pdf-publishing-<name>-page-N.png.
 */

const app = useAppSession();

/** The structure types of ISO 32000-1 (14.8.4); any other must be role-mapped to one. */
const STANDARD_TYPES = new Set(
  'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(
    ' ',
  ),
);

async function store(draft: Draft): Promise<Draft> {
  const id = randomUUID();
  await app.call('saveDraft', { ...draft, id, relatedIds: [] });
  return app.call('getDraft', id);
}

/** The headings the document page shows, in order, with their levels (h1 → 1): what the bookmarks must say. */
async function pageHeadings(target: DocumentTarget): Promise<{ text: string; level: number }[]> {
  const { page } = app;
  await page.goto(new URL(documentHash(target), app.host.url).href);
  await page.waitForFunction((name) => document.documentElement.getAttribute(name) === 'ready', DOCUMENT_READY_ATTRIBUTE);
  return page
    .locator('[data-sheet] :is(h1, h2, h3, h4, h5, h6)')
    .evaluateAll((elements) => elements.map((element) => ({ text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(element.tagName.slice(1)) })));
}

/**
 * Headings of the document's outline, in print order: the title, the heading blocks and the activity
 * groups' leads (the page may print more, e.g. focus areas over their activities).
 */
function outlineHeadings(draft: Draft, appendices: Draft[]): string[] {
  const context = appendices.length > 0 ? { linkedPromises: appendices, appendices } : {};
  const heading = (block: OutlineBlock) =>
    block.type === 'title' || block.type === 'heading' ? [block.text] : block.type === 'activityGroup' ? [block.lead] : [];
  return [documentOutline(draft, context), ...appendixOutlines(draft, context)].flat().flatMap(heading);
}

interface Pdfs {
  raw: string;
  published: string;
}

/** The published PDF ("Exportera PDF") and Chromium's raw PDF of the same page (the host's print job writes it as utskrift-N.pdf). */
async function exportBoth(draft: Draft, withPromises = false): Promise<Pdfs> {
  const exported = await app.call('exportPdf', draft.id, { withPromises });
  if (!exported) throw new Error('the export was cancelled');
  expect(await app.call('printDocument', draft.id, { withPromises, copies: 1 })).toBe(true);
  const prints = (await readdir(app.exportDir)).filter((name) => /^utskrift-\d+\.pdf$/.test(name));
  const newest = prints.sort((a, b) => Number(/\d+/.exec(b)![0]) - Number(/\d+/.exec(a)![0]))[0];
  return { published: exported.path, raw: path.join(app.exportDir, newest) };
}

const read = async (file: string) => new Uint8Array(await readFile(file));

/** Whether `part` is `whole` with some entries left out. */
function isSubsequence(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const text of whole) if (text === part[at]) at++;
  return at === part.length;
}

function expectAllTagged(check: ContentCheck) {
  expect(check.problems).toEqual([]);
  expect(check.untagged.slice(0, 5), `${check.untagged.length} painting operators outside tagged content and artifacts`).toEqual([]);
}

/** Everything a published PDF must be, checked against Chromium's raw PDF of the same page and the page's headings. */
async function expectPublished(draft: Draft, { raw, published }: Pdfs, target: DocumentTarget, appendices: Draft[], name: string) {
  const [rawBytes, bytes] = await Promise.all([read(raw), read(published)]);
  const properties = documentProperties(draft);

  // Tagging: Chromium leaves the running header and footer, list bullets and box backgrounds untagged; publishing wraps them.
  const before = await checkContentTagging(rawBytes);
  expect(before.problems).toEqual([]);
  expect(before.untagged.length, 'untagged painting in Chromium\'s PDF').toBeGreaterThan(0);
  expect(before.artifacts).toBe(0);
  const after = await checkContentTagging(bytes);
  expectAllTagged(after);
  expect(after.painting).toBe(before.painting);
  expect(after.tagged, 'nothing tagged became an artifact').toBe(before.tagged);
  expect(after.artifacts).toBe(before.untagged.length);

  // The catalog and structure.
  const catalog = await readCatalog(bytes);
  expect(catalog).toMatchObject({ lang: 'sv-SE', marked: true, displayDocTitle: true, structTreeRoot: true, version: '1.7', listItemsWithOtherChildren: 0, wrongParents: 0, figuresWithoutAlt: 0 });
  expect((await readCatalog(rawBytes)).listItemsWithOtherChildren, 'Chromium\'s list items hold their text without an LBody').toBeGreaterThan(0);
  expect(catalog.headingLevels[0]).toBe(1);
  catalog.headingLevels.forEach((level, i) => expect(level, `heading ${i + 1} skips no level`).toBeLessThanOrEqual((catalog.headingLevels[i - 1] ?? 0) + 1));
  for (const font of await readFonts(bytes)) expect(font, `font ${font.name}`).toMatchObject({ embedded: true, toUnicode: true });
  for (const type of catalog.structureTypes) expect(STANDARD_TYPES.has(type) || STANDARD_TYPES.has(catalog.roleMap[type]), `structure type ${type}`).toBe(true);
  expect(Object.keys(catalog.roleMap).filter((type) => STANDARD_TYPES.has(type)), 'standard types are not remapped').toEqual([]);

  // Info and XMP.
  const info = await readPdfInfo(published);
  expect(info).toMatchObject({
    Tagged: 'yes',
    Title: properties.title,
    Author: draft.parties.map((party) => party.name.trim()).join(', '),
    Subject: KIND_LABEL[draft.kind],
    Keywords: properties.keywords,
    Creator: 'Samverka',
    'Metadata Stream': 'yes',
  });
  const xmp = await readXmp(bytes);
  expect(xmp).toMatchObject({ pdfuaPart: '1', title: [properties.title], languages: ['sv-SE'], creatorTool: 'Samverka', keywords: properties.keywords });
  expect(xmp!.creators).toEqual(draft.parties.map((party) => party.name.trim()));

  // Bookmarks: the headings' own texts, in order, in Chromium's shape.
  const headings = await pageHeadings(target);
  expect(isSubsequence(outlineHeadings(draft, appendices), headings.map((h) => h.text)), 'the outline\'s headings are the page\'s, in order').toBe(true);
  const rawBookmarks = await readBookmarks(rawBytes);
  const bookmarks = await readBookmarks(bytes);
  expect(bookmarks.map((b) => b.title)).toEqual(headings.map((h) => h.text));
  expect(bookmarks.map((b) => b.level)).toEqual(rawBookmarks.map((b) => b.level));
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  expect(rawBookmarks.map((b) => squeeze(b.title)), 'Chromium\'s bookmarks, but for white space').toEqual(headings.map((h) => squeeze(h.text)));

  // The same text and the same look: artifacts are still painted.
  expect(await readPdfPages(published)).toEqual(await readPdfPages(raw));
  const pngs = await renderPages(published, path.join(SCREENSHOT_DIR, `pdf-publishing-${name}-page`));
  const rawPngs = await renderPages(raw, path.join(tempDir('samverka-raw-pdf-'), 'page'));
  expect(pngs).toHaveLength(rawPngs.length);
  for (let i = 0; i < pngs.length; i++) {
    expect((await readFile(pngs[i])).equals(await readFile(rawPngs[i])), `page ${i + 1} looks as Chromium drew it`).toBe(true);
  }
  return { rawBookmarks, bookmarks, headings };
}

describe('the published PDF', () => {
  it('of each bundled example is tagged throughout, bookmarked by its headings and described for PDF/UA-1', { timeout: 180_000 }, async () => {
    const examples = await app.call('listExamples');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      const draft = await app.call('createFromExample', example.id);
      const target = { draftId: draft.id, withPromises: false };
      await expectPublished(draft, await exportBoth(draft), target, [], example.id);
    }
  });

  it('of an agreement with its löften as bilagor: their headings follow its own, and wrapped headings keep their spaces', { timeout: 120_000 }, async () => {
    const agreement = await store(agreementDraft());
    const promise = await app.call('createPromise', agreement.id);
    const target = { draftId: agreement.id, withPromises: true };
    const pdfs = await exportBoth(await app.call('getDraft', agreement.id), true);
    expect(path.basename(pdfs.published)).toMatch(/-med-medborgarloften\.pdf$/);
    const { rawBookmarks, bookmarks } = await expectPublished(await app.call('getDraft', agreement.id), pdfs, target, [await app.call('getDraft', promise.id)], 'agreement-with-promises');
    // Its long title wraps on the page, and Chromium's bookmark loses the spaces there.
    expect(rawBookmarks[0].title).not.toBe(bookmarks[0].title);
    expect(bookmarks[0].title).toBe(agreement.title);
  });

  it('with the parties\' logos: the images stay tagged figures, and the email\'s PDF is published the same way', { timeout: 120_000 }, async () => {
    const base = exampleDraft();
    const draft = await store({
      ...base,
      parties: [
        { ...base.parties[0], logo: { mediaType: 'image/png', data: municipalityLogoPng().toString('base64'), alt: 'Söderhamns kommuns logotyp' } },
        { ...base.parties[1], logo: { mediaType: 'image/jpeg', data: policeLogoJpeg().toString('base64'), alt: '' } },
        ...base.parties.slice(2),
      ],
    });
    const target = { draftId: draft.id, withPromises: false };
    const pdfs = await exportBoth(draft);
    await expectPublished(draft, pdfs, target, [], 'logos');
    expect(await readCatalog(await read(pdfs.published))).toMatchObject({ figures: 2, figuresWithoutAlt: 0 });

    const email = await app.call('createEmail', draft.id, { subject: 'Medborgarlöfte', body: '', attachments: ['pdf'], withPromises: false });
    const attached = await read(path.join(path.dirname(email.path), email.attachments[0]));
    expectAllTagged(await checkContentTagging(attached));
    expect(await readXmp(attached)).toMatchObject({ pdfuaPart: '1', title: [documentProperties(draft).title] });
    expect((await readBookmarks(attached)).map((b) => b.title)).toEqual((await pageHeadings(target)).map((h) => h.text));
  });
});

describe('PDFs in a row', () => {
  /** The text of the PDF "Exportera PDF" makes of a draft, its white space as single spaces. */
  const pdfText = async (draft: Draft) => {
    const exported = await app.call('exportPdf', draft.id, { withPromises: false });
    if (!exported) throw new Error('the export was cancelled');
    return (await readPdfPages(exported.path)).join(' ').replace(/\s+/g, ' ');
  };

  it('of two drafts, then of the first changed since, each hold their own draft\u2019s text', async () => {
    // The host's printer keeps its page for the next job, as the app's print window does: each PDF is of its own draft.
    const first = await store({ ...exampleDraft(), title: 'Medborgarlöfte för Ljusdal 2026' });
    const second = await store({ ...exampleDraft(), title: 'Medborgarlöfte för Hudiksvall 2026' });
    const changed = 'Medborgarlöfte för Ljusdal 2027';

    const loadsBefore = app.host.documentLoads();
    const texts = [await pdfText(first), await pdfText(second)];
    await app.call('saveDraft', { ...(await app.call('getDraft', first.id)), title: changed });
    texts.push(await pdfText(await app.call('getDraft', first.id)));

    const titles = [first.title, second.title, changed];
    expect(texts.map((text) => titles.filter((title) => text.includes(title)))).toEqual([[first.title], [second.title], [changed]]);
    // Three PDFs, the document page loaded at most once (for the first, when no job before had loaded it).
    expect(app.host.documentLoads() - loadsBefore).toBeLessThanOrEqual(1);
  });
});
