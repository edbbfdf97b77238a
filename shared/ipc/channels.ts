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
  'exportReviewDocx',
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
  'readImport',
  'completeImport',
  'listBackups',
  'createBackup',
  'restoreBackup',
  'openDataFolder',
  'dataFolders',
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
  'libraryStatus',
  'takeOverLibrary',
  'waitForMenuCommand',
  'startupNotices',
  'getAuthor',
  'setAuthor',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

/**
 * Which channels write to the data folder (drafts, history, the export log,
 * a restore) or start something that only ends in such a write (picking a
 * file to import, a logo to store). While the library is read-only (another
 * computer has it open, or the disk refuses writes) every one of these is
 * refused before a service runs (electron/services/handlers.ts,
 * `guardWrites`). A record over every channel, so a new channel cannot be
 * added without saying which it is. Exports and printing count as writes:
 * each keeps a version in the history and lists the file in the export log.
 * `takeOverLibrary` does not: it is how a read-only window becomes the writer.
 */
export const CHANNEL_WRITES: { readonly [K in ChannelName]: boolean } = {
  listDrafts: false,
  createDraft: true,
  getDraft: false,
  saveDraft: true,
  exportDocx: true,
  exportReviewDocx: true,
  listExamples: false,
  createFromExample: true,
  startRevision: true,
  deleteDraft: true,
  setAgreement: true,
  createPromise: true,
  listVersions: false,
  getVersion: false,
  restoreVersion: true,
  listUnreadable: false,
  shareDraft: true,
  pickImport: true,
  readImport: true,
  completeImport: true,
  listBackups: false,
  createBackup: true,
  restoreBackup: true,
  openDataFolder: false,
  dataFolders: false,
  exportPdf: true,
  printDocument: true,
  createEmail: true,
  listRecentExports: false,
  openRecentExport: false,
  pickLogo: true,
  saveFollowUp: true,
  exportFollowUpReport: true,
  exportFollowUpCsv: true,
  startNextPeriod: true,
  libraryStatus: false,
  takeOverLibrary: false,
  waitForMenuCommand: false,
  startupNotices: false,
  getAuthor: false,
  setAuthor: true,
};

/** Prefix of every channel on Electron's IPC, so ours never clash with others. */
export const IPC_PREFIX = 'samverka:';

/** The HTTP path under which the e2e host answers a channel. */
export const HTTP_PREFIX = '/__samverka/ipc/';
