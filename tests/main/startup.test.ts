import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../shared/ipc/channels';
import { onPlatform } from '../support/electron-module';
import { electronEvent } from './support/electron-stand-in';
import { startMain, stopAll, until, withEnv, type MainProcess } from './support/main-process';

/**
 * The built main bundle from start to quit: what it registers before and
 * after `ready`, the window it makes and how, a second instance, and
 * quitting only once what is pending is written.
 */
const started: MainProcess[] = [];
const start = async (options?: Parameters<typeof startMain>[0]) => {
  const main = await startMain(options);
  started.push(main);
  return main;
};
afterEach(() => stopAll(started));

const webPreferencesOf = (options: BrowserWindowConstructorOptions) => options.webPreferences ?? {};

/** What Electron's security checklist asks of every window (items 2, 3, 4, 6, 8, 9, 10, 12). */
function expectLockedDown(options: BrowserWindowConstructorOptions, preload: string) {
  const preferences = webPreferencesOf(options);
  expect(preferences).toMatchObject({
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    devTools: false,
  });
  expect(preferences.nodeIntegrationInSubFrames).not.toBe(true);
  expect(preferences.experimentalFeatures).not.toBe(true);
  expect(preferences.enableBlinkFeatures).toBeUndefined();
  expect(preferences.partition).toBeUndefined();
}

describe('start-up', () => {
  it('registers the app scheme as privileged before ready, and serves it after', async () => {
    const { electron } = await start();
    const [register, ...again] = electron.callsTo('protocol.registerSchemesAsPrivileged');
    expect(again).toEqual([]);
    expect(register.afterReady).toBe(false);
    // Standard and secure (a real origin, a secure context), fetch allowed; no CSP bypass, no CORS, no streaming privileges.
    expect(register.args[0]).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(electron.callsTo('protocol.handle').map((call) => [call.args[0], call.afterReady])).toEqual([['app', true]]);
  });

  it('registers every contract channel exactly once, and no other', async () => {
    const { electron } = await start();
    const registered = [...electron.ipcMain.registrations.entries()];
    expect(registered.map(([channel]) => channel).sort()).toEqual(CHANNEL_NAMES.map((name) => IPC_PREFIX + name).sort());
    expect(registered.filter(([, count]) => count !== 1)).toEqual([]);
  });

  it('makes one window, locked down, loading the app scheme\u2019s page', async () => {
    const main = await start();
    const { electron } = main;
    expect(electron.windows).toHaveLength(1);
    const window = main.mainWindow();
    expectLockedDown(window.options, path.join(inject('mainBuild').buildDir, 'preload.cjs'));
    expect(window.options.show).toBe(false);
    expect(electron.callsTo('webContents.loadURL').map((call) => call.args[0])).toEqual(['app://samverka/index.html']);
    expect(window.webContents.windowOpenHandler).not.toBeNull();
  });

  it('sets up the session before the window exists: permissions, spell-checking and the request filter', async () => {
    const { electron } = await start();
    const firstWindow = electron.calls.findIndex((call) => call.api === 'BrowserWindow');
    const before = (api: string) => {
      const index = electron.calls.findIndex((call) => call.api === api);
      return index >= 0 && index < firstWindow;
    };
    expect(before('session.setPermissionRequestHandler')).toBe(true);
    expect(before('session.setPermissionCheckHandler')).toBe(true);
    expect(before('session.webRequest.onBeforeRequest')).toBe(true);
    expect(before('session.setSpellCheckerDictionaryDownloadURL')).toBe(true);
  });

  it('on Linux: no spellchecker, so no Hunspell dictionary is ever fetched', async () => {
    const main = await onPlatform('linux', () => start());
    const { electron } = main;
    expect(webPreferencesOf(main.mainWindow().options).spellcheck).toBe(false);
    expect(electron.callsTo('session.setSpellCheckerEnabled').map((call) => call.args[0])).toEqual([false]);
    expect(electron.callsTo('session.setSpellCheckerDictionaryDownloadURL').map((call) => call.args[0])).toEqual(['app://samverka/ordlistor/']);
  });

  it('on Windows: Swedish spell-checking, its dictionary never fetched from the network', async () => {
    const main = await onPlatform('win32', () => start());
    const { electron } = main;
    expect(webPreferencesOf(main.mainWindow().options).spellcheck).toBe(true);
    expect(electron.callsTo('session.setSpellCheckerEnabled').map((call) => call.args[0])).toEqual([true]);
    expect(electron.callsTo('session.setSpellCheckerLanguages').map((call) => call.args[0])).toEqual([['sv-SE']]);
    const [url] = electron.callsTo('session.setSpellCheckerDictionaryDownloadURL').map((call) => call.args[0]);
    expect(url).toBe('app://samverka/ordlistor/');
    const urlSet = electron.calls.findIndex((call) => call.api === 'session.setSpellCheckerDictionaryDownloadURL');
    const languagesSet = electron.calls.findIndex((call) => call.api === 'session.setSpellCheckerLanguages');
    expect(urlSet).toBeLessThan(languagesSet);
  });

  it('on macOS: the system\u2019s spellchecker, which picks the language itself', async () => {
    const main = await onPlatform('darwin', () => start());
    expect(webPreferencesOf(main.mainWindow().options).spellcheck).toBe(true);
    expect(main.electron.callsTo('session.setSpellCheckerLanguages')).toEqual([]);
  });

  it('has DevTools only when asked for with SAMVERKA_DEVTOOLS=1', async () => {
    const main = await withEnv({ SAMVERKA_DEVTOOLS: '1' }, () => start());
    expect(webPreferencesOf(main.mainWindow().options).devTools).toBe(true);
  });

  it('under forge start loads the dev server, still locked down but for DevTools', async () => {
    const main = await start({ dev: true });
    const preferences = webPreferencesOf(main.mainWindow().options);
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: true });
    const loaded = main.electron.callsTo('webContents.loadURL').map((call) => call.args[0]);
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatch(/^http:\/\/localhost:5173\/?$/);
  });
});

describe('one instance', () => {
  it('a second instance quits at once, registering and opening nothing', async () => {
    const main = await start({ singleInstance: false });
    const { electron } = main;
    expect(electron.callsTo('app.quit')).toHaveLength(1);
    electron.ready();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(electron.windows).toEqual([]);
    expect(electron.callsTo('protocol.registerSchemesAsPrivileged')).toEqual([]);
    expect(electron.callsTo('ipcMain.handle')).toEqual([]);
  });

  it('the first instance, told of the second, shows its window again', async () => {
    const main = await start();
    const window = main.mainWindow();
    window.minimize();
    main.electron.app.emit('second-instance', electronEvent({}), ['samverka'], process.cwd(), {});
    expect(window.isMinimized()).toBe(false);
    expect(main.electron.callsTo('BrowserWindow.focus')).toHaveLength(1);
  });
});

describe('quitting', () => {
  it('quits when the last window is closed (but on macOS)', async () => {
    const main = await start();
    main.electron.app.emit('window-all-closed');
    expect(main.electron.callsTo('app.quit')).toHaveLength(1);

    const mac = await onPlatform('darwin', async () => {
      const onMac = await start();
      onMac.electron.app.emit('window-all-closed');
      return onMac;
    });
    expect(mac.electron.callsTo('app.quit')).toEqual([]);
  });

  it('holds the quit until what was just saved is written, then quits', async () => {
    const main = await start();
    const { electron } = main;
    const reply = (await main.call('createDraft', {}, 'medborgarlofte')) as { ok: boolean; value: { id: string } };
    expect(reply.ok).toBe(true);
    const event = electronEvent({});
    electron.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(electron.callsTo('app.quit')).toEqual([]);
    await until(() => electron.callsTo('app.quit').length === 1, 'the app to quit');
    const indexFile = path.join(main.userData, 'bibliotek', 'index.json');
    expect(existsSync(indexFile)).toBe(true);
    expect(readFileSync(indexFile, 'utf8')).toContain(reply.value.id);
    // The second before-quit (from that app.quit) lets Electron quit.
    const again = electronEvent({});
    electron.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });
});
