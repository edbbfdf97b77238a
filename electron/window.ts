import { BrowserWindow, session, shell, type WebContents, type WebPreferences } from 'electron';
import path from 'node:path';
import { APP_ORIGIN } from './protocol';

/** The URL the window loads: Vite's dev server under `forge start`, the app scheme otherwise. */
export function rendererUrl(): string {
  return devServerUrl() ?? `${APP_ORIGIN}/index.html`;
}

/** Forge defines the dev server's URL only under `forge start`. */
const devServerUrl = (): string | undefined =>
  typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' && MAIN_WINDOW_VITE_DEV_SERVER_URL ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;

const allowedOrigin = () => new URL(rendererUrl()).origin;

/**
 * True when a message comes from our own page in one of our own windows: the
 * main window, or a hidden print window (electron/document-window.ts) that
 * reads the draft it prints.
 */
export function isOwnFrame(windows: readonly (BrowserWindow | null)[], sender: WebContents, frameUrl: string | undefined): boolean {
  if (!frameUrl || !windows.some((window) => window && !window.isDestroyed() && sender === window.webContents)) return false;
  try {
    return new URL(frameUrl).origin === allowedOrigin();
  } catch {
    return false;
  }
}

/**
 * The main window, locked down as Electron's security checklist asks (see
 * {@link secureWebPreferences} and {@link lockDown}).
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  denyPermissions();
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
  lockDown(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return window;
}

/**
 * What every window of the app runs with, the main one and the hidden print
 * windows alike: isolated context, sandbox, no Node in the page, no
 * webviews, no DevTools unless asked for.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: true,
    // DevTools exist only when asked for (SAMVERKA_DEVTOOLS=1) or under `forge start`; never opened by default.
    devTools: process.env.SAMVERKA_DEVTOOLS === '1' || devServerUrl() !== undefined,
  };
}

/** No navigation away from our own pages, no new windows (web links open in the user's browser), no webviews. */
export function lockDown(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (new URL(url).origin !== allowedOrigin()) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (new URL(url).origin !== allowedOrigin()) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Where Forge's Vite plugin puts the built renderer, next to the main bundle. */
export const rendererDir = (mainDir: string) => path.join(mainDir, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
