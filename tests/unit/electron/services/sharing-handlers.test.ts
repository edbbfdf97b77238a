import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { tempDir } from '../../../support/fixtures';

/**
 * "Dela utkast" → "Importera" between two libraries, through the contract
 * (`dispatch` checks the arguments as every transport does), with the dialogs
 * answered by one shared folder: what the e2e test does in a browser.
 */

async function app(sharedFolder: string) {
  const dataDir = tempDir();
  const store = await DraftStore.open(dataDir);
  const handlers = testHandlers(store, {
    chooseSavePath: async (name) => path.join(sharedFolder, name),
    chooseOpenPath: async () => path.join(sharedFolder, 'medborgarlofte-soderhamn-2020-2021.samverka.json'),
  });
  const call = caller(handlers);
  return { store, call };
}

describe('sharing and importing through the contract', () => {
  it('shares a draft and imports it into a fresh library as the identical draft; a second import offers to replace it', async () => {
    const shared = tempDir();
    const from = await app(shared);
    const original = await from.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    const file = (await from.call('shareDraft', original.id))!;
    expect(file.fileName).toBe('medborgarlofte-soderhamn-2020-2021.samverka.json');
    expect((await from.call('listVersions', original.id)).map((v) => v.reason)).toContain('delad');

    const to = await app(shared);
    const preview = (await to.call('pickImport'))!;
    expect(preview.existing).toBeNull();
    const imported = await to.call('completeImport', preview.token, 'copy');
    expect(imported).toEqual(original);
    expect(await to.call('getDraft', original.id)).toEqual(original);

    const again = (await to.call('pickImport'))!;
    expect(again.existing).toMatchObject({ id: original.id });
    await to.call('completeImport', again.token, 'replace');
    expect((await to.call('listVersions', original.id)).map((v) => v.reason)).toEqual(['importerad', 'ersatt-vid-import', 'importerad']);
  });

  it('refuses a token that is not of the contract\'s form before it reaches the service', async () => {
    const { call } = await app(tempDir());
    await expect(call('completeImport', '../../etc/passwd', 'copy')).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
    await expect(call('completeImport', 'a-token', 'merge' as never)).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
  });

  it('receives the changes of a draft shared back, with the user\'s choices checked by the contract', async () => {
    const shared = tempDir();
    const from = await app(shared);
    const original = await from.call('createFromExample', 'medborgarlofte-soderhamn-2020-2021');
    await from.call('shareDraft', original.id);
    const to = await app(shared);
    await to.call('completeImport', (await to.call('pickImport'))!.token, 'copy');
    const edited = await to.call('getDraft', original.id);
    await to.call('saveDraft', { ...edited, title: 'Polisens titel' });
    await to.call('shareDraft', original.id);

    const preview = (await from.call('pickImport'))!;
    expect(preview.receive).toMatchObject({ comparison: 'three-way', changes: [{ change: 'changed', path: ['title'] }] });
    await expect(from.call('completeImport', preview.token, 'receive', { leave: [-1], conflicts: [] })).rejects.toThrow(/Uppgifterna kunde inte tas emot/);
    const stored = await from.call('completeImport', preview.token, 'receive', { leave: [], conflicts: [] });
    expect(stored.title).toBe('Polisens titel');
    expect((await from.call('listVersions', original.id)).map((v) => v.reason).slice(0, 3)).toEqual(['mottagen', 'importerad', 'fore-mottagning']);
  });
});
