import { formatPeriodYears } from '../i18n/dates';
import { SUGGESTED_TITLE } from '../i18n/terms';
import { joinNames } from './activity-groups';
import { FORMAT, FORMAT_VERSION } from './limits';
import type { Activity, Attachment, Basis, Draft, DraftKind, FocusArea, Group, GroupType, Signatory } from './schema';

/** What a new draft needs from its caller: ids and time come from outside so this stays pure. */
export interface NewDraftInput {
  id: string;
  kind: DraftKind;
  now: Date;
}

/** Years an agreement covers by default: one mandatperiod. */
export const AGREEMENT_YEARS = 4;

/**
 * The year a new document starts in: this year, or the next one from
 * October on, when next year's documents are being drafted.
 */
export const firstYear = (now: Date) => now.getFullYear() + (now.getMonth() >= 9 ? 1 : 0);

/**
 * An empty draft of either kind, with the two usual parties (kommun and
 * polis) in place so the user starts by filling in names, not structure. A
 * medborgarlöfte runs one calendar year; a samverkansöverenskommelse one
 * mandatperiod of four, and starts with the organisation's usual groups.
 */
export function newDraft({ id, kind, now }: NewDraftInput): Draft {
  const stamp = now.toISOString();
  const year = firstYear(now);
  const agreement = kind === 'samverkansoverenskommelse';
  const endYear = agreement ? year + AGREEMENT_YEARS - 1 : year;
  const common: Draft = {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    kind,
    id,
    title: '',
    status: 'utkast',
    period: { start: `${year}-01-01`, end: `${endYear}-12-31` },
    parties: [
      { id: 'kommun', role: 'kommun', name: '', diarienummer: '' },
      { id: 'polis', role: 'polis', name: '', diarienummer: '' },
    ],
    statement: '',
    background: '',
    geographicFocus: '',
    basis: [],
    focusAreas: [],
    activities: [],
    followUpPlan: '',
    communication: '',
    signatories: [],
    originals: 2,
    relatedIds: [],
    createdAt: stamp,
    updatedAt: stamp,
  };
  if (!agreement) return common;
  return {
    ...common,
    situation: '',
    documentation: '',
    organisation: '',
    groups: [newGroup('styrgrupp', 'styrgrupp'), newGroup('beredningsgrupp', 'beredningsgrupp')],
    attachments: [],
  };
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
    title: municipalities.length > 0 ? SUGGESTED_TITLE.promise(joinNames(municipalities), formatPeriodYears(period)) : '',
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
  if (start && end && Number(end.slice(0, 4)) - Number(start.slice(0, 4)) < PROMISE_COPIES_YEARS) return { start, end };
  const first = start ? Number(start.slice(0, 4)) : year;
  const last = end ? Number(end.slice(0, 4)) : Number.POSITIVE_INFINITY;
  const chosen = Math.min(Math.max(year, first), last);
  const yearStart = `${chosen}-01-01`;
  const yearEnd = `${chosen}-12-31`;
  return { start: start && start > yearStart ? start : yearStart, end: end && end < yearEnd ? end : yearEnd };
}
