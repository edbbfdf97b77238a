/**
 * The draft library's messages (electron/services/draft-store.ts and its
 * neighbours): a draft that is gone, was changed or deleted elsewhere, or
 * cannot be read, and the draft files set aside when the library is opened.
 */

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
