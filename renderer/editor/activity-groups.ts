import { ROLE_LABEL } from '../../shared/i18n/terms';
import { GROUP_TEXT, SECTION_TEXT } from '../../shared/i18n/ui';
import type { Activity, Draft, Party } from '../../shared/draft/schema';

/** Activities that print under one heading: promised by exactly the same parties. */
export interface ActivityGroup {
  /** Stable key: the group's party ids, sorted; "" for activities without a party. */
  key: string;
  /** The heading as printed: "Polisen lovar att". */
  label: string;
  /** The ids a new activity in this group gets; empty for the orphan group. */
  partyIds: string[];
  kind: 'single' | 'joint' | 'orphan';
  /** The activities with their index in `draft.activities` (their field paths use it). */
  items: { activity: Activity; index: number }[];
}

const keyOf = (ids: Iterable<string>) => [...new Set(ids)].sort().join('+');

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "A", "A och B", "A, B och C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${GROUP_TEXT.and} ${names[names.length - 1]}`;
}

/**
 * What a party is called in a group heading: "Polisen" and "Kommunen" when
 * there is only one of the kind, otherwise its name (or "Part 3" while the
 * name is empty).
 */
function partyWho(party: Party, parties: readonly Party[]): string {
  const index = parties.indexOf(party);
  const sameRole = parties.filter((p) => p.role === party.role).length;
  const name = party.name.trim();
  if (party.role === 'polis' && sameRole === 1) return GROUP_TEXT.police;
  if (party.role === 'kommun' && sameRole === 1) return GROUP_TEXT.municipality;
  if (name) return name;
  if (party.role === 'annan' && sameRole === 1) return ROLE_LABEL.annan;
  return GROUP_TEXT.unnamedParty(index + 1);
}

/** The words for several parties together, lower-casing the generic ones after the first. */
function jointWho(members: readonly Party[], parties: readonly Party[]): string {
  const police = members.filter((p) => p.role === 'polis');
  const municipalities = members.filter((p) => p.role === 'kommun');
  const allPolice = parties.filter((p) => p.role === 'polis');
  const allMunicipalities = parties.filter((p) => p.role === 'kommun');
  // The usual case: the police and every municipality ("Polisen och kommunen/kommunerna").
  if (
    members.length === police.length + municipalities.length &&
    police.length === 1 &&
    allPolice.length === 1 &&
    municipalities.length === allMunicipalities.length &&
    municipalities.length >= 1
  ) {
    const them = municipalities.length === 1 ? GROUP_TEXT.municipality : GROUP_TEXT.municipalities;
    return `${GROUP_TEXT.police} ${GROUP_TEXT.and} ${them.toLowerCase()}`;
  }
  const names = members.map((party, i) => {
    const who = partyWho(party, parties);
    const generic = who === GROUP_TEXT.police || who === GROUP_TEXT.municipality;
    return i > 0 && generic ? who.toLowerCase() : who;
  });
  return capitalize(joinNames(names));
}

/**
 * Groups a draft's activities as the document prints them: each police
 * party's own promises, each municipality's, the police and the
 * municipalities together, each other party's, then any other combination
 * that has activities, and last the activities whose party was removed.
 * The standard groups are listed even when empty, so the user can add to them.
 */
export function groupActivities(draft: Draft): ActivityGroup[] {
  const parties = draft.parties;
  const known = new Set(parties.map((p) => p.id));
  const groups = new Map<string, ActivityGroup>();

  const addGroup = (members: Party[], kind: 'single' | 'joint') => {
    const key = keyOf(members.map((p) => p.id));
    if (groups.has(key)) return;
    const who = kind === 'single' ? partyWho(members[0], parties) : jointWho(members, parties);
    const label = kind === 'single' ? GROUP_TEXT.single(who, draft.kind) : GROUP_TEXT.joint(who, draft.kind);
    groups.set(key, { key, label, partyIds: members.map((p) => p.id), kind, items: [] });
  };

  const police = parties.filter((p) => p.role === 'polis');
  const municipalities = parties.filter((p) => p.role === 'kommun');
  const others = parties.filter((p) => p.role === 'annan');
  for (const party of police) addGroup([party], 'single');
  for (const party of municipalities) addGroup([party], 'single');
  if (police.length > 0 && municipalities.length > 0) addGroup([...police, ...municipalities], 'joint');
  for (const party of others) addGroup([party], 'single');

  const orphans: ActivityGroup = {
    key: '',
    label: SECTION_TEXT.activities.orphanHeading,
    partyIds: [],
    kind: 'orphan',
    items: [],
  };
  draft.activities.forEach((activity, index) => {
    const ids = activity.partyIds.filter((id) => known.has(id));
    if (ids.length === 0) {
      orphans.items.push({ activity, index });
      return;
    }
    const key = keyOf(ids);
    if (!groups.has(key)) {
      // In party order, so the heading reads the same way every time.
      addGroup(parties.filter((p) => ids.includes(p.id)), ids.length === 1 ? 'single' : 'joint');
    }
    groups.get(key)!.items.push({ activity, index });
  });

  const result = [...groups.values()];
  if (orphans.items.length > 0) result.push(orphans);
  return result;
}

/** Where an activity (by index in the draft) is shown: its group and its number there. */
export function locateActivity(groups: readonly ActivityGroup[], index: number): { group: ActivityGroup; position: number } | null {
  for (const group of groups) {
    const position = group.items.findIndex((item) => item.index === index);
    if (position >= 0) return { group, position: position + 1 };
  }
  return null;
}
