import type { BackupSummary, FolderHolder, ReadOnlyReason } from '../ipc/vocabulary';
import { clockTime, formatTimestamp, localIsoDate } from '../calendar';
import { BUSY_CODES, FULL_DISK_CODES, UNREACHABLE_CODES } from './file-system';
import { inSentence } from './sentence';

/**
 * The data folder: the "Datamapp och säkerhetskopior" page (renderer/data)
 * with its backups, the Node side's messages of backups and of a restore
 * that was interrupted, and the banner above every page while the folder can
 * only be read.
 */

/** Why a backup was made, as the list names it. */
export const BACKUP_TRIGGER_LABEL: Record<BackupSummary['trigger'], string> = {
  schema: 'Automatisk',
  manuell: 'Gjord på begäran',
  'fore-aterstallning': 'Före en återställning',
};

/** A backup's time to the second, which tells two backups of the same minute apart: "2026-03-04 14:02:33". */
export function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${localIsoDate(date)} ${clockTime(date, { seconds: true })}`;
}

/** `#/datamapp`: the data folder and its backups. */
export const DATA_TEXT = {
  heading: 'Datamapp och säkerhetskopior',
  intro:
    'Alla dokument sparas i datamappen på den här datorn. Samverka gör säkerhetskopior av hela mappen automatiskt med jämna ' +
    'mellanrum och när du ber om det. Säkerhetskopiorna sparas bredvid datamappen.',
  /** The way back, above the heading: the start page's list, as the editor's link names it. */
  back: 'Alla dokument',
  /** The paths of the data folder and of its backups, under "Öppna datamappen". */
  foldersLabel: 'Var filerna finns',
  dataFolder: 'Datamappen',
  backupFolder: 'Säkerhetskopiorna',
  foldersFailed: (message: string) => `Mapparnas sökvägar kunde inte hämtas: ${inSentence(message)}.`,
  openFolder: 'Öppna datamappen',
  openFolderHint: 'Visar mappen i datorns filhanterare. Ändra eller flytta inte filerna där medan Samverka är igång.',
  openFolderFailed: (message: string) => `Datamappen kunde inte öppnas: ${inSentence(message)}.`,
  backupsHeading: 'Säkerhetskopior',
  backupNow: 'Gör en säkerhetskopia nu',
  backingUp: 'Gör en säkerhetskopia…',
  backupDone: (when: string) => `Säkerhetskopian är klar (${when}).`,
  backupFailed: (message: string) => `Säkerhetskopian kunde inte göras: ${inSentence(message)}. Utkasten är oförändrade.`,
  loading: 'Hämtar säkerhetskopiorna…',
  loadFailed: (message: string) => `Säkerhetskopiorna kunde inte hämtas: ${inSentence(message)}.`,
  retry: 'Försök igen',
  empty: 'Det finns inga säkerhetskopior ännu. Gör en nu, eller låt Samverka göra en automatiskt.',
  tableCaption: 'Säkerhetskopior, nyast först',
  columns: { createdAt: 'Tidpunkt', trigger: 'Anledning', drafts: 'Utkast', bytes: 'Storlek', action: 'Åtgärd' },
  draftCount: (n: number) => (n === 1 ? '1 utkast' : `${n} utkast`),
  restore: 'Återställ',
  /** The accessible name of a row's "Återställ": which backup it restores. */
  restoreLabel: (when: string) => `Återställ säkerhetskopian från ${when}`,
  confirmQuestion: (when: string) => `Återställa säkerhetskopian från ${when}?`,
  confirmText: (drafts: number) =>
    `Utkasten i datamappen ersätts med de som finns i säkerhetskopian (${drafts === 1 ? '1 utkast' : `${drafts} utkast`}). ` +
    'Först görs en ny säkerhetskopia av utkasten som de är nu, så att ingenting går förlorat och du kan ångra genom att återställa den.',
  confirm: 'Ja, återställ',
  cancel: 'Avbryt',
  restoring: 'Återställer…',
  restored: (when: string) =>
    `Säkerhetskopian från ${when} är återställd. Utkasten som fanns innan sparades först i en ny säkerhetskopia, som står överst i listan.`,
  restoreFailed: (message: string) => `Säkerhetskopian kunde inte återställas: ${inSentence(message)}.`,
  toStart: 'Till alla dokument',
} as const;

/** Messages of the backups of the data folder. */
export const BACKUP_MESSAGE = {
  notFound: () => 'Säkerhetskopian finns inte. Uppdatera listan och välj en av säkerhetskopiorna i den.',
  incomplete: () => 'Säkerhetskopian är ofullständig (mappen med utkasten saknas) och kan inte återställas. Välj en annan säkerhetskopia.',
  writeFailed: (folder: string, cause: string) =>
    `Det gick inte att skriva i ”${folder}”: ${cause}. Frigör utrymme eller kontrollera behörigheten och försök igen.`,
  restoreFailed: (cause: string) =>
    `Återställningen avbröts: ${cause}. Utkasten som fanns innan finns kvar i säkerhetskopian ”Före en återställning”, som går att återställa.`,
} as const;

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
 * The texts of a data folder that can only be read: another computer has it
 * open (its lock file names who), or its disk refuses writes (full,
 * read-only, no permission, unreachable). Each says what is wrong, that the
 * drafts can still be read, and what to do. The banner shows them above
 * every page; a refused change carries the same words.
 */

/** "anna på KOMMUN-PC12 sedan 09:12" (a date before the time when it was not today). */
export function holderText(holder: FolderHolder, now: Date = new Date()): string {
  return `${holder.user} på ${holder.computer} sedan ${formatTimestamp(holder.since, now)}`;
}

/**
 * The reason a data folder cannot be written, from the code the operating
 * system gave when the app tried (making its lock, opening the library).
 */
export function readOnlyReasonOf(code: string | undefined): Exclude<ReadOnlyReason, 'locked'> {
  if (!code) return 'failed';
  if (FULL_DISK_CODES.has(code)) return 'disk-full';
  if (code === 'EROFS') return 'read-only';
  if (code === 'EACCES' || code === 'EPERM') return 'no-access';
  if (UNREACHABLE_CODES.has(code)) return 'unreachable';
  if (BUSY_CODES.has(code)) return 'busy';
  return 'failed';
}

/** What the banner says of a disk problem: what is wrong with `folder` and what to do; `cause` words an unknown failure. */
export function diskProblemMessage(reason: Exclude<ReadOnlyReason, 'locked'>, folder: string, cause: string): string {
  switch (reason) {
    case 'disk-full':
      return DATA_FOLDER_MESSAGE['disk-full']();
    case 'read-only':
      return DATA_FOLDER_MESSAGE['read-only'](folder);
    case 'no-access':
      return DATA_FOLDER_MESSAGE['no-access'](folder);
    case 'unreachable':
      return DATA_FOLDER_MESSAGE.unreachable(folder);
    case 'busy':
      return DATA_FOLDER_MESSAGE.busy();
    case 'failed':
      return DATA_FOLDER_MESSAGE.failed(cause);
  }
}

/** What the banner and a refused change say, by reason. */
export const DATA_FOLDER_MESSAGE = {
  /** Another computer or window has the folder open; `stale` once its lock has not been refreshed for a while. */
  locked: (holder: FolderHolder, stale: boolean, now?: Date) =>
    `Öppnad av ${holderText(holder, now)} – du kan läsa men inte ändra.` +
    (stale
      ? ` Samverka hos ${holder.user} verkar inte vara igång längre. Välj ”Ta över” om du vet att ingen annan arbetar i datamappen.`
      : ' Be den som har datamappen öppen att stänga Samverka, så kan du ta över.'),
  /** The computer that had the folder open has closed it: this window may become the writer. */
  released: () => 'Datamappen är inte längre öppen i Samverka någon annanstans, men det här fönstret kan bara läsa. Välj ”Ta över” för att kunna ändra.',
  /** The lock file is there but says nothing readable (being written, or damaged). */
  lockedUnknown: (stale: boolean) =>
    'Datamappen är öppnad i Samverka på en annan dator – du kan läsa men inte ändra.' +
    (stale ? ' Den andra datorn verkar inte använda den längre. Välj ”Ta över” om du vet att ingen annan arbetar i datamappen.' : ''),
  'disk-full': () =>
    'Disken där datamappen ligger är full, så inget kan sparas – du kan läsa men inte ändra. Frigör utrymme (töm papperskorgen eller ta bort stora filer) och välj ”Försök igen”.',
  'read-only': (folder: string) =>
    `Datamappen ”${folder}” är skrivskyddad, så inget kan sparas – du kan läsa men inte ändra. Be IT om skrivbehörighet och välj ”Försök igen”.`,
  'no-access': (folder: string) =>
    `Du saknar behörighet att skriva i datamappen ”${folder}”, så inget kan sparas – du kan läsa men inte ändra. Be IT om behörighet och välj ”Försök igen”.`,
  unreachable: (folder: string) =>
    `Datamappen ”${folder}” går inte att nå: mappen finns inte eller nätverksenheten är inte ansluten. Inga utkast kan visas eller sparas. Kontrollera anslutningen och välj ”Försök igen”.`,
  busy: () =>
    'En fil i datamappen används av ett annat program (till exempel ett antivirusprogram), så inget kan sparas just nu – du kan läsa men inte ändra. Vänta en stund och välj ”Försök igen”.',
  failed: (cause: string) =>
    `Datamappen kunde inte öppnas för att spara (${cause}) – du kan läsa men inte ändra. Välj ”Försök igen”; om felet kvarstår, starta om Samverka eller kontakta IT.`,
  /** A change refused because the folder can only be read: nothing was written; the status says why. */
  refused: (status: string) => `Inget har ändrats. ${status}`,
  /** "Ta över" found the holder still working in the folder. */
  stillHeld: (holder: FolderHolder | null, now?: Date) =>
    holder
      ? `Datamappen används fortfarande av ${holderText(holder, now)}, så den kan inte tas över. Be dem stänga Samverka och försök igen.`
      : 'Datamappen används fortfarande av Samverka på en annan dator, så den kan inte tas över. Försök igen om en stund.',
} as const;

/** The banner above every page while the library can only be read. */
export const DATA_FOLDER_TEXT = {
  /** Over what the app has to say from its start: the policy file's problems, what was recovered of a restore. */
  noticesHeading: 'Att känna till',
  closeNotices: 'Stäng',
  heading: {
    locked: 'Datamappen är öppen på en annan dator',
    'disk-full': 'Disken är full',
    'read-only': 'Datamappen är skrivskyddad',
    'no-access': 'Behörighet saknas',
    unreachable: 'Datamappen går inte att nå',
    busy: 'En fil i datamappen är upptagen',
    failed: 'Datamappen kan inte ändras',
  } satisfies Record<ReadOnlyReason, string>,
  /** Locked, but nobody is known to hold it any longer: the holder quit, or its lock went stale without a name. */
  headingFree: 'Det här fönstret kan bara läsa',
  takeOver: 'Ta över',
  retry: 'Försök igen',
  working: 'Försöker…',
  /** Announced when the library can be changed again. */
  writable: 'Datamappen kan ändras igen.',
  failed: (message: string) => `Det gick inte: ${message}`,
} as const;

/** Who has the data folder open when the computer does not say: written in its lock file, and so shown in the banner. */
export const FOLDER_HOLDER_TEXT = {
  unknownUser: 'okänd användare',
  unknownComputer: 'okänd dator',
} as const;
