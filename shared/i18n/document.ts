import type { Basis, DraftKind } from '../draft/schema';
import { KIND_LABEL } from './terms';

/**
 * Everything the printed documents say, in Swedish. The builders in
 * shared/documents compose these; none of them spells a word of their own, so
 * wording can be reviewed (and changed with the police or a municipality's
 * communicators) in this one file.
 */
export const DOCUMENT_TEXT = {
  /** Used when the draft has no title yet, so the page, footer and file properties still say what the document is. */
  untitled: (kind: DraftKind, years: string) => (years ? `${KIND_LABEL[kind]} ${years}` : KIND_LABEL[kind]),
  partiesLabel: 'Parter',
  geographicFocusLabel: 'Geografiskt fokus',
  diarienummer: (value: string) => `dnr ${value}`,

  headings: {
    background: 'Bakgrund',
    basis: 'Underlag',
    focusAreas: 'Fokusområden',
    activities: 'Aktiviteter',
    followUp: 'Uppföljning',
    communication: 'Kommunikation',
    organisation: 'Organisation',
    attachments: 'Bilagor',
    signatures: 'Underskrifter',
  },

  activitiesIntro: 'Det ska åstadkommas genom följande aktiviteter:',
  activityWithoutText: '(aktivitetens text saknas)',

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
} as const;

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
