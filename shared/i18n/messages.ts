import { FORMAT, FORMAT_VERSION, LIMITS } from '../draft/limits';

const megabytes = (bytes: number) =>
  `${(bytes / (1024 * 1024)).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} MB`;

/** Messages about reading a draft file; each names what is wrong and what to do. */
export const READ_MESSAGE = {
  tooLarge: (bytes: number) =>
    `Filen är för stor (${megabytes(bytes)}). Ett utkast får vara högst ${megabytes(LIMITS.fileBytes)}; filen har inte lästs.`,
  empty: () => 'Filen är tom. Den kan ha skadats när den sparades eller skickades.',
  notJson: (detail: string) =>
    `Filen är inte giltig JSON och kan inte läsas; den kan vara avkortad eller skadad (${detail}).`,
  tooDeep: () => 'Filen är för djupt nästlad för att vara ett Samverka-utkast.',
  notObject: () => 'Filen är inte ett Samverka-utkast: den innehåller inget JSON-objekt.',
  wrongFormat: (found: unknown) =>
    found === undefined
      ? `Filen är inte ett Samverka-utkast: fältet ”format” saknas (väntat ”${FORMAT}”).`
      : `Filen är inte ett Samverka-utkast: fältet ”format” är ${JSON.stringify(found)}, väntat ”${FORMAT}”.`,
  newerVersion: (found: number, current: number = FORMAT_VERSION) =>
    `Filen är skapad med en nyare version av Samverka (formatversion ${found}); den här versionen läser formatversion ${current}. Uppdatera Samverka för att öppna den. Filen har inte ändrats.`,
  badVersion: (found: unknown, oldest: number, current: number = FORMAT_VERSION) =>
    `Filen har en ogiltig formatversion (${JSON.stringify(found) ?? 'saknas'}); väntat ett heltal från ${oldest} till ${current}.`,
  unknownVersion: (found: number, oldest: number, current: number = FORMAT_VERSION) =>
    `Filen har formatversion ${found}, som Samverka inte känner till; den här versionen läser formatversion ${oldest} till ${current}. Filen har inte ändrats.`,
  hostileKey: (key: string) =>
    `Filen innehåller fältnamnet ”${key}”, som aldrig finns i ett Samverka-utkast och kan användas för att angripa program. Filen har inte lästs; be avsändaren om en ny kopia av utkastet.`,
  invalid: (count: number) =>
    count === 1 ? 'Filen följer inte Samverkas filformat:' : `Filen följer inte Samverkas filformat (${count} fel):`,
  unreadable: (detail: string) => `Filen kunde inte läsas: ${detail}`,
  notFound: (what: string) => `Filen finns inte: ${what}`,
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
} as const;

/** Draft files set aside when the library is opened or a draft is read ("Kunde inte läsas" on the start page). */
export const QUARANTINE_MESSAGE = {
  movedAside: () => 'Filen har flyttats till mappen ”karantan” i datamappen; inget har raderats.',
  idMismatch: (fileName: string, id: string) =>
    `Filnamnet ”${fileName}” stämmer inte med utkastets id (${id}). Filen har flyttats åt sidan; öppna den med ”Importera” för att få tillbaka utkastet.`,
  reasonLost: () =>
    'Filen ligger i mappen ”karantan” men orsaken har inte sparats (listan över filer som inte kunde läsas saknades eller var skadad).',
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
