import type { DraftKind } from '../draft/vocabulary';
import { doneShare } from './follow-up';
import { inSentence } from './sentence';

/**
 * The start page (renderer/start): the list of drafts and its filter, the
 * examples to start from and the Node side's messages about them, the draft
 * files that could not be read, and the follow-up column. "Importera utkast"
 * is in sharing.ts.
 */

export const START_TEXT = {
  /** One list of every document, whatever its status (the Status column says it): a coordinator looks a document up by its title, and a signed löfte is the one followed up for years. */
  heading: 'Alla dokument',
  intro: 'Här finns dina medborgarlöften och samverkansöverenskommelser. Allt sparas på den här datorn och fungerar utan nätverk.',
  newPromise: 'Nytt medborgarlöfte',
  newAgreement: 'Ny samverkansöverenskommelse',
  /** In place of the buttons that make or import a document, while the data folder can only be read. */
  readOnly: 'Nya dokument kan skapas och importeras när datamappen kan ändras igen.',
  creating: 'Skapar…',
  loading: 'Hämtar dokumenten…',
  untitled: '(utan titel)',
  tableCaption: 'Dokument, senast ändrat först',
  columns: {
    title: 'Titel',
    kind: 'Dokument',
    period: 'Period',
    status: 'Status',
    updatedAt: 'Senast ändrad',
  },
  noPeriod: '–',
  filterLabel: 'Visa',
  filters: { alla: 'Alla', medborgarlofte: 'Medborgarlöften', samverkansoverenskommelse: 'Samverkansöverenskommelser' } satisfies Record<
    'alla' | DraftKind,
    string
  >,
  filterCount: (shown: number, total: number) => (shown === total ? `${total} dokument` : `${shown} av ${total} dokument`),
  filterEmpty: 'Inga dokument av det här slaget. Välj ”Alla” för att se alla dokument.',
  /** Under a löfte's title: the agreement it belongs to. */
  belongsTo: (agreement: string) => `Hör till ${agreement}`,
  /** Under an agreement's title: how many löften it has. */
  promiseCount: (n: number) => (n === 1 ? '1 medborgarlöfte' : `${n} medborgarlöften`),
  emptyHeading: 'Inga dokument ännu',
  emptyText:
    'Börja med att skapa ett nytt medborgarlöfte eller en samverkansöverenskommelse, eller starta från ett exempel och skriv om det. ' +
    'Du fyller i parter, underlag, löfte eller syfte, aktiviteter och underskrifter; allt sparas automatiskt medan du skriver. ' +
    'När utkastet är klart exporterar du det till Word inför undertecknandet.',
  loadFailed: (message: string) => `Dokumenten kunde inte hämtas: ${inSentence(message)}.`,
  createFailed: (message: string) => `Utkastet kunde inte skapas: ${inSentence(message)}.`,
  retry: 'Försök igen',
  fromExample: 'Starta från exempel',
  examplesHeading: 'Exempel att utgå från',
  examplesIntro:
    'Välj ett exempel, skriv vilken kommun, vilket lokalpolisområde och vilket år det gäller, så får du ett eget utkast att skriva om. Exemplet ändras inte.',
  examplesLoading: 'Hämtar exemplen…',
  examplesEmpty: 'Det finns inga exempel i den här installationen.',
  examplesFailed: (message: string) => `Exemplen kunde inte hämtas: ${inSentence(message)}.`,
  exampleFailed: (message: string) => `Exemplet kunde inte öppnas: ${inSentence(message)}.`,
  closeExamples: 'Stäng exemplen',
} as const;

/** "Starta från exempel", once an example is chosen: the form that asks whose draft it is. */
export const EXAMPLE_FORM_TEXT = {
  heading: (title: string) => `Utgå från ”${title}”`,
  /** What the example is written for; `place` is its municipality, `area` its lokalpolisområde, `years` its period. */
  origin: (place: string, area: string, years: string) =>
    `Exemplet är skrivet för ${place} och lokalpolisområde ${area}, ${years}.`,
  originWithoutPlace: (years: string) => `Exemplet gäller ${years}.`,
  intro:
    'Parterna, titeln, perioden och orten för underskrifterna fylls i med det du skriver här. Exemplets undertecknare, diarienummer och geografiska fokus tas bort. ' +
    'Löftesmeningen, bakgrunden, underlaget och aktiviteterna är exemplets egna: skriv om dem så att de stämmer för er.',
  municipality: 'Kommun',
  municipalityHint: 'Kommunens namn, till exempel Töreboda.',
  /** Under the municipality field once something is typed: the party's name as it goes into the draft. */
  municipalityParty: (party: string) => `Parten blir ”${party}”; namnet går att ändra i utkastet.`,
  policeArea: 'Lokalpolisområde',
  policeAreaHint: 'Lokalpolisområdets namn, till exempel Skaraborg.',
  startYear: 'Första år',
  /** The period as it will be, the example's length from the year typed. */
  startYearHint: (period: string) => `Perioden blir ${period}, lika lång som exemplets.`,
  startYearHintEmpty: 'Året då perioden börjar. Perioden blir lika lång som exemplets.',
  submit: 'Skapa utkast',
  back: 'Tillbaka till exemplen',
} as const;

/** Why the example form's answers cannot be used yet (shared/draft/from-example.ts `exampleChoiceProblems`). */
export const EXAMPLE_CHOICE_MESSAGE = {
  municipalityMissing: 'Skriv kommunens namn.',
  municipalityWithWord: 'Skriv bara kommunens namn, utan ”kommun” eller ”stad”, till exempel Töreboda.',
  policeAreaMissing: 'Skriv lokalpolisområdets namn.',
  startYearInvalid: 'Skriv året med fyra siffror, till exempel 2027.',
  startYearOutOfRange: (min: number, max: number) => `Skriv ett år mellan ${min} och ${max}.`,
} as const;

/** Messages about the bundled examples. */
export const EXAMPLE_MESSAGE = {
  notFound: (id: string) => `Exemplet ”${id}” finns inte.`,
  unreadable: (id: string, detail: string) => `Exemplet ”${id}” kunde inte läsas. ${detail}`,
} as const;

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

/** The start page's follow-up column. */
export const OVERVIEW_TEXT = {
  column: 'Uppföljning',
  /** For a bar's accessible name the visible text says it all. */
  share: doneShare,
  none: '–',
  periodEnded: 'Perioden är slut – uppföljning saknas',
} as const;
