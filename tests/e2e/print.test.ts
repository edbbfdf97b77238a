import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentOutline, documentProperties, type OutlineSignatures } from '../../shared/documents/document-outline';
import { DOCUMENT_READY_ATTRIBUTE, documentHash, type DocumentTarget } from '../../shared/documents/document-route';
import type { Draft } from '../../shared/draft/schema';
import { SCREENSHOT_DIR } from '../support/browser';
import { agreementDraft } from '../support/agreement';
import { exampleDraft, fourPartyAgreement } from '../support/fixtures';
import { inspectWithPythonDocx, normalizeSpace, readPdfInfo, readPdfLanguage, readPdfPages, renderPages } from '../support/docx-tools';
import { openAppSession, type AppSession } from './session';

/**
 * "Exportera PDF" prints the preview's own HTML through Chromium's
 * print-to-PDF (the e2e host's printer; Electron's printToPDF in the app).
 * The PDF must say what the .docx says, in the same order, on the preview's
 * pages, tagged, titled and in Swedish; and a signature block must never be
 * split over two pages, however long the draft. pdftotext reads the PDF,
 * python-docx the .docx; every page is rendered to a PNG for a person to
 * look at (test-results/e2e/print-*-page-N.png).
 */

let app: AppSession;

beforeAll(async () => {
  app = await openAppSession();
});

afterAll(() => app?.close());

/** Stores a draft as the app would have saved it, under a fresh id unless it has its own. */
async function store(draft: Draft, id = randomUUID()): Promise<Draft> {
  const stored = { ...draft, id, relatedIds: [] };
  await app.call('saveDraft', stored);
  return app.call('getDraft', id);
}

/** How many sheets the document page lays the draft out on: what the PDF must have as pages. */
async function sheetCount(target: DocumentTarget): Promise<number> {
  const { page } = app;
  await page.goto(new URL(documentHash(target), app.host.url).href);
  await page.waitForFunction((name) => document.documentElement.getAttribute(name) === 'ready', DOCUMENT_READY_ATTRIBUTE);
  return page.locator('.preview-sheet').count();
}

interface Exported {
  pdf: string;
  docx: string;
  /** pdftotext's text of each page, white space collapsed. */
  pages: string[];
}

async function exportBoth(id: string, withPromises = false): Promise<Exported> {
  const docx = await app.call('exportDocx', id, { withPromises });
  const pdf = await app.call('exportPdf', id, { withPromises });
  if (!docx || !pdf) throw new Error('an export was cancelled');
  return { pdf: pdf.path, docx: docx.path, pages: (await readPdfPages(pdf.path)).map(normalizeSpace) };
}

/**
 * Every paragraph of the .docx is in the PDF: the body's in the same order
 * (the PDF may have more between them: the running header and footer), the
 * signature tables' anywhere (the PDF reads a pair of blocks band by band).
 */
async function expectSameText({ docx, pages }: Exported): Promise<number> {
  const { flow } = await inspectWithPythonDocx(docx);
  const texts = flow.map((paragraph) => ({ ...paragraph, text: normalizeSpace(paragraph.text) })).filter((paragraph) => paragraph.text);
  const whole = pages.join(' ');
  let at = 0;
  for (const { text } of texts.filter((paragraph) => !paragraph.inTable)) {
    const found = whole.indexOf(text, at);
    expect(found, `"${text}" in the PDF after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + text.length;
  }
  for (const { text } of texts.filter((paragraph) => paragraph.inTable)) expect(whole, 'a signature block\'s text').toContain(text);
  return texts.length;
}

/**
 * Each signatory's party line, place and date, captions, name and title on
 * one page; the two of a pair on the same page, the pairs in order; with at
 * most two pairs, all of them on one page with the originals clause above
 * them, as the Word document keeps them.
 */
function expectSignaturesWhole(pages: readonly string[], { signatures, clause, keepTogether }: OutlineSignatures): number[] {
  const pageOf = signatures.map((signature) => {
    const parts = [signature.forParty, signature.placeDate, signature.placeDateCaption, signature.signatureCaption, signature.name, signature.nameCaption, signature.title]
      .map(normalizeSpace)
      .filter(Boolean);
    const page = pages.findIndex((text) => text.includes(normalizeSpace(signature.forParty)));
    expect(page, `the party line "${signature.forParty}"`).toBeGreaterThanOrEqual(0);
    for (const part of parts) expect(pages[page], `"${part}" on the page of "${signature.forParty}"`).toContain(part);
    return page + 1;
  });
  // The two blocks of a pair share a page, and the pairs follow each other.
  for (let i = 0; i + 1 < pageOf.length; i += 2) expect(pageOf[i + 1]).toBe(pageOf[i]);
  expect([...pageOf].sort((a, b) => a - b)).toEqual(pageOf);
  if (keepTogether) expect(new Set(pageOf).size).toBe(1);
  if (clause) expect(pages[pageOf[0] - 1]).toContain(normalizeSpace(clause));
  return pageOf;
}

const signaturesOf = (draft: Draft) => documentOutline(draft).find((block): block is OutlineSignatures => block.type === 'signatures')!;

/** What makes a PDF fit for publication: tagged, A4, titled, in Swedish, with the preview's pages. */
async function expectPublishable(pdf: string, draft: Draft, target: DocumentTarget) {
  const info = await readPdfInfo(pdf);
  expect(info.Tagged).toBe('yes');
  expect(info.Title).toBe(documentProperties(draft).title);
  expect(info['Page size']).toMatch(/\(A4\)$/);
  expect(await readPdfLanguage(pdf)).toBe('sv-SE');
  expect(Number(info.Pages)).toBe(await sheetCount(target));
}

describe('the PDF of each bundled example', () => {
  it('says what its .docx says, in order, on the preview\'s pages, tagged, titled and in sv-SE', async () => {
    const examples = await app.call('listExamples');
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const example of examples) {
      const draft = await app.call('createFromExample', example.id);
      const exported = await exportBoth(draft.id);
      expect(path.basename(exported.pdf)).toBe(path.basename(exported.docx).replace(/\.docx$/, '.pdf'));
      expect(await expectSameText(exported)).toBeGreaterThan(20);
      expectSignaturesWhole(exported.pages, signaturesOf(draft));
      await expectPublishable(exported.pdf, draft, { draftId: draft.id, withPromises: false });
      const pngs = await renderPages(exported.pdf, path.join(SCREENSHOT_DIR, `print-${example.id}-page`));
      expect(pngs).toHaveLength(exported.pages.length);
    }
  });

  it('carries an agreement\'s löften as bilagor when asked, each from a new page, as the .docx does', async () => {
    const agreement = await store(agreementDraft());
    await app.call('createPromise', agreement.id);
    const exported = await exportBoth(agreement.id, true);
    expect(path.basename(exported.pdf)).toMatch(/-med-medborgarloften\.pdf$/);
    await expectSameText(exported);
    const appendixPage = exported.pages.findIndex((text) => /^Bilaga \d+ /.test(text));
    expect(appendixPage, 'a page that starts with the bilaga\'s label').toBeGreaterThan(0);
    await expectPublishable(exported.pdf, agreement, { draftId: agreement.id, withPromises: true });
    await renderPages(exported.pdf, path.join(SCREENSHOT_DIR, 'print-agreement-with-promises-page'));
  });
});

describe('signature blocks', () => {
  /** The example with `n` activities spread over its three groups, each one a little longer than the last. */
  function withActivities(base: Draft, n: number): Draft {
    return {
      ...base,
      activities: Array.from({ length: n }, (_, i) => ({
        ...base.activities[i % base.activities.length],
        id: `a${i}`,
        text: `${base.activities[i % base.activities.length].text}${' och följa upp det'.repeat(i % 4)} (nr ${i + 1})`,
      })),
    };
  }

  it.each([1, 5, 12, 20, 28, 40])('are never split over two pages with %i activities', async (n) => {
    const draft = await store(withActivities(exampleDraft(), n));
    const exported = await exportBoth(draft.id);
    await expectSameText(exported);
    const pages = expectSignaturesWhole(exported.pages, signaturesOf(draft));
    expect(Number((await readPdfInfo(exported.pdf)).Pages)).toBe(await sheetCount({ draftId: draft.id, withPromises: false }));
    if (n === 40) await renderPages(exported.pdf, path.join(SCREENSHOT_DIR, 'print-40-activities-page'));
    expect(pages.length).toBe(2);
  });

  it('keep each signatory whole, and the pair with the clause above it, on the sheets for every length from 1 to 40; the PDF too where they start a page', async () => {
    const { page } = app;
    const turning: string[] = [];
    for (let n = 1; n <= 40; n++) {
      const draft = await store(withActivities(exampleDraft(), n));
      await sheetCount({ draftId: draft.id, withPromises: false });
      const sheets = (await page.locator('.preview-sheet').allTextContents()).map(normalizeSpace);
      const pages = expectSignaturesWhole(sheets, signaturesOf(draft));
      // The last activity on an earlier sheet: the page broke just before the signatures, where a split would be.
      const lastActivity = normalizeSpace(draft.activities.at(-1)!.text);
      if (sheets.findIndex((text) => text.includes(lastActivity)) + 1 < pages[0]) turning.push(draft.id);
    }
    expect(turning.length, 'lengths whose signatures start a page').toBeGreaterThan(0);
    for (const id of turning.slice(0, 3)) {
      const exported = await exportBoth(id);
      expectSignaturesWhole(exported.pages, signaturesOf(await app.call('getDraft', id)));
    }
  }, 180_000);

  it.each([3, 14, 26])('are never split over two pages for four parties (two pairs) with %i activities', async (n) => {
    const draft = await store(withActivities(fourPartyAgreement(), n));
    const exported = await exportBoth(draft.id);
    await expectSameText(exported);
    const pages = expectSignaturesWhole(exported.pages, signaturesOf(draft));
    expect(pages).toHaveLength(4);
  });
});
