import { inSentence } from './sentence';

/**
 * "Dela utkast" and "Importera utkast": a draft as one `.samverka.json` file,
 * out of the library and into another one. The editor's share panel, the
 * start page's import panel, a draft file dropped on the window, and the
 * Node side's messages (each says what failed and what to do; the panels
 * wrap some of them in a sentence of their own, so these name the cause and
 * end with a full stop).
 */

/** "Dela utkast" in the editor's side column: the draft as one `.samverka.json` file. */
export const SHARE_TEXT = {
  button: 'Dela utkast',
  running: 'Delar…',
  done: (fileName: string) => `Delad: ${fileName}`,
  cancelled: 'Delningen avbröts; ingen fil skrevs.',
  failed: (message: string) => `Utkastet kunde inte delas: ${inSentence(message)}.`,
  notSaved: 'Utkastet delades inte: de senaste ändringarna är inte sparade. Försök spara igen först.',
  hint: 'Sparar utkastet som en fil (.samverka.json) som kan skickas och importeras i en annan Samverka. Det du just skrev sparas först.',
} as const;

/** Messages of "Dela utkast". */
export const SHARE_MESSAGE = {
  writeFailed: (fileName: string, cause: string) =>
    `Filen ”${fileName}” kunde inte skrivas: ${cause}. Utkastet är oförändrat; välj en annan mapp och försök igen.`,
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
  /** A file saved as klar or undertecknad: it comes in as an utkast, and what to do. */
  statusNotKept: (fileStatus: 'klar' | 'undertecknad') =>
    fileStatus === 'klar'
      ? 'Filen är sparad som ”Klar för underskrift” men importeras som ett utkast. Markera det som klart igen när du har gått igenom det.'
      : 'Filen är sparad som ”Undertecknad” men importeras som ett utkast som går att ändra. Det undertecknade dokumentet finns kvar hos den som skickade filen.',
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

/**
 * "Ta emot ändringar": a file of a draft the library has, with what the
 * other party changed, each change to take or leave and each conflict to
 * settle (renderer/start/receive-changes.tsx). The lines of the changes and
 * the conflicts' places are shared/i18n/merge.ts's.
 */
export const RECEIVE_TEXT = {
  heading: 'Ta emot ändringar',
  /** What the file is: a version of a draft the library has. */
  intro: (fileName: string, title: string, when: string) =>
    `Filen ”${fileName}” är en version av ditt utkast ”${title}”, som du senast ändrade ${when}.`,
  sender: (sender: string) => `Skickad av: ${sender}`,
  /** Three-way: compared with the version both sides had. */
  threeWay: (when: string) => `Ändringarna är de som gjorts sedan den gemensamma versionen från ${when}. Dina egna ändringar sedan dess finns kvar.`,
  twoWayHeading: 'Ingen gemensam version hittades',
  twoWay:
    'Filen säger inte vilken version den bygger på, eller så finns den versionen inte bland dina sparade versioner. Därför visas varje skillnad mellan ditt utkast och filen, och det går inte att se vem som ändrade vad. Ta bara med det du vet ska in.',
  changesHeading: (count: number) => (count === 0 ? 'Ändringar' : count === 1 ? '1 ändring' : `${count} ändringar`),
  /** The same version again, or one with nothing new. */
  noChanges: 'Filen har inga ändringar att ta emot.',
  changesIntro: 'Allt som är markerat ”Ta med” tas in i ditt utkast. Avmarkera det du inte vill ta emot.',
  take: 'Ta med',
  /** The box's whole name, for a screen reader: "Ta med: Aktivitet tillagd (Polisen): …". */
  takeWhat: (change: string) => `Ta med: ${change}`,
  conflictsHeading: (count: number) => (count === 1 ? '1 krock att välja i' : `${count} krockar att välja i`),
  conflictsIntro:
    'Här har både du och den andra parten ändrat samma sak. Välj vad som ska gälla, eller bestäm senare: då finns båda versionerna kvar i utkastet tills du väljer, och utkastet kan inte markeras som klart förrän dess.',
  ours: 'Vår version',
  theirs: 'Deras version',
  choice: { ours: 'Behåll vår version', theirs: 'Ta deras version', own: 'Skriv en egen', later: 'Bestäm senare' },
  ownLabel: 'Egen text',
  /** For a screen reader, which conflict a choice is about: "… (krock 2 av 3)". */
  position: (n: number, count: number) => `krock ${n} av ${count}`,
  /** The library's draft is signed: the changes go into a new revision of it. */
  signedHeading: 'Utkastet är undertecknat',
  signed: 'Ett undertecknat utkast ändras aldrig. Det du tar emot läggs i en ny revision av det, och det undertecknade finns kvar som det är.',
  /** A signed draft whose revision an earlier file started: this one goes there too. */
  openRevision: (title: string) =>
    `Ett undertecknat utkast ändras aldrig. Det du tar emot läggs i revisionen ”${title}”, som du redan har påbörjat, och det undertecknade finns kvar som det är.`,
  receive: 'Ta emot valda ändringar',
  receiveIntoRevision: 'Ta emot i en ny revision',
  receiveIntoRevisionHint: 'En ny revision av det undertecknade utkastet sparas och öppnas med ändringarna. Det undertecknade ändras inte.',
  receiveHint: 'Ditt utkast sparas först i versionshistoriken, så du kan ta tillbaka det under ”Versioner”. Sedan öppnas utkastet med ändringarna.',
  otherChoices: 'Andra sätt att importera filen',
  receiving: 'Tar emot ändringarna…',
  failed: (message: string) => `Ändringarna kunde inte tas emot: ${inSentence(message)}. Ditt utkast är oförändrat och dina val finns kvar.`,
} as const;

/** How many problems of an invalid file a message lists before "… och N fel till". */
export const LISTED_PROBLEMS = 8;

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
  /** "Ta emot ändringar" after the library's draft was saved again: the changes were compared with a draft that is no longer there. */
  changedSince: () =>
    'Utkastet har ändrats sedan filen lästes in, så ändringarna togs inte emot. Ingenting har ändrats och inget har gått förlorat. Importera filen igen för att se ändringarna mot utkastet som det är nu.',
  /** "Ta emot ändringar" with a change taken that needs one left: the file format's problems with the result. */
  incomplete: (problems: readonly string[]) =>
    `Det du valde hänger inte ihop: ${problems.slice(0, 3).map(inSentence).join('; ')}. Något du tog med behöver en ändring du lämnade, till exempel en aktivitet för en part som du inte tog med. Ta med det som behövs, eller lämna det som behöver det, och försök igen. Ingenting har ändrats.`,
  /** A text of the user's own for a conflict that is not about a text (an activity deleted on one side, a list). */
  textForNonText: (place: string) =>
    `${place}: här går det inte att skriva en egen text, bara att välja den ena eller den andra versionen. Ingenting har ändrats.`,
} as const;

/** A dropped file's name as quoted: its own name, cut so that a long one cannot fill the window. */
const quoted = (name: string) => {
  const characters = [...name];
  return `”${characters.length > 80 ? `${characters.slice(0, 76).join('')}…` : name}”`;
};

/**
 * What the window says when files are dropped on it
 * (renderer/components/file-drop.tsx). A shared draft starts "Importera
 * utkast" with the file, with that panel's own texts (IMPORT_TEXT); anything
 * else is left unopened, and this says so.
 */
export const FILE_DROP_TEXT = {
  /** The only files that may be dropped: what "Dela utkast" writes. */
  draftSuffix: '.samverka.json',
  notDraft: (name: string) =>
    `${quoted(name)} öppnades inte. Bara utkast som delats från Samverka, filer som slutar på .samverka.json, kan släppas här.`,
  several: (count: number) => `Släpp en fil i taget. Ingen av de ${count} filerna öppnades.`,
  close: 'Stäng',
} as const;
