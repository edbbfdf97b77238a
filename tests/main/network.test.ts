import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OnBeforeRequestListenerDetails } from 'electron';
import { startMain, stopAll, until, type MainProcess } from './support/main-process';

/**
 * Nothing leaves the machine: the session's request filter lets through the
 * app scheme's own host (and the dev server under `forge start`) and
 * cancels, and logs, everything else; nothing the app itself loads, fetches
 * or opens is anything else; and every permission is refused (Electron's
 * security checklist, items 1 and 5).
 */
const started: MainProcess[] = [];
afterAll(() => stopAll(started));
afterEach(() => vi.restoreAllMocks());

async function start(options?: Parameters<typeof startMain>[0]) {
  const main = await startMain(options);
  started.push(main);
  return main;
}

/** console.warn, watched from now on: what the app logged. */
function watchWarnings() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return () => warn.mock.calls.map((args) => args.map(String).join(' '));
}

/** One main process for a describe block. */
function sharedMain(options?: Parameters<typeof startMain>[0]) {
  let main: MainProcess;
  beforeAll(async () => {
    main = await start(options);
  });
  return () => main;
}

type ResourceType = OnBeforeRequestListenerDetails['resourceType'];

describe('the request filter', () => {
  const app = sharedMain();
  let warnings: () => string[];
  beforeEach(() => {
    warnings = watchWarnings();
  });

  it.each<[string, ResourceType]>([
    ['app://samverka/index.html', 'mainFrame'],
    ['app://samverka/index.html#/utkast/x', 'mainFrame'],
    ['app://samverka/assets/index-4f3a.js', 'script'],
    ['app://samverka/assets/index-4f3a.css', 'stylesheet'],
    ['app://samverka/assets/inter.woff2', 'font'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image'],
    ['blob:app://samverka/7d8f1c2a-0000-4000-8000-000000000000', 'xhr'],
  ])('lets the app\u2019s own %s (%s) through', async (url, type) => {
    await expect(app().electron.session.defaultSession.fireRequest(url, type)).resolves.toEqual({});
    expect(warnings()).toEqual([]);
  });

  it.each<[string, ResourceType]>([
    ['https://redirector.gvt1.com/edgedl/chrome/dict/sv-se-10-0.bdic', 'other'],
    ['https://fonts.googleapis.com/css2?family=Inter', 'stylesheet'],
    ['https://polisen.se/', 'mainFrame'],
    ['http://localhost:5173/src/main.tsx', 'script'],
    ['ws://localhost:5173/', 'webSocket'],
    ['wss://example.org/socket', 'webSocket'],
    ['file:///etc/passwd', 'xhr'],
    ['file:///C:/Users/anna/Downloads/evil.html', 'mainFrame'],
    ['ftp://example.org/file', 'other'],
    ['app://other/index.html', 'mainFrame'],
    ['app://samverka.evil/x.js', 'script'],
    ['app://samverka@evil/x.js', 'script'],
    ['devtools://devtools/bundled/inspector.html', 'mainFrame'],
    ['chrome-extension://abcdefghijklmnop/x.js', 'script'],
  ])('cancels %s (%s) and logs it', async (url, type) => {
    await expect(app().electron.session.defaultSession.fireRequest(url, type)).resolves.toEqual({ cancel: true });
    expect(warnings().some((line) => /refused/.test(line))).toBe(true);
    // The log names where, never the path or query.
    expect(warnings().join('\n')).not.toMatch(/passwd|evil\.html|main\.tsx|family=Inter|inspector/);
  });

  it('under forge start lets the dev server\u2019s page, modules and hot-reload socket through, and nothing else', async () => {
    watchWarnings();
    const main = await start({ dev: true });
    const fire = (url: string, type: ResourceType) => main.electron.session.defaultSession.fireRequest(url, type);
    await expect(fire('http://localhost:5173/', 'mainFrame')).resolves.toEqual({});
    await expect(fire('http://localhost:5173/src/main.tsx', 'script')).resolves.toEqual({});
    await expect(fire('ws://localhost:5173/', 'webSocket')).resolves.toEqual({});
    // DevTools may be opened under forge start, so their own pages load.
    await expect(fire('devtools://devtools/bundled/inspector.html', 'mainFrame')).resolves.toEqual({});
    await expect(fire('http://localhost:5174/', 'mainFrame')).resolves.toEqual({ cancel: true });
    await expect(fire('ws://localhost:5174/', 'webSocket')).resolves.toEqual({ cancel: true });
    await expect(fire('http://127.0.0.1:5173/', 'mainFrame')).resolves.toEqual({ cancel: true });
    await expect(fire('https://registry.npmjs.org/', 'xhr')).resolves.toEqual({ cancel: true });
  });
});

describe('no request leaves the app', () => {
  it('loads, fetches and opens nothing but the app scheme, from start-up through a print job', async () => {
    const warnings = watchWarnings();
    const main = await start();
    const { electron } = main;
    const draftId = ((await main.call('createDraft', {}, 'medborgarlofte')) as { value: { id: string } }).value.id;
    const printed = main.call('printDocument', {}, draftId, { withPromises: false, copies: 1 });
    await until(() => electron.windows.length === 2, 'the print window');
    electron.windows[1].webContents.answerScript = () => 'ready';
    await printed;

    const asked = [
      ...electron.callsTo('webContents.loadURL'),
      ...electron.callsTo('net.fetch'),
      ...electron.callsTo('shell.openExternal'),
      ...electron.callsTo('session.setSpellCheckerDictionaryDownloadURL'),
    ].map((call) => String(call.args[0]));
    expect(asked.length).toBeGreaterThan(0);
    for (const url of asked) expect(url).toMatch(/^app:\/\/samverka\//);
    // Each of those would pass the app's own filter, and nothing was refused meanwhile.
    for (const url of asked) await expect(electron.session.defaultSession.fireRequest(url)).resolves.toEqual({});
    expect(warnings().filter((line) => /refused/.test(line))).toEqual([]);
  });
});

describe('permissions', () => {
  const app = sharedMain();
  const PERMISSIONS = ['media', 'geolocation', 'notifications', 'midi', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'storage-access'];

  it.each(PERMISSIONS)('refuses a request for %s', async (permission) => {
    const main = app();
    const handler = main.electron.session.defaultSession.permissionRequestHandler;
    expect(handler).not.toBeNull();
    const granted = await new Promise<boolean>((resolve) => handler!(main.mainWindow().webContents, permission, resolve, { requestingUrl: 'app://samverka/index.html' }));
    expect(granted).toBe(false);
  });

  it.each(PERMISSIONS)('answers no when asked whether %s is granted', (permission) => {
    const main = app();
    const check = main.electron.session.defaultSession.permissionCheckHandler;
    expect(check).not.toBeNull();
    expect(check!(main.mainWindow().webContents, permission, 'app://samverka', { requestingUrl: 'app://samverka/index.html' })).toBe(false);
  });
});
