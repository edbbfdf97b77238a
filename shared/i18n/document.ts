import type { Basis, DraftKind } from '../draft/schema';
import { ACTIVITY_WORD, KIND_LABEL } from './terms';
import { inSentence } from './sentence';

/** The same heading for both kinds. */
const both = (text: string): Record<DraftKind, string> => ({ medborgarlofte: text, samverkansoverenskommelse: text });

/**
 * Everything the printed documents say, in Swedish. The builders in
 * shared/documents compose these; none of them spells a word of their own, so
 * wording can be reviewed (and changed with the police or a municipality's
 * communicators) in this one file.
 */
export const DOCUMENT_TEXT = {
  partiesLabel: 'Parter',
  geographicFocusLabel: 'Geografiskt fokus',
  statusLabel: 'Status',
  diarienummer: (value: string) => `dnr ${value}`,

  /** Section headings per kind: the agreement's follow the section order of domain.md. */
  headings: {
    background: { medborgarlofte: 'Bakgrund', samverkansoverenskommelse: 'Parter och bakgrund' },
    purpose: both('Syfte och övergripande mål'),
    situation: both('Gemensam lägesbild'),
    basis: both('Underlag'),
    /** Under the gemensam lägesbild: what it is built on (the `basis`). */
    sources: both('Källor'),
    focusAreas: both('Fokusområden'),
    activities: { medborgarlofte: 'Aktiviteter', samverkansoverenskommelse: 'Ansvar och åtaganden' },
    documentation: both('Dokumentation'),
    followUp: { medborgarlofte: 'Uppföljning', samverkansoverenskommelse: 'Uppföljning och revidering' },
    communication: both('Kommunikation'),
    organisation: both('Organisation'),
    validity: both('Giltighetstid'),
    attachments: both('Bilagor'),
    signatures: both('Underskrifter'),
  } satisfies Record<string, Record<DraftKind, string>>,

  activitiesIntro: {
    medborgarlofte: 'Det ska åstadkommas genom följande aktiviteter:',
    samverkansoverenskommelse: 'Inom ramen för överenskommelsen åtar sig parterna följande:',
  } satisfies Record<DraftKind, string>,
  /** In place of an activity without text: "(aktivitetens text saknas)", "(åtagandets text saknas)". */
  activityWithoutText: (kind: DraftKind) => `(${ACTIVITY_WORD[kind].theOf} text saknas)`,
  /** Under an activity in the agreement's "Ansvar och åtaganden": the function that answers for it. */
  responsible: (func: string) => `Ansvarig: ${func}`,

  /** "Parter i överenskommelsen är Ljusdals kommun och Polismyndigheten, …": opens the agreement's background. */
  partiesSentence: (kind: DraftKind, names: string) => `Parter i ${IN_DOCUMENT[kind]} är ${names}.`,

  /** How the organisation's groups work, as lead-ins of their lines. */
  group: {
    members: 'Sammansättning',
    meetings: 'Mötesrytm',
  },

  /** The Giltighetstid section, from the period. */
  validity: {
    /** "Överenskommelsen gäller från och med 1 januari 2024 till och med 31 december 2027." */
    between: (kind: DraftKind, start: string, end: string) => `${THE_DOCUMENT[kind]} gäller från och med ${start} till och med ${end}.`,
    /** "Överenskommelsen gäller från och med 1 januari 2024 och tills vidare." */
    openEnded: (kind: DraftKind, start: string) => `${THE_DOCUMENT[kind]} gäller från och med ${start} och tills vidare.`,
    /** "Överenskommelsen revideras varje år." (the interval's words come from `revisionIntervalLabel`). */
    revision: (kind: DraftKind, interval: string) => `${THE_DOCUMENT[kind]} revideras ${interval}.`,
  },

  /** "Bilaga 4": the number a bilaga is listed with, and the label above an appended document's title. */
  attachmentLabel: (n: number) => `Bilaga ${n}`,
  /** "Bilaga 1 – Lägesbild 2023": one line of the Bilagor list. */
  attachmentLine: (n: number, title: string) => `Bilaga ${n} – ${title}`,

  focusArea: {
    untitled: (n: number) => `Fokusområde ${n}`,
    problem: 'Problem',
    causes: 'Troliga orsaker',
    goal: 'Mål',
    indicator: 'Indikator',
  },

  basisType: {
    medborgardialog: 'Medborgardialog',
    medarbetardialog: 'Medarbetardialog',
    enkat: 'Enkät',
    brottsstatistik: 'Brottsstatistik',
    underrattelser: 'Polisens underrättelser',
    lagesbild: 'Lägesbild',
    annat: 'Annat underlag',
  } satisfies Record<Basis['type'], string>,
  respondents: (count: number) => (count === 1 ? '1 svarande' : `${formatCount(count)} svarande`),

  signature: {
    forParty: (partyName: string) => `För ${partyName}`,
    placeAndDate: 'Ort och datum',
    signature: 'Underskrift',
    nameClarification: 'Namnförtydligande',
    /** "Söderhamn, 3 mars 2020": what is printed on the place-and-date line before anyone signs. */
    placeDateLine: (place: string, date: string) => [place, date].filter(Boolean).join(', '),
    originalsClause: (kind: DraftKind, originals: number) =>
      `${ORIGINALS_SUBJECT[kind]} har upprättats i ${countWord(originals)} likalydande exemplar, varav parterna tagit var sitt.`,
    originalsClauseSingle: (kind: DraftKind) => `${ORIGINALS_SUBJECT[kind]} har upprättats i ett exemplar.`,
  },

  header: {
    /** After the parties the running header has room for, when not all fit on its line ("med flera"). */
    andOthers: ' m.fl.',
  },

  footer: {
    page: 'Sida ',
    of: ' av ',
    separator: ' · ',
  },

  properties: {
    creator: 'Samverka',
    keywords: (kind: DraftKind) => [KIND_LABEL[kind], 'kommun', 'polis', 'brottsförebyggande arbete', 'trygghet'],
    description: (kind: DraftKind, parties: string, period: string) =>
      `${KIND_LABEL[kind]}${parties ? ` mellan ${parties}` : ''}${period ? `. Period: ${period}` : ''}.`,
  },

  /** Names a party when its name is empty, by what it is. */
  activity: {
    /** "minst 2": a measurable commitment is a floor, as in the published promises. */
    atLeast: (count: string) => `minst ${count}`,
    /** Used when a quantity has no unit: "genomföra trygghetsvandringar minst 4 gånger". */
    times: (count: number, formatted: string) => (count === 1 ? 'minst en gång' : `minst ${formatted} gånger`),
    /** "vardera minst två dagar": a duration that applies to each of several occasions. */
    each: 'vardera',
    /** The preposition a place gets unless it brings its own ("i Söderhamns centrum"). */
    placePreposition: 'i',
  },

  /** The names of the documents' own Word styles, as Word's style gallery lists them; Word's built-in styles keep Word's names. */
  styleName: {
    appendixLabel: 'Bilageetikett',
    statement: 'Löftesmening',
    fact: 'Faktarad',
    signatureParty: 'Underskrift part',
    signatureEntry: 'Underskrift på linjen',
    signatureCaption: 'Underskrift ledtext',
    signatureSignature: 'Underskrift namnteckning',
    signatureText: 'Underskrift text',
    sectionEnd: 'Avsnittsslut',
  },
} as const;

/** The document named in running text by its kind: "Överenskommelsen gäller …". */
const THE_DOCUMENT: Record<DraftKind, string> = {
  medborgarlofte: 'Medborgarlöftet',
  samverkansoverenskommelse: 'Överenskommelsen',
};

/** "Parter i överenskommelsen …". */
const IN_DOCUMENT: Record<DraftKind, string> = {
  medborgarlofte: 'medborgarlöftet',
  samverkansoverenskommelse: 'överenskommelsen',
};

/** The subject of the originals clause: the document speaks of itself by its kind. */
const ORIGINALS_SUBJECT: Record<DraftKind, string> = {
  medborgarlofte: 'Detta medborgarlöfte',
  samverkansoverenskommelse: 'Denna överenskommelse',
};

const COUNT_WORDS = ['noll', 'ett', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'elva', 'tolv'];

/** Swedish style writes small counts in words in running text ("två likalydande exemplar"). */
export function countWord(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < COUNT_WORDS.length ? COUNT_WORDS[n] : formatCount(n);
}

/** Swedish number format: a comma for decimals and a no-break space between thousands ("1 200", "2,5"). */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return '';
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.length > 4 ? whole.replace(/\B(?=(\d{3})+$)/g, '\u00a0') : whole;
  return `${n < 0 ? '−' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** The document page (`#/dokument/<id>`) that a print window loads. */
export const DOCUMENT_PAGE_TEXT = {
  loading: 'Hämtar dokumentet…',
  loadFailed: (message: string) => `Dokumentet kunde inte hämtas: ${inSentence(message)}.`,
} as const;
