import { BrowserWindow, type WebContents } from 'electron';
import { DOCUMENT_READY_ATTRIBUTE, documentHash, type DocumentTarget } from '../shared/documents/document-route';
import { PRINT_MESSAGE } from '../shared/i18n/print';
import type { DocumentPrinter } from './services/service-deps';
import { lockDown, rendererUrl, secureDefaultSession, secureWebPreferences, setWindowRole } from './window';

/** How long a print window may take to read the draft and lay out its pages. */
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

/** The printer of the app: the document page in a hidden window of its own per job, plus the windows open now (IPC accepts them). */
export interface DocumentWindows extends DocumentPrinter {
  /** The print windows open at this moment: their page reads the draft it prints through IPC. */
  open(): readonly BrowserWindow[];
}

/**
 * Prints and makes PDFs from the renderer's own HTML: each job loads the
 * document page (`#/dokument/<id>`, the preview's sheets alone) in a hidden
 * window, locked down as the main window is (and answered by IPC only on
 * the channels that page reads), waits until the page says its
 * pages are laid out, prints or makes the PDF, and closes the window. What
 * the e2e host's Chromium printer does (tests/e2e/host/server.ts), with
 * Electron's calls.
 */
export function createDocumentWindows(preloadPath: string): DocumentWindows {
  const windows = new Set<BrowserWindow>();

  async function withDocument<T>(target: DocumentTarget, job: (contents: WebContents) => Promise<T>): Promise<T> {
    secureDefaultSession();
    const window = new BrowserWindow({ show: false, width: 900, height: 1200, title: 'Samverka', webPreferences: secureWebPreferences(preloadPath) });
    windows.add(window);
    // IPC answers a print window only the reads its document page makes (electron/page-identity.ts).
    setWindowRole(window.webContents, 'document');
    lockDown(window.webContents);
    try {
      await window.loadURL(rendererUrl() + documentHash(target));
      await whenReady(window.webContents);
      return await job(window.webContents);
    } finally {
      windows.delete(window);
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    open: () => [...windows],
    pdf: (target) =>
      withDocument(target, async (contents) => {
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
      withDocument(
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

/** Resolves once the document page has laid out its pages; rejects in Swedish when it could not read the draft or took too long. */
async function whenReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const read = `document.documentElement.getAttribute(${JSON.stringify(DOCUMENT_READY_ATTRIBUTE)})`;
  for (;;) {
    const state: unknown = await contents.executeJavaScript(read);
    if (state === 'ready') return;
    if (state === 'failed') throw new Error(PRINT_MESSAGE.notLoaded);
    if (Date.now() > deadline) throw new Error(PRINT_MESSAGE.timeout(READY_TIMEOUT_MS / 1000));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
