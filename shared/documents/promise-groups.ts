import type { Activity, Draft, Party, PartyRole } from '../draft/schema';
import { DOCUMENT_TEXT } from '../i18n/document';

/** Activities that print under one lead-in, such as "Polisen lovar att". */
export interface PromiseGroup {
  /** The ids of the parties that make these promises, in the draft's party order; empty for activities without a known party. */
  partyIds: string[];
  /** The lead-in the activities complete: "Polisen lovar att", "Polisen och kommunen lovar gemensamt att". */
  lead: string;
  activities: Activity[];
}

const ROLE_ORDER: Record<PartyRole, number> = { polis: 0, kommun: 1, annan: 2 };

/**
 * A party's name as the document prints it. An unnamed party is called by its
 * role ("kommunen") so a half-filled draft still reads as a sentence.
 */
export function partyDisplayName(party: Party | undefined): string {
  if (!party) return DOCUMENT_TEXT.unknownParty;
  return party.name.trim() || DOCUMENT_TEXT.unnamedParty[party.role];
}

/**
 * The lead-in of the promises that the parties `partyIds` make together:
 * "Polisen lovar att", "Kommunen lovar att", "Polisen och kommunen lovar
 * gemensamt att", or with names when "kommunen" alone would not say which of
 * several municipalities is meant. Unknown ids are ignored.
 */
export function promiseLead(partyIds: readonly string[], draft: Draft): string {
  const parties = resolveParties(partyIds, draft);
  const text = DOCUMENT_TEXT.promiseLead;
  if (parties.length === 0) return text.withoutParty;
  if (parties.length === 1) {
    const [party] = parties;
    if (isSoleOfRole(party, draft, 'polis')) return text.police;
    if (isSoleOfRole(party, draft, 'kommun')) return text.municipality;
    return text.single(partyDisplayName(party));
  }
  const names = sortByRole(parties, draft).map((party) => jointName(party, draft));
  const { police, municipality } = DOCUMENT_TEXT.jointName;
  if (names.length === 2 && names[0] === police && names[1] === municipality) return text.policeAndMunicipality;
  return text.joint(names);
}

/**
 * The draft's activities grouped by who promises them, in the order the
 * document prints them: each party's own promises (police, municipalities,
 * other parties), then the joint ones in the order they first appear, then any
 * activity whose parties are missing — printed rather than dropped, since the
 * document is signed as it is. Empty groups are left out; activities keep the
 * draft's order within a group.
 */
export function groupActivitiesByParty(draft: Draft): PromiseGroup[] {
  const groups = new Map<string, PromiseGroup>();
  for (const activity of draft.activities) {
    const parties = sortByRole(resolveParties(activity.partyIds, draft), draft);
    const key = parties.map((party) => party.id).join('\u0000');
    let group = groups.get(key);
    if (!group) {
      const partyIds = parties.map((party) => party.id);
      group = { partyIds, lead: promiseLead(partyIds, draft), activities: [] };
      groups.set(key, group);
    }
    group.activities.push(activity);
  }
  const all = [...groups.values()];
  const singles = all
    .filter((group) => group.partyIds.length === 1)
    .sort((a, b) => compareParties(partyById(draft, a.partyIds[0]), partyById(draft, b.partyIds[0]), draft));
  const joint = all.filter((group) => group.partyIds.length > 1);
  const without = all.filter((group) => group.partyIds.length === 0);
  return [...singles, ...joint, ...without];
}

function resolveParties(partyIds: readonly string[], draft: Draft): Party[] {
  const wanted = new Set(partyIds);
  return draft.parties.filter((party, index) => wanted.has(party.id) && draft.parties.findIndex((p) => p.id === party.id) === index);
}

function partyById(draft: Draft, id: string): Party {
  return draft.parties.find((party) => party.id === id)!;
}

function isSoleOfRole(party: Party, draft: Draft, role: PartyRole): boolean {
  return party.role === role && draft.parties.filter((p) => p.role === role).length === 1;
}

/** Inside a joint lead the sole police party and sole municipality go by "polisen" and "kommunen", the rest by name. */
function jointName(party: Party, draft: Draft): string {
  if (isSoleOfRole(party, draft, 'polis')) return DOCUMENT_TEXT.jointName.police;
  if (isSoleOfRole(party, draft, 'kommun')) return DOCUMENT_TEXT.jointName.municipality;
  return partyDisplayName(party);
}

/** Police first, then municipalities, then other parties, as the published promises list them. */
function sortByRole(parties: Party[], draft: Draft): Party[] {
  return [...parties].sort((a, b) => compareParties(a, b, draft));
}

function compareParties(a: Party, b: Party, draft: Draft): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || draft.parties.indexOf(a) - draft.parties.indexOf(b);
}
