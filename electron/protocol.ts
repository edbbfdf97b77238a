import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { RENDERER_HEADERS, resolveStaticFile } from './services/static-files';

/** The renderer is served from `app://samverka/`, never from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://samverka`;

/** Must run before the app is ready: makes `app:` a secure, standard scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer folder under the app scheme, refusing anything outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'samverka' ? resolveStaticFile(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file.filePath).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, { headers: { ...RENDERER_HEADERS, 'Content-Type': file.contentType } });
  });
}
