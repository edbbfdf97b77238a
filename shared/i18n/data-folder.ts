import type { FolderHolder, ReadOnlyReason } from '../ipc/contract';
import { formatTimestamp } from './dates';
import { BUSY_CODES, FULL_DISK_CODES, UNREACHABLE_CODES } from './sharing';

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
