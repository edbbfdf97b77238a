import { FORMAT, FORMAT_VERSION, LIMITS } from '../draft/limits';

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/** How much of a refused value a message quotes: enough to recognise it, never a hostile file's megabytes. */
const QUOTE_CHARS = 80;

/**
 * A value as a message quotes it: as JSON (a text in quotation marks), cut
 * to about {@link QUOTE_CHARS} characters with "…" where it goes on. A
 * refusal is shown to a person and kept in karantan/'s list, so it must
 * stay short whatever the file held.
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length <= QUOTE_CHARS) return JSON.stringify(value);
    // Cut by code points, so no emoji is split in half.
    return `${JSON.stringify([...value.slice(0, QUOTE_CHARS)].slice(0, QUOTE_CHARS - 4).join('')).slice(0, -1)}…"`;
  }
  const json = JSON.stringify(value) ?? String(value);
  return json.length <= QUOTE_CHARS ? json : `${json.slice(0, QUOTE_CHARS - 1)}…`;
}

/** A name or id from a file in Swedish quotation marks (”f9”), cut as {@link quoteValue} cuts a value. */
export function quoteName(name: string): string {
  return name.length <= QUOTE_CHARS ? `”${name}”` : `”${[...name.slice(0, QUOTE_CHARS)].slice(0, QUOTE_CHARS - 4).join('')}…”`;
}

/** A character as a message shows it: itself in quotation marks, or its code when it cannot be seen. */
export function showCharacter(character: string): string {
  const code = character.codePointAt(0) ?? 0;
  const invisible = code < 0x20 || (code >= 0x7f && code < 0xa0) || code === 0xfeff || code === 0xfffd;
  return invisible ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `”${character}”`;
}

/** Where the JSON of a file breaks, in Swedish (shared/draft/json-error.ts finds it). */
export const JSON_ERROR_TEXT = {
  at: (line: number, column: number, what: string) => `rad ${line}, kolumn ${column}: ${what}`,
  end: () => 'filen tar slut innan JSON-objektet är avslutat',
  endInText: () => 'filen tar slut mitt i en text',
  unexpected: (character: string) => `oväntat tecken ${showCharacter(character)}`,
  trailing: (character: string) => `oväntat tecken ${showCharacter(character)} efter JSON-objektet`,
  lineBreakInText: () => 'radbrytning inuti en text (en radbrytning skrivs \\n i JSON)',
  controlInText: (character: string) => `styrtecken ${showCharacter(character)} inuti en text`,
  badEscape: () => 'ogiltig teckenkod efter \\',
  badNumber: () => 'ogiltigt tal',
  unknown: () => 'okänt fel',
} as const;

/** What a path that is no regular file is. */
export type NotAFileKind = 'folder' | 'fifo' | 'device' | 'socket' | 'other';

const NOT_A_FILE_WORD: Record<NotAFileKind, string> = {
  folder: 'en mapp',
  fifo: 'en namngiven pipe (FIFO)',
  device: 'en enhetsfil',
  socket: 'en socket',
  other: 'något annat än en fil',
};

/** Messages about reading a draft file; each names what is wrong and what to do. */
export const READ_MESSAGE = {
  tooLarge: (bytes: number) =>
    `Filen är för stor (${megabytes(bytes)}). Ett utkast får vara högst ${megabytes(LIMITS.fileBytes)}; filen har inte lästs.`,
  empty: () => 'Filen är tom. Den kan ha skadats när den sparades eller skickades.',
  /** `where` says where it breaks, from {@link JSON_ERROR_TEXT}. */
  notJson: (where: string) =>
    `Filen är inte giltig JSON och kan inte läsas; den kan vara avkortad eller skadad (${where}).`,
  tooDeep: () => `Filen är för djupt nästlad (mer än ${LIMITS.jsonDepth} nivåer) för att vara ett Samverka-utkast.`,
  notObject: () => 'Filen är inte ett Samverka-utkast: den innehåller inget JSON-objekt.',
  wrongFormat: (found: unknown) =>
    found === undefined
      ? `Filen är inte ett Samverka-utkast: fältet ”format” saknas (väntat ”${FORMAT}”).`
      : `Filen är inte ett Samverka-utkast: fältet ”format” är ${quoteValue(found)}, väntat ”${FORMAT}”.`,
  newerVersion: (found: number, current: number = FORMAT_VERSION) =>
    `Filen är skapad med en nyare version av Samverka (formatversion ${found}); den här versionen läser formatversion ${current}. Uppdatera Samverka för att öppna den. Filen har inte ändrats.`,
  badVersion: (found: unknown, oldest: number, current: number = FORMAT_VERSION) =>
    `Filen har en ogiltig formatversion (${found === undefined ? 'saknas' : quoteValue(found)}); väntat ett heltal från ${oldest} till ${current}.`,
  unknownVersion: (found: number, oldest: number, current: number = FORMAT_VERSION) =>
    `Filen har formatversion ${found}, som Samverka inte känner till; den här versionen läser formatversion ${oldest} till ${current}. Filen har inte ändrats.`,
  hostileKey: (key: string) =>
    `Filen innehåller fältnamnet ”${key}”, som aldrig finns i ett Samverka-utkast och kan användas för att angripa program. Filen har inte lästs; be avsändaren om en ny kopia av utkastet.`,
  invalid: (count: number) =>
    count === 1 ? 'Filen följer inte Samverkas filformat:' : `Filen följer inte Samverkas filformat (${count} fel):`,
  /** The problems after the first `shown` of a long list, as the list's last line. */
  moreProblems: (count: number) => `… och ${count} fel till.`,
  unreadable: (detail: string) => `Filen kunde inte läsas: ${detail}`,
  notFound: (what: string) => `Filen finns inte: ${what}`,
  notAFile: (kind: NotAFileKind) =>
    `Filen är ingen vanlig fil utan ${NOT_A_FILE_WORD[kind]} och har inte lästs. Flytta den från mappen om den inte hör dit.`,
  notUtf8: (line: number, byteInLine: number) =>
    `Filen är inte sparad som UTF-8 och har inte lästs (första felaktiga tecknet på rad ${line}, byte ${byteInLine}). ` +
    'Den kan vara sparad med en annan teckenkodning, till exempel Windows-1252: öppna den i en textredigerare och spara den som UTF-8. Filen har inte ändrats.',
} as const;

/**
 * Why a draft is not written: the writer refuses what the reader would
 * refuse (shared/draft/write-draft.ts), before anything is acknowledged.
 * Each says what to do; the editor still holds the text.
 */
export const WRITE_MESSAGE = {
  // Rounded up, so a draft just over the limit never reads "5,0 MB, mer än 5 MB".
  tooLarge: (bytes: number) =>
    `Utkastet blir ${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toLocaleString('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB, ` +
    `mer än ${megabytes(LIMITS.fileBytes)}. Ta bort en logotyp eller korta texterna. Ändringen har inte sparats.`,
  tooDeep: () =>
    `Utkastet är för djupt nästlat (mer än ${LIMITS.jsonDepth} nivåer) för att Samverka ska kunna läsa det igen. Ändringen har inte sparats.`,
  hostileKey: (key: string) =>
    `Utkastet innehåller fältnamnet ”${key}”, som Samverka aldrig sparar eftersom det kan användas för att angripa program. Ändringen har inte sparats.`,
  invalid: (problems: string[], shown = 20) =>
    [
      'Utkastet följer inte Samverkas filformat och har inte sparats:',
      ...problems.slice(0, shown).map((problem) => `  – ${problem}`),
      ...(problems.length > shown ? [`  … och ${problems.length - shown} fel till.`] : []),
    ].join('\n'),
  notJson: () => 'Utkastet kan inte skrivas som JSON. Ändringen har inte sparats.',
  other: (reason: string) => `Utkastet kan inte sparas, eftersom Samverka inte skulle kunna läsa det igen: ${reason} Ändringen har inte sparats.`,
} as const;

/** Messages of the boundary between the window and the Node side. */
export const IPC_MESSAGE = {
  unknownChannel: (name: string) => `Okänd funktion ”${name}”.`,
  invalidArguments: (fields: string[]) => `Uppgifterna kunde inte tas emot; kontrollera ${fields.join(', ')}.`,
  unexpected: (detail: string) => `Ett oväntat fel inträffade: ${detail}`,
} as const;

/** Messages of the draft library. */
export const STORE_MESSAGE = {
  notFound: () => 'Utkastet finns inte längre i biblioteket.',
  unreadable: (detail: string) => `Utkastet kunde inte läsas. ${detail}`,
  deleted: () => 'Utkastet har tagits bort ur biblioteket och kan inte sparas. Filen finns kvar i mappen ”borttagna”.',
  leftInPlace: () =>
    'Utkastets fil kan inte läsas av den här versionen av Samverka och skrivs därför inte över. Uppdatera Samverka, eller spara texten som ett nytt utkast.',
  /** A save based on a version that is no longer the file's (another app on the data folder saved it since). */
  changedElsewhere: () =>
    'Utkastet har ändrats på en annan dator sedan du öppnade det, så dina senaste ändringar har inte sparats; inget har skrivits över. ' +
    'Det du skrivit finns kvar här: kopiera det, öppna utkastet på nytt från startsidan och för in dina ändringar där.',
  /** A save of a draft that another app on the data folder deleted since it was opened. */
  deletedElsewhere: () =>
    'Utkastet har tagits bort på en annan dator sedan du öppnade det, så dina ändringar har inte sparats. ' +
    'Det du skrivit finns kvar här: kopiera det till ett nytt utkast. Den borttagna filen finns kvar i mappen ”borttagna”.',
  /** A delete of a draft that changed on disk since the library listed it. */
  deleteChanged: () =>
    'Utkastet har ändrats på en annan dator sedan listan visades och har inte tagits bort. Öppna det och se vad som ändrats; ta sedan bort det om du fortfarande vill.',
  /** Another app held the data folder's change lock for longer than a change takes. */
  busy: () => 'Datamappen används just nu av Samverka på en annan dator, som sparar. Ingenting har sparats; försök igen om en stund.',
} as const;

/** Draft files set aside when the library is opened or a draft is read ("Kunde inte läsas" on the start page). */
export const QUARANTINE_MESSAGE = {
  movedAside: () => 'Filen har flyttats till mappen ”karantan” i datamappen; inget har raderats.',
  idMismatch: (fileName: string, id: string) =>
    `Filnamnet ”${fileName}” stämmer inte med utkastets id (${id}). Filen har flyttats åt sidan; öppna den med ”Importera” för att få tillbaka utkastet.`,
  reasonLost: () =>
    'Filen ligger i mappen ”karantan” men orsaken har inte sparats (listan över filer som inte kunde läsas saknades eller var skadad).',
  /** A second file of one draft, its name differing only in case (copied in by hand); the one named in lower case is the draft. */
  sameDraftTwice: (fileName: string, kept: string) =>
    `Filen ”${fileName}” är en andra fil för samma utkast som ”${kept}” (namnen skiljer sig bara i stora och små bokstäver). Utkastet läses från ”${kept}”; öppna den här filen med ”Importera” om den behövs.`,
} as const;

/** Why a link between a medborgarlöfte and a samverkansöverenskommelse is refused. */
export const LINK_MESSAGE = {
  promiseNotFound: () => 'Medborgarlöftet finns inte längre i biblioteket.',
  agreementNotFound: () => 'Samverkansöverenskommelsen finns inte längre i biblioteket.',
  notPromise: () => 'Bara ett medborgarlöfte kan höra till en samverkansöverenskommelse.',
  notAgreement: () => 'Ett medborgarlöfte kan bara höra till en samverkansöverenskommelse, inte till ett annat medborgarlöfte.',
  notAgreementSource: () => 'Ett nytt medborgarlöfte kan bara skapas från en samverkansöverenskommelse.',
} as const;

/** Words added to a suggested file name; `suggestFileName` writes them with a–z, 0–9 and "-". */
export const FILE_NAME_TEXT = {
  withPromises: 'med medborgarlöften',
} as const;

/** Messages of exports. */
export const EXPORT_MESSAGE = {
  failed: (detail: string) => `Exporten misslyckades: ${detail}. Utkastet är oförändrat.`,
} as const;

/** Texts of the operating system's dialogs. */
export const DIALOG_TEXT = {
  saveTitle: { docx: 'Exportera till Word', draft: 'Dela utkast', pdf: 'Exportera PDF', csv: 'Exportera uppföljning som CSV', image: 'Spara bild' },
  openTitle: { docx: 'Öppna Word-dokument', draft: 'Importera utkast', pdf: 'Öppna PDF', csv: 'Öppna CSV-fil', image: 'Välj logotyp (PNG eller JPEG)' },
  /** The dialog's file filter per kind of file; a shared draft is `<name>.samverka.json`. */
  filter: {
    docx: { name: 'Word-dokument', extensions: ['docx'] },
    draft: { name: 'Samverka-utkast', extensions: ['json'] },
    pdf: { name: 'PDF-dokument', extensions: ['pdf'] },
    csv: { name: 'CSV-fil (Excel)', extensions: ['csv'] },
    image: { name: 'Bild (PNG eller JPEG)', extensions: ['png', 'jpg', 'jpeg'] },
  },
} as const;

/** Why a status change or an edit is refused. */
export const STATUS_MESSAGE = {
  locked: () => 'Utkastet är undertecknat och kan inte ändras. Starta en ny revision för att göra ändringar.',
  signOnlyReady: () => 'Bara ett utkast som är klart för underskrift kan markeras som undertecknat.',
  notReady: () => 'Utkastet har fel som måste rättas innan det kan markeras som klart för underskrift.',
} as const;

/** Messages about the bundled examples. */
export const EXAMPLE_MESSAGE = {
  notFound: (id: string) => `Exemplet ”${id}” finns inte.`,
  unreadable: (id: string, detail: string) => `Exemplet ”${id}” kunde inte läsas. ${detail}`,
} as const;
