import type { DraftKind, DraftStatus, PartyRole } from '../draft/schema';

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

export const ROLE_LABEL: Record<PartyRole, string> = {
  kommun: 'Kommun',
  polis: 'Polis',
  annan: 'Annan part',
};

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
  attachments: 'bilagor',
  signatories: 'undertecknare',
  partyId: 'part',
  originals: 'antal original',
  relatedIds: 'kopplade dokument',
  createdAt: 'skapad',
  updatedAt: 'senast ändrad',
};

/** The singular of a list field, to name one item: "aktivitet 3". */
const ITEM_LABEL: Record<string, string> = {
  parties: 'part',
  basis: 'underlag',
  focusAreas: 'fokusområde',
  activities: 'aktivitet',
  signatories: 'undertecknare',
  attachments: 'bilaga',
  relatedIds: 'kopplat dokument',
};

/**
 * Names a place in a draft in Swedish: `["activities", 2, "partyIds", 0]`
 * becomes "aktivitet 3, part".
 */
export function describeField(path: readonly PropertyKey[]): string {
  const words: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const next = path[i + 1];
    if (typeof key === 'number') continue;
    const name = String(key);
    if (typeof next === 'number' && ITEM_LABEL[name]) {
      words.push(`${ITEM_LABEL[name]} ${next + 1}`);
    } else {
      words.push(FIELD_LABEL[name] ?? name);
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
  single: (who: string, kind: DraftKind) => `${who} ${kind === 'medborgarlofte' ? 'lovar att' : 'åtar sig att'}`,
  /** "Polisen och kommunen lovar gemensamt att". */
  joint: (who: string, kind: DraftKind) => `${who} ${kind === 'medborgarlofte' ? 'lovar gemensamt att' : 'åtar sig gemensamt att'}`,
  withoutParty: 'Aktiviteter där ansvarig part inte är angiven',
} as const;
