import type { BackupSummary } from '../ipc/contract';
import { inSentence } from './sentence';

/**
 * The Swedish texts of the library's own pages and panels: the start page's
 * "Kunde inte läsas" list and "Importera utkast", and the data folder page
 * with its backups. Labels of kinds and statuses come from terms.ts.
 */


const filesWord = (n: number) => (n === 1 ? '1 fil' : `${n} filer`);

/** The start page's list of draft files that could not be read. */
export const UNREADABLE_TEXT = {
  heading: 'Kunde inte läsas',
  intro: (n: number) =>
    `${filesWord(n)} i datamappen kunde inte läsas som utkast och visas därför inte i listan nedan. ` +
    'Alla andra utkast påverkas inte och går att öppna och ändra som vanligt.',
  reason: 'Orsak',
  original: 'Originalfilen',
  /** Followed by the folder path. */
  movedTo: 'Flyttad oförändrad till',
  leftInPlace: 'Ligger kvar orörd i datamappen; den har inte ändrats eller tagits bort.',
  foundAt: 'Upptäcktes',
  help:
    'Ingenting har raderats. Behöver du få tillbaka innehållet, öppna datamappen och skicka filen till den som ' +
    'ansvarar för Samverka hos er, eller återställ en säkerhetskopia.',
  openFolder: 'Öppna datamappen',
  dataPageLink: 'Datamapp och säkerhetskopior',
  openFolderFailed: (message: string) => `Datamappen kunde inte öppnas: ${inSentence(message)}.`,
  loadFailed: (message: string) =>
    `Det gick inte att ta reda på om några filer i datamappen inte kunde läsas: ${inSentence(message)}. Utkasten nedan går att använda som vanligt.`,
} as const;

/** "Importera utkast": a shared `.samverka.json` file into the library. */
export const IMPORT_TEXT = {
  button: 'Importera utkast',
  picking: 'Läser filen…',
  heading: 'Importera utkast',
  fromFile: (fileName: string) => `Filen ”${fileName}” innehåller:`,
  fields: { title: 'Titel', kind: 'Dokument', period: 'Period', status: 'Status' },
  untitled: '(utan titel)',
  noPeriod: 'Ingen period angiven',
  /** The library already has a draft with the file's id. */
  existing: (title: string, when: string) =>
    `Du har redan det här utkastet: ”${title}”, senast ändrat ${when}. Vill du behålla båda eller ersätta ditt med det importerade?`,
  keepBoth: 'Behåll båda',
  keepBothHint: 'Det importerade utkastet läggs till som ett nytt utkast. Ditt utkast ändras inte.',
  replace: 'Ersätt',
  replaceHint: 'Det importerade utkastet ersätter ditt. Ditt nuvarande utkast sparas först i dess versionshistorik, så du kan ta tillbaka det under ”Versioner”.',
  replaceSigned: 'Ditt utkast är undertecknat och kan därför inte ersättas. Välj ”Behåll båda” för att importera filen som ett nytt utkast.',
  importButton: 'Importera',
  importHint: 'Utkastet läggs till bland dina utkast och öppnas.',
  cancel: 'Avbryt',
  close: 'Stäng',
  importing: 'Importerar…',
  tryAnother: 'Välj en annan fil',
  /** The file was refused; `summary` says what was wrong (ending in a colon when a list of problems follows). */
  refused: (summary: string) => `Filen kunde inte importeras: ${summary.trim().endsWith(':') ? summary.trim() : `${inSentence(summary)}.`}`,
  refusedHelp: 'Ingenting har ändrats bland dina utkast. Be den som skickade filen att dela utkastet på nytt från Samverka.',
  failed: (message: string) => `Utkastet kunde inte importeras: ${inSentence(message)}. Ingenting har ändrats bland dina utkast.`,
} as const;

/** Why a backup was made, as the list names it. */
export const BACKUP_TRIGGER_LABEL: Record<BackupSummary['trigger'], string> = {
  schema: 'Automatisk',
  manuell: 'Gjord på begäran',
  'fore-aterstallning': 'Före en återställning',
};

/** "850 byte", "12 kB", "3,4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  const units = ['kB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits).replace('.', ',')} ${units[unit]}`;
}

/** A backup's time to the second, which tells two backups of the same minute apart: "2026-03-04 14:02:33". */
export function formatBackupTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toLocaleDateString('sv-SE')} ${date.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`;
}

/** `#/datamapp`: the data folder and its backups. */
export const DATA_TEXT = {
  heading: 'Datamapp och säkerhetskopior',
  intro:
    'Alla utkast sparas i datamappen på den här datorn. Samverka gör säkerhetskopior av hela mappen automatiskt med jämna ' +
    'mellanrum och när du ber om det. Säkerhetskopiorna sparas bredvid datamappen.',
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
  toStart: 'Till alla utkast',
} as const;
