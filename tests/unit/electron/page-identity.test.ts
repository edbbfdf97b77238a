import { describe, expect, it } from 'vitest';
import {
  APP_PAGE_URL,
  DOCUMENT_WINDOW_CHANNELS,
  isOwnDocument,
  isOwnPage,
  mayCall,
  mayNavigate,
  mayRequest,
  pageIdentity,
  type IpcCaller,
} from '../../../electron/page-identity';
import { CHANNEL_NAMES } from '../../../shared/ipc/channels';
import { DEV_SERVER_DOCUMENT_URLS, DEV_SERVER_FOREIGN_URLS, FOREIGN_URLS, OWN_DOCUMENT_URLS } from '../../main/support/urls';

const app = pageIdentity();
const dev = pageIdentity('http://localhost:5173');

describe('what origin comparison got wrong', () => {
  it('Node gives every non-special scheme the origin "null", so origins cannot tell our page from a file', () => {
    expect(new URL(APP_PAGE_URL).origin).toBe('null');
    expect(new URL('file:///C:/Users/anna/Downloads/evil.html').origin).toBe('null');
    expect(new URL('data:text/html,x').origin).toBe('null');
    expect(isOwnPage('file:///C:/Users/anna/Downloads/evil.html', app)).toBe(false);
  });
});

describe('our page, in the packaged app', () => {
  it('is app://samverka/index.html, without a hash', () => {
    expect(app.page.href).toBe('app://samverka/index.html');
    expect(app.devServer).toBe(false);
  });

  it.each(OWN_DOCUMENT_URLS)('%s (%s) is our document, so a window may go there', (url) => {
    expect(isOwnPage(url, app)).toBe(true);
    expect(isOwnDocument(url, app)).toBe(true);
    expect(mayNavigate(url, app)).toBe(true);
  });

  it.each(FOREIGN_URLS)('%s (%s) is not our document', (url) => {
    expect(isOwnDocument(url, app)).toBe(false);
    expect(mayNavigate(url, app)).toBe(false);
  });

  it.each([
    ['app://samverka/other.html', true],
    ['app://samverka/', true],
    ['app://samverka/index.html?utkast=1', true],
    ['app://samverka/assets/index.js', true],
    ['app://other/index.html', false],
    ['app://samverka.evil/', false],
    ['app://samverka@evil/', false],
    ['app://evil@samverka/', false],
    ['app://samverka:443/', false],
    ['app://SAMVERKA/', false],
    ['https://samverka/', false],
    ['blob:app://samverka/x', false],
  ] as const)('isOwnPage(%s) is %s: scheme and host decide, the path does not', (url, own) => {
    expect(isOwnPage(url, app)).toBe(own);
  });

  it('refuses what is not a URL at all', () => {
    for (const notUrl of [undefined, null, '', 'index.html', '/index.html', '//samverka/index.html', 'app://samverka\\evil/']) expect(isOwnPage(notUrl, app)).toBe(false);
  });
});

describe('our page, under forge start', () => {
  it('is the dev server\u2019s exact scheme, host and port', () => {
    expect(dev.page.href).toBe('http://localhost:5173/');
    expect(dev.devServer).toBe(true);
  });

  it.each(DEV_SERVER_DOCUMENT_URLS)('%s is our document', (url) => {
    expect(mayNavigate(url, dev)).toBe(true);
  });

  it.each(DEV_SERVER_FOREIGN_URLS)('%s is not', (url) => {
    expect(mayNavigate(url, dev)).toBe(false);
  });
});

describe('requests', () => {
  const packaged = { devTools: false };

  it.each(['app://samverka/index.html', 'app://samverka/assets/index-4f3a.js', 'app://samverka/ordlistor/sv-SE-10-0.bdic', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://samverka/7d8f'])(
    'lets %s through: ours, or made in memory',
    (url) => {
      expect(mayRequest(url, app, packaged)).toBe(true);
    },
  );

  it.each([
    'https://redirector.gvt1.com/edgedl/chrome/dict/sv-se-10-0.bdic',
    'http://localhost:5173/src/main.tsx',
    'ws://localhost:5173/',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'app://other/x.js',
    'app://samverka@evil/x.js',
    'app://samverka:1/x.js',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('refuses %s in the packaged app', (url) => {
    expect(mayRequest(url, app, packaged)).toBe(false);
  });

  it('under forge start allows the dev server, its hot-reload socket and DevTools, and nothing else', () => {
    const options = { devTools: true };
    for (const url of ['http://localhost:5173/', 'http://localhost:5173/src/main.tsx', 'ws://localhost:5173/', 'devtools://devtools/bundled/inspector.html']) {
      expect(mayRequest(url, dev, options)).toBe(true);
    }
    for (const url of ['http://localhost:5174/', 'ws://localhost:5174/', 'ws://localhost:5173@evil/', 'wss://localhost:5173/', 'http://127.0.0.1:5173/', 'app://samverka/index.html']) {
      expect(mayRequest(url, dev, options)).toBe(false);
    }
  });
});

describe('who IPC answers', () => {
  const caller = (fields: Partial<IpcCaller>): IpcCaller => ({ role: 'main', frameUrl: 'app://samverka/index.html#/', topFrame: true, ...fields });

  it('answers the main window\u2019s top frame on our document, every channel', () => {
    for (const channel of CHANNEL_NAMES) expect(mayCall(caller({}), channel, app)).toBe(true);
  });

  it('answers a print window only the reads of its document page', () => {
    const printWindow = caller({ role: 'document', frameUrl: 'app://samverka/index.html#/dokument/x' });
    const answered = CHANNEL_NAMES.filter((channel) => mayCall(printWindow, channel, app));
    expect(answered.sort()).toEqual([...DOCUMENT_WINDOW_CHANNELS].sort());
    expect(answered).toEqual(['getDraft', 'listDrafts']);
  });

  it.each(FOREIGN_URLS)('answers no frame at %s (%s)', (url) => {
    expect(mayCall(caller({ frameUrl: url }), 'listDrafts', app)).toBe(false);
  });

  it('answers no iframe, no frame that is gone and no web contents that are not ours', () => {
    expect(mayCall(caller({ topFrame: false }), 'listDrafts', app)).toBe(false);
    expect(mayCall(caller({ frameUrl: null }), 'listDrafts', app)).toBe(false);
    expect(mayCall(caller({ role: null }), 'listDrafts', app)).toBe(false);
  });
});
