import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../../../shared/ipc/channels';
import { CONTRACT, type Handlers } from '../../../../shared/ipc/contract';
import { dispatch } from '../../../../shared/ipc/dispatch';
import { UserError } from '../../../../shared/errors';
import { exampleDraft } from '../../../support/fixtures';
import type { Draft } from '../../../../shared/draft/schema';

const handlers = (overrides: Partial<Handlers> = {}): Handlers => ({
  listDrafts: async () => [],
  createDraft: async () => exampleDraft(),
  getDraft: async () => exampleDraft(),
  saveDraft: async () => ({ updatedAt: '2026-11-21T10:00:00.000Z' }),
  exportDocx: async () => null,
  exportReviewDocx: async () => null,
  listExamples: async () => [],
  createFromExample: async () => exampleDraft(),
  startRevision: async () => exampleDraft(),
  deleteDraft: async () => null,
  setAgreement: async () => exampleDraft(),
  createPromise: async () => exampleDraft(),
  listVersions: async () => [],
  getVersion: async () => exampleDraft(),
  restoreVersion: async () => exampleDraft(),
  listUnreadable: async () => [],
  shareDraft: async () => null,
  pickImport: async () => null,
  readImport: async () => {
    throw new UserError('import-invalid', 'Filen är inte ett Samverka-utkast.');
  },
  completeImport: async () => exampleDraft(),
  listBackups: async () => [],
  createBackup: async () => ({ id: 'b', createdAt: '2026-11-21T10:00:00.000Z', drafts: 0, bytes: 0, trigger: 'manuell' }),
  restoreBackup: async () => null,
  openDataFolder: async () => null,
  dataFolders: async () => ({ dataFolder: '/data', backupFolder: '/backups' }),
  exportPdf: async () => null,
  printDocument: async () => false,
  createEmail: async () => ({ path: '/x.eml', fileName: 'x.eml', attachments: [], opened: true }),
  listRecentExports: async () => [],
  openRecentExport: async () => null,
  pickLogo: async () => null,
  saveFollowUp: async () => exampleDraft(),
  exportFollowUpReport: async () => null,
  exportFollowUpCsv: async () => null,
  startNextPeriod: async () => exampleDraft(),
  libraryStatus: async () => ({ readOnly: false, reason: null, holder: null, canTakeOver: false, message: null }),
  takeOverLibrary: async () => ({ readOnly: false, reason: null, holder: null, canTakeOver: false, message: null }),
  waitForMenuCommand: async () => null,
  startupNotices: async () => [],
  getAuthor: async () => null,
  setAuthor: async (author) => author,
  ...overrides,
});

describe('the contract', () => {
  it('declares exactly the channel names the preload exposes', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNEL_NAMES].sort());
  });
});

describe('dispatch', () => {
  it('refuses a channel that is not in the contract, including prototype names', async () => {
    for (const name of ['deleteEverything', 'constructor', '__proto__', 'toString']) {
      expect(await dispatch(handlers(), name, [])).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
    }
  });

  it('never calls a handler with arguments that fail the schema', async () => {
    const getDraft = vi.fn(async () => exampleDraft());
    for (const args of [undefined, {}, ['../../etc/passwd'], ['5b0d6c1e-8f5a-4d3e-9b1a-2c7e4f6a9d10', 'extra'], [{ ...exampleDraft(), format: 'x' }]]) {
      const reply = await dispatch(handlers({ getDraft }), 'getDraft', args);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    }
    expect(getDraft).not.toHaveBeenCalled();
  });

  it('names the field when a saved draft breaks the format', async () => {
    const draft = exampleDraft();
    draft.activities[0].partyIds = ['okand'];
    const reply = await dispatch(handlers(), 'saveDraft', [draft]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    if (!reply.ok) expect(reply.error.message).toContain('aktivitet 1, part');
  });

  it('passes parsed arguments and returns the value', async () => {
    const saveDraft = vi.fn(async (_draft: Draft) => ({ updatedAt: 'then' }));
    const reply = await dispatch(handlers({ saveDraft }), 'saveDraft', [exampleDraft()]);
    expect(reply).toEqual({ ok: true, value: { updatedAt: 'then' } });
    expect(saveDraft.mock.calls[0][0].title).toBe('Medborgarlöfte för Söderhamn 2020–2021');
  });

  it('turns a UserError into its message and anything else into a generic one', async () => {
    const onUnexpected = vi.fn();
    const userError = await dispatch(handlers({ listDrafts: async () => { throw new UserError('nope', 'Det gick inte.'); } }), 'listDrafts', []);
    expect(userError).toEqual({ ok: false, error: { code: 'nope', message: 'Det gick inte.' } });
    const crash = await dispatch(handlers({ listDrafts: async () => { throw new TypeError('boom'); } }), 'listDrafts', [], onUnexpected);
    expect(crash).toEqual({ ok: false, error: { code: 'unexpected', message: 'Ett oväntat fel inträffade: boom' } });
    expect(onUnexpected).toHaveBeenCalledOnce();
  });
});
