import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentHash } from '../../shared/documents/document-route';
import type { StandInWindow } from './support/electron-stand-in';
import { startMain, stopAll, until, type MainProcess } from './support/main-process';

/**
 * The print windows in the built main bundle (electron/document-window.ts as
 * electron/main.ts uses it): the document page is loaded once and kept for
 * the next job, and the kept window goes with the main window and at quit,
 * since a hidden window left open would keep the app from quitting. The
 * printer's own rules are tested from its source in
 * tests/unit/electron/document-window.test.ts.
 */

const started: MainProcess[] = [];
let main: MainProcess;
let drafts: string[];

beforeEach(async () => {
  main = await startMain();
  started.push(main);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  const create = async () => ((await main.call('createDraft', {}, 'medborgarlofte')) as { value: { id: string } }).value.id;
  drafts = [await create(), await create()];
});
afterEach(async () => {
  vi.restoreAllMocks();
  await stopAll(started);
});

/**
 * Plays a document page that takes every next job and is laid out at once
 * (the page's waiting is the unit test's): answers the printer's next-job
 * script (which moves the hash and announces it) with true, and its reads
 * of the ready state with "ready".
 */
function readyPage(window: StandInWindow): void {
  window.webContents.answerScript = (code) => (code.includes('hashchange') ? true : 'ready');
}

/** Prints a draft, playing the print window's page; returns the window. */
async function print(draftId: string): Promise<StandInWindow> {
  const printed = main.call('printDocument', {}, draftId, { withPromises: false, copies: 1 });
  await until(() => main.electron.windows.length === 2, 'the print window');
  const window = main.electron.windows[1];
  readyPage(window);
  await expect(printed).resolves.toEqual({ ok: true, value: false });
  return window;
}

const documentLoads = () => main.electron.callsTo('webContents.loadURL').filter((call) => String(call.args[0]).includes('#/dokument/'));

describe('the print window', () => {
  it('loads the document page once for two jobs, and moves it to the second draft', async () => {
    const first = await print(drafts[0]);
    const second = await print(drafts[1]);
    expect(second).toBe(first);
    expect(documentLoads().map((call) => call.args[0])).toEqual([`app://samverka/index.html${documentHash({ draftId: drafts[0], withPromises: false })}`]);
    const moves = main.electron.callsTo('webContents.executeJavaScript').filter((call) => String(call.args[0]).includes('hashchange'));
    expect(moves).toHaveLength(1);
    expect(String(moves[0].args[0])).toContain(JSON.stringify(documentHash({ draftId: drafts[1], withPromises: false })));
    expect(main.electron.callsTo('webContents.print')).toHaveLength(2);
  });

  it('is closed when the main window closes, so that no window is left to keep the app from quitting', async () => {
    const window = await print(drafts[0]);
    main.mainWindow().close();
    expect(window.isDestroyed()).toBe(true);
    expect(main.electron.module.BrowserWindow.getAllWindows()).toEqual([]);
  });

  it('is closed at quit', async () => {
    const window = await print(drafts[0]);
    await main.quit();
    expect(window.isDestroyed()).toBe(true);
    expect(main.mainWindow().isDestroyed()).toBe(false);
  });
});
