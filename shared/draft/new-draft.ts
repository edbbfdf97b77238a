import { formatPeriodYears, yearOf } from '../calendar';
import { SUGGESTED_TITLE_TEXT } from '../i18n/terms';
import { joinNames } from './activity-groups';
import { FORMAT, FORMAT_VERSION, LIMITS } from './limits';
import type { Activity, Attachment, Basis, Draft, DraftKind, FocusArea, Group, GroupType, Party, PartyRole, Signatory } from './schema';

/** A party every new draft starts with, and the people who usually sign for it. */
export interface DefaultParty {
  role: PartyRole;
  /** "" or absent: a kommun party takes the municipality's name, any other is left for the user. */
  name?: string;
  /** Who usually signs for the party, by name and title (either may be ""); place and date are left for the signing. */
  signatories?: readonly { name?: string; title?: string }[];
}

/**
 * What every new draft starts with in an organisation, as IT sets it in the
 * policy file (electron/policy.ts): the municipality's name and the usual
 * parties with their signatories. Everything is optional; without it a new
 * draft has the two usual parties, unnamed.
 */
export interface NewDraftDefaults {
  /** The kommun's name ("Söderhamns kommun"), given to each kommun party that has no name of its own. */
  municipality?: string;
  /** The parties, in order (from {@link LIMITS.minParties} to {@link LIMITS.parties}); the usual kommun and polis when absent. */
  parties?: readonly DefaultParty[];
}

/** What a new draft needs from its caller: ids and time come from outside so this stays pure. */
export interface NewDraftInput {
  id: string;
  kind: DraftKind;
  now: Date;
  /** The organisation's defaults (parties, signatories); none by default. */
  defaults?: NewDraftDefaults;
}

/** Years an agreement covers by default: one mandatperiod. */
export const AGREEMENT_YEARS = 4;

/**
 * The year a new document starts in: this year, or the next one from
 * October on, when next year's documents are being drafted.
 */
export const firstYear = (now: Date) => now.getFullYear() + (now.getMonth() >= 9 ? 1 : 0);

/** The parties of a new draft when the organisation sets none: a kommun and the police. */
const USUAL_PARTIES: readonly DefaultParty[] = [{ role: 'kommun' }, { role: 'polis' }];

/**
 * An empty draft of either kind, with the two usual parties (kommun and
 * polis) in place so the user starts by filling in names, not structure. A
 * medborgarlöfte runs one calendar year; a samverkansöverenskommelse one
 * mandatperiod of four, and starts with the organisation's usual groups.
 * An organisation's `defaults` name the parties (or set others) and their
 * signatories, with one original per party.
 */
export function newDraft({ id, kind, now, defaults }: NewDraftInput): Draft {
  const stamp = now.toISOString();
  const year = firstYear(now);
  const endYear = year + PERIOD_YEARS[kind] - 1;
  const { parties, signatories } = startingParties(defaults);
  const common: Draft = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    kind,
    id,
    title: '',
    status: 'utkast',
    period: { start: `${year}-01-01`, end: `${endYear}-12-31` },
    parties,
    statement: '',
    background: '',
    geographicFocus: '',
    basis: [],
    focusAreas: [],
    activities: [],
    followUpPlan: '',
    communication: '',
    signatories,
    // "… varav parterna tagit var sitt": one original per party.
    originals: parties.length,
    relatedIds: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  return { ...common, ...KIND_FIELDS[kind]() };
}

/** How many years a new draft's period spans. */
const PERIOD_YEARS: Record<DraftKind, number> = { medborgarlofte: 1, samverkansoverenskommelse: AGREEMENT_YEARS };

/** The fields only one kind has, as a new draft of it starts them (an agreement's organisation starts with its two usual groups). */
const KIND_FIELDS: Record<DraftKind, () => Partial<Draft>> = {
  medborgarlofte: () => ({}),
  samverkansoverenskommelse: () => ({
    situation: '',
    documentation: '',
    organisation: '',
    groups: [newGroup('styrgrupp', 'styrgrupp'), newGroup('beredningsgrupp', 'beredningsgrupp')],
    attachments: [],
  }),
};

/**
 * The parties and signatories a new draft starts with. The first kommun and
 * the first polis party keep the ids `kommun` and `polis` that drafts have
 * always had; any other party is `part-<its place>`, so ids stay unique. A
 * list of parties outside the file format's limits is not used: the policy
 * reader refuses one, and a draft that could not be saved would be worse
 * than one with the usual parties.
 */
function startingParties(defaults: NewDraftDefaults | undefined): { parties: Party[]; signatories: Signatory[] } {
  const given = defaults?.parties;
  const chosen = given && given.length >= LIMITS.minParties && given.length <= LIMITS.parties ? given : USUAL_PARTIES;
  const municipality = defaults?.municipality?.trim() ?? '';
  const used = new Set<string>();
  const parties: Party[] = [];
  const signatories: Signatory[] = [];
  chosen.forEach((party, index) => {
    const id = party.role !== 'annan' && !used.has(party.role) ? party.role : `part-${index + 1}`;
    used.add(id);
    const name = party.name?.trim() || (party.role === 'kommun' ? municipality : '');
    parties.push({ id, role: party.role, name, diarienummer: '' });
    for (const signatory of party.signatories ?? []) {
      signatories.push({ ...newSignatory(id), name: signatory.name?.trim() ?? '', title: signatory.title?.trim() ?? '' });
    }
  });
  return { parties, signatories: signatories.slice(0, LIMITS.listItems) };
}

/** A new, empty activity promised by `partyIds`. */
export function newActivity(id: string, partyIds: readonly string[]): Activity {
  return {
    id,
    partyIds: [...partyIds],
    focusAreaId: null,
    text: '',
    quantity: null,
    unit: '',
    frequency: '',
    minDuration: '',
    place: '',
    responsible: '',
    followUp: { status: 'ej-paborjad', outcome: null, comment: '' },
  };
}

/** A new signatory for a party; place and date are left for the user (or the pen). */
export function newSignatory(partyId: string): Signatory {
  return { partyId, name: '', title: '', place: '', date: null };
}

/** A new entry of the underlag, a medborgardialog unless told otherwise. */
export function newBasis(type: Basis['type'] = 'medborgardialog'): Basis {
  return { type, description: '', date: null, respondents: null };
}

/** A new, empty fokusområde. */
export function newFocusArea(id: string): FocusArea {
  return { id, title: '', problem: '', causes: '', goal: '', indicator: '' };
}

/** A new group of the organisation, of a type; its name, members and meetings are left to the user. */
export function newGroup(id: string, type: GroupType = 'arbetsgrupp'): Group {
  return { id, type, name: '', members: '', meetings: '' };
}

/** A new, empty bilaga. */
export function newAttachment(): Attachment {
  return { title: '' };
}

/**
 * A new medborgarlöfte under an agreement ("Nytt medborgarlöfte" in the
 * agreement): its parties (without the agreement's diarienummer, which are
 * the agreement's own), focus areas and signatories (without dates), and a
 * period inside the agreement's: the whole of it when it is a löfte's usual
 * length (at most three years), else one calendar year, this one or the next
 * (as `newDraft` chooses), moved inside the agreement. It names the agreement
 * it belongs to in `relatedIds`; the store adds the link's other direction.
 */
export function promiseFromAgreement(agreement: Draft, { id, now }: { id: string; now: Date }): Draft {
  const base = newDraft({ id, kind: 'medborgarlofte', now });
  const municipalities = agreement.parties.filter((p) => p.role === 'kommun' && p.name.trim()).map((p) => p.name.trim());
  const period = promisePeriod(agreement.period, firstYear(now));
  return {
    ...base,
    title: municipalities.length > 0 ? SUGGESTED_TITLE_TEXT.promise(joinNames(municipalities), formatPeriodYears(period)) : '',
    period,
    parties: agreement.parties.map((party) => ({ ...party, diarienummer: '' })),
    focusAreas: agreement.focusAreas.map((area) => ({ ...area })),
    signatories: agreement.signatories.map((signatory) => ({ ...signatory, date: null })),
    originals: agreement.originals,
    relatedIds: [agreement.id],
  };
}

/** Longest agreement period, in years, a löfte under it copies whole. */
const PROMISE_COPIES_YEARS = 3;

function promisePeriod(period: Draft['period'], year: number): { start: string | null; end: string | null } {
  const { start, end } = period;
  if (start && end && Number(yearOf(end)) - Number(yearOf(start)) < PROMISE_COPIES_YEARS) return { start, end };
  const first = start ? Number(yearOf(start)) : year;
  const last = end ? Number(yearOf(end)) : Number.POSITIVE_INFINITY;
  const chosen = Math.min(Math.max(year, first), last);
  const yearStart = `${chosen}-01-01`;
  const yearEnd = `${chosen}-12-31`;
  return { start: start && start > yearStart ? start : yearStart, end: end && end < yearEnd ? end : yearEnd };
}
