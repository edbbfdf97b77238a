import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { CHANNEL_NAMES, HTTP_PREFIX } from '../../../shared/ipc/channels';
import { dispatch } from '../../../shared/ipc/dispatch';
import { LIMITS } from '../../../shared/draft/limits';
import { DraftStore } from '../../../electron/services/draft-store';
import { createHandlers } from '../../../electron/services/handlers';
import { RENDERER_HEADERS, resolveStaticFile } from '../../../electron/services/static-files';

/** Where `npm run build:renderer` puts the renderer (the same build Forge makes for the app). */
export const RENDERER_DIR = path.resolve(import.meta.dirname, '../../../dist/renderer');

/** The bundled examples, as the packaged app ships them. */
export const EXAMPLES_DIR = path.resolve(import.meta.dirname, '../../../resources/examples');

/**
 * The app's services on a data folder, with the dialogs replaced by a
 * folder: an export goes to `exportDir` under its suggested name, and
 * "Importera" opens the newest shared draft (`*.samverka.json`) there.
 * Opening the data folder is recorded in `openedFolders` instead.
 */
export async function openServices({ dataDir, exportDir }: { dataDir: string; exportDir: string }) {
  const store = await DraftStore.open(dataDir);
  const openedFolders: string[] = [];
  const handlers = createHandlers({
    store,
    chooseSavePath: async (name) => path.join(exportDir, name),
    chooseOpenPath: () => newestSharedDraft(exportDir),
    openPath: async (folder) => void openedFolders.push(folder),
    examplesDir: EXAMPLES_DIR,
    backupDir: `${dataDir}-sakerhetskopior`,
  });
  return { store, handlers, openedFolders };
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
}

export interface Host {
  url: string;
  close(): Promise<void>;
}

/**
 * The e2e host: serves the built renderer on 127.0.0.1 and answers every
 * contract channel over HTTP with the app's own services, so the real
 * renderer runs against real storage in a browser where Electron is missing.
 */
export async function startHost({ dataDir, exportDir, port = 0, rendererDir = RENDERER_DIR }: HostOptions): Promise<Host> {
  const { store, handlers } = await openServices({ dataDir, exportDir });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
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
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.flush();
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
