import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { RENDERER_HEADERS, resolveStaticFile } from './services/static-files';
import { APP_HOST, APP_SCHEME } from './page-identity';

export { APP_SCHEME };
/** The renderer is served from `app://samverka/`, never from file://. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Must run before the app is ready: makes `app:` a secure, standard scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the built renderer folder under the app scheme's one host,
 * refusing anything outside it (resolveStaticFile) and anything but reading.
 * The file is read here, in the main process, rather than fetched as a
 * `file:` URL through Electron's `net`: no request of any kind is made to
 * serve our own page, so the session's request filter (electron/offline.ts)
 * can refuse every `file:` URL without exception.
 */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
    const url = new URL(request.url);
    const file = url.host === APP_HOST && url.username === '' && url.password === '' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    let body: Buffer;
    try {
      body = await readFile(file.filePath);
    } catch {
      // Missing, a folder, or unreadable: all the same to the page.
      return new Response('Not found', { status: 404 });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { headers: { ...RENDERER_HEADERS, 'Content-Type': file.contentType } });
  });
}
