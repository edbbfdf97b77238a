import type { WebContents, WebPreferences } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createMainWindow, lockDown, rendererUrl, secureWebPreferences, setWindowRole, windowRole } from '../../../electron/window';
import type { StandInWindow } from '../../main/support/electron-stand-in';
import { electronStandIn, onPlatform } from '../../support/electron-module';

/**
 * electron/window.ts from its source, on the recording stand-in for
 * `electron` (tests/main/support/electron-stand-in.ts): what every window
 * runs with, where it may go, and what each window is for. The stand-in
 * decides nothing, so every refusal asserted here is window.ts's own. The
 * main tier (tests/main) runs the same code in the built bundle.
 */
vi.mock('electron', async () => (await import('../../support/electron-module')).electronModule());

const PRELOAD = '/app/.vite/build/preload.cjs';
const asContents = (window: StandInWindow) => window.webContents as unknown as WebContents;

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security),
 * the items that are web preferences: the value every window of ours runs
 * with, and why. Spell-checking and DevTools on request are tested below.
 */
const CHECKLIST: { preference: keyof WebPreferences; value: boolean; why: string }[] = [
  { preference: 'contextIsolation', value: true, why: 'context isolation: the page cannot reach the preload\u2019s globals' },
  { preference: 'sandbox', value: true, why: 'process sandboxing: the page runs in the OS sandbox' },
  { preference: 'nodeIntegration', value: false, why: 'no Node.js integration: the page cannot require' },
  { preference: 'nodeIntegrationInWorker', value: false, why: 'no Node.js integration in its workers' },
  { preference: 'nodeIntegrationInSubFrames', value: false, why: 'no Node.js integration in its frames' },
  { preference: 'webSecurity', value: true, why: 'webSecurity not disabled: the same-origin policy holds' },
  { preference: 'allowRunningInsecureContent', value: false, why: 'no insecure content runs in a secure page' },
  { preference: 'webviewTag', value: false, why: 'no webviews, so none to verify' },
  { preference: 'devTools', value: false, why: 'no DevTools unless asked for' },
];

describe('secureWebPreferences', () => {
  it.each(CHECKLIST)('sets $preference to $value: $why', ({ preference, value }) => {
    expect(secureWebPreferences(PRELOAD)[preference]).toBe(value);
  });

  it('sets nothing else but the preload and the spellchecker', () => {
    const { preload, spellcheck, ...checked } = secureWebPreferences(PRELOAD);
    expect(preload).toBe(PRELOAD);
    expect(typeof spellcheck).toBe('boolean');
    expect(Object.keys(checked).sort()).toEqual(CHECKLIST.map((item) => item.preference).sort());
  });

  it('allows DevTools only when asked for, or under forge start', () => {
    vi.stubEnv('SAMVERKA_DEVTOOLS', '1');
    expect(secureWebPreferences(PRELOAD).devTools).toBe(true);
    vi.stubEnv('SAMVERKA_DEVTOOLS', 'yes');
    expect(secureWebPreferences(PRELOAD).devTools).toBe(false);
    vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', 'http://localhost:5173');
    expect(secureWebPreferences(PRELOAD).devTools).toBe(true);
  });

  it('spell-checks only where no dictionary has to be downloaded', async () => {
    expect(await onPlatform('linux', async () => secureWebPreferences(PRELOAD).spellcheck)).toBe(false);
    expect(await onPlatform('win32', async () => secureWebPreferences(PRELOAD).spellcheck)).toBe(true);
    expect(await onPlatform('darwin', async () => secureWebPreferences(PRELOAD).spellcheck)).toBe(true);
  });
});

describe('createMainWindow', () => {
  it('makes one hidden window with the secure preferences, ours as the main window, at our page', () => {
    const electron = electronStandIn();
    const before = electron.windows.length;
    const window = createMainWindow(PRELOAD) as unknown as StandInWindow;
    expect(electron.windows.slice(before)).toEqual([window]);
    expect(window.options).toMatchObject({ show: false, webPreferences: secureWebPreferences(PRELOAD) });
    expect(windowRole(asContents(window))).toBe('main');
    expect(window.webContents.getURL()).toBe('app://samverka/index.html');
    expect(rendererUrl()).toBe('app://samverka/index.html');
    // Shown once painted, so no white window flashes.
    expect(window.isVisible()).toBe(false);
    window.emit('ready-to-show');
    expect(window.isVisible()).toBe(true);
  });

  it('loads the dev server\u2019s page under forge start', () => {
    vi.stubGlobal('MAIN_WINDOW_VITE_DEV_SERVER_URL', 'http://localhost:5173');
    const window = createMainWindow(PRELOAD) as unknown as StandInWindow;
    expect(window.webContents.getURL()).toBe('http://localhost:5173/');
  });

  it('runs in a session that grants no permission and lets no request leave', async () => {
    createMainWindow(PRELOAD);
    const { defaultSession } = electronStandIn().session;
    expect(defaultSession.permissionRequestHandler).not.toBeNull();
    const granted = await new Promise<boolean>((resolve) => defaultSession.permissionRequestHandler?.(null, 'media', resolve, {}));
    expect(granted).toBe(false);
    expect(defaultSession.permissionCheckHandler?.(null, 'notifications', 'app://samverka', {})).toBe(false);
    expect(await defaultSession.fireRequest('https://polisen.se/', 'xhr')).toEqual({ cancel: true });
    expect(await defaultSession.fireRequest('app://samverka/assets/index.js', 'script')).toEqual({});
  });
});

describe('windowRole', () => {
  it('knows only the web contents a window maker recorded', () => {
    const electron = electronStandIn();
    const stranger = electron.foreignWebContents() as unknown as WebContents;
    expect(windowRole(stranger)).toBeNull();
    setWindowRole(stranger, 'document');
    expect(windowRole(stranger)).toBe('document');
    expect(windowRole(electron.foreignWebContents() as unknown as WebContents)).toBeNull();
  });
});

describe('lockDown', () => {
  const lockedContents = () => {
    const contents = electronStandIn().foreignWebContents();
    lockDown(contents as unknown as WebContents);
    return contents;
  };

  it('denies every new window, ours or not', () => {
    const contents = lockedContents();
    expect(contents.openWindow('https://polisen.se/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://samverka/index.html#/')).toEqual({ action: 'deny' });
  });

  it('lets the page change its hash or reload, and goes nowhere else', () => {
    const contents = lockedContents();
    expect(contents.fireNavigation('will-navigate', 'app://samverka/index.html#/utkast/x')).toBe(false);
    expect(contents.fireNavigation('will-navigate', 'app://samverka/index.html')).toBe(false);
    for (const url of ['https://polisen.se/', 'file:///home/anna/inbjudan.html', 'app://samverka/hemlig.html', 'app://annan/index.html', 'data:text/html,<p>x</p>']) {
      expect(contents.fireNavigation('will-navigate', url), url).toBe(true);
      expect(contents.fireNavigation('will-redirect', url), url).toBe(true);
    }
  });

  it('lets no frame inside the page navigate, not even to our own page', () => {
    const contents = lockedContents();
    const frame = contents.addSubframe('about:blank');
    expect(contents.fireNavigation('will-frame-navigate', 'app://samverka/index.html#/', frame)).toBe(true);
    expect(contents.fireNavigation('will-frame-navigate', 'app://samverka/index.html#/')).toBe(false);
    expect(contents.fireNavigation('will-frame-navigate', 'https://polisen.se/')).toBe(true);
  });

  it('blocks webviews', () => {
    const contents = lockedContents();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'https://polisen.se/' });
    expect(prevented).toBe(true);
  });

  it('logs what it refused by scheme and host, never the path', () => {
    const contents = lockedContents();
    contents.fireNavigation('will-navigate', 'file:///home/anna/Skrivbord/hemligt.html');
    contents.openWindow('https://polisen.se/anmalan?namn=anna');
    expect(warn.mock.calls.map((args) => args.join(' '))).toEqual(['Samverka: refused navigation to file:', 'Samverka: refused a new window to https://polisen.se']);
  });
});
