import path from 'node:path';
import { createHandlers, createLibraryHandlers } from '../../electron/services/handlers';
import type { DocumentPrinter, HandlerDeps } from '../../electron/services/service-deps';
import { Library, type LibraryOptions } from '../../electron/services/library';
import type { DraftStore } from '../../electron/services/draft-store';
import type { Handlers } from '../../shared/ipc/contract';
import { caller } from './caller';
import { ROOT, tempDir } from './fixtures';

/** The bundled examples, as the packaged app ships them. */
const EXAMPLES_DIR = path.join(ROOT, 'resources/examples');

/** Records what a shell was asked to do that a test has no system for. */
export interface TestShell extends Pick<HandlerDeps, 'revealPath' | 'documents' | 'outboxDir'> {
  revealed: string[];
}

/**
 * The shell's deps that tests of other features do not use: files "shown in
 * the file manager" are recorded, the outbox is a fresh folder, and printing
 * is refused (a test of printing brings its own printer, e.g. the e2e host's
 * Chromium).
 */
export function testShell(documents?: DocumentPrinter): TestShell {
  const revealed: string[] = [];
  return {
    revealed,
    revealPath: async (file) => void revealed.push(file),
    outboxDir: tempDir('samverka-utkorg-'),
    documents: documents ?? {
      pdf: async () => {
        throw new Error('no printer in this test');
      },
      print: async () => {
        throw new Error('no printer in this test');
      },
    },
  };
}

/**
 * The app's handlers on a store, with a shell in which every dialog is
 * cancelled, opening a file does nothing, and backups go beside the data
 * folder; `overrides` replaces any of those deps.
 */
export function testHandlers(store: DraftStore, overrides: Partial<HandlerDeps> = {}): Handlers {
  return createHandlers({ ...testDeps(store.dataDir), store, ...overrides });
}

/** What {@link testHandlers} and {@link testLibrary} give the handlers besides the library. */
function testDeps(dataDir: string): Omit<HandlerDeps, 'store' | 'access'> {
  return {
    ...testShell(),
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openPath: async () => undefined,
    examplesDir: EXAMPLES_DIR,
    backupDir: `${dataDir}-sakerhetskopior`,
  };
}

/**
 * A data folder opened as the app opens it (a Library, with its lock and its
 * read-only view) and the app's handlers around it, in the shell of
 * {@link testHandlers}. The caller closes the library.
 */
export async function testLibrary(dataDir: string, options: LibraryOptions = {}) {
  const library = await Library.open(dataDir, { log: () => undefined, ...options });
  const handlers = createLibraryHandlers(library, testDeps(dataDir));
  return { library, handlers, call: caller(handlers) };
}
