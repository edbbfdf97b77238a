import type { ChannelName } from '../shared/ipc/channels';

/**
 * Which page is ours, decided in one place for navigation, IPC and the
 * session's request filter (electron/window.ts, electron/ipc.ts,
 * electron/offline.ts).
 *
 * The decision is made on the parsed URL's scheme, host and port, never on
 * `URL.origin`: the WHATWG parser gives the origin of `app:`, `file:`,
 * `data:` and every other non-special scheme as the string `"null"`, so two
 * such origins always compare equal and `file:///…/evil.html` would pass for
 * `app://samverka/`. Nor on string prefixes: `app://samverka.evil/` and
 * `app://samverka@evil/` start with our origin and are someone else's.
 *
 * Nothing here imports Electron, so it is tested in Node with real URLs
 * (tests/unit/electron/page-identity.test.ts).
 */

/** The renderer's custom scheme (registered as standard and secure in electron/protocol.ts). */
export const APP_SCHEME = 'app';
/** The one host of the app scheme; any other is not ours. */
export const APP_HOST = 'samverka';
/** The app's page in the packaged app: one document, whose routes are hashes (renderer/routing.ts). */
export const APP_PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * Our page: its URL without a hash. `app://samverka/index.html`, or under
 * `forge start` the dev server's page (`http://localhost:5173/`), whose
 * exact scheme, host and port then count as ours and nothing else does.
 */
export interface PageIdentity {
  /** The page's URL as parsed, without a hash. */
  readonly page: URL;
  /** Whether the page is Vite's dev server (`forge start`): its hot-reload socket is ours too. */
  readonly devServer: boolean;
}

/** Our page: the app scheme's, or the dev server's when Forge gives one. */
export function pageIdentity(devServerUrl?: string): PageIdentity {
  const page = new URL(devServerUrl || APP_PAGE_URL);
  page.hash = '';
  return { page, devServer: Boolean(devServerUrl) };
}

/** Parses a URL, or null for anything that is not one (a relative path, garbage, undefined). */
function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` is on our page's scheme, host and port, with no user name
 * or password in it. `app://samverka/anything` is ours; `app://other/`,
 * `app://samverka.evil/`, `app://samverka@evil/`, `app://evil@samverka/`,
 * `app://samverka:443/`, `file:`, `data:`, `blob:`, `javascript:`,
 * `about:blank` and the dev server on another port are not.
 */
export function isOwnPage(url: string | undefined | null, identity: PageIdentity): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  // Credentials are never part of our page; `host` includes the port, so a port our page lacks fails too.
  return parsed.protocol === identity.page.protocol && parsed.host === identity.page.host && parsed.username === '' && parsed.password === '';
}

/**
 * True when `url` is our page itself, in any of its routes: the same path
 * and query as our page, any hash. A navigation to it is a hash change (or
 * a reload) of our page; anything else leaves the app's one document.
 */
export function isOwnDocument(url: string | undefined | null, identity: PageIdentity): boolean {
  const parsed = parse(url);
  if (!parsed || !isOwnPage(url, identity)) return false;
  return parsed.pathname === identity.page.pathname && parsed.search === identity.page.search;
}

/**
 * Whether the window may go to `url`: only our own document under another
 * hash (or reloaded). Electron asks for links the page follows, forms, a
 * script setting `location`, and a file dropped on the window (`file:`);
 * all of those leave the app and are refused.
 */
export const mayNavigate = isOwnDocument;

/**
 * Whether the session lets a request go out: to the app scheme's host, and
 * under `forge start` to the dev server (pages, modules and the hot-reload
 * socket on its exact host and port). `data:` and `blob:` URLs are made in
 * memory by the page itself (the parties' logos are `data:` images) and
 * never leave the machine, so they pass; DevTools' own `devtools:` pages
 * pass when DevTools may be opened at all. Everything else is refused:
 * `file:`, `http(s):`, `ws(s):`, `ftp:` and any other scheme.
 */
export function mayRequest(url: string, identity: PageIdentity, options: { devTools: boolean }): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true;
  if (parsed.protocol === 'devtools:') return options.devTools;
  if (isOwnPage(url, identity)) return true;
  if (identity.devServer && parsed.protocol === 'ws:' && identity.page.protocol === 'http:') {
    return parsed.host === identity.page.host && parsed.username === '' && parsed.password === '';
  }
  return false;
}

/** What a window of ours is for: the app's main window, or a hidden print window (electron/document-window.ts). */
export type WindowRole = 'main' | 'document';

/**
 * The channels a print window's page uses: the document page
 * (renderer/document/load-document.ts) reads its draft and the library's
 * list (for an agreement's linked löften, which it may also read in full).
 * Nothing that writes, exports or opens a dialog.
 */
export const DOCUMENT_WINDOW_CHANNELS: readonly ChannelName[] = ['getDraft', 'listDrafts'];

/** Where an IPC call comes from, as Electron reports it (electron/ipc.ts fills it in). */
export interface IpcCaller {
  /** The role of the window whose web contents sent it, or null when it is none of ours. */
  role: WindowRole | null;
  /** The URL of the frame that sent it; null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
  /** Whether the frame is the window's top frame (not an iframe inside it). */
  topFrame: boolean;
}

/**
 * Whether IPC answers a call: it must come from the top frame of one of our
 * windows showing our own document. The main window may call every channel;
 * a print window only what its document page reads.
 */
export function mayCall(caller: IpcCaller, channel: string, identity: PageIdentity): boolean {
  if (!caller.role || !caller.topFrame || !isOwnDocument(caller.frameUrl, identity)) return false;
  if (caller.role === 'main') return true;
  return (DOCUMENT_WINDOW_CHANNELS as readonly string[]).includes(channel);
}
