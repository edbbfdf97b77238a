import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { inject } from 'vitest';
import { ROOT, tempDir } from '../../support/fixtures';
import { createElectronStandIn, electronEvent, type ElectronStandIn, type StandInWindow } from './electron-stand-in';

/**
 * Runs a built bundle (main.cjs or preload.cjs) as Electron would load it:
 * CommonJS, its own module scope, `require('electron')` answered by the
 * stand-in and everything else by Node. Each call evaluates the file afresh,
 * so every test gets a new main process. Returns what the bundle required.
 */
export function runBundle(file: string, electron: ElectronStandIn): string[] {
  const required: string[] = [];
  const nodeRequire = createRequire(file);
  const bundleRequire = (id: string) => {
    required.push(id);
    return id === 'electron' ? electron.module : nodeRequire(id);
  };
  const wrapper = vm.compileFunction(readFileSync(file, 'utf8'), ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file });
  const module = { exports: {} };
  wrapper.call(module.exports, module.exports, bundleRequire, module, file, path.dirname(file));
  return required;
}

/** Waits until `condition` holds (polling), or fails after `ms`. */
export async function until(condition: () => boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export interface MainProcess {
  electron: ElectronStandIn;
  /** The folders `app.getPath` answers with. */
  userData: string;
  documents: string;
  /** The app's main window, once start-up has made it. */
  mainWindow(): StandInWindow;
  /** Calls a contract channel as a page would (`samverka:<name>`), from the main window's top frame unless told otherwise. */
  call(channel: string, options?: { from?: StandInWindow; frame?: Parameters<ElectronStandIn['ipcMain']['invoke']>[2] }, ...args: unknown[]): Promise<unknown>;
  /** Quits as Electron does: `before-quit` (which the app may hold up), then waits for the app to call `app.quit()` again. */
  quit(): Promise<void>;
}

/**
 * Starts the built main bundle with a fresh stand-in and fresh folders:
 * `ready` fires and the promise resolves once the main window exists.
 * `dev` runs the bundle built as under `forge start`; with
 * `singleInstance: false` another instance holds the lock and `ready` is
 * not fired.
 */
export async function startMain(options: { dev?: boolean; singleInstance?: boolean } = {}): Promise<MainProcess> {
  const build = inject('mainBuild');
  const userData = tempDir('samverka-main-userdata-');
  const documents = tempDir('samverka-main-documents-');
  const electron = createElectronStandIn({
    paths: { userData, documents, appData: userData, home: documents, temp: userData, downloads: documents, desktop: documents, logs: userData },
    appPath: ROOT,
    singleInstance: options.singleInstance,
  });
  runBundle(path.join(options.dev ? build.devBuildDir : build.buildDir, 'main.cjs'), electron);
  const main: MainProcess = {
    electron,
    userData,
    documents,
    mainWindow: () => {
      // Start-up makes the main window before any other; print windows come with print jobs.
      const window = electron.windows[0];
      if (!window) throw new Error('the app made no main window');
      return window;
    },
    call: (channel, { from, frame } = {}, ...args) => {
      const window = from ?? main.mainWindow();
      return electron.ipcMain.invoke(`samverka:${channel}`, window.webContents, frame, ...args);
    },
    quit: async () => {
      const quitsBefore = electron.callsTo('app.quit').length;
      const event = electronEvent({});
      electron.app.emit('before-quit', event);
      if (event.defaultPrevented) await until(() => electron.callsTo('app.quit').length > quitsBefore, 'the app to quit after before-quit', 10_000);
    },
  };
  if (options.singleInstance !== false) {
    electron.ready();
    await until(() => electron.windows.length > 0, 'the main window');
  }
  return main;
}

/** Runs `body` with environment variables set (the bundle reads some at start-up, after `ready`), then puts them back. */
export async function withEnv<T>(env: Record<string, string>, body: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await body();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** Quits every started main process and removes its folders; for afterEach. */
export async function stopAll(started: MainProcess[]): Promise<void> {
  for (const main of started.splice(0)) {
    await main.quit().catch(() => undefined);
    for (const window of main.electron.windows) window.destroy();
    rmSync(main.userData, { recursive: true, force: true });
    rmSync(main.documents, { recursive: true, force: true });
  }
}
