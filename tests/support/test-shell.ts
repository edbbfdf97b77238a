import type { DocumentPrinter, HandlerDeps } from '../../electron/services/handlers';
import { tempDir } from './fixtures';

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
