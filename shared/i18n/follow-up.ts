import type { DraftKind, FollowUpStatus } from '../draft/vocabulary';
import { inSentence } from './sentence';
import { ACTIVITY_WORD, agree, capitalized } from './terms';

/**
 * The follow-up of a draft's activities during the year: the statuses' names,
 * the Node side's refusals, the report (.docx) and CSV, and the words of the
 * follow-up in the window (below). The activities are named in the words of
 * the draft's kind (`ACTIVITY_WORD`): an agreement's are åtaganden.
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
  activityNotFound: (kind: DraftKind) => `${capitalized(ACTIVITY_WORD[kind].the)} finns inte längre i utkastet. Ladda om sidan och försök igen.`,
  exportFailed: (detail: string) => `Uppföljningen kunde inte exporteras: ${detail}. Utkastet är oförändrat.`,
} as const;

/** Messages of "Starta nästa period" (electron/services/draft-store.ts). */
export const NEXT_PERIOD_MESSAGE = {
  noStart: () => 'Perioden har inget startdatum, så nästa period kan inte räknas fram. Ange periodens start först.',
} as const;

/** "en gemensam aktivitet", "ett gemensamt åtagande". */
const aJoint = (kind: DraftKind) => {
  const w = ACTIVITY_WORD[kind];
  return `${w.a} ${agree(w, { en: 'gemensam', ett: 'gemensamt' })} ${w.one}`;
};

/** "medborgarlöfte", "samverkansöverenskommelse": the kind after "Uppföljning av". */
const KIND_WORD: Record<DraftKind, string> = {
  medborgarlofte: 'medborgarlöfte',
  samverkansoverenskommelse: 'samverkansöverenskommelse',
};

/**
 * "2 av 4 aktiviteter genomförda", "0 av 1 åtagande genomfört"; with `is`
 * ("är "), "2 av 4 aktiviteter är genomförda".
 */
const doneOfKind = (kind: DraftKind, done: number, total: number, is = '') => {
  const w = ACTIVITY_WORD[kind];
  return total === 1
    ? `${done} av 1 ${w.one} ${is}${agree(w, { en: 'genomförd', ett: 'genomfört' })}`
    : `${done} av ${total} ${w.many} ${is}genomförda`;
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
  keywords: (kind: DraftKind) => ['uppföljning', KIND_WORD[kind], 'samverkan', 'brottsförebyggande', 'trygghet'],
  description: (title: string, period: string) => `Uppföljning av ${title}${period ? `. Period: ${period}` : ''}.`,
  periodLabel: 'Period',
  partiesLabel: 'Parter',
  statusLabel: 'Status',
  summaryHeading: 'Sammanfattning',
  /** "2 av 4 aktiviteter är genomförda.", "1 av 1 åtagande är genomfört." */
  total: (kind: DraftKind, done: number, total: number) => `${doneOfKind(kind, done, total, 'är ')}.`,
  /** "Polismyndigheten: 1 av 3 genomförda". */
  party: (name: string, done: number, total: number) => `${name}: ${done} av ${total} genomförda`,
  /** "En gemensam aktivitet …", "Ett gemensamt åtagande räknas för var och en av parterna." */
  jointNote: (kind: DraftKind) => `${capitalized(aJoint(kind))} räknas för var och en av parterna.`,
  noActivities: (kind: DraftKind) => `Utkastet har inga ${ACTIVITY_WORD[kind].many} att följa upp.`,
  chartHeading: (kind: DraftKind) => `${capitalized(ACTIVITY_WORD[kind].many)} per status`,
  /** The chart's text alternative: every number it shows. */
  chartDescription: (kind: DraftKind, counts: string) => `Stapeldiagram över antal ${ACTIVITY_WORD[kind].many} per status: ${counts}.`,
  chartCount: (count: number, percent: number) => `${count} (${percent} %)`,
  activitiesHeading: (kind: DraftKind) => capitalized(ACTIVITY_WORD[kind].many),
  /** The columns of the report's tables: "Aktivitet", "Åtagande", "Status", …. */
  columns: (kind: DraftKind) => ({
    activity: capitalized(ACTIVITY_WORD[kind].one),
    status: 'Status',
    outcome: 'Utfall',
    comment: 'Kommentar',
    updated: 'Senast uppdaterad',
  }),
  /** "5 av 6 trygghetsvandringar", "5 av 6", "12 insatser", "12". */
  outcome: (outcome: string, quantity: string | null, unit: string) =>
    [quantity === null ? outcome : `${outcome} av ${quantity}`, unit].filter(Boolean).join(' '),
  /** The CSV's header row. */
  csvColumns: (kind: DraftKind) =>
    ['Parter', 'Ansvarig', 'Fokusområde', capitalized(ACTIVITY_WORD[kind].one), 'Mål (antal)', 'Enhet', 'Status', 'Utfall', 'Kommentar', 'Senast uppdaterad'],
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
  intro: (kind: DraftKind) =>
    `Ange för varje ${ACTIVITY_WORD[kind].one} hur det har gått: status, utfall och en kommentar. Allt sparas automatiskt medan du skriver. ` +
    'Dokumentets text ändras inte av uppföljningen.',
  notYetHeading: 'Uppföljningen börjar när dokumentet är klart',
  notYetText: (kind: DraftKind) =>
    'Ett utkast följs inte upp ännu. När dokumentet är markerat som klart för underskrift, eller som undertecknat, ' +
    `följer du upp ${ACTIVITY_WORD[kind].theMany} här.`,
  toEditor: 'Till utkastet',
  noActivities: (kind: DraftKind) =>
    `Dokumentet har inga ${ACTIVITY_WORD[kind].many} att följa upp. ${capitalized(ACTIVITY_WORD[kind].theMany)} skrivs i utkastet.`,

  summaryHeading: 'Så långt har ni kommit',
  /** "Polismyndigheten: 4 av 6 genomförda". */
  partyLine: (party: string, done: number, total: number) => `${party}: ${doneShare(done, total)}`,
  totalLabel: 'Totalt',
  /** A joint activity counts for each of its parties, so the parties' lines may add up to more than the total. */
  jointNote: (kind: DraftKind) => `${capitalized(aJoint(kind))} räknas för varje part som ${ACTIVITY_WORD[kind].commits} ${ACTIVITY_WORD[kind].it}.`,
  statusCountsLabel: (kind: DraftKind) => `Antal ${ACTIVITY_WORD[kind].many} per status`,

  filtersLabel: (kind: DraftKind) => `Visa ${ACTIVITY_WORD[kind].many}`,
  party: 'Part',
  allParties: 'Alla parter',
  focusArea: 'Fokusområde',
  allFocusAreas: 'Alla fokusområden',
  noFocusArea: 'Utan fokusområde',
  status: 'Status',
  allStatuses: 'Alla statusar',
  showAll: 'Visa alla',
  shownCount: (kind: DraftKind, shown: number, total: number) => {
    const w = ACTIVITY_WORD[kind];
    return shown === total ? `${total} ${total === 1 ? w.one : w.many}` : `Visar ${shown} av ${total} ${w.many}`;
  },
  filterEmpty: (kind: DraftKind) => `Inga ${ACTIVITY_WORD[kind].many} matchar filtret. Välj ”Visa alla” för att se alla.`,
  /** On an activity whose status was changed so that it no longer matches the status filter; it stays until the filter changes. */
  outsideFilter: 'Visas tills filtret ändras: statusen matchar inte längre filtret.',

  listHeading: (kind: DraftKind) => capitalized(ACTIVITY_WORD[kind].many),
  /** Who undertakes it: a löfte's activity "Lovas av" its parties; an agreement's åtagande names its "Parter". */
  partiesLabel: { medborgarlofte: 'Lovas av', samverkansoverenskommelse: 'Parter' } satisfies Record<DraftKind, string>,
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
  readOnly: 'Nästa period kan startas när datamappen kan ändras igen.',
  /** Once started: the link to it, with its years ("2022–2023") when it has a period. */
  open: (years: string) => (years ? `Öppna nästa period (${years})` : 'Öppna nästa period'),
  openNotSaved: 'Nästa period öppnas när det du skrivit är sparat. Försök spara igen först.',
  question: (kind: DraftKind) =>
    'Ett nytt utkast skapas från det här: perioden flyttas fram, uppföljningen töms, underskrifternas datum tas bort och ' +
    `genomförda ${ACTIVITY_WORD[kind].many} markeras för att ses över. Det här dokumentet ändras inte.`,
  confirm: 'Ja, starta nästa period',
  running: 'Skapar nästa period…',
  cancel: 'Avbryt',
  failed: (message: string) => `Nästa period kunde inte startas: ${inSentence(message)}.`,
  notSaved: 'De senaste ändringarna är inte sparade. Försök spara igen först.',
} as const;

/** The editor's side panel: the follow-up in short, and the links between a draft and its revisions. */
export const FOLLOW_UP_PANEL_TEXT = {
  heading: 'Uppföljning',
  /** "2 av 4 aktiviteter genomförda", "0 av 1 åtagande genomfört". */
  summary: (kind: DraftKind, done: number, total: number) => doneOfKind(kind, done, total),
  noActivities: (kind: DraftKind) => `Inga ${ACTIVITY_WORD[kind].many} att följa upp.`,
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

/** On an activity carried over by "Starta nästa period" from a finished one: "se över det" and "genomgånget" for an åtagande. */
export const REVIEW_TEXT = {
  notice: (kind: DraftKind) => `Genomfördes förra perioden – se över ${ACTIVITY_WORD[kind].it}.`,
  done: (kind: DraftKind) => `Markera som ${agree(ACTIVITY_WORD[kind], { en: 'genomgången', ett: 'genomgånget' })}`,
} as const;
