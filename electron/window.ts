import { BrowserWindow, session, type WebContents, type WebPreferences } from 'electron';
import path from 'node:path';
import { describeTarget, secureSession, spellcheckPlan } from './offline';
import { mayNavigate, pageIdentity, type PageIdentity, type WindowRole } from './page-identity';

/** Forge defines the dev server's URL only under `forge start`. */
const devServerUrl = (): string | undefined =>
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;

/** Our page, for every decision about what is ours (electron/page-identity.ts). */
export const identity = (): PageIdentity => pageIdentity(devServerUrl());

/** The URL the window loads: Vite's dev server under `forge start`, the app scheme otherwise. */
export function rendererUrl(): string {
  return identity().page.href;
}

/** Whether DevTools may be opened: when asked for (SAMVERKA_DEVTOOLS=1) or under `forge start`; never by default. */
const devToolsAllowed = () => process.env.SAMVERKA_DEVTOOLS === '1' || devServerUrl() !== undefined;

/**
 * What each of the app's windows is for, by its web contents: IPC answers
 * the main window every channel and a print window only what its document
 * page reads (electron/ipc.ts). A web contents with no role is not ours.
 */
const roles = new WeakMap<WebContents, WindowRole>();

/** Records what a window of ours is for; the window's makers call it as they make it. */
export function setWindowRole(contents: WebContents, role: WindowRole): void {
  roles.set(contents, role);
}

/** What a window of ours is for, or null when the web contents are not one of ours. */
export function windowRole(contents: WebContents): WindowRole | null {
  return roles.get(contents) ?? null;
}

/**
 * The session every window of ours runs in, set up before the first page
 * loads: no permissions, spell-checking that never downloads, and no
 * request but to our own page (electron/offline.ts).
 */
export function secureDefaultSession(): void {
  secureSession(session.defaultSession, { identity: identity(), platform: process.platform, devTools: devToolsAllowed() });
}

/**
 * The main window, locked down as Electron's security checklist asks (see
 * {@link secureWebPreferences} and {@link lockDown}).
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  secureDefaultSession();
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Samverka',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(preloadPath),
  });
  setWindowRole(window.webContents, 'main');
  lockDown(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return window;
}

/**
 * What every window of the app runs with, the main one and the hidden print
 * windows alike: isolated context, sandbox, no Node in the page, no
 * webviews, no DevTools unless asked for, and the spellchecker only where
 * it needs no download (electron/offline.ts).
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: spellcheckPlan(process.platform).enabled,
    devTools: devToolsAllowed(),
  };
}

/**
 * No new windows (the app has no external links; were one added, it would
 * need an allow-list here), no navigation but a hash change or reload of
 * our own document (which also stops a file dropped on the window from
 * opening as a page with our preload), no frames that navigate, no
 * webviews. What is refused is logged without its path.
 */
export function lockDown(contents: WebContents): void {
  const refuse = (what: string, url: string) => console.warn(`Samverka: refused ${what} to ${describeTarget(url)}`);
  contents.setWindowOpenHandler(({ url }) => {
    refuse('a new window', url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (mayNavigate(event.url, identity())) return;
    event.preventDefault();
    refuse('navigation', event.url);
  });
  contents.on('will-redirect', (event) => {
    if (mayNavigate(event.url, identity())) return;
    event.preventDefault();
    refuse('a redirect', event.url);
  });
  // The page has no frames (its policy allows none); a frame that navigates anyway goes nowhere.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame && mayNavigate(event.url, identity())) return;
    event.preventDefault();
    if (!event.isMainFrame) refuse('a frame\u2019s navigation', event.url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Where Forge's Vite plugin puts the built renderer, next to the main bundle. */
export const rendererDir = (mainDir: string) => path.join(mainDir, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
