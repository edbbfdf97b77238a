import { FORMAT, FORMAT_VERSION } from './limits';
import type { Activity, Basis, Draft, DraftKind, FocusArea, Signatory } from './schema';

/** What a new draft needs from its caller: ids and time come from outside so this stays pure. */
export interface NewDraftInput {
  id: string;
  kind: DraftKind;
  now: Date;
}

/**
 * An empty draft of either kind, with the two usual parties (kommun and
 * polis) in place so the user starts by filling in names, not structure.
 */
export function newDraft({ id, kind, now }: NewDraftInput): Draft {
  const stamp = now.toISOString();
  const year = now.getFullYear() + (now.getMonth() >= 9 ? 1 : 0);
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    kind,
    id,
    title: '',
    status: 'utkast',
    period: { start: `${year}-01-01`, end: `${year}-12-31` },
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
