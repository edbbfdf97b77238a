import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { DocumentPrinter } from '../../../../electron/services/service-deps';
import type { DocumentTarget } from '../../../../shared/documents/document-route';
import { pdfPublishing, publishPdf } from '../../../../electron/services/pdf-publish';
import { agreementDraft } from '../../../support/agreement';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { handmadeTaggedPdf, readXmp } from '../../../support/pdf-tools';

/**
 * "Exportera PDF" and "Skriv ut" through the contract, on a data folder on the
 * real disk, with a printer that stands in for Electron's hidden window: it
 * returns known bytes, answers the print dialog as told, or fails.
 */

/** What the printer makes: a tagged PDF (as Chromium's), which the service finishes for publishing (pdf-publish.ts). */
const PDF_BYTES = await handmadeTaggedPdf({ content: 'BT /F1 12 Tf 10 10 Td (Samverka test) Tj ET' });

interface FakePrinter extends DocumentPrinter {
  pdfs: DocumentTarget[];
  prints: { target: DocumentTarget; copies: number }[];
}

function fakePrinter({ fails = false, printAnswer = true, bytes = PDF_BYTES } = {}): FakePrinter {
  const pdfs: DocumentTarget[] = [];
  const prints: { target: DocumentTarget; copies: number }[] = [];
  return {
    pdfs,
    prints,
    pdf: async (target) => {
      pdfs.push(target);
      if (fails) throw new Error('Target page, context or browser has been closed');
      return bytes;
    },
    print: async (target, copies) => {
      prints.push({ target, copies });
      if (fails) throw new Error('Printer is offline');
      return printAnswer;
    },
  };
}

async function services(printer: FakePrinter, { cancel = false } = {}) {
  const dataDir = tempDir();
  const exportDir = tempDir();
  const store = await DraftStore.open(dataDir);
  const handlers = testHandlers(store, {
    documents: printer,
    chooseSavePath: async (name) => (cancel ? null : path.join(exportDir, name)),
    log: () => undefined,
  });
  const call = caller(handlers);
  const reasons = async (id: string) => (await call('listVersions', id)).map((version) => version.reason);
  return { store, exportDir, call, reasons };
}

describe('exportPdf', () => {
  it('writes the printer\'s PDF, finished for publishing, under the SKR name and keeps the version as "pdf"', async () => {
    const printer = fakePrinter();
    const { store, exportDir, call, reasons } = await services(printer);
    const { id } = await store.add(exampleDraft());

    const result = (await call('exportPdf', id, { withPromises: false }))!;

    expect(result.fileName).toBe('medborgarlofte-soderhamn-2020-2021.pdf');
    expect(result.path).toBe(path.join(exportDir, result.fileName));
    const written = new Uint8Array(readFileSync(result.path));
    expect(written).toEqual(await publishPdf(PDF_BYTES, pdfPublishing(await store.get(id))));
    expect(await readXmp(written)).toMatchObject({ pdfuaPart: '1' });
    // Written atomically: the file and nothing else, no temporary file left beside it.
    expect(readdirSync(exportDir)).toEqual([result.fileName]);
    expect(printer.pdfs).toEqual([{ draftId: id, withPromises: false }]);
    expect(await reasons(id)).toEqual(['pdf']);
  });

  it('prints an agreement with its löften only when it has some, and names the file for it', async () => {
    const printer = fakePrinter();
    const { store, call } = await services(printer);
    const { id } = await store.add(agreementDraft());

    const alone = (await call('exportPdf', id, { withPromises: true }))!;
    expect(alone.fileName).not.toMatch(/med-medborgarloften/);
    await store.createPromise(id);
    const withPromises = (await call('exportPdf', id, { withPromises: true }))!;

    expect(withPromises.fileName).toMatch(/-med-medborgarloften\.pdf$/);
    expect(printer.pdfs).toEqual([
      { draftId: id, withPromises: false },
      { draftId: id, withPromises: true },
    ]);
  });

  it('writes nothing and keeps no version when the user cancels the save dialog', async () => {
    const printer = fakePrinter();
    const { store, exportDir, call, reasons } = await services(printer, { cancel: true });
    const { id } = await store.add(exampleDraft());

    expect(await call('exportPdf', id, { withPromises: false })).toBeNull();
    expect(readdirSync(exportDir)).toEqual([]);
    expect(await reasons(id)).toEqual([]);
  });

  it('says in Swedish that the PDF could not be made, and leaves an earlier file as it was', async () => {
    const printer = fakePrinter({ fails: true });
    const { store, exportDir, call, reasons } = await services(printer);
    const { id } = await store.add(exampleDraft());
    const earlier = path.join(exportDir, 'medborgarlofte-soderhamn-2020-2021.pdf');
    writeFileSync(earlier, 'the earlier export');

    await expect(call('exportPdf', id, { withPromises: false })).rejects.toThrow(
      /^PDF-filen kunde inte göras: Target page, context or browser has been closed\. Ingen fil skrevs; försök igen\.$/,
    );
    expect(readdirSync(exportDir)).toEqual([path.basename(earlier)]);
    expect(readFileSync(earlier, 'utf8')).toBe('the earlier export');
    expect(await reasons(id)).toEqual([]);
  });

  it('says in Swedish that the PDF could not be finished for publishing, and writes nothing', async () => {
    const printer = fakePrinter({ bytes: new TextEncoder().encode('%PDF-1.7\n% not a PDF\n%%EOF\n') });
    const { store, exportDir, call, reasons } = await services(printer);
    const { id } = await store.add(exampleDraft());

    await expect(call('exportPdf', id, { withPromises: false })).rejects.toThrow(
      /^PDF-filen kunde inte göras: tillgänglighetsanpassningen av PDF-filen misslyckades\. Ingen fil skrevs; försök igen\.$/,
    );
    expect(readdirSync(exportDir)).toEqual([]);
    expect(await reasons(id)).toEqual([]);
  });
});

describe('printDocument', () => {
  it('asks the printer for the copies chosen and keeps the version as "utskriven"', async () => {
    const printer = fakePrinter();
    const { store, call, reasons } = await services(printer);
    const { id } = await store.add(exampleDraft());

    expect(await call('printDocument', id, { withPromises: false, copies: 3 })).toBe(true);
    expect(printer.prints).toEqual([{ target: { draftId: id, withPromises: false }, copies: 3 }]);
    expect(await reasons(id)).toEqual(['utskriven']);
  });

  it('keeps no version when the user cancels the print dialog', async () => {
    const printer = fakePrinter({ printAnswer: false });
    const { store, call, reasons } = await services(printer);
    const { id } = await store.add(exampleDraft());

    expect(await call('printDocument', id, { withPromises: false, copies: 2 })).toBe(false);
    expect(await reasons(id)).toEqual([]);
  });

  it('says in Swedish that printing failed and what to do instead', async () => {
    const { store, call, reasons } = await services(fakePrinter({ fails: true }));
    const { id } = await store.add(exampleDraft());

    await expect(call('printDocument', id, { withPromises: false, copies: 2 })).rejects.toThrow(
      /^Dokumentet kunde inte skrivas ut: Printer is offline\. Försök igen, eller exportera en PDF och skriv ut den\.$/,
    );
    expect(await reasons(id)).toEqual([]);
  });

  it('refuses copies outside 1–20 before the printer is asked', async () => {
    const printer = fakePrinter();
    const { store, call } = await services(printer);
    const { id } = await store.add(exampleDraft());

    await expect(call('printDocument', id, { withPromises: false, copies: 0 })).rejects.toThrow();
    await expect(call('printDocument', id, { withPromises: false, copies: 21 })).rejects.toThrow();
    expect(printer.prints).toEqual([]);
  });
});
