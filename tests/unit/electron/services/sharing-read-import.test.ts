import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../electron/services/draft-store';
import { createSharing } from '../../../../electron/services/sharing';
import { LIMITS } from '../../../../shared/draft/limits';
import { UserError } from '../../../../shared/errors';
import { EXAMPLE_FILE, tempDir } from '../../../support/fixtures';

/**
 * `readImport`: a file dropped on the window, its bytes in base64, read as
 * `pickImport` reads the same file picked in the dialog.
 */
async function sharing() {
  const store = await DraftStore.open(tempDir());
  const folder = tempDir();
  let picked: string | null = null;
  const service = createSharing({
    store,
    history: {
      record: async () => ({ id: 'v', savedAt: '', reason: 'importerad', title: '', status: 'utkast', kept: false }),
      exchanged: async () => [],
      find: async () => null,
    },
    exports: { save: async () => null },
    chooseOpenPath: async () => picked,
  });
  /** What the dialog would open: `bytes` written to a file named `name`. */
  const pick = (name: string, bytes: Uint8Array) => {
    picked = path.join(folder, name);
    writeFileSync(picked, bytes);
    return service.pickImport();
  };
  return { store, service, pick };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof UserError ? { code: error.code, message: error.message } : error));

describe('readImport', () => {
  it('gives the same preview as picking the same file, and completeImport stores it', async () => {
    const { store, service, pick } = await sharing();
    const bytes = readFileSync(EXAMPLE_FILE);
    const { token: _picked, ...fromDialog } = (await pick('utkast.samverka.json', bytes))!;
    const { token, ...fromDrop } = await service.readImport('utkast.samverka.json', base64(bytes));
    expect(fromDrop).toEqual(fromDialog);
    const stored = await service.completeImport(token, 'copy');
    expect(store.list().map((summary) => summary.id)).toEqual([stored.id]);
  });

  it.each([
    // Windows-1252: JSON but for its "å", "ä" and "ö".
    ['not UTF-8', Buffer.from(readFileSync(EXAMPLE_FILE, 'utf8').replace(/[^\u0000-\u00ff]/g, '-'), 'latin1')],
    ['not JSON', Buffer.from('{"format": "samverka", ')],
    ['empty', new Uint8Array()],
    ['too large', new Uint8Array(LIMITS.fileBytes + 1).fill(0x20)],
  ])('refuses a file that is %s exactly as the dialog\u2019s import does', async (_what, bytes) => {
    const { service, pick } = await sharing();
    const fromDialog = await refusal(pick('x.samverka.json', bytes));
    expect(fromDialog).toMatchObject({ code: expect.stringMatching(/^import-/) });
    expect(await refusal(service.readImport('x.samverka.json', base64(bytes)))).toEqual(fromDialog);
  });
});
