import { BrowserWindow, session, shell, type WebContents } from 'electron';
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

/** True when a message comes from our own page in our own window. */
export function isOwnFrame(window: BrowserWindow | null, sender: WebContents, frameUrl: string | undefined): boolean {
  if (!window || window.isDestroyed() || sender !== window.webContents || !frameUrl) return false;
  try {
    return new URL(frameUrl).origin === allowedOrigin();
  } catch {
    return false;
  }
}

/**
 * The one window, locked down as Electron's security checklist asks: isolated
 * context, sandbox, no Node in the page, no navigation away, no new windows,
 * no permissions, no webviews, no DevTools unless asked for.
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
    webPreferences: {
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
    },
  });
  const contents = window.webContents;
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web open in the user's browser; nothing opens inside the app.
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return window;
}

function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** Where Forge's Vite plugin puts the built renderer, next to the main bundle. */
export const rendererDir = (mainDir: string) => path.join(mainDir, '..', 'renderer', MAIN_WINDOW_VITE_NAME);
