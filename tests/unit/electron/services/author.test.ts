import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHOR_FILE, AuthorSetting } from '../../../../electron/services/author';
import { DraftStore } from '../../../../electron/services/draft-store';
import { UserError } from '../../../../shared/errors';
import { caller } from '../../../support/caller';
import { tempDir } from '../../../support/fixtures';
import { testHandlers } from '../../../support/test-shell';

/** "Jag företräder", kept in a data folder on the real disk. */

describe('AuthorSetting', () => {
  it('is not set in a new data folder, and once set is read back by another instance from the file', async () => {
    const dataDir = tempDir();
    expect(await new AuthorSetting(dataDir).get()).toBeNull();
    expect(await new AuthorSetting(dataDir).set({ role: 'polis', name: '  Anna Svensson ' })).toEqual({ role: 'polis', name: 'Anna Svensson' });
    expect(await new AuthorSetting(dataDir).get()).toEqual({ role: 'polis', name: 'Anna Svensson' });
    expect(JSON.parse(readFileSync(path.join(dataDir, AUTHOR_FILE), 'utf8'))).toEqual({ version: 1, author: { role: 'polis', name: 'Anna Svensson' } });
    // Written atomically: no temp file is left beside it.
    expect(readdirSync(dataDir)).toEqual([AUTHOR_FILE]);
  });

  it('reads a broken or foreign file as not set, and replaces it on the next set', async () => {
    const dataDir = tempDir();
    writeFileSync(path.join(dataDir, AUTHOR_FILE), '{"version": 1, "author": {"role": "chef"');
    const setting = new AuthorSetting(dataDir);
    expect(await setting.get()).toBeNull();
    writeFileSync(path.join(dataDir, AUTHOR_FILE), JSON.stringify({ version: 1, author: { role: 'chef', name: 'X' } }));
    expect(await setting.get()).toBeNull();
    await setting.set({ role: 'kommun', name: 'Eva Ek' });
    expect(await setting.get()).toEqual({ role: 'kommun', name: 'Eva Ek' });
  });
});

describe('the getAuthor and setAuthor channels', () => {
  it('keep the setting in the open data folder, and refuse a blank name or an unknown role', async () => {
    const dataDir = tempDir();
    const call = caller(testHandlers(await DraftStore.open(dataDir)));
    expect(await call('getAuthor')).toBeNull();
    expect(await call('setAuthor', { role: 'annan', name: 'Per i bostadsbolaget' })).toEqual({ role: 'annan', name: 'Per i bostadsbolaget' });
    expect(await call('getAuthor')).toEqual({ role: 'annan', name: 'Per i bostadsbolaget' });
    await expect(call('setAuthor', { role: 'polis', name: '   ' })).rejects.toThrow();
    await expect(call('setAuthor', { role: 'chef' as 'polis', name: 'X' })).rejects.toThrow();
    expect(await new AuthorSetting(dataDir).get()).toEqual({ role: 'annan', name: 'Per i bostadsbolaget' });
  });

  it('write nothing while the data folder is read-only', async () => {
    const dataDir = tempDir();
    const refused = new UserError('read-only', 'Datamappen är skrivskyddad.');
    const access = {
      status: () => ({ readOnly: true, reason: 'locked' as const, holder: null, canTakeOver: false, message: refused.message }),
      assertWritable: async () => {
        throw refused;
      },
      takeOver: async () => access.status(),
    };
    const call = caller(testHandlers(await DraftStore.open(dataDir), { access }));
    await expect(call('setAuthor', { role: 'polis', name: 'Anna Svensson' })).rejects.toThrow('Datamappen är skrivskyddad.');
    expect(await call('getAuthor')).toBeNull();
    expect(readdirSync(dataDir)).not.toContain(AUTHOR_FILE);
  });
});
