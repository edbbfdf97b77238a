/**
 * The contract's closed lists and the records that Swedish texts describe
 * (shared/i18n names each reason, attachment and export). A leaf: it imports
 * nothing, so shared/i18n can read it without a cycle through the contract,
 * whose messages come from shared/i18n.
 */

/** The files "Skicka med e-post" can attach: the Word document, the PDF, the shareable draft file. */
export const EMAIL_ATTACHMENTS = ['docx', 'pdf', 'utkast'] as const;
export type EmailAttachment = (typeof EMAIL_ATTACHMENTS)[number];

/** What a file written for a draft was. */
export const RECENT_EXPORT_KINDS = ['docx', 'pdf', 'utkast', 'e-post', 'uppfoljning-docx', 'uppfoljning-csv', 'granskning-docx'] as const;
export type RecentExportKind = (typeof RECENT_EXPORT_KINDS)[number];

/** Why a version of a draft was kept (issue 5's history; printing, PDF, email and next period from issues 6 and 7). */
export const VERSION_REASONS = [
  'redigering',
  'export',
  'status',
  'delad',
  'fore-aterstallning',
  'aterstalld',
  'ersatt-vid-import',
  'importerad',
  'pdf',
  'utskriven',
  'e-post',
  'uppfoljning',
  'granskning',
  'fore-mottagning',
  'mottagen',
] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** One backup of the data folder. */
export interface BackupSummary {
  id: string;
  createdAt: string;
  drafts: number;
  bytes: number;
  /** Made by the schedule or on demand. */
  trigger: 'schema' | 'manuell' | 'fore-aterstallning';
}

/**
 * Why the data folder can only be read: another computer (or window) has it
 * open (`locked`), or the disk refuses writes: full, read-only, no
 * permission, unreachable (a network drive that is gone), held by another
 * program, or another failure.
 */
export const READ_ONLY_REASONS = ['locked', 'disk-full', 'read-only', 'no-access', 'unreachable', 'busy', 'failed'] as const;
export type ReadOnlyReason = (typeof READ_ONLY_REASONS)[number];

/** Who has the data folder open for writing, as its lock file names them. */
export interface FolderHolder {
  /** The user name on their computer ("anna"). */
  user: string;
  /** The computer's name ("KOMMUN-PC12"). */
  computer: string;
  /** When they opened it (ISO time). */
  since: string;
}
