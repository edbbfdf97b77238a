import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startMain, stopAll, until, type MainProcess } from './support/main-process';
import { FOREIGN_URLS } from './support/urls';
import type { StandInWindow } from './support/electron-stand-in';

/**
 * Who the contract answers (Electron's security checklist, item 17): the
 * top frame of the main window while it shows our own document, every
 * channel; the top frame of a print window while it shows our document,
 * only what the document page reads. A frame at any other URL (a dropped
 * file's page, a data: page, another host of the app scheme), an iframe, a
 * frame that is gone and a web contents that is not ours get `forbidden`
 * and no service runs.
 */
type Reply = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

const FORBIDDEN = { ok: false, error: { code: 'forbidden', message: '' } };

describe('IPC from the main window', () => {
  let main: MainProcess;
  beforeAll(async () => {
    main = await startMain();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await stopAll([main]);
  });

  const drafts = async () => ((await main.call('listDrafts')) as { ok: true; value: unknown[] }).value;

  it('answers our page, every channel', async () => {
    await expect(main.call('listDrafts')).resolves.toEqual({ ok: true, value: [] });
    const created = (await main.call('createDraft', {}, 'medborgarlofte')) as Reply;
    expect(created.ok).toBe(true);
    expect(await drafts()).toHaveLength(1);
  });

  it.each(FOREIGN_URLS)('answers nothing when the window shows %s (%s)', async (url) => {
    const contents = main.mainWindow().webContents;
    const before = await drafts();
    contents.mainFrame.url = url;
    try {
      await expect(main.call('listDrafts')).resolves.toEqual(FORBIDDEN);
      await expect(main.call('createDraft', {}, 'medborgarlofte')).resolves.toEqual(FORBIDDEN);
    } finally {
      contents.mainFrame.url = 'app://samverka/index.html#/';
    }
    expect(await drafts()).toHaveLength(before.length);
  });

  it('answers nothing from an iframe in our page, even one at our URL', async () => {
    const frame = main.mainWindow().webContents.addSubframe('app://samverka/index.html#/');
    await expect(main.call('listDrafts', { frame })).resolves.toEqual(FORBIDDEN);
  });

  it('answers nothing from a frame that is gone', async () => {
    await expect(main.call('listDrafts', { frame: null })).resolves.toEqual(FORBIDDEN);
  });

  it('answers nothing from web contents that are not ours, at our URL', async () => {
    const { electron } = main;
    const stranger = electron.foreignWebContents();
    await stranger.loadURL('app://samverka/index.html#/');
    await expect(electron.ipcMain.invoke('samverka:listDrafts', stranger, undefined)).resolves.toEqual(FORBIDDEN);
    // A window the app did not make (as a page's window.open would, were it allowed) is a stranger too.
    const other = new electron.module.BrowserWindow({ show: false }) as StandInWindow;
    await other.loadURL('app://samverka/index.html#/');
    await expect(main.call('listDrafts', { from: other })).resolves.toEqual(FORBIDDEN);
  });
});

describe('IPC from a print window', () => {
  let main: MainProcess;
  let draftId: string;
  let printWindow: StandInWindow;
  let printed: Promise<unknown>;

  beforeAll(async () => {
    main = await startMain();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    draftId = ((await main.call('createDraft', {}, 'medborgarlofte')) as { value: { id: string } }).value.id;
    // "Skriv ut": the app opens the document page in a hidden window and waits for it to say it is laid out.
    printed = main.call('printDocument', {}, draftId, { withPromises: false, copies: 2 });
    await until(() => main.electron.windows.length === 2, 'the print window');
    printWindow = main.electron.windows[1];
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await stopAll([main]);
  });

  it('is hidden, locked down as the main window is, and shows our document page', () => {
    expect(printWindow.options.show).toBe(false);
    expect(printWindow.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(printWindow.webContents.getURL()).toBe(`app://samverka/index.html#/dokument/${draftId}`);
    expect(printWindow.webContents.openWindow('https://polisen.se/')).toEqual({ action: 'deny' });
    expect(printWindow.webContents.fireNavigation('will-navigate', 'file:///tmp/evil.html')).toBe(true);
  });

  it('answers the reads its document page makes', async () => {
    const draft = (await main.call('getDraft', { from: printWindow }, draftId)) as Reply;
    expect(draft).toMatchObject({ ok: true, value: { id: draftId } });
    expect(await main.call('listDrafts', { from: printWindow })).toMatchObject({ ok: true });
  });

  it.each([
    ['saveDraft', []],
    ['createDraft', ['medborgarlofte']],
    ['deleteDraft', ['__draft__']],
    ['exportDocx', ['__draft__', { withPromises: false }]],
    ['exportReviewDocx', ['__draft__']],
    ['shareDraft', ['__draft__']],
    ['pickImport', []],
    ['openDataFolder', []],
    ['dataFolders', []],
    ['restoreBackup', ['x']],
    ['createEmail', ['__draft__', {}]],
    ['printDocument', ['__draft__', { withPromises: false, copies: 1 }]],
  ])('answers nothing else: %s', async (channel, args) => {
    const filled = (args as unknown[]).map((arg) => (arg === '__draft__' ? draftId : arg));
    await expect(main.call(channel, { from: printWindow }, ...filled)).resolves.toEqual(FORBIDDEN);
  });

  it('prints once the page is laid out, and keeps the window, still answered, for the next job', async () => {
    printWindow.webContents.answerScript = () => 'ready';
    await expect(printed).resolves.toEqual({ ok: true, value: false });
    expect(main.electron.callsTo('webContents.print').map((call) => call.args[0])).toEqual([expect.objectContaining({ copies: 2, silent: false })]);
    expect(printWindow.isDestroyed()).toBe(false);
    await expect(main.call('getDraft', { from: printWindow }, draftId)).resolves.toMatchObject({ ok: true });
  });

  it('is closed with the main window, and answered no more', async () => {
    main.mainWindow().close();
    expect(printWindow.isDestroyed()).toBe(true);
    await expect(main.call('getDraft', { from: printWindow }, draftId)).resolves.toEqual(FORBIDDEN);
  });
});
