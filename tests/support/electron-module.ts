import { createElectronStandIn, type ElectronStandIn } from '../main/support/electron-stand-in';
import { ROOT } from './fixtures';

/**
 * The recording stand-in for `electron` (tests/main/support/electron-stand-in.ts)
 * as a unit test mocks the module with, to run electron/ sources that import
 * it in Node: `vi.mock('electron', async () => (await import('…/electron-module')).electronModule())`.
 * Vitest gives each test file its own module graph, so each file its own stand-in.
 */
let standIn: ElectronStandIn | undefined;

/** Makes the file's stand-in and returns what `import … from 'electron'` gets. */
export function electronModule(): ElectronStandIn['module'] {
  standIn = createElectronStandIn({ paths: {}, appPath: ROOT });
  return standIn.module;
}

/** The file's stand-in, for what it recorded and to fire what Electron would. */
export function electronStandIn(): ElectronStandIn {
  if (!standIn) throw new Error('electron-module: mock `electron` with electronModule() first');
  return standIn;
}

/** Runs `body` as if on another operating system (process.platform), then puts it back. */
export async function onPlatform<T>(platform: NodeJS.Platform, body: () => Promise<T>): Promise<T> {
  const original = Object.getOwnPropertyDescriptor(process, 'platform')!;
  Object.defineProperty(process, 'platform', { ...original, value: platform });
  try {
    return await body();
  } finally {
    Object.defineProperty(process, 'platform', original);
  }
}
