import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { isWindowsDeviceName } from '../../../../shared/draft/file-name';
import { exampleDraft, tempDir } from '../../../support/fixtures';
import { caller } from '../../../support/caller';
import { testHandlers } from '../../../support/test-shell';

/**
 * "Skicka med e-post" names its folder and files itself, without a dialog
 * that could catch a bad name: a draft titled like a Windows device must
 * still get names Windows can create.
 */
describe('the email outbox on Windows', () => {
  it('names the folder, the .eml and the attachments of a draft titled "CON", with no municipality named, so Windows can create them', async () => {
    const store = await DraftStore.open(tempDir());
    const outboxDir = tempDir('samverka-utkorg-');
    const call = caller(testHandlers(store, { outboxDir, now: () => new Date(2026, 2, 12, 14, 2) }));
    await store.save({ ...exampleDraft(), title: 'CON', parties: exampleDraft().parties.map((party) => ({ ...party, name: '' })) });
    const result = await call('createEmail', exampleDraft().id, { subject: 'Utkast', body: '', attachments: ['docx', 'utkast'], withPromises: false });

    expect(result.fileName).toBe('medborgarlofte-con-2020-2021.eml');
    expect(result.attachments).toEqual(['medborgarlofte-con-2020-2021.docx', 'medborgarlofte-con-2020-2021.samverka.json']);
    const folder = path.dirname(result.path);
    expect(path.basename(folder)).toBe('2026-03-12-1402-medborgarlofte-con-2020-2021');
    for (const name of [path.basename(folder), ...readdirSync(folder)]) {
      expect(isWindowsDeviceName(name), name).toBe(false);
      expect(name).not.toMatch(/[. ]$/);
    }
  });
});
