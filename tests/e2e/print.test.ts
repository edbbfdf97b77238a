import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  documentOutline,
  documentProperties,
  type OutlinePageFooter,
  type OutlinePageHeader,
  type OutlineSignatures,
} from '../../shared/documents/document-outline';
import { DOCUMENT_READY_ATTRIBUTE, documentHash, type DocumentTarget } from '../../shared/documents/document-route';
import type { Draft } from '../../shared/draft/schema';
import { SCREENSHOT_DIR } from '../support/browser';
import { agreementDraft } from '../support/agreement';
import {
  eightPartyAgreement,
  exampleDraft,
  fourPartyAgreement,
  longParagraphDraft,
  longPiecesDraft,
  pastedBackgroundDraft,
} from '../support/fixtures';
import { inspectWithPythonDocx, normalizeSpace, readPdfInfo, readPdfLanguage, readPdfPages, renderPages } from '../support/docx-tools';
import { useAppSession } from './session';

/**
 * "Exportera PDF" prints the preview's own HTML through Chromium's
 * print-to-PDF (the e2e host's printer; Electron's printToPDF in the app).
 * The PDF must say what the .docx says, in the same order, on the preview's
 * pages, tagged, titled and in Swedish; and a signature block must never be
 * split over two pages, however long the draft. pdftotext reads the PDF,
 * python-docx the .docx; every page is rendered to a PNG for a person to
 * look at (test-results/e2e/print-*-page-N.png).
 */

const app = useAppSession();

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
  return page.locator('[data-sheet]').count();
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

const run = promisify(execFile);

const wordsOf = (text: string) => normalizeSpace(text).split(' ').filter(Boolean);

const runningBlocks = (draft: Draft) => {
  const outline = documentOutline(draft);
  return {
    header: outline.find((block): block is OutlinePageHeader => block.type === 'pageHeader')!,
    footer: outline.find((block): block is OutlinePageFooter => block.type === 'pageFooter')!,
  };
};

/** The words the running header and footer add to page `page` (from 1) of `pages`: what the PDF may hold besides the .docx's body. */
function runningWords(draft: Draft, page: number, pages: number): string[] {
  const { header, footer } = runningBlocks(draft);
  return [...(page > 1 ? wordsOf(header.text) : []), ...wordsOf(footer.text), ...wordsOf(`${footer.pageLabel}${page}${footer.ofLabel}${pages}`)];
}

function countWords(words: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * Word by word: every word of the .docx's body is in the PDF, in the same
 * order (the running header and footer may come between them, a paragraph
 * split over two pages has them in its middle), and no word is there more
 * often than the .docx and the running header and footer have it: nothing is
 * lost over a page's edge, nothing printed twice or hidden.
 */
async function expectEveryWordOnce({ docx, pages }: Exported, draft: Draft): Promise<number> {
  const { flow } = await inspectWithPythonDocx(docx);
  const body = flow.filter((paragraph) => !paragraph.inTable).flatMap((paragraph) => wordsOf(paragraph.text));
  const tables = flow.filter((paragraph) => paragraph.inTable).flatMap((paragraph) => wordsOf(paragraph.text));
  // The bullets are the list's decoration (CSS), not text of the .docx.
  const pdf = pages.flatMap(wordsOf).filter((word) => word !== '\u2022');
  let at = 0;
  for (const [n, word] of body.entries()) {
    const found = pdf.indexOf(word, at);
    if (found < 0) {
      const context = body.slice(Math.max(0, n - 8), n + 8).join(' ');
      expect.fail(`word ${n + 1} of ${body.length} of the .docx, "${word}" (in "${context}"), is not in the PDF after its word ${at}`);
    }
    at = found + 1;
  }
  const allowed = countWords([...body, ...tables, ...pages.flatMap((_, i) => runningWords(draft, i + 1, pages.length))]);
  const repeated = [...countWords(pdf)].filter(([word, count]) => count > (allowed.get(word) ?? 0)).map(([word, count]) => `${word} ×${count}`);
  expect(repeated, 'words the PDF has more often than the .docx with the running header and footer').toEqual([]);
  return body.length;
}

/** A word of a PDF page where poppler finds it, in points from the page's top left corner. */
interface PdfWord {
  text: string;
  yMin: number;
  yMax: number;
}

/** Every word of every page with its place (`pdftotext -bbox`). */
async function readPdfWords(pdf: string): Promise<{ height: number; words: PdfWord[] }[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', '-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const entity = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) => ({
      height: Number(/height="([\d.]+)"/.exec(page)![1]),
      words: [...page.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(([, yMin, yMax, text]) => ({
        text: entity(text),
        yMin: Number(yMin),
        yMax: Number(yMax),
      })),
    }));
}

const PT_PER_MM = 72 / 25.4;
/** The page body's top and bottom on A4, in points: 25 mm margins, as in Word. */
const BODY_TOP_PT = 25 * PT_PER_MM;
const BODY_BOTTOM_PT = 272 * PT_PER_MM;

/**
 * Nothing of the body is drawn below the page body: every word printed lower
 * than the body's bottom edge is one of the running footer's. Returns how
 * full each page's body is (its lowest word's bottom, as a share of the body).
 */
function expectNothingBelowTheBody(pdfPages: readonly { words: PdfWord[] }[], draft: Draft): number[] {
  return pdfPages.map(({ words }, i) => {
    const below = words.filter((word) => word.yMax > BODY_BOTTOM_PT + 1);
    const footer = countWords(runningWords(draft, i + 1, pdfPages.length));
    const strangers = [...countWords(below.map((word) => word.text))].filter(([word, count]) => count > (footer.get(word) ?? 0));
    expect(strangers, `words below the body of page ${i + 1} that are not the footer's`).toEqual([]);
    const inBody = words.filter((word) => word.yMin >= BODY_TOP_PT - 1 && word.yMax <= BODY_BOTTOM_PT + 1);
    return Math.max(0, ...inBody.map((word) => word.yMax - BODY_TOP_PT)) / (BODY_BOTTOM_PT - BODY_TOP_PT);
  });
}

/** How each sheet of the document page is laid out, in CSS pixels. */
interface SheetLayout {
  bodyTop: number;
  bodyHeight: number;
  contentTop: number;
  contentBottom: number;
  header: { top: number; bottom: number; lines: number } | null;
  footerTop: number;
  /** Its last piece is a heading (or its only pieces are headings). */
  endsWithHeading: boolean;
  /** Its first piece goes on from the sheet before (a part of a split piece). */
  continues: boolean;
  /** Dates and "tills vidare" in the footer that the line wraps inside. */
  brokenInFooter: string[];
}

async function sheetLayouts(target: DocumentTarget): Promise<SheetLayout[]> {
  await sheetCount(target);
  return app.page.evaluate(() => {
    const months = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
    const unbreakable = new RegExp(`\\d{1,2} (?:${months}) \\d{4}|tills vidare`, 'g');
    /** The pieces of text in `element` matching `unbreakable` whose characters are not all on one line. */
    const brokenIn = (element: Element): string[] => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const text = nodes.map((node) => node.data).join('');
      const place = (offset: number): [Text, number] => {
        for (const node of nodes) {
          if (offset <= node.data.length) return [node, offset];
          offset -= node.data.length;
        }
        return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
      };
      return [...text.matchAll(unbreakable)].flatMap((match) => {
        const range = document.createRange();
        range.setStart(...place(match.index));
        range.setEnd(...place(match.index + match[0].length));
        const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        return tops.size > 1 ? [match[0]] : [];
      });
    };
    return [...document.querySelectorAll('[data-sheet]')].map((sheet) => {
      const body = sheet.querySelector('[data-sheet-body]')!.getBoundingClientRect();
      const pieces = [...sheet.querySelectorAll<HTMLElement>('[data-sheet-body] [data-piece]')];
      const rects = pieces.map((piece) => piece.getBoundingClientRect());
      const header = sheet.querySelector('[data-sheet-header]');
      const headerRect = header?.getBoundingClientRect();
      const footer = sheet.querySelector('[data-sheet-footer]')!;
      return {
        bodyTop: body.top,
        bodyHeight: body.height,
        contentTop: Math.min(body.bottom, ...rects.map((rect) => rect.top)),
        contentBottom: Math.max(body.top, ...rects.map((rect) => rect.bottom)),
        header:
          header && headerRect
            ? { top: headerRect.top, bottom: headerRect.bottom, lines: Math.round(headerRect.height / parseFloat(getComputedStyle(header).lineHeight)) }
            : null,
        footerTop: footer.getBoundingClientRect().top,
        endsWithHeading: pieces.length > 0 && /^H[1-6]$/.test(pieces[pieces.length - 1].tagName),
        continues: pieces.length > 0 && (pieces[0].dataset.piece ?? '').includes('~'),
        brokenInFooter: brokenIn(footer),
      };
    });
  });
}

/** The body of A4 less the margins, 247 mm, in CSS pixels. */
const BODY_HEIGHT_PX = (247 * 96) / 25.4;

/**
 * The sheets as a person signing them sees them: no body taller than the
 * page's body, the running header on one line above the body and the footer
 * below it, no date broken in the footer, no heading left at the bottom of a
 * page, and a page that a piece goes on from filled to its last lines.
 */
function expectSignableSheets(sheets: readonly SheetLayout[]) {
  sheets.forEach((sheet, i) => {
    const at = `sheet ${i + 1} of ${sheets.length}`;
    expect(sheet.bodyHeight, `the body of ${at}`).toBeLessThanOrEqual(BODY_HEIGHT_PX + 0.5);
    expect(sheet.contentBottom, `the text of ${at} ends within its body`).toBeLessThanOrEqual(sheet.bodyTop + BODY_HEIGHT_PX + 0.5);
    if (sheet.header) {
      expect(sheet.header.lines, `the running header of ${at}`).toBe(1);
      expect(sheet.header.bottom, `the running header of ${at} above the text`).toBeLessThanOrEqual(sheet.contentTop);
    }
    expect(sheet.footerTop, `the footer of ${at} below the text`).toBeGreaterThanOrEqual(sheet.contentBottom);
    expect(sheet.brokenInFooter, `dates broken in the footer of ${at}`).toEqual([]);
    if (i + 1 < sheets.length) {
      expect(sheet.endsWithHeading, `${at} ends with a heading`).toBe(false);
      // A piece goes on to the next page only when this one is full: what is left is less than the two lines the next
      // piece needs, and the two a piece kept with it gives to the next page (as Word keeps with next), about five lines.
      if (sheets[i + 1].continues) expect(sheet.contentBottom - sheet.bodyTop, `the text of ${at}, which goes on over the page`).toBeGreaterThan(BODY_HEIGHT_PX - 110);
    }
  });
}

/**
 * Everything a long draft's PDF must be: every word once and in order, nothing
 * below the body, the first page filled when the document goes on, the sheets
 * signable; its pages rendered to test-results/e2e/print-<name>-page-N.png.
 */
async function expectWholePdf(draft: Draft, name: string): Promise<{ exported: Exported; fill: number[]; sheets: SheetLayout[] }> {
  const exported = await exportBoth(draft.id);
  // Rendered first, so that a page that fails what follows can be looked at.
  const pngs = await renderPages(exported.pdf, path.join(SCREENSHOT_DIR, `print-${name}-page`));
  expect(pngs).toHaveLength(exported.pages.length);
  expect(await expectEveryWordOnce(exported, draft)).toBeGreaterThan(100);
  const fill = expectNothingBelowTheBody(await readPdfWords(exported.pdf), draft);
  if (fill.length > 1) expect(fill[0], 'how full the first page is, the document going on').toBeGreaterThanOrEqual(0.7);
  const sheets = await sheetLayouts({ draftId: draft.id, withPromises: false });
  expect(sheets).toHaveLength(exported.pages.length);
  expectSignableSheets(sheets);
  return { exported, fill, sheets };
}

/** The draft with `n` activities spread over its groups, each one a little longer than the last. */
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
      await expectWholePdf(draft, example.id);
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
      const sheets = (await page.locator('[data-sheet]').allTextContents()).map(normalizeSpace);
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

describe('long text', () => {
  it('breaks a paragraph of 9,000 characters over pages at its lines, every word printed once, in order', async () => {
    const draft = await store(longParagraphDraft());
    const { exported, sheets } = await expectWholePdf(draft, 'long-paragraph');
    expect(exported.pages.length).toBeGreaterThanOrEqual(4);
    // The paragraph goes on from the first page to the next, and from that to the one after.
    expect(sheets.filter((sheet) => sheet.continues).length).toBeGreaterThanOrEqual(2);
    expect(exported.pages[0]).toContain('Bakgrund');
    expectSignaturesWhole(exported.pages, signaturesOf(draft));
    await expectPublishable(exported.pdf, draft, { draftId: draft.id, withPromises: false });
  });

  it('prints a background pasted from an email, its single line breaks kept, over pages, every word once', async () => {
    const draft = await store(pastedBackgroundDraft());
    const { exported, sheets } = await expectWholePdf(draft, 'pasted-background');
    expect(sheets.some((sheet) => sheet.continues)).toBe(true);
    // Each line of the email starts a line of the PDF (a long one may wrap, as it does on screen).
    const printed = (await readPdfPages(exported.pdf, { layout: true })).flatMap((page) => page.split('\n').map(normalizeSpace));
    const lines = draft.background.split('\n');
    expect(lines.length).toBeGreaterThan(60);
    const notStarting = lines.filter((line) => !printed.some((printedLine) => printedLine.startsWith(normalizeSpace(line).slice(0, 40))));
    expect(notStarting, 'lines of the email that do not start a printed line').toEqual([]);
    expectSignaturesWhole(exported.pages, signaturesOf(draft));
  });

  it('prints 60 activities of four parties, every word once, each signature pair whole', async () => {
    const draft = await store(withActivities(fourPartyAgreement(), 60));
    const { exported } = await expectWholePdf(draft, '60-activities-4-parties');
    expect(exported.pages.length).toBeGreaterThanOrEqual(4);
    expectSignaturesWhole(exported.pages, signaturesOf(draft));
  });

  it('breaks the löftesmening\'s box, a focus area\'s details kept together and a long activity between lines, every word once', async () => {
    const draft = await store(longPiecesDraft());
    const { exported, sheets } = await expectWholePdf(draft, 'long-pieces');
    expect(sheets.filter((sheet) => sheet.continues).length).toBeGreaterThanOrEqual(3);
    expectSignaturesWhole(exported.pages, signaturesOf(draft));
  });

  it('keeps the running header of eight parties on one line above the body, and each date of the footer whole', async () => {
    const draft = await store(withActivities(eightPartyAgreement(), 30));
    const { exported, sheets } = await expectWholePdf(draft, '8-parties');
    expect(sheets.filter((sheet) => sheet.header).length).toBe(sheets.length - 1);
    expect(runningBlocks(draft).footer.text).toContain('tills vidare');
    expectSignaturesWhole(exported.pages, signaturesOf(draft));
  });

  it('keeps the running header to one line and the footer below the body whatever their text', async () => {
    // The longest title there may be (300 characters) in the footer; the header given the names of twenty parties.
    const draft = await store({ ...eightPartyAgreement(), title: `Samverkansöverenskommelse ${'om trygghet och samverkan '.repeat(11)}`.slice(0, 300).trim() });
    await sheetCount({ draftId: draft.id, withPromises: false });
    await app.page.evaluate(() => {
      for (const header of document.querySelectorAll('[data-sheet-header]')) header.textContent = Array.from({ length: 20 }, (_, i) => `Kommun nummer ${i + 1}`).join(' · ');
    });
    const sheets = await app.page.evaluate(() =>
      [...document.querySelectorAll('[data-sheet]')].map((sheet) => {
        const body = sheet.querySelector('[data-sheet-body]')!.getBoundingClientRect();
        const header = sheet.querySelector('[data-sheet-header]');
        return {
          bodyTop: body.top,
          bodyBottom: body.top + (247 * 96) / 25.4,
          headerBottom: header?.getBoundingClientRect().bottom ?? null,
          headerLines: header ? Math.round(header.getBoundingClientRect().height / parseFloat(getComputedStyle(header).lineHeight)) : null,
          footerTop: sheet.querySelector('[data-sheet-footer]')!.getBoundingClientRect().top,
        };
      }),
    );
    expect(sheets.length).toBeGreaterThan(1);
    for (const sheet of sheets) {
      expect(sheet.footerTop).toBeGreaterThanOrEqual(sheet.bodyBottom);
      if (sheet.headerLines !== null) {
        expect(sheet.headerLines).toBe(1);
        expect(sheet.headerBottom).toBeLessThanOrEqual(sheet.bodyTop);
      }
    }
  });
});
