import path from 'node:path';
import { suggestFileName } from '../../shared/draft/file-name';
import type { Handlers } from '../../shared/ipc/contract';
import { writeDocx } from './docx-export';
import type { DraftStore } from './draft-store';
import { listExamples, readExample } from './examples';

/** What the handlers need from the shell they run in (Electron, the e2e host, tests). */
export interface HandlerDeps {
  store: DraftStore;
  /**
   * Asks where to save a file, suggesting a name; resolves to a path or null
   * when the user cancels. Electron shows a save dialog; the e2e host answers
   * with a folder chosen by the test.
   */
  chooseSavePath: (suggestedName: string) => Promise<string | null>;
  /** The folder of bundled examples (resources/examples). */
  examplesDir: string;
}

/** The Node side of the contract: one function per channel, all transports share it. */
export function createHandlers({ store, chooseSavePath, examplesDir }: HandlerDeps): Handlers {
  return {
    listDrafts: async () => store.list(),
    createDraft: (kind) => store.create(kind),
    getDraft: (id) => store.get(id),
    saveDraft: (draft) => store.save(draft),
    exportDocx: async (id) => {
      const draft = await store.get(id);
      const target = await chooseSavePath(suggestFileName(draft, 'docx'));
      if (!target) return null;
      await writeDocx(draft, target);
      return { path: target, fileName: path.basename(target) };
    },
    listExamples: () => listExamples(examplesDir),
    createFromExample: async (id) => store.add(await readExample(examplesDir, id)),
    startRevision: (id) => store.revise(id),
  };
}
