/**
 * URLs a window of the app may be asked to go to, open or answer IPC from,
 * each with why it is there. The unit tests of electron/page-identity.ts
 * and the main-process tier use the same tables.
 */

/** Our own document under its routes: the only places a window may go. */
export const OWN_DOCUMENT_URLS: readonly [string, string][] = [
  ['app://samverka/index.html', 'the page itself (a reload)'],
  ['app://samverka/index.html#/', 'the start page'],
  ['app://samverka/index.html#/utkast/4b0c6f4e-7a42-4c0e-9a31-2f7b1d8e9c10', 'a draft'],
  ['app://samverka/index.html#/dokument/4b0c6f4e-7a42-4c0e-9a31-2f7b1d8e9c10', 'a print window\u2019s document page'],
  ['APP://samverka/index.html#/datamapp', 'the scheme in capitals (URLs lower-case it)'],
];

/** Not our page, or not our document: refused for navigation, new windows and IPC. */
export const FOREIGN_URLS: readonly [string, string][] = [
  ['file:///home/anna/H%C3%A4mtningar/utkast.html', 'an .html file dropped on the window (Linux)'],
  ['file:///C:/Users/anna/Downloads/evil.html', 'an .html file dropped on the window (Windows)'],
  ['file://server/share/evil.html', 'a file on a network share'],
  ['data:text/html,<script>alert(1)</script>', 'a data: page'],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'a base64 data: page'],
  ['javascript:alert(document.domain)', 'a javascript: URL'],
  ['app://other/index.html', 'the app scheme, another host'],
  ['app://samverka.evil/index.html', 'our host as a prefix of another'],
  ['app://samverka@evil/index.html', 'our host as a user name before another host'],
  ['app://evil@samverka/index.html', 'a user name before our host'],
  ['app://evil:pass@samverka/index.html', 'credentials before our host'],
  ['app://samverka:443/index.html', 'our host on a port'],
  ['app://%73amverka/index.html', 'our host percent-encoded'],
  ['app://samverka%2eevil/index.html', 'an encoded dot in the host'],
  ['app://samverka./index.html', 'our host with a trailing dot'],
  ['app:samverka/index.html', 'the app scheme without an authority'],
  ['app:///index.html', 'the app scheme with an empty host'],
  ['app://samverka/other.html', 'another file of ours: not the app\u2019s document'],
  ['app://samverka/index.html?utkast=1', 'our document with a query'],
  ['app://samverka/', 'our host\u2019s root, not the document'],
  ['ms-msdt:/id PCWDiagnostic /skip force /param "IT_RebrowseForFile=?"', 'Follina: a Windows protocol handler'],
  ['search-ms:query=samverka&crumb=location:\\\\evil\\share', 'a Windows search on a remote share'],
  ['http://localhost:5173/', 'a dev server, in the packaged app'],
  ['http://localhost:5174/', 'a local server on another port'],
  ['https://polisen.se/', 'a web site'],
  ['https://samverka/index.html', 'our host on https'],
  ['blob:app://samverka/7d8f1c2a-0000-4000-8000-000000000000', 'a blob: made by our page'],
  ['about:blank', 'a blank page'],
  ['about:srcdoc', 'an iframe\u2019s srcdoc'],
  ['chrome://settings', 'a Chromium page'],
  ['devtools://devtools/bundled/inspector.html', 'DevTools\u2019 own page'],
  ['not a url', 'no URL at all'],
  ['', 'an empty string'],
];

/** The dev server in the `forge start` build, and addresses that look like it. */
export const DEV_SERVER_DOCUMENT_URLS: readonly string[] = ['http://localhost:5173/', 'http://localhost:5173/#/utkast/x', 'http://LOCALHOST:5173/#/'];
export const DEV_SERVER_FOREIGN_URLS: readonly string[] = [
  'http://localhost:5174/',
  'http://127.0.0.1:5173/',
  'https://localhost:5173/',
  'http://localhost:5173@evil.example/',
  'http://localhost:5173.evil.example/',
  'http://evil.example/#http://localhost:5173/',
  'http://localhost/',
  'http://localhost:5173/other.html',
  'app://samverka/index.html',
];
