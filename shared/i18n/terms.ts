import type { DraftKind, DraftStatus, GroupType, PartyRole } from '../draft/vocabulary';

/** The domain's words, as the glossary in domain.md spells them. */
export const KIND_LABEL: Record<DraftKind, string> = {
  medborgarlofte: 'Medborgarlöfte',
  samverkansoverenskommelse: 'Samverkansöverenskommelse',
};

export const STATUS_LABEL: Record<DraftStatus, string> = {
  utkast: 'Utkast',
  klar: 'Klar för underskrift',
  undertecknad: 'Undertecknad',
};

/**
 * What each kind calls the things its parties undertake: a löfte's parties
 * promise activities ("aktiviteter"), an agreement's parties commit to
 * åtaganden ("Ansvar och åtaganden", "Polisen åtar sig att"). One word per
 * kind, in every form the texts need, so that buttons, empty states, notices
 * and findings all say the same word.
 */
export interface ActivityWord {
  /** "aktivitet", "åtagande" */
  one: string;
  /** "aktiviteten", "åtagandet" */
  the: string;
  /** "aktiviteter", "åtaganden" */
  many: string;
  /** "aktiviteterna", "åtagandena" */
  theMany: string;
  /** The indefinite article: "en aktivitet", "ett åtagande". */
  a: 'en' | 'ett';
  /** The pronoun: "den", "det". */
  it: 'den' | 'det';
  /** The genitive: "aktivitetens text", "åtagandets text". */
  theOf: string;
  /** What its parties do: "Polisen lovar att", "Polisen åtar sig att". */
  commits: string;
}

export const ACTIVITY_WORD: Record<DraftKind, ActivityWord> = {
  medborgarlofte: {
    one: 'aktivitet', the: 'aktiviteten', many: 'aktiviteter', theMany: 'aktiviteterna', a: 'en', it: 'den', theOf: 'aktivitetens', commits: 'lovar',
  },
  samverkansoverenskommelse: {
    one: 'åtagande', the: 'åtagandet', many: 'åtaganden', theMany: 'åtagandena', a: 'ett', it: 'det', theOf: 'åtagandets', commits: 'åtar sig',
  },
};

/**
 * An adjective or participle in the gender of the kind's word, given both
 * forms: `agree(w, { en: 'genomförd', ett: 'genomfört' })` is "genomförd" for
 * an aktivitet, "genomfört" for an åtagande.
 */
export const agree = (word: ActivityWord, forms: Record<ActivityWord['a'], string>) => forms[word.a];

/** A word with its first letter in upper case, to start a sentence: "Aktivitet 2". */
export const capitalized = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export const ROLE_LABEL: Record<PartyRole, string> = {
  kommun: 'Kommun',
  polis: 'Polis',
  annan: 'Annan part',
};

/** The groups of an agreement's organisation, as the documents and the editor name them. */
export const GROUP_LABEL: Record<GroupType, string> = {
  styrgrupp: 'Styrgrupp',
  beredningsgrupp: 'Beredningsgrupp',
  'lokalt-rad': 'Lokalt brottsförebyggande råd',
  arbetsgrupp: 'Arbetsgrupp',
  annan: 'Annan grupp',
};

/**
 * How often an open-ended agreement is revised: the editor's choices and how
 * the document says them ("Överenskommelsen revideras varje år").
 */
export const REVISION_INTERVALS: readonly { months: number; label: string }[] = [
  { months: 6, label: 'varje halvår' },
  { months: 12, label: 'varje år' },
  { months: 24, label: 'vartannat år' },
  { months: 36, label: 'vart tredje år' },
  { months: 48, label: 'vart fjärde år' },
];

/** "varje år" for 12 months; "var 18:e månad" for an interval without a word of its own. */
export function revisionIntervalLabel(months: number): string {
  return REVISION_INTERVALS.find((interval) => interval.months === months)?.label ?? `var ${months}:e månad`;
}

/** Labels of the draft's fields, used to name a field in a message. */
export const FIELD_LABEL: Record<string, string> = {
  format: 'format',
  formatVersion: 'formatversion',
  kind: 'dokumenttyp',
  id: 'id',
  title: 'titel',
  status: 'status',
  period: 'period',
  start: 'startdatum',
  end: 'slutdatum',
  parties: 'parter',
  role: 'roll',
  name: 'namn',
  diarienummer: 'diarienummer',
  statement: 'löftesmening',
  background: 'bakgrund',
  geographicFocus: 'geografiskt fokus',
  basis: 'underlag',
  type: 'typ',
  description: 'beskrivning',
  date: 'datum',
  respondents: 'antal svarande',
  focusAreas: 'fokusområden',
  problem: 'problem',
  causes: 'troliga orsaker',
  goal: 'mål',
  indicator: 'indikator',
  activities: 'aktiviteter',
  partyIds: 'part',
  focusAreaId: 'fokusområde',
  text: 'text',
  quantity: 'antal',
  unit: 'enhet',
  frequency: 'frekvens',
  minDuration: 'minsta omfattning',
  place: 'plats',
  responsible: 'ansvarig funktion',
  followUp: 'uppföljning',
  outcome: 'utfall',
  comment: 'kommentar',
  followUpPlan: 'uppföljning',
  communication: 'kommunikation',
  organisation: 'organisation',
  situation: 'gemensam lägesbild',
  documentation: 'dokumentation',
  groups: 'organisation',
  members: 'medlemmar',
  meetings: 'mötesrytm',
  revisionMonths: 'revideringsintervall',
  attachments: 'bilagor',
  signatories: 'undertecknare',
  partyId: 'part',
  originals: 'antal original',
  relatedIds: 'kopplade dokument',
  createdAt: 'skapad',
  updatedAt: 'senast ändrad',
  logo: 'logotyp',
  data: 'bilddata',
  mediaType: 'bildformat',
  alt: 'alternativtext',
  review: 'markerad för genomgång',
  conflicts: 'konflikter',
};

/** The singular of a list field, to name one item: "aktivitet 3". */
const ITEM_LABEL: Record<string, string> = {
  parties: 'part',
  basis: 'underlag',
  focusAreas: 'fokusområde',
  activities: 'aktivitet',
  signatories: 'undertecknare',
  attachments: 'bilaga',
  groups: 'grupp',
  relatedIds: 'kopplat dokument',
};

/** Where a kind's editor names a field or an item otherwise: an agreement's activities are åtaganden, its underlag källor. */
const KIND_LABEL_OVERRIDE: Record<DraftKind, { fields: Record<string, string>; items: Record<string, string> }> = {
  medborgarlofte: { fields: {}, items: {} },
  samverkansoverenskommelse: {
    fields: {
      statement: 'syfte och övergripande mål',
      background: 'parter och bakgrund',
      basis: 'källor',
      activities: ACTIVITY_WORD.samverkansoverenskommelse.many,
    },
    items: { basis: 'källa', activities: ACTIVITY_WORD.samverkansoverenskommelse.one },
  },
};

/**
 * Names a place in a draft in Swedish: `["activities", 2, "partyIds", 0]`
 * becomes "aktivitet 3, part"; with the draft's `kind`, in that kind's
 * words ("åtagande 3, part" in an agreement).
 */
export function describeField(path: readonly PropertyKey[], kind?: DraftKind): string {
  const override = kind ? KIND_LABEL_OVERRIDE[kind] : { fields: {}, items: {} };
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'number') continue;
    const name = String(key);
    const item = override.items[name] ?? ITEM_LABEL[name];
    if (typeof next === 'number' && item) {
      words.push(`${item} ${next + 1}`);
    } else {
      words.push(override.fields[name] ?? FIELD_LABEL[name] ?? name);
    }
  }
  return words.join(', ') || 'filen';
}

/** How the lead-ins of promises name their parties and verbs. */
export const PROMISE_TEXT = {
  police: 'Polisen',
  municipality: 'Kommunen',
  municipalities: 'Kommunerna',
  and: 'och',
  /** What an unnamed party is called when it is the only one of its role. */
  roleWord: { kommun: 'kommunen', polis: 'polisen', annan: 'annan part' } satisfies Record<PartyRole, string>,
  unnamedParty: (n: number) => `Part ${n}`,
  unknownParty: 'okänd part',
  /** "Polisen lovar att"; an agreement's parties commit rather than promise. */
  single: (who: string, kind: DraftKind) => `${who} ${ACTIVITY_WORD[kind].commits} att`,
  /** "Polisen och kommunen lovar gemensamt att". */
  joint: (who: string, kind: DraftKind) => `${who} ${ACTIVITY_WORD[kind].commits} gemensamt att`,
  /** The heading of the activities whose parties are all gone: "Aktiviteter där ansvarig part inte är angiven". */
  withoutParty: (kind: DraftKind) => `${capitalized(ACTIVITY_WORD[kind].many)} där ansvarig part inte är angiven`,
} as const;

/** Titles the app suggests for a new document. */
export const SUGGESTED_TITLE_TEXT = {
  /** "Medborgarlöfte för Söderhamns kommun 2025". */
  promise: (municipalities: string, years: string) => [`${KIND_LABEL.medborgarlofte} för ${municipalities}`, years].filter(Boolean).join(' '),
} as const;
