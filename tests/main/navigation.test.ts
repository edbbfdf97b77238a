import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import { startMain, stopAll, type MainProcess } from './support/main-process';
import { DEV_SERVER_DOCUMENT_URLS, DEV_SERVER_FOREIGN_URLS, FOREIGN_URLS, OWN_DOCUMENT_URLS } from './support/urls';

/**
 * Where the main window may go (Electron's security checklist, items 13 and
 * 14): Electron asks through `will-navigate` (a link, a form, a script
 * setting `location`, and a file dropped on the window, which it would
 * open as a `file:` page with our preload), `will-redirect` and
 * `will-frame-navigate`; `window.open` and links with a target ask the
 * window-open handler. Only a hash change (or reload) of our own document
 * is allowed, and no new window ever opens, inside the app or outside it.
 */
describe('navigation of the main window', () => {
  let main: MainProcess;
  let warn: MockInstance<typeof console.warn>;
  beforeAll(async () => {
    main = await startMain();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await stopAll([main]);
  });

  it.each(OWN_DOCUMENT_URLS)('lets the window go to %s (%s)', (url) => {
    const contents = main.mainWindow().webContents;
    expect(contents.fireNavigation('will-navigate', url)).toBe(false);
  });

  it.each(FOREIGN_URLS)('refuses will-navigate to %s (%s)', (url) => {
    expect(main.mainWindow().webContents.fireNavigation('will-navigate', url)).toBe(true);
  });

  it.each(FOREIGN_URLS)('refuses will-redirect to %s (%s)', (url) => {
    expect(main.mainWindow().webContents.fireNavigation('will-redirect', url)).toBe(true);
  });

  it('never opens a dropped file: the file: page Electron would load is refused', () => {
    const contents = main.mainWindow().webContents;
    warn.mockClear();
    for (const dropped of ['file:///home/anna/Skrivbord/inbjudan.html', 'file:///C:/Users/anna/Downloads/utkast.samverka.json', 'file:///tmp/bild.svg']) {
      expect(contents.fireNavigation('will-navigate', dropped)).toBe(true);
    }
    expect(contents.getURL()).toBe('app://samverka/index.html');
    // Logged, without the path: a person's folders are not the log's business.
    const logged = warn.mock.calls.map((args) => args.join(' '));
    expect(logged).toEqual(Array(3).fill('Samverka: refused navigation to file:'));
  });

  it('refuses every navigation inside a frame of the page, ours or not', () => {
    const contents = main.mainWindow().webContents;
    const frame = contents.addSubframe('about:blank');
    expect(contents.fireNavigation('will-frame-navigate', 'app://samverka/index.html#/', frame)).toBe(true);
    expect(contents.fireNavigation('will-frame-navigate', 'https://polisen.se/', frame)).toBe(true);
  });

  it.each([...OWN_DOCUMENT_URLS, ...FOREIGN_URLS])('denies a new window for %s (%s) and opens nothing outside', (url) => {
    const { electron } = main;
    expect(main.mainWindow().webContents.openWindow(url)).toEqual({ action: 'deny' });
    expect(electron.callsTo('shell.openExternal')).toEqual([]);
    expect(electron.callsTo('shell.openPath')).toEqual([]);
  });

  it('blocks webviews', () => {
    const contents = main.mainWindow().webContents;
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://polisen.se/' });
    expect(prevented).toBe(true);
  });
});

describe('navigation under forge start', () => {
  let main: MainProcess;
  beforeAll(async () => {
    main = await startMain({ dev: true });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await stopAll([main]);
  });

  it.each(DEV_SERVER_DOCUMENT_URLS)('lets the window go to the dev server\u2019s %s', (url) => {
    expect(main.mainWindow().webContents.fireNavigation('will-navigate', url)).toBe(false);
  });

  // In this build the dev server's own page is ours; everything else still is not.
  const foreign = [...DEV_SERVER_FOREIGN_URLS, ...FOREIGN_URLS.map(([url]) => url).filter((url) => !url.startsWith('http://localhost:5173/'))];
  it.each(foreign)('refuses %s', (url) => {
    expect(main.mainWindow().webContents.fireNavigation('will-navigate', url)).toBe(true);
  });
});
