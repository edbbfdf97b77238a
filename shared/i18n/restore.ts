import { BACKUP_TRIGGER_LABEL, formatBackupTime } from './library';

/**
 * What the app says when it opens a data folder in which a restore of a
 * backup was under way when Samverka stopped (electron/services/backups.ts
 * `recoverDataFolder`): the restore was finished or undone, never left half
 * done, and where the drafts from before it are.
 */
export const RESTORE_MESSAGE = {
  finished: (backupCreatedAt: string) =>
    `Samverka stängdes medan säkerhetskopian från ${formatBackupTime(backupCreatedAt)} återställdes. ` +
    `Återställningen har nu gjorts klart. Utkasten som fanns innan finns i säkerhetskopian ”${BACKUP_TRIGGER_LABEL['fore-aterstallning']}”.`,
  undone: (backupCreatedAt: string) =>
    `Samverka stängdes medan säkerhetskopian från ${formatBackupTime(backupCreatedAt)} skulle återställas. ` +
    'Återställningen hann inte börja, och utkasten är som före den. Återställ säkerhetskopian igen under ”Datamapp och säkerhetskopior” om du vill.',
  /** What an interrupted restore left that no backup held, kept as a backup of its own. */
  keptAsBackup: (createdAt: string) =>
    `Filer som en avbruten återställning lämnade kvar, och som inte fanns i någon säkerhetskopia, har sparats som säkerhetskopian ` +
    `”${BACKUP_TRIGGER_LABEL['fore-aterstallning']}” från ${formatBackupTime(createdAt)}.`,
  /** A restore by an earlier version of Samverka, which kept no record of its steps, had left the data folder without some of its folders. */
  refilled: () =>
    'En återställning av en säkerhetskopia avbröts i en tidigare version av Samverka och lämnade datamappen ofullständig. ' +
    'Det som saknades har hämtats från det återställningen lämnade kvar. Kontrollera utkasten; säkerhetskopiorna finns kvar under ”Datamapp och säkerhetskopior”.',
} as const;

/**
 * The messages of "Senaste exporter" when a listed file is opened or shown:
 * only a file the app wrote itself, unchanged since, is ever opened.
 */
export const RECENT_EXPORT_CHECK_MESSAGE = {
  changed: (fileName: string) =>
    `Filen ”${fileName}” har ändrats eller bytts ut sedan Samverka sparade den och öppnas därför inte härifrån. ` +
    'Exportera utkastet igen, eller öppna filen själv om du vet vad den innehåller.',
} as const;
