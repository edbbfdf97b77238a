/**
 * The names of the IPC channels, without their schemas, so that the preload
 * script can expose them without bundling zod. contract.ts declares each one
 * fully and the compiler keeps the two lists equal.
 */
export const CHANNEL_NAMES = [
  'listDrafts',
  'createDraft',
  'getDraft',
  'saveDraft',
  'exportDocx',
  'listExamples',
  'createFromExample',
  'startRevision',
  'deleteDraft',
  'setAgreement',
  'createPromise',
  'listVersions',
  'getVersion',
  'restoreVersion',
  'listUnreadable',
  'shareDraft',
  'pickImport',
  'completeImport',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'openDataFolder',
  'exportPdf',
  'printDocument',
  'createEmail',
  'listRecentExports',
  'openRecentExport',
  'pickLogo',
  'saveFollowUp',
  'exportFollowUpReport',
  'exportFollowUpCsv',
  'startNextPeriod',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/** Prefix of every channel on Electron's IPC, so ours never clash with others. */
export const IPC_PREFIX = 'samverka:';

/** The HTTP path under which the e2e host answers a channel. */
export const HTTP_PREFIX = '/__samverka/ipc/';
