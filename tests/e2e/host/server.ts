import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHANNEL_NAMES, HTTP_PREFIX } from '../../../shared/ipc/channels';
import { dispatch } from '../../../shared/ipc/dispatch';
import { LIMITS } from '../../../shared/draft/limits';
import { DraftStore } from '../../../electron/services/draft-store';
import { createHandlers, createLibraryHandlers } from '../../../electron/services/handlers';
import type { DocumentPrinter, HandlerDeps } from '../../../electron/services/service-deps';
import { Library, type LibraryOptions } from '../../../electron/services/library';
import { RENDERER_HEADERS, resolveStaticFile } from '../../../electron/services/static-files';
import { DOCUMENT_READY_ATTRIBUTE, documentHash, nextDocumentJobScript, type DocumentTarget } from '../../../shared/documents/document-route';
import { PRINT_MESSAGE } from '../../../shared/i18n/print';
import { launchBrowser } from '../../support/browser';
import { refuseRequest } from './host-guard';
import type { Browser, Page } from 'playwright-core';

/** Where `npm run build:renderer` puts the renderer (the same build Forge makes for the app), or another build to compare. */
export const RENDERER_DIR = process.env.SAMVERKA_RENDERER_DIR ?? path.resolve(import.meta.dirname, '../../../dist/renderer');

/** The bundled examples, as the packaged app ships them. */
export const EXAMPLES_DIR = path.resolve(import.meta.dirname, '../../../resources/examples');

/**
 * What the host's services are given besides the library: the dialogs
 * replaced by `exportDir` (see {@link openServices}), the folders "opened"
 * recorded in `openedFolders`, and Chromium as the printer.
 */
function hostShell({ dataDir, exportDir, hostUrl }: { dataDir: string; exportDir: string; hostUrl?: () => string }) {
  const openedFolders: string[] = [];
  const printer = chromiumPrinter(hostUrl, exportDir);
  const deps: Omit<HandlerDeps, 'store' | 'access'> = {
    chooseSavePath: async (name) => freePath(exportDir, name),
    chooseOpenPath: () => newestSharedDraft(exportDir),
    openPath: async (folder) => void openedFolders.push(folder),
    revealPath: async (file) => void openedFolders.push(file),
    outboxDir: path.join(exportDir, 'e-post'),
    documents: printer,
    examplesDir: EXAMPLES_DIR,
    backupDir: `${dataDir}-sakerhetskopior`,
  };
  return { deps, openedFolders, printer };
}

/**
 * The app's services on a data folder, with the dialogs replaced by a
 * folder: an export goes to `exportDir` under its suggested name, and
 * "Importera" opens the newest shared draft (`*.samverka.json`) there.
 * Opening the data folder is recorded in `openedFolders` instead. Documents
 * are printed by Chromium from the page at `hostUrl` (see
 * {@link chromiumPrinter}); without a host there is nothing to print from.
 */
export async function openServices({ dataDir, exportDir, hostUrl }: { dataDir: string; exportDir: string; hostUrl?: () => string }) {
  const store = await DraftStore.open(dataDir);
  const { deps, openedFolders, printer } = hostShell({ dataDir, exportDir, hostUrl });
  const handlers = createHandlers({ store, ...deps });
  return { store, handlers, openedFolders, prints: printer.prints, documentLoads: printer.loads, closePrinter: printer.close };
}

/**
 * The app's services on a data folder opened as the app opens it
 * (electron/services/library.ts): holding the folder's lock, or read-only
 * while another app holds it or its disk refuses writes, with the same
 * dialog stand-ins as {@link openServices}. `close` gives the lock back.
 */
export async function openLibraryServices({ dataDir, exportDir, hostUrl, folderLock = {} }: { dataDir: string; exportDir: string; hostUrl?: () => string; folderLock?: LibraryOptions }) {
  const library = await Library.open(dataDir, folderLock);
  const { deps, openedFolders, printer } = hostShell({ dataDir, exportDir, hostUrl });
  const handlers = createLibraryHandlers(library, deps);
  return { library, handlers, openedFolders, prints: printer.prints, documentLoads: printer.loads, closePrinter: printer.close };
}

/** A print job the host was asked for: the print dialog it stands in for would have opened with `copies`. */
export interface PrintRequest {
  target: DocumentTarget;
  copies: number;
  /** Where the PDF of what would have been printed was written: `<exportDir>/utskrift-<n>.pdf`. */
  file: string;
}

/**
 * The host's DocumentPrinter, what Electron's hidden print window does
 * (electron/document-window.ts) in Chromium: one page of the host's own
 * renderer, kept for every job. The first job loads the document page;
 * each later one moves it to its draft in one turn of the page (the hash
 * replaced and a `hashchange` announced, which the page answers by clearing
 * its ready state and reading the draft afresh), so the renderer is loaded
 * once. A job waits until the page says its draft is laid out and makes the
 * PDF with Chromium's print-to-PDF (tagged, with an outline); jobs go one at
 * a time, and a page that crashed, was closed or did not get ready is
 * replaced at the next job. A print job cannot reach a printer here: it is
 * recorded in `prints`, its PDF written to `exportDir` as `utskrift-<n>.pdf`,
 * and answered as printed. The browser is started at the first job and
 * reused; `close` ends it.
 */
function chromiumPrinter(
  hostUrl: (() => string) | undefined,
  exportDir: string,
): DocumentPrinter & { prints: PrintRequest[]; loads: () => number; close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  let kept: Page | null = null;
  let loads = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const prints: PrintRequest[] = [];

  const discard = async (page: Page) => {
    if (kept === page) kept = null;
    await page.close();
  };

  /** A new page at the document page of `target`. */
  const load = async (target: DocumentTarget): Promise<Page> => {
    if (!hostUrl) throw new Error('no e2e host is listening, so there is no page to print from');
    browser ??= launchBrowser();
    const page = (kept = await (await browser).newPage());
    const forget = () => void (kept === page && (kept = null));
    page.on('crash', forget);
    page.on('close', forget);
    loads += 1;
    try {
      await page.goto(new URL(documentHash(target), hostUrl()).href);
    } catch (error) {
      await discard(page);
      throw error;
    }
    return page;
  };

  /** The kept page moved to `target`, or null when it did not take the job (its previous state still there). */
  const moveTo = async (page: Page, target: DocumentTarget): Promise<Page | null> => {
    const took = await page
      .evaluate(nextDocumentJobScript(target))
      .catch(async (error: unknown) => {
        await discard(page);
        throw error;
      });
    if (took) return page;
    await discard(page);
    return null;
  };

  const makePdf = async (target: DocumentTarget): Promise<Uint8Array> => {
    const page = (kept && (await moveTo(kept, target))) ?? (await load(target));
    const state = await page
      .waitForFunction((name) => document.documentElement.getAttribute(name), DOCUMENT_READY_ATTRIBUTE, { timeout: READY_TIMEOUT_MS })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    // A page that could not read the draft is fine for the next job; one that did not answer is not.
    if (state === 'failed') throw new Error(PRINT_MESSAGE.notLoaded);
    try {
      if (state !== 'ready') throw new Error(PRINT_MESSAGE.timeout(READY_TIMEOUT_MS / 1000));
      return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true }));
    } catch (error) {
      await discard(page);
      throw error;
    }
  };

  const pdf = (target: DocumentTarget): Promise<Uint8Array> => {
    const result = queue.then(() => makePdf(target));
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    prints,
    loads: () => loads,
    pdf,
    print: async (target, copies) => {
      const bytes = await pdf(target);
      await mkdir(exportDir, { recursive: true });
      const file = path.join(exportDir, `utskrift-${prints.length + 1}.pdf`);
      await writeFile(file, bytes);
      prints.push({ target, copies, file });
      return true;
    },
    close: async () => {
      const started = browser;
      browser = null;
      kept = null;
      if (started) await (await started).close();
    },
  };
}

/** How long the document page may take to read the draft and lay out its pages, as in the app. */
const READY_TIMEOUT_MS = 30_000;

/**
 * Where the save dialog's stand-in puts a file: the suggested name, or with
 * "-2", "-3" … before the extension when that name is taken, since a save
 * dialog never replaces a file without asking and this one cannot ask.
 */
async function freePath(folder: string, name: string): Promise<string> {
  const dot = name.endsWith('.samverka.json') ? name.length - '.samverka.json'.length : name.lastIndexOf('.');
  const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, n === 1 ? name : `${base}-${n}${extension}`);
    try {
      await stat(candidate);
    } catch {
      return candidate;
    }
  }
}

/** The most recently written `*.samverka.json` in a folder, or null. */
async function newestSharedDraft(folder: string): Promise<string | null> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.samverka.json'));
  const dated = await Promise.all(names.map(async (name) => ({ file: path.join(folder, name), time: (await stat(path.join(folder, name))).mtimeMs })));
  return dated.sort((a, b) => b.time - a.time)[0]?.file ?? null;
}

const BRIDGE_PATH = '/__samverka/bridge.js';

/**
 * The bridge the page gets instead of Electron's preload: the same named
 * async functions on `window.samverka`, carried over HTTP to this host.
 */
const BRIDGE_SCRIPT = `(() => {
  const call = (name) => (...args) =>
    fetch(${JSON.stringify(HTTP_PREFIX)} + name, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    }).then((response) => response.json());
  window.samverka = Object.freeze({ ${CHANNEL_NAMES.map((n) => `${n}: call(${JSON.stringify(n)})`).join(', ')} });
})();
`;

export interface HostOptions {
  /** The data folder: drafts are stored here exactly as the app stores them. */
  dataDir: string;
  /** Replaces the save dialog: an export goes to this folder under its suggested name. */
  exportDir: string;
  port?: number;
  rendererDir?: string;
  /**
   * Opens the data folder as the app does, with its lock (and these options:
   * shorter times in tests), so two hosts on one folder behave as two
   * computers do; without it the folder is opened by the store alone.
   */
  folderLock?: LibraryOptions;
}

export interface Host {
  url: string;
  /** The print jobs asked for so far, in order (see `PrintRequest`). */
  prints: readonly PrintRequest[];
  /** How many times the printer has loaded the document page: once, and again only after a page went wrong. */
  documentLoads(): number;
  close(): Promise<void>;
}

/**
 * The e2e host: serves the built renderer on 127.0.0.1 and answers every
 * contract channel over HTTP with the app's own services, so the real
 * renderer runs against real storage in a browser where Electron is missing.
 */
export async function startHost({ dataDir, exportDir, port = 0, rendererDir = RENDERER_DIR, folderLock }: HostOptions): Promise<Host> {
  // The printer opens pages of this host, whose address is known once it listens.
  let url = '';
  const { store, handlers, prints, documentLoads, closePrinter } = folderLock
    ? await openLibraryServices({ dataDir, exportDir, hostUrl: () => url, folderLock }).then((opened) => ({ ...opened, store: opened.library }))
    : await openServices({ dataDir, exportDir, hostUrl: () => url });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS rebinding, other sites' pages and forms: only this server's own page is answered (host-guard.ts).
    const refused = refuseRequest(request, (server.address() as AddressInfo).port);
    if (refused) return void response.writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(refused.reason);
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(HTTP_PREFIX)) {
      if (request.method !== 'POST' || !sameOrigin(request)) return void response.writeHead(403).end();
      const body = await readBody(request, LIMITS.fileBytes * 2);
      let args: unknown;
      try {
        args = body === null ? undefined : JSON.parse(body);
      } catch {
        args = undefined;
      }
      const reply = await dispatch(handlers, url.pathname.slice(HTTP_PREFIX.length), args, (e) => console.error(e));
      response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
      return void response.end(JSON.stringify(reply));
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return void response.writeHead(405).end();
    if (url.pathname === BRIDGE_PATH) {
      response.writeHead(200, { ...RENDERER_HEADERS, 'Content-Type': 'text/javascript; charset=utf-8' });
      return void response.end(BRIDGE_SCRIPT);
    }
    const file = resolveStaticFile(rendererDir, url.pathname);
    if (!file) return void response.writeHead(404).end();
    let content: Buffer | string;
    try {
      content = await readFile(file.filePath);
    } catch {
      return void response.writeHead(404).end();
    }
    if (file.filePath.endsWith('index.html')) {
      content = content.toString('utf8').replace('<script type="module"', `<script src=".${BRIDGE_PATH}"></script>\n    <script type="module"`);
    }
    response.writeHead(200, { ...RENDERER_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    response.end(content);
  }

  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actualPort } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${actualPort}/`;
  return {
    url,
    prints,
    documentLoads,
    close: async () => {
      await closePrinter();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // The store writes what is pending; a library also gives its lock back.
      await ('close' in store ? store.close() : store.flush());
    },
  };
}

/** Calls must come from the page this host serves, not from another site open in the browser. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === `http://${request.headers.host}`;
}

function readBody(request: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.destroy();
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
