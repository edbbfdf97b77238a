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
  it('names the folder, the .eml and the attachments of a draft titled "CON" so Windows can create them', async () => {
    const store = await DraftStore.open(tempDir());
    const outboxDir = tempDir('samverka-utkorg-');
    const call = caller(testHandlers(store, { outboxDir, now: () => new Date(2026, 2, 12, 14, 2) }));
    await store.save({ ...exampleDraft(), title: 'CON' });
    const result = await call('createEmail', exampleDraft().id, { subject: 'Utkast', body: '', attachments: ['docx', 'utkast'], withPromises: false });

    expect(result.fileName).toBe('con-medborgarlofte.eml');
    expect(result.attachments).toEqual(['con-medborgarlofte.docx', 'con-medborgarlofte.samverka.json']);
    const folder = path.dirname(result.path);
    expect(path.basename(folder)).toBe('2026-03-12-1402-con-medborgarlofte');
    for (const name of [path.basename(folder), ...readdirSync(folder)]) {
      expect(isWindowsDeviceName(name), name).toBe(false);
      expect(name).not.toMatch(/[. ]$/);
    }
  });
});
