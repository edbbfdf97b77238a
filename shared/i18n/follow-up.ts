import type { DraftKind, FollowUpStatus } from '../draft/vocabulary';
import { inSentence } from './sentence';

/**
 * The follow-up of a draft's activities during the year: the statuses' names,
 * the Node side's refusals, the report (.docx) and CSV, and the words of the
 * follow-up in the window (below).
 */

/** The follow-up statuses as the app and the report name them. */
export const FOLLOW_UP_STATUS_LABEL: Record<FollowUpStatus, string> = {
  'ej-paborjad': 'Ej påbörjad',
  pagar: 'Pågår',
  genomford: 'Genomförd',
  'delvis-genomford': 'Delvis genomförd',
  'ej-genomford': 'Ej genomförd',
  installd: 'Inställd',
};

/** Why follow-up or "Starta nästa period" is refused; each says what to do. */
export const FOLLOW_UP_MESSAGE = {
  notReady: () =>
    'Uppföljningen börjar när utkastet är klart för underskrift. Markera utkastet som klart, eller följ upp det undertecknade dokumentet.',
  activityNotFound: () => 'Aktiviteten finns inte längre i utkastet. Ladda om sidan och försök igen.',
  exportFailed: (detail: string) => `Uppföljningen kunde inte exporteras: ${detail}. Utkastet är oförändrat.`,
} as const;

/** Messages of "Starta nästa period" (electron/services/draft-store.ts). */
export const NEXT_PERIOD_MESSAGE = {
  noStart: () => 'Perioden har inget startdatum, så nästa period kan inte räknas fram. Ange periodens start först.',
} as const;

/** "medborgarlöfte", "samverkansöverenskommelse": the kind after "Uppföljning av". */
const KIND_WORD: Record<DraftKind, string> = {
  medborgarlofte: 'medborgarlöfte',
  samverkansoverenskommelse: 'samverkansöverenskommelse',
};

/** The follow-up report (.docx) and CSV: every word they print. */
export const FOLLOW_UP_REPORT_TEXT = {
  /**
   * "Uppföljning av medborgarlöfte för Söderhamn 2020–2021, 21 november 2026":
   * a title that already starts with the kind ("Medborgarlöfte för …") is not
   * given it twice.
   */
  title: (kind: DraftKind, title: string, date: string) => {
    const word = KIND_WORD[kind];
    const named = title.toLowerCase().startsWith(word) ? `${word}${title.slice(word.length)}` : `${word} ${title}`;
    return `Uppföljning av ${named}, ${date}`;
  },
  subject: (kind: DraftKind) => `Uppföljning av ${KIND_WORD[kind]}`,
  keywords: ['uppföljning', 'medborgarlöfte', 'samverkan', 'brottsförebyggande', 'trygghet'],
  description: (title: string, period: string) => `Uppföljning av ${title}${period ? `. Period: ${period}` : ''}.`,
  periodLabel: 'Period',
  partiesLabel: 'Parter',
  statusLabel: 'Status',
  summaryHeading: 'Sammanfattning',
  /** "2 av 4 aktiviteter är genomförda." */
  total: (done: number, total: number) =>
    total === 1 ? `${done} av 1 aktivitet är genomförd.` : `${done} av ${total} aktiviteter är genomförda.`,
  /** "Polismyndigheten: 1 av 3 genomförda". */
  party: (name: string, done: number, total: number) => `${name}: ${done} av ${total} genomförda`,
  jointNote: 'En gemensam aktivitet räknas för var och en av parterna.',
  noActivities: 'Utkastet har inga aktiviteter att följa upp.',
  chartHeading: 'Aktiviteter per status',
  /** The chart's text alternative: every number it shows. */
  chartDescription: (counts: string) => `Stapeldiagram över antal aktiviteter per status: ${counts}.`,
  chartCount: (count: number, percent: number) => `${count} (${percent} %)`,
  activitiesHeading: 'Aktiviteter',
  /** The columns of the report's tables. */
  columns: { activity: 'Aktivitet', status: 'Status', outcome: 'Utfall', comment: 'Kommentar', updated: 'Senast uppdaterad' },
  /** "5 av 6 trygghetsvandringar", "5 av 6", "12 insatser", "12". */
  outcome: (outcome: string, quantity: string | null, unit: string) =>
    [quantity === null ? outcome : `${outcome} av ${quantity}`, unit].filter(Boolean).join(' '),
  /** The CSV's header row. */
  csvColumns: ['Parter', 'Ansvarig', 'Fokusområde', 'Aktivitet', 'Mål (antal)', 'Enhet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad'],
  /** The words the suggested file names start with, already as a–z: `uppfoljning-medborgarlofte-…-2026-11-21.docx`. */
  fileNamePrefix: 'uppfoljning',
} as const;

/**
 * The words of the follow-up in the window: the follow-up page, the editor's
 * "Uppföljning" panel and revision links, and the review notice on
 * activities carried over to a new period. The statuses' own names are
 * FOLLOW_UP_STATUS_LABEL, shared with the report; the start page's column is
 * in start.ts.
 */

/** "4 av 6 genomförda": how many of a set of activities are done. */
export const doneShare = (done: number, total: number) => `${done} av ${total} genomförda`;

/** A number as Swedish writes it: a decimal comma. */
const decimal = (value: number) => String(value).replace('.', ',');

/** The words of "Exportera …" runs (the shape FileRunResult reads). */
const fileRunText = (what: string, running: string) => ({
  running,
  done: (fileName: string) => `Exporterad: ${fileName}`,
  cancelled: 'Exporten avbröts; ingen fil skrevs.',
  failed: (message: string) => `${what} kunde inte exporteras: ${inSentence(message)}.`,
  notSaved: `${what} exporterades inte: de senaste ändringarna av uppföljningen är inte sparade. Försök spara igen först.`,
});

/** `#/utkast/<id>/uppfoljning`: the follow-up of one draft's activities. */
export const FOLLOW_UP_PAGE_TEXT = {
  eyebrow: 'Uppföljning',
  heading: (title: string) => `Uppföljning av ${title}`,
  untitled: '(utan titel)',
  back: 'Tillbaka till utkastet',
  loading: 'Hämtar uppföljningen…',
  loadFailed: (message: string) => `Uppföljningen kunde inte hämtas: ${inSentence(message)}.`,
  retry: 'Försök igen',
  intro:
    'Ange för varje aktivitet hur det har gått: status, utfall och en kommentar. Allt sparas automatiskt medan du skriver. ' +
    'Dokumentets text ändras inte av uppföljningen.',
  notYetHeading: 'Uppföljningen börjar när dokumentet är klart',
  notYetText:
    'Ett utkast följs inte upp ännu. När dokumentet är markerat som klart för underskrift, eller som undertecknat, ' +
    'följer du upp aktiviteterna här.',
  toEditor: 'Till utkastet',
  noActivities: 'Dokumentet har inga aktiviteter att följa upp. Aktiviteterna skrivs i utkastet.',

  summaryHeading: 'Så långt har ni kommit',
  /** "Polismyndigheten: 4 av 6 genomförda". */
  partyLine: (party: string, done: number, total: number) => `${party}: ${doneShare(done, total)}`,
  totalLabel: 'Totalt',
  /** A joint activity counts for each of its parties, so the parties' lines may add up to more than the total. */
  jointNote: 'En gemensam aktivitet räknas för varje part som lovar den.',
  statusCountsLabel: 'Antal aktiviteter per status',

  filtersLabel: 'Visa aktiviteter',
  party: 'Part',
  allParties: 'Alla parter',
  focusArea: 'Fokusområde',
  allFocusAreas: 'Alla fokusområden',
  noFocusArea: 'Utan fokusområde',
  status: 'Status',
  allStatuses: 'Alla statusar',
  showAll: 'Visa alla',
  shownCount: (shown: number, total: number) =>
    shown === total ? (total === 1 ? '1 aktivitet' : `${total} aktiviteter`) : `Visar ${shown} av ${total} aktiviteter`,
  filterEmpty: 'Inga aktiviteter matchar filtret. Välj ”Visa alla” för att se alla.',
  /** On an activity whose status was changed so that it no longer matches the status filter; it stays until the filter changes. */
  outsideFilter: 'Visas tills filtret ändras: statusen matchar inte längre filtret.',

  listHeading: 'Aktiviteter',
  itemHeading: (n: number) => `Aktivitet ${n}`,
  partiesLabel: 'Lovas av',
  focusAreaLabel: 'Fokusområde',
  responsibleLabel: 'Ansvarig',
  outcome: 'Utfall',
  /** Beside the outcome: "av 2 insatser". */
  outcomeOf: (quantity: number, unit: string) => `av ${decimal(quantity)}${unit.trim() ? ` ${unit.trim()}` : ''}`,
  outcomeInvalid: 'Ange ett tal som är noll eller större. Det du skrev sparas inte förrän det är ett tal.',
  comment: 'Kommentar',
  commentHint: 'Vad som gjordes, vad som ändrades och varför.',
  /** "Senast uppdaterad 5 mars 2026 kl. 14:02" (the date as formatDate writes it). */
  updated: (date: string, time: string) => `Senast uppdaterad ${date} kl. ${time}`,
  notUpdated: 'Inte uppföljd ännu',
  rowPending: 'Sparas strax…',
  rowSaving: 'Sparar…',
  rowNotSaved: 'Inte sparad',

  /** The page's save status: named, polite, with "Försök igen" after a failure. */
  saveLabel: 'Sparstatus',
  saved: (time: string) => (time ? `Sparat ${time}` : 'Sparat'),
  pending: 'Ändringar sparas strax…',
  saving: 'Sparar…',
  saveFailed: (message: string) =>
    `${inSentence(message) ? `Uppföljningen kunde inte sparas: ${inSentence(message)}.` : 'Uppföljningen kunde inte sparas.'} ` +
    'Det du skrev finns kvar i fönstret men är inte sparat på datorn; försök igen.',
  retrySave: 'Försök igen',

  reportHeading: 'Rapportera',
  reportHint: 'Rapporten och CSV-filen använder den sparade uppföljningen. Det du just skrev sparas först.',
  report: { button: 'Exportera uppföljningsrapport (Word)', ...fileRunText('Uppföljningsrapporten', 'Exporterar rapporten…') },
  csv: { button: 'Exportera som CSV', ...fileRunText('CSV-filen', 'Exporterar CSV-filen…') },
} as const;

/** "Starta nästa period", on the follow-up page and in the editor's panel; offered once the document is signed. */
export const NEXT_PERIOD_TEXT = {
  button: 'Starta nästa period',
  /** Under the button: how it differs from "Starta ny revision". */
  hint: 'Nästa period är ett nytt dokument för perioden efter den här, byggt på det här men med uppföljningen tömd.',
  /** For a draft that is klar, not yet signed. */
  notSigned: 'Nästa period kan startas när dokumentet är undertecknat.',
  /** Once started: the link to it, with its years ("2022–2023") when it has a period. */
  open: (years: string) => (years ? `Öppna nästa period (${years})` : 'Öppna nästa period'),
  openNotSaved: 'Nästa period öppnas när det du skrivit är sparat. Försök spara igen först.',
  question:
    'Ett nytt utkast skapas från det här: perioden flyttas fram, uppföljningen töms, underskrifternas datum tas bort och ' +
    'genomförda aktiviteter markeras för att ses över. Det här dokumentet ändras inte.',
  confirm: 'Ja, starta nästa period',
  running: 'Skapar nästa period…',
  cancel: 'Avbryt',
  failed: (message: string) => `Nästa period kunde inte startas: ${inSentence(message)}.`,
  notSaved: 'De senaste ändringarna är inte sparade. Försök spara igen först.',
} as const;

/** The editor's side panel: the follow-up in short, and the links between a draft and its revisions. */
export const FOLLOW_UP_PANEL_TEXT = {
  heading: 'Uppföljning',
  /** "2 av 4 aktiviteter genomförda". */
  summary: (done: number, total: number) => `${done} av ${total} ${total === 1 ? 'aktivitet' : 'aktiviteter'} genomförda`,
  noActivities: 'Inga aktiviteter att följa upp.',
  open: 'Öppna uppföljningen',
  linksHeading: 'Perioder och revisioner',
  /** Before the link to the draft this one revises. */
  revises: 'Reviderar:',
  /** Before the link to a draft that revises this one for a later period. */
  nextPeriod: 'Nästa period:',
  /** Before the link to a draft that revises this one for the same period ("Starta ny revision"). */
  revisedBy: 'Ny revision:',
  untitled: '(utan titel)',
  linkNotSaved: 'Utkastet öppnas när det du skrivit är sparat. Försök spara igen först.',
  loadFailed: (message: string) => `Kopplingarna kunde inte hämtas: ${inSentence(message)}.`,
} as const;

/** On an activity carried over by "Starta nästa period" from a finished one. */
export const REVIEW_TEXT = {
  notice: 'Genomfördes förra perioden – se över den.',
  done: 'Markera som genomgången',
} as const;
