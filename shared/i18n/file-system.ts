/**
 * What went wrong with a file or folder, in Swedish, from the error code the
 * operating system gave: the cause and the advice that every feature's
 * messages put in their own words, and the boundary's fallback message.
 */

/**
 * What went wrong with a file or folder, from the error code the operating
 * system gives: every code a user can meet in an office (a full or
 * read-only disk, a missing permission, a network drive that is gone, a file
 * held by another program, which on Windows is often the antivirus and
 * reported as EBUSY or EPERM).
 */
const FILE_SYSTEM_CAUSE: Record<string, string> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskutrymmet är slut',
  EFBIG: 'filen är för stor för disken',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas, eller filen är låst av ett annat program (till exempel ett antivirusprogram)',
  EROFS: 'platsen är skrivskyddad',
  ENOENT: 'mappen finns inte',
  ENOTDIR: 'en del av sökvägen är inte en mapp',
  EISDIR: 'det finns en mapp där en fil skulle vara',
  ENOTEMPTY: 'mappen är inte tom',
  EEXIST: 'det finns redan en fil med det namnet',
  EBUSY: 'filen används av ett annat program',
  ETXTBSY: 'filen används av ett annat program',
  EAGAIN: 'filen är tillfälligt upptagen',
  EMFILE: 'för många filer är öppna',
  ENFILE: 'för många filer är öppna',
  ENAMETOOLONG: 'sökvägen är för lång',
  ELOOP: 'sökvägen leder runt i en cirkel av länkar',
  EINVAL: 'namnet eller platsen går inte att använda',
  ENOTSUP: 'platsen stöder inte det som behövdes',
  EXDEV: 'filen kan inte flyttas mellan två diskar',
  EIO: 'ett läs- eller skrivfel på disken',
  ESTALE: 'nätverksenheten har kopplats ifrån',
  ETIMEDOUT: 'nätverksenheten svarar inte',
  EHOSTDOWN: 'nätverksenheten går inte att nå',
  EHOSTUNREACH: 'nätverksenheten går inte att nå',
  ENETUNREACH: 'nätverket går inte att nå',
  ENETDOWN: 'nätverket går inte att nå',
  ECONNRESET: 'anslutningen till nätverksenheten bröts',
  ECONNREFUSED: 'nätverksenheten svarar inte',
  ENXIO: 'enheten finns inte längre',
  ENODEV: 'enheten finns inte längre',
};

/** The cause of a failed file operation in Swedish: known codes in words, others by their code. */
export function fileSystemCause(code: string | undefined): string {
  return (code && FILE_SYSTEM_CAUSE[code]) ?? `ett oväntat fel i filsystemet (${code ?? 'okänd orsak'})`;
}

/** Codes of a disk that has no room left. */
export const FULL_DISK_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);

/** Codes of a file held by another program (an antivirus scan, Word), for a moment or until it closes. */
export const BUSY_CODES: ReadonlySet<string> = new Set(['EBUSY', 'ETXTBSY', 'EAGAIN']);

/** Codes of a folder that is not there: gone, or on a network drive that cannot be reached. */
export const UNREACHABLE_CODES: ReadonlySet<string> = new Set([
  'ENOENT', 'ENOTDIR', 'ESTALE', 'ETIMEDOUT', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'ECONNRESET', 'ECONNREFUSED', 'ENXIO', 'ENODEV',
]);

/** What the user can do about a failed file operation, by its cause: one sentence, ending with a full stop. */
export function fileSystemAdvice(code: string | undefined): string {
  if (code && FULL_DISK_CODES.has(code)) return 'Frigör utrymme på disken (töm papperskorgen eller ta bort stora filer) och försök igen.';
  if (code === 'EROFS' || code === 'EACCES') return 'Be IT om behörighet att skriva där, eller välj en annan plats, och försök igen.';
  // On Windows a file an antivirus or another program holds gives EPERM.
  if (code && (code === 'EPERM' || BUSY_CODES.has(code))) return 'Stäng programmet som använder filen, eller vänta en stund, och försök igen.';
  if (code && UNREACHABLE_CODES.has(code)) return 'Kontrollera att mappen finns och att nätverksenheten är ansluten, och försök igen.';
  return 'Försök igen; om felet kvarstår, starta om Samverka eller kontakta IT.';
}

/** Whether an error is one the operating system gave for a file operation (Node's `code` "ENOSPC", "EPERM" …). */
export function fileSystemCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * What to say of a failure inside a feature's own message ("Exporten
 * misslyckades: …"): an OS error's cause in Swedish, anything else by its message.
 */
export function failureDetail(error: unknown): string {
  const code = fileSystemCode(error);
  if (code) return fileSystemCause(code);
  return error instanceof Error ? error.message : String(error);
}

/** Messages of a file operation that failed where no feature wrote a message of its own. */
export const FILE_SYSTEM_MESSAGE = {
  /** The fallback for an OS error at the boundary, instead of "ENOSPC: no space left on device, write". */
  failed: (code: string, fileName?: string) =>
    `${fileName ? `Filen eller mappen ”${fileName}”` : 'En fil'} kunde inte läsas eller skrivas: ${fileSystemCause(code)}. ${fileSystemAdvice(code)}`,
} as const;

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
