/**
 * Messages of "Dela utkast", "Importera utkast" and the backups of the data
 * folder, as the Node side reports them. Each says what failed and what to
 * do. The pages wrap some of them in a sentence of their own (library.ts),
 * so these name the cause and end with a full stop.
 */

/** How many problems of an invalid file a message lists before "… och N fel till". */
export const LISTED_PROBLEMS = 8;

/** What went wrong with a file or folder, from the error code the operating system gives. */
const FILE_SYSTEM_CAUSE: Record<string, string> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskutrymmet är slut',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  EROFS: 'platsen är skrivskyddad',
  ENOENT: 'mappen finns inte',
  EBUSY: 'filen används av ett annat program',
  EMFILE: 'för många filer är öppna',
  ENAMETOOLONG: 'sökvägen är för lång',
  EIO: 'ett läs- eller skrivfel på disken',
};

/** The cause of a failed file operation in Swedish: known codes in words, others by their code. */
export function fileSystemCause(code: string | undefined): string {
  return (code && FILE_SYSTEM_CAUSE[code]) ?? `ett oväntat fel i filsystemet (${code ?? 'okänd orsak'})`;
}

/** Messages of "Dela utkast". */
export const SHARE_MESSAGE = {
  writeFailed: (fileName: string, cause: string) =>
    `Filen ”${fileName}” kunde inte skrivas: ${cause}. Utkastet är oförändrat; välj en annan mapp och försök igen.`,
} as const;

/** Messages of "Importera utkast". */
export const IMPORT_MESSAGE = {
  /** An invalid file: the first problems, one a line, and how many more there are. */
  problems: (summary: string, problems: readonly string[]) => {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `  – ${p}`);
    const more = problems.length - listed.length;
    return [summary, ...listed, ...(more > 0 ? [`  … och ${more === 1 ? '1 fel' : `${more} fel`} till.`] : [])].join('\n');
  },
  expired: () => 'Den valda filen finns inte längre kvar att importera (det har gått för lång tid, eller så är den redan importerad). Välj filen igen med ”Importera utkast”.',
  replaceSigned: () =>
    'Utkastet i biblioteket är undertecknat och kan inte ersättas. Välj ”Behåll båda” för att importera filen som ett nytt utkast.',
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
