import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentWindows, type DocumentWindows } from '../../../electron/document-window';
import { documentHash, type DocumentTarget } from '../../../shared/documents/document-route';
import { PRINT_MESSAGE } from '../../../shared/i18n/print';
import { electronEvent, type StandInWindow } from '../../main/support/electron-stand-in';
import { until } from '../../main/support/main-process';
import { electronStandIn } from '../../support/electron-module';

/**
 * electron/document-window.ts from its source, on the recording stand-in for
 * `electron`: the document page is loaded once per kind of job and moved to
 * each next job's draft, each job waits for its own draft's ready state, a
 * kind's jobs go one at a time, and a window that is gone is replaced. The
 * stand-in runs no page: each test plays the document page's answers
 * ({@link playPage}), as renderer/document/document-page.tsx gives them.
 */
vi.mock('electron', async () => (await import('../../support/electron-module')).electronModule());

const PRELOAD = '/app/.vite/build/preload.cjs';
const A: DocumentTarget = { draftId: '4b0c6f4e-7a42-4c0e-9a31-2f7b1d8e9c10', withPromises: false };
const B: DocumentTarget = { draftId: '9d2e1f3a-0000-4000-8000-000000000002', withPromises: true };

let documents: DocumentWindows;
let windowsBefore: number;
let loadsBefore: number;
beforeEach(() => {
  documents = createDocumentWindows(PRELOAD);
  windowsBefore = electronStandIn().windows.length;
  loadsBefore = electronStandIn().callsTo('webContents.loadURL').length;
});
afterEach(() => documents.close());

/** The windows the printer made in this test. */
const made = () => electronStandIn().windows.slice(windowsBefore);
/** The pages the printer loaded in this test. */
const loads = () => electronStandIn().callsTo('webContents.loadURL').slice(loadsBefore).map((call) => call.args[0]);

/** The `n`th window the printer made in this test (from 1), once it is there. */
async function madeWindow(n: number): Promise<StandInWindow> {
  await until(() => made().length >= n, `print window ${n}`);
  return made()[n - 1];
}

/** Which draft a PDF was made from: the stand-in page prints its own hash. */
const printedHash = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * Plays the document page in a print window: the page reports no state
 * until the test says it is `ready()` (or `failed()`); a next job (the
 * printer's script that moves the hash and announces it) is recorded in
 * `jobs` and, as the real page does, clears the state at once, unless
 * `takesJobs` is false (a page that went wrong and keeps its old state).
 * Its PDF is the hash it shows, so a test sees which draft a PDF is of.
 */
function playPage(window: StandInWindow) {
  const contents = window.webContents;
  const page = {
    state: null as string | null,
    jobs: [] as string[],
    reads: 0,
    takesJobs: true,
    hash: () => new URL(contents.getURL()).hash,
    ready() {
      page.state = 'ready';
      contents.pdfAnswer = new TextEncoder().encode(page.hash());
    },
    failed() {
      page.state = 'failed';
    },
  };
  contents.answerScript = (code) => {
    if (code.includes('hashchange')) {
      const hash = /replaceState\([^,]+, '', ("[^"]*")\)/.exec(code)?.[1];
      if (!hash) throw new Error(`the next job's script names no hash: ${code}`);
      page.jobs.push(JSON.parse(hash) as string);
      if (!page.takesJobs) return false;
      // replaceState moves the frame's URL, which IPC checks.
      contents.mainFrame.url = new URL(JSON.parse(hash) as string, contents.getURL()).href;
      page.state = null;
      return true;
    }
    page.reads += 1;
    return page.state;
  };
  return page;
}

/** Starts a PDF of `target` in a new window (the `n`th of the test) and plays its page until it is ready. */
async function firstPdf(target: DocumentTarget, n = 1) {
  const pdf = documents.pdf(target);
  const window = await madeWindow(n);
  const page = playPage(window);
  await until(() => page.reads > 0, 'the printer to read the page\u2019s state');
  page.ready();
  expect(printedHash(await pdf)).toBe(documentHash(target));
  return { window, page };
}

describe('the print windows', () => {
  it('load the renderer once for two PDFs: the second moves the loaded page to its draft', async () => {
    const { window, page } = await firstPdf(A);
    expect(window.options).toMatchObject({ show: false });
    expect(window.webContents.getURL()).toBe(`app://samverka/index.html${documentHash(A)}`);

    const second = documents.pdf(B);
    await until(() => page.jobs.length === 1, 'the second job');
    page.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
    expect(page.jobs).toEqual([documentHash(B)]);
    expect(made()).toEqual([window]);
    expect(loads()).toEqual([`app://samverka/index.html${documentHash(A)}`]);
    expect(documents.open()).toEqual([window]);
  });

  it('wait for the second draft\u2019s ready state, not the first\u2019s', async () => {
    const { page } = await firstPdf(A);
    const pdfs = () => electronStandIn().callsTo('webContents.printToPDF').length;
    const pdfsBefore = pdfs();

    const second = documents.pdf(B);
    await until(() => page.jobs.length === 1, 'the second job');
    const readsAtMove = page.reads;
    // The printer reads the state again and again, and makes no PDF while the page lays out the second draft.
    await until(() => page.reads >= readsAtMove + 3, 'the printer to read the state three times');
    expect(pdfs()).toBe(pdfsBefore);
    page.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
  });

  it('never print from a page that kept the previous job\u2019s state: they load the page anew in a new window', async () => {
    const { window, page } = await firstPdf(A);
    page.takesJobs = false;

    const second = documents.pdf(B);
    const fresh = await madeWindow(2);
    expect(window.isDestroyed()).toBe(true);
    const freshPage = playPage(fresh);
    await until(() => freshPage.reads > 0, 'the new page to be read');
    freshPage.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
    expect(fresh.webContents.getURL()).toBe(`app://samverka/index.html${documentHash(B)}`);
    expect(documents.open()).toEqual([fresh]);
  });

  it('run a kind\u2019s jobs one at a time', async () => {
    const first = documents.pdf(A);
    const second = documents.pdf(B);
    const page = playPage(await madeWindow(1));
    await until(() => page.reads >= 3, 'the first job to read the state three times');
    // The second job has not touched the page while the first waits for it.
    expect(page.jobs).toEqual([]);
    page.ready();
    expect(printedHash(await first)).toBe(documentHash(A));
    await until(() => page.jobs.length === 1, 'the second job');
    page.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
    expect(made()).toHaveLength(1);
  });

  it('print in a window of their own, so a print dialog never holds up a PDF', async () => {
    const { window } = await firstPdf(A);
    const printed = documents.print(B, 2);
    const printWindow = await madeWindow(2);
    playPage(printWindow).ready();
    await expect(printed).resolves.toBe(false);
    expect(electronStandIn().callsTo('webContents.print').at(-1)?.args[0]).toMatchObject({ copies: 2, silent: false });
    expect(documents.open()).toEqual([window, printWindow]);
  });

  it('replace a window that was destroyed', async () => {
    const { window } = await firstPdf(A);
    window.destroy();
    expect(documents.open()).toEqual([]);

    const second = documents.pdf(B);
    const fresh = await madeWindow(2);
    const page = playPage(fresh);
    await until(() => page.reads > 0, 'the new page to be read');
    page.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
    expect(fresh.webContents.getURL()).toBe(`app://samverka/index.html${documentHash(B)}`);
  });

  it('end the job under way when the page crashes, and make a new window for the next', async () => {
    const first = documents.pdf(A);
    const window = await madeWindow(1);
    const page = playPage(window);
    await until(() => page.reads > 0, 'the printer to read the page\u2019s state');
    window.webContents.emit('render-process-gone', electronEvent({}), { reason: 'crashed', exitCode: 139 });
    await expect(first).rejects.toThrow(PRINT_MESSAGE.notLoaded);
    expect(window.isDestroyed()).toBe(true);

    const second = documents.pdf(B);
    const fresh = playPage(await madeWindow(2));
    await until(() => fresh.reads > 0, 'the new page to be read');
    fresh.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
  });

  it('keep the window when its page could not read the draft, and give it the next job', async () => {
    const first = documents.pdf(A);
    const window = await madeWindow(1);
    const page = playPage(window);
    await until(() => page.reads > 0, 'the printer to read the page\u2019s state');
    page.failed();
    await expect(first).rejects.toThrow(PRINT_MESSAGE.notLoaded);
    expect(window.isDestroyed()).toBe(false);

    const second = documents.pdf(B);
    await until(() => page.jobs.length === 1, 'the second job');
    page.ready();
    expect(printedHash(await second)).toBe(documentHash(B));
    expect(made()).toEqual([window]);
  });

  it('close their windows when asked, and a later job opens its window anew', async () => {
    const { window } = await firstPdf(A);
    documents.close();
    expect(window.isDestroyed()).toBe(true);
    expect(documents.open()).toEqual([]);
    const { window: fresh } = await firstPdf(B, 2);
    expect(loads()).toEqual([`app://samverka/index.html${documentHash(A)}`, `app://samverka/index.html${documentHash(B)}`]);
    expect(documents.open()).toEqual([fresh]);
  });
});
