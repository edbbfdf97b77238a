import { readFileSync, writeSync } from 'node:fs';
import { DraftStore } from '../../../../electron/services/draft-store';
import type { Draft } from '../../../../shared/draft/schema';

/**
 * The child process of the crash test: opens the library in a data folder
 * with the real DraftStore and saves one large draft over and over, its
 * `sparning` counter going up by one each time, until it is killed.
 *
 * `node saver.mjs <dataDir> <draft.json> <first counter>` prints, each line
 * written synchronously so none is lost when the process dies:
 *   ready       the library is open
 *   start <n>   save n is about to be made
 *   ack <n>     save n has resolved (the store says it is on disk)
 */
const [dataDir, draftPath, first] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);

const draft: Draft = JSON.parse(readFileSync(draftPath, 'utf8'));
const store = await DraftStore.open(dataDir);
// Each save is based on the version stored, as the editor's is: the one the last save gave back.
let base = store.summary(draft.id)?.updatedAt ?? draft.updatedAt;
say('ready');
for (let n = Number(first); ; n++) {
  say(`start ${n}`);
  base = (await store.save({ ...draft, updatedAt: base, title: `Sparning ${n}`, sparning: n } as Draft)).updatedAt;
  say(`ack ${n}`);
}
