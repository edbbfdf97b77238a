import { readFileSync, writeSync } from 'node:fs';
import os from 'node:os';
import { Library } from '../../../../electron/services/library';
import { createLibraryHandlers } from '../../../../electron/services/handlers';
import { dispatch } from '../../../../shared/ipc/dispatch';
import type { Draft } from '../../../../shared/draft/schema';

/**
 * The child process of the two-process lock test: the app's library and
 * handlers on a data folder, as another computer (or another window) runs
 * them, until it is killed.
 *
 * `node holder.mjs <dataDir> <draft.json | -> <refreshMs> [computer]` opens
 * the folder (as `computer` when given, else as this computer), saves the
 * draft when it is the writer and one is given, prints one line of JSON
 * (`{"pid", "readOnly", "draftId"}`, written synchronously), and then keeps
 * refreshing its lock until it is killed.
 */
const [dataDir, draftPath, refreshMs, computer] = process.argv.slice(2);
const owner = { user: os.userInfo().username, computer: computer || os.hostname(), pid: process.pid };
const library = await Library.open(dataDir, { owner, refreshMs: Number(refreshMs), log: () => undefined });
const handlers = createLibraryHandlers(library, {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  openPath: async () => undefined,
  revealPath: async () => undefined,
  outboxDir: `${dataDir}-utkorg`,
  documents: { pdf: async () => new Uint8Array(), print: async () => false },
  examplesDir: `${dataDir}-exempel`,
  backupDir: `${dataDir}-sakerhetskopior`,
});
let draftId: string | null = null;
if (!library.status().readOnly && draftPath !== '-') {
  const draft = JSON.parse(readFileSync(draftPath, 'utf8')) as Draft;
  const reply = await dispatch(handlers, 'saveDraft', [draft]);
  if (!reply.ok) throw new Error(reply.error.message);
  await library.store.flush();
  draftId = draft.id;
}
writeSync(1, `${JSON.stringify({ pid: process.pid, readOnly: library.status().readOnly, draftId })}\n`);
// The library's timer does not keep a process alive (the app's window does); this one does, until the kill.
setInterval(() => undefined, 60_000);
