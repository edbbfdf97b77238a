import { BrowserWindow, type WebContents } from 'electron';
import { DOCUMENT_READY_ATTRIBUTE, documentHash, nextDocumentJobScript, type DocumentTarget } from '../shared/documents/document-route';
import { PRINT_MESSAGE } from '../shared/i18n/print';
import type { DocumentPrinter } from './services/service-deps';
import { lockDown, rendererUrl, secureDefaultSession, secureWebPreferences, setWindowRole } from './window';

/** How long a print window may take to read the draft and lay out its pages. */
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

/**
 * The kinds of job, each with a window of its own: a print job lasts as
 * long as the user keeps the system's print dialog open, and a PDF (an
 * export, an email's attachment) should not wait behind it.
 */
type JobKind = 'pdf' | 'print';

/** The printer of the app: the document page kept loaded in a hidden window per kind of job, plus the windows open now (IPC accepts them). */
export interface DocumentWindows extends DocumentPrinter {
  /** The print windows open at this moment: their page reads the draft it prints through IPC. */
  open(): readonly BrowserWindow[];
  /** Closes the print windows (the main window closed, the app quits); a job under way fails, a later one opens its window anew. */
  close(): void;
}

/**
 * Prints and makes PDFs from the renderer's own HTML: the document page
 * (`#/dokument/<id>`, the preview's sheets alone) in a hidden window,
 * locked down as the main window is (and answered by IPC only on the
 * channels that page reads). The first job of a kind loads the page; later
 * ones move the loaded page to their draft (see {@link nextDocumentJobScript}), so
 * the renderer is loaded once, not once per PDF. Each job waits until the
 * page says its draft is laid out, then prints or makes the PDF; jobs of a
 * kind go one at a time. A window whose page crashed, that was closed, or
 * that did not get ready is replaced at the next job. What the e2e host's
 * Chromium printer does (tests/e2e/host/server.ts), with Electron's calls.
 */
export function createDocumentWindows(preloadPath: string): DocumentWindows {
  const kept: Record<JobKind, KeptWindow> = { pdf: keptWindow(preloadPath), print: keptWindow(preloadPath) };
  const all = () => Object.values(kept);

  return {
    open: () => all().flatMap((window) => window.open()),
    close: () => all().forEach((window) => window.close()),
    pdf: (target) =>
      kept.pdf.run(target, async (contents) => {
        const bytes = await contents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          generateTaggedPDF: true,
          generateDocumentOutline: true,
          // The page's own @page rule (A4, no margins: the sheets carry theirs) decides; these only say the same.
          margins: { top: 0, bottom: 0, left: 0, right: 0 },
        });
        return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      }),
    print: (target, copies) =>
      kept.print.run(
        target,
        (contents) =>
          new Promise<boolean>((resolve, reject) => {
            contents.print({ silent: false, printBackground: true, copies, pageSize: 'A4', margins: { marginType: 'none' } }, (success, failureReason) => {
              if (success) resolve(true);
              // "Print job canceled": the user closed the dialog, which is no failure.
              else if (/cancel/i.test(failureReason)) resolve(false);
              else reject(new Error(failureReason));
            });
          }),
      ),
  };
}

interface KeptWindow {
  /** Runs a job on the document page showing `target`, after the jobs before it. */
  run<T>(target: DocumentTarget, job: (contents: WebContents) => Promise<T>): Promise<T>;
  open(): BrowserWindow[];
  close(): void;
}

/** A hidden window with the document page, and a promise that rejects once it is gone, so that a job under way ends then. */
interface DocumentWindow {
  window: BrowserWindow;
  gone: Promise<never>;
}

/** One kind's window: made at its first job, kept for the next, replaced when it is gone or not to be trusted. */
function keptWindow(preloadPath: string): KeptWindow {
  let current: DocumentWindow | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const make = (): DocumentWindow => {
    secureDefaultSession();
    const window = new BrowserWindow({ show: false, width: 900, height: 1200, title: 'Samverka', webPreferences: secureWebPreferences(preloadPath) });
    // IPC answers a print window only the reads its document page makes (electron/page-identity.ts).
    setWindowRole(window.webContents, 'document');
    lockDown(window.webContents);
    let fail!: (error: Error) => void;
    const gone = new Promise<never>((_, reject) => (fail = reject));
    // Nothing need be waiting when it goes.
    gone.catch(() => undefined);
    const made = { window, gone };
    window.on('closed', () => {
      if (current === made) current = null;
      fail(new Error(PRINT_MESSAGE.notLoaded));
    });
    // A crashed page's window stays open and blank; it goes, and the next job makes a new one.
    window.webContents.on('render-process-gone', () => discard(made));
    return made;
  };

  const discard = (made: DocumentWindow) => {
    if (current === made) current = null;
    if (!made.window.isDestroyed()) made.window.destroy();
  };

  /** Waits for `step` unless the window goes first. */
  const within = <T>(made: DocumentWindow, step: Promise<T>): Promise<T> => Promise.race([made.gone, step]);

  const perform = async <T>(target: DocumentTarget, job: (contents: WebContents) => Promise<T>): Promise<T> => {
    const kept = current;
    if (kept) {
      const took: unknown = await within(kept, kept.window.webContents.executeJavaScript(nextDocumentJobScript(target))).catch((error: unknown) => {
        discard(kept);
        throw error;
      });
      if (took === true) return finish(kept, job);
      // A page that did not take the job (its previous state still there) is not printed from: a new one is.
      discard(kept);
    }
    const made = (current = make());
    try {
      await within(made, made.window.loadURL(rendererUrl() + documentHash(target)));
    } catch (error) {
      discard(made);
      throw error;
    }
    return finish(made, job);
  };

  const finish = async <T>(made: DocumentWindow, job: (contents: WebContents) => Promise<T>): Promise<T> => {
    let state: ReadyState;
    try {
      state = await within(made, whenReady(made.window.webContents));
    } catch (error) {
      // Too slow, or gone: the page is not trusted with the next job.
      discard(made);
      throw error;
    }
    // The page could not read the draft (deleted meanwhile, say): it is fine for the next job.
    if (state === 'failed') throw new Error(PRINT_MESSAGE.notLoaded);
    try {
      return await within(made, job(made.window.webContents));
    } catch (error) {
      discard(made);
      throw error;
    }
  };

  return {
    run: (target, job) => {
      const result = queue.then(() => perform(target, job));
      queue = result.catch(() => undefined);
      return result;
    },
    open: () => (current && !current.window.isDestroyed() ? [current.window] : []),
    close: () => {
      if (current) discard(current);
    },
  };
}


type ReadyState = 'ready' | 'failed';

/** Resolves once the document page has laid out its draft or says it could not read it; rejects in Swedish when it took too long. */
async function whenReady(contents: WebContents): Promise<ReadyState> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const read = `document.documentElement.getAttribute(${JSON.stringify(DOCUMENT_READY_ATTRIBUTE)})`;
  for (;;) {
    const state: unknown = await contents.executeJavaScript(read);
    if (state === 'ready' || state === 'failed') return state;
    if (Date.now() > deadline) throw new Error(PRINT_MESSAGE.timeout(READY_TIMEOUT_MS / 1000));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
