import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HTTP_PREFIX } from '../../shared/ipc/channels';
import type { Reply } from '../../shared/ipc/contract';
import { startHost, type Host } from './host/server';
import type { LibraryOptions } from '../../electron/services/library';
import { launchBrowser, watchForErrors } from '../support/browser';
import { tempDir } from '../support/fixtures';
import { caller, type Call } from '../support/caller';

/** The app as an e2e test sees it: the host on fresh folders, and a browser page on it. */
export interface AppSession {
  dataDir: string;
  exportDir: string;
  host: Host;
  browser: Browser;
  page: Page;
  /** What the page reported as broken so far (errors, CSP violations). */
  problems: string[];
  /**
   * Calls the host's contract as the page does (over HTTP), to set up what a
   * test needs without clicking through it; rejects with the Swedish message.
   */
  call: Call;
  /** Stops the host and starts a new one on the same data folder. */
  restartHost(): Promise<void>;
  close(): Promise<void>;
}

export interface AppSessionOptions {
  /**
   * The folder the dialogs save to and "Importera" opens from; a fresh one
   * unless given. Two sessions that share it pass files between two data
   * folders, as two users pass a shared draft.
   */
  exportDir?: string;
  /** The data folder; a fresh one unless given. Two sessions on one folder are two computers sharing a network drive (with `folderLock`). */
  dataDir?: string;
  /** Opens the data folder with its lock, as the app does (see `HostOptions.folderLock`). */
  folderLock?: LibraryOptions;
}

export interface Viewport {
  width: number;
  height: number;
}

/** Opens the app on a fresh data folder (and export folder unless `options` names one). */
export async function openAppSession(viewport: Viewport = { width: 1280, height: 860 }, options: AppSessionOptions = {}): Promise<AppSession> {
  const dataDir = options.dataDir ?? tempDir('samverka-e2e-data-');
  const exportDir = options.exportDir ?? tempDir('samverka-e2e-export-');
  const { folderLock } = options;
  const session = {
    dataDir,
    exportDir,
    host: await startHost({ dataDir, exportDir, folderLock }),
    browser: await launchBrowser(),
  } as AppSession;
  session.page = await session.browser.newPage({ viewport });
  session.problems = watchForErrors(session.page);
  // Read the host's URL at each call: restartHost replaces the host.
  session.call = caller(async (name, args) => {
    const response = await fetch(new URL(HTTP_PREFIX + name, session.host.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
    });
    return (await response.json()) as Reply<unknown>;
  });
  session.restartHost = async () => {
    await session.host.close();
    session.host = await startHost({ dataDir, exportDir, folderLock });
  };
  session.close = async () => {
    await session.browser.close();
    await session.host.close();
  };
  return session;
}

/**
 * The suite's app: opened before its tests (beforeAll, so register any set-up
 * that needs it after this call) and closed after them. The handle reads the
 * open session, so `app.page` and the rest are there from the first test on.
 */
export function useAppSession(viewport?: Viewport, options?: AppSessionOptions): AppSession {
  let session: AppSession | undefined;
  beforeAll(async () => {
    session = await openAppSession(viewport, options);
  });
  afterAll(() => session?.close());
  const open = (): AppSession => {
    if (!session) throw new Error('The app session opens in beforeAll; use it in a hook or test.');
    return session;
  };
  return {
    get dataDir() { return open().dataDir; },
    get exportDir() { return open().exportDir; },
    get host() { return open().host; },
    get browser() { return open().browser; },
    get page() { return open().page; },
    get problems() { return open().problems; },
    get call() { return open().call; },
    get restartHost() { return open().restartHost; },
    get close() { return open().close; },
  };
}
