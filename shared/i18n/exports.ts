import type { RecentExportKind } from '../ipc/vocabulary';
import { errorsWord } from './readiness';
import { inSentence } from './sentence';

/**
 * Exports: "Exportera till Word" and "Exportera PDF" in the editor's export
 * panel (the print page's PDF button runs the same export), the words a
 * suggested file name adds, "Senaste exporter", and the Node side's
 * messages of them.
 */

export const EXPORT_TEXT = {
  button: 'Exportera till Word',
  running: 'Exporterar…',
  done: (fileName: string) => `Exporterad: ${fileName}`,
  cancelled: 'Exporten avbröts; ingen fil skrevs.',
  failed: (message: string) => `Kunde inte exportera: ${inSentence(message)}.`,
  notSaved: 'Kunde inte exportera: de senaste ändringarna är inte sparade. Försök spara igen först.',
  hint: 'Exporten använder det sparade utkastet. Den sparar först det du just skrivit.',
  withErrors: (errors: number) =>
    `Utkastet har ${errorsWord(errors)}. Du kan exportera ändå, till exempel för att skicka det för synpunkter.`,
  withPromises: 'Ta med medborgarlöftena som bilagor',
  withPromisesHint: (n: number) =>
    `${n === 1 ? 'Det kopplade medborgarlöftet' : `De ${n} kopplade medborgarlöftena`} läggs sist i samma fil, ${n === 1 ? 'från' : 'vart och ett från'} en ny sida.`,
} as const;

/** "Exportera PDF" and the link "Skriv ut …" in the editor's export panel. */
export const PDF_EXPORT_TEXT = {
  button: 'Exportera PDF',
  running: 'Gör PDF-filen…',
  done: (fileName: string) => `Exporterad: ${fileName}`,
  cancelled: 'Exporten avbröts; ingen fil skrevs.',
  failed: (message: string) => `Kunde inte exportera PDF: ${inSentence(message)}.`,
  notSaved: 'Kunde inte exportera PDF: de senaste ändringarna är inte sparade. Försök spara igen först.',
  hint: 'En PDF för publicering: samma sidor som förhandsvisningen, med titel och språk angivna.',
  printLink: 'Skriv ut …',
  printLinkNotSaved: 'Utskriften öppnas när det du skrivit är sparat. Försök spara igen först.',
} as const;

/**
 * "Exportera granskningsversion" in the editor's export panel and the File
 * menu: a Word file for those without Samverka, in which what changed since
 * the version last exchanged with the other party shows as tracked changes.
 */
export const REVIEW_EXPORT_TEXT = {
  button: 'Exportera granskningsversion',
  running: 'Gör granskningsversionen…',
  done: (fileName: string) => `Exporterad: ${fileName}`,
  cancelled: 'Exporten avbröts; ingen fil skrevs.',
  failed: (message: string) => `Kunde inte exportera granskningsversionen: ${inSentence(message)}.`,
  notSaved: 'Kunde inte exportera granskningsversionen: de senaste ändringarna är inte sparade. Försök spara igen först.',
  hint: 'Word-fil där ändringarna sedan senast delade version syns som spårade ändringar.',
  /** Who made the changes, as Word shows it beside each of them. */
  author: 'Samverka',
} as const;

/** Why a granskningsversion cannot be made. */
export const REVIEW_EXPORT_MESSAGE = {
  notExchanged: () =>
    'Utkastet har ännu inte delats med eller tagits emot från den andra parten, så det finns ingen version att jämföra med. ' +
    'Dela utkastet med ”Dela utkast” först, eller exportera det till Word som vanligt.',
} as const;

/** Messages of exports. */
export const EXPORT_MESSAGE = {
  failed: (detail: string) => `Exporten misslyckades: ${detail}. Utkastet är oförändrat.`,
} as const;

/** Words added to a suggested file name; `suggestFileName` writes them with a–z, 0–9 and "-". */
export const FILE_NAME_TEXT = {
  withPromises: 'med medborgarlöften',
  /** After the start year of an open-ended period: `…-2024-tills-vidare`. */
  openEnded: 'tills vidare',
  /** After the third municipality of an agreement with more: `…-soderhamn-ljusdal-bollnas-m-fl-…`. */
  andOthers: 'm fl',
  /** The name of a draft with neither a title nor a kind and years to name it by. */
  untitled: 'utkast',
  /** After the rest of a granskningsversion's name: `…-2020-2021-granskningsversion.docx`. */
  review: 'granskningsversion',
  /** The name of a file whose given name has nothing left that Windows accepts. */
  file: 'fil',
} as const;

/** What a recent export is, as "Senaste exporter" names it. */
export const RECENT_EXPORT_KIND_LABEL: Record<RecentExportKind, string> = {
  docx: 'Word',
  pdf: 'PDF',
  utkast: 'Delat utkast',
  'e-post': 'E-post',
  'uppfoljning-docx': 'Uppföljning (Word)',
  'uppfoljning-csv': 'Uppföljning (CSV)',
  'granskning-docx': 'Granskningsversion (Word)',
};

/** "Senaste exporter" in the editor's side column. */
export const RECENT_EXPORTS_TEXT = {
  heading: 'Senaste exporter',
  loading: 'Hämtar de senaste exporterna…',
  loadFailed: (message: string) => `De senaste exporterna kunde inte hämtas: ${inSentence(message)}.`,
  retry: 'Försök igen',
  empty: 'Inget exporterat ännu. Filer du exporterar, delar eller skickar med e-post visas här.',
  open: 'Öppna',
  reveal: 'Visa i mappen',
  /** Names the file for screen readers on the buttons: "Öppna medborgarlofte-….docx". */
  actionLabel: (action: string, fileName: string) => `${action} ${fileName}`,
  missing: 'Filen finns inte längre där den sparades.',
  actionFailed: (message: string) => `Det gick inte: ${inSentence(message)}.`,
} as const;

/** Messages of "Senaste exporter" from the Node side. */
export const RECENT_EXPORT_MESSAGE = {
  notFound: () => 'Filen finns inte bland utkastets senaste exporter. Uppdatera sidan och försök igen.',
  missing: (fileName: string) => `Filen ”${fileName}” finns inte längre där den sparades. Exportera utkastet igen.`,
  openFailed: (fileName: string) =>
    `Filen ”${fileName}” kunde inte öppnas. Välj ”Visa i mappen” och öppna den därifrån, eller kontrollera att ett program för filtypen finns.`,
  /** A listed file changed or replaced since the app wrote it: only a file the app wrote itself, unchanged since, is ever opened. */
  changed: (fileName: string) =>
    `Filen ”${fileName}” har ändrats eller bytts ut sedan Samverka sparade den och öppnas därför inte härifrån. ` +
    'Exportera utkastet igen, eller öppna filen själv om du vet vad den innehåller.',
} as const;
