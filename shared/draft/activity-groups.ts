import { capitalized as capitalize, PROMISE_TEXT as T } from '../i18n/terms';
import type { Activity, Draft, Party } from './schema';

/**
 * Activities that print under one lead-in ("Polisen lovar att"): promised by
 * exactly the same parties. The editor, the readiness check, the preview and
 * the Word document all group and number activities through this module, so
 * "Polisens aktivitet 2" means the same thing everywhere.
 */
export interface ActivityGroup {
  /** Stable key: the group's party ids, sorted; "" for activities without a known party. */
  key: string;
  /** The lead-in as printed: "Polisen lovar att". */
  lead: string;
  /** The parties promising, in print order; a new activity in the group gets these ids. Empty for the orphan group. */
  partyIds: string[];
  kind: 'single' | 'joint' | 'orphan';
  /** The activities in the draft's order, with their index in `draft.activities` (field paths use it). */
  items: { activity: Activity; index: number }[];
}

const keyOf = (ids: Iterable<string>) => [...new Set(ids)].sort().join('+');

/** "A", "A och B", "A, B och C". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${T.and} ${names[names.length - 1]}`;
}

const soleOfRole = (party: Party, parties: readonly Party[]) => parties.filter((p) => p.role === party.role).length === 1;

/**
 * A party's name as a document prints it ("För Söderhamns kommun"); an
 * unnamed party goes by its role, so a half-filled draft still reads.
 */
export function partyDisplayName(party: Party | undefined): string {
  if (!party) return T.unknownParty;
  return party.name.trim() || T.roleWord[party.role];
}

/**
 * Who a party is in a lead-in: "Polisen" and "Kommunen" when it is the only
 * one of its role, otherwise its name ("Part 3" while the name is empty).
 */
function who(party: Party, parties: readonly Party[]): string {
  const sole = soleOfRole(party, parties);
  if (party.role === 'polis' && sole) return T.police;
  if (party.role === 'kommun' && sole) return T.municipality;
  const name = party.name.trim();
  if (name) return name;
  if (sole) return capitalize(T.roleWord[party.role]);
  return T.unnamedParty(parties.indexOf(party) + 1);
}

/** Several parties together: "Polisen och kommunen", "Polisen och kommunerna", or their names. */
function jointWho(members: readonly Party[], parties: readonly Party[]): string {
  const police = members.filter((p) => p.role === 'polis');
  const municipalities = members.filter((p) => p.role === 'kommun');
  const everyMunicipality = municipalities.length === parties.filter((p) => p.role === 'kommun').length;
  if (members.length === police.length + municipalities.length && police.length === 1 && soleOfRole(police[0], parties) && municipalities.length >= 1 && everyMunicipality) {
    const them = municipalities.length === 1 ? T.municipality : T.municipalities;
    return `${T.police} ${T.and} ${them.toLowerCase()}`;
  }
  const generic = new Set<string>([T.police, T.municipality, ...Object.values(T.roleWord).map(capitalize)]);
  const names = members.map((party, i) => {
    const name = who(party, parties);
    return i > 0 && generic.has(name) ? name.toLowerCase() : name;
  });
  return capitalize(joinNames(names));
}

const ROLE_ORDER = { polis: 0, kommun: 1, annan: 2 } as const;

/** The parties named by `partyIds` that exist, police first, then municipalities, then others, each in the draft's order. */
function partiesOf(partyIds: readonly string[], parties: readonly Party[]): Party[] {
  const wanted = new Set(partyIds);
  return parties
    .filter((party, i) => wanted.has(party.id) && parties.findIndex((p) => p.id === party.id) === i)
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || parties.indexOf(a) - parties.indexOf(b));
}

/** The lead-in of the promises that `partyIds` make together; unknown ids are ignored. */
export function promiseLead(partyIds: readonly string[], draft: Draft): string {
  const members = partiesOf(partyIds, draft.parties);
  if (members.length === 0) return T.withoutParty(draft.kind);
  return members.length === 1 ? T.single(who(members[0], draft.parties), draft.kind) : T.joint(jointWho(members, draft.parties), draft.kind);
}

/** Who makes the promises of `partyIds`, as their lead-in names them ("Polisen", "Polisen och kommunen"); null for none. */
export function promisers(partyIds: readonly string[], draft: Pick<Draft, 'parties'>): string | null {
  const members = partiesOf(partyIds, draft.parties);
  if (members.length === 0) return null;
  return members.length === 1 ? who(members[0], draft.parties) : jointWho(members, draft.parties);
}

/**
 * Groups a draft's activities as the document prints them: each police
 * party's own promises, each municipality's, the police and the
 * municipalities together, each other party's, then any other combination,
 * and last the activities whose parties are all gone (printed, never
 * dropped). With `includeEmpty` the standard groups are listed even without
 * activities, so the editor can offer "Lägg till aktivitet" in each.
 */
export function groupActivities(draft: Draft, { includeEmpty = false }: { includeEmpty?: boolean } = {}): ActivityGroup[] {
  const parties = draft.parties;
  const groups = new Map<string, ActivityGroup>();
  const addGroup = (memberIds: readonly string[]) => {
    const members = partiesOf(memberIds, parties);
    const key = keyOf(members.map((p) => p.id));
    if (!groups.has(key)) {
      groups.set(key, {
        key,
        lead: promiseLead(memberIds, draft),
        partyIds: members.map((p) => p.id),
        kind: members.length === 1 ? 'single' : 'joint',
        items: [],
      });
    }
    return groups.get(key)!;
  };

  const ids = (role: Party['role']) => parties.filter((p) => p.role === role).map((p) => p.id);
  for (const id of ids('polis')) addGroup([id]);
  for (const id of ids('kommun')) addGroup([id]);
  if (ids('polis').length > 0 && ids('kommun').length > 0) addGroup([...ids('polis'), ...ids('kommun')]);
  for (const id of ids('annan')) addGroup([id]);

  const orphans: ActivityGroup = { key: '', lead: T.withoutParty(draft.kind), partyIds: [], kind: 'orphan', items: [] };
  draft.activities.forEach((activity, index) => {
    const known = partiesOf(activity.partyIds, parties);
    (known.length === 0 ? orphans : addGroup(known.map((p) => p.id))).items.push({ activity, index });
  });
  const result = [...groups.values()];
  if (orphans.items.length > 0) result.push(orphans);
  return includeEmpty ? result : result.filter((group) => group.items.length > 0);
}

/**
 * Whether `b` groups as `a` does, judged by identity, for drafts changed
 * immutably (as the editor changes them): the same kind and parties, and the
 * same activities by id, each with the same `partyIds` array. Editing an
 * activity's text replaces the activity but keeps its `partyIds`, so a
 * grouping made before stands, checked without grouping every activity again.
 */
export function sameGrouping(a: Draft, b: Draft): boolean {
  return (
    a.kind === b.kind &&
    a.parties === b.parties &&
    a.activities.length === b.activities.length &&
    a.activities.every((activity, i) => activity === b.activities[i] || (activity.id === b.activities[i].id && activity.partyIds === b.activities[i].partyIds))
  );
}

/** Where the activity at `index` of the draft is shown: its group and its number there (from 1). */
export function locateActivity(groups: readonly ActivityGroup[], index: number): { group: ActivityGroup; position: number } | null {
  for (const group of groups) {
    const position = group.items.findIndex((item) => item.index === index);
    if (position >= 0) return { group, position: position + 1 };
  }
  return null;
}

/**
 * An activity's text as the document prints it: since format version 2 the
 * text exactly as typed, each line trimmed and empty lines left out, the
 * lines joined by `separator` (the document keeps them as line breaks; a list
 * or a table cell reads them as one line).
 */
export function activityText(activity: Pick<Activity, 'text'>, separator = ' '): string {
  return activity.text
    .split(/\r\n?|\n/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(separator);
}

/**
 * The activity as a whole promise: "Polisen lovar att genomföra minst fyra
 * trygghetsvandringar per år". For lists where the activity stands alone,
 * such as the follow-up page or the editor.
 */
export function activityPromise(activity: Activity, draft: Draft): string {
  const text = activityText(activity);
  const lead = promiseLead(activity.partyIds, draft);
  return text ? `${lead} ${text}` : lead;
}
