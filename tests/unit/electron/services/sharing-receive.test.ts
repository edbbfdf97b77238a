import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { createExports } from '../../../../electron/services/exports';
import { DraftHistory, draftIdentity } from '../../../../electron/services/history';
import { createSharing } from '../../../../electron/services/sharing';
import { draftSchema, type Draft } from '../../../../shared/draft/schema';
import { exampleDraft, tempDir } from '../../../support/fixtures';

/**
 * "Ta emot ändringar" between two (or three) libraries in real temp data
 * folders, with the real store and history; the dialogs are paths the test
 * chooses. The municipality shares the example, the police imports it,
 * both edit, the police shares back.
 */

const ID = exampleDraft().id;

/** A library whose save dialog writes into `folder` and whose open dialog opens what the test picked. */
async function library(name: string) {
  const dataDir = tempDir(`samverka-${name}-`);
  const folder = tempDir(`samverka-${name}-filer-`);
  const store = await DraftStore.open(dataDir);
  const history = new DraftHistory(dataDir);
  let picked: string | null = null;
  const bestEffort = async (_what: string, step: () => Promise<unknown>) => void (await step());
  const exports = createExports({ store: { dataDir }, history, chooseSavePath: async (suggested) => path.join(folder, `${name}-${suggested}`), bestEffort });
  const sharing = createSharing({ store, history, exports, chooseOpenPath: async () => picked });
  return {
    store,
    history,
    sharing,
    /** Shares the draft; the path of the file written. */
    share: async () => (await sharing.shareDraft(ID))!.path,
    /** Picks a file for import. */
    pick: async (file: string) => {
      picked = file;
      return (await sharing.pickImport())!;
    },
    /** Saves the stored draft with an edit. */
    edit: async (change: (draft: Draft) => void) => {
      const draft = await store.get(ID);
      change(draft);
      await store.save(draft);
      return store.get(ID);
    },
    reasons: async () => (await history.list(ID)).map((version) => version.reason),
  };
}

const activity = (draft: Draft, id: string) => draft.activities.find((a) => a.id === id)!;

/** The municipality shares the example; the police imports it, edits its activity a2 and its signatory, and shares back. */
async function roundTrip(options: { municipality?: (draft: Draft) => void; police?: (draft: Draft) => void } = {}) {
  const municipality = await library('kommun');
  await municipality.store.save(draftSchema.parse(exampleDraft()));
  const v1 = await municipality.store.get(ID);
  const first = await municipality.share();

  const police = await library('polis');
  const imported = await police.pick(first);
  expect([imported.existing, imported.receive]).toEqual([null, null]);
  await police.sharing.completeImport(imported.token, 'copy');
  await police.edit((d) => {
    activity(d, 'a2').text = 'genomföra minst 4 riktade insatser mot narkotikabrott';
    d.signatories[1].name = 'Anna Svensson';
    options.police?.(d);
  });
  const back = await police.share();

  await municipality.edit((d) => {
    d.statement = 'Kommunens nya löftesmening.';
    activity(d, 'a3').text = 'säkerställa närvaro av centrumvärd varje dag';
    options.municipality?.(d);
  });
  return { municipality, police, v1, first, back };
}

describe('the lineage of a shared file', () => {
  it('names the versions exchanged: none at first, then the version the police imported', async () => {
    const { v1, first, back } = await roundTrip();
    expect(JSON.parse(readFileSync(first, 'utf8'))).not.toHaveProperty('basedOn');
    expect(JSON.parse(readFileSync(back, 'utf8')).basedOn).toEqual([draftIdentity(v1)]);
  });
});
