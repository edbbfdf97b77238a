import { diff3Merge } from 'node-diff3';
import { describeChanges, INNER_PARTS, type Change } from './changes';
import { FILE_FIELDS } from './identity';
import { isKeyedList, isObject, keyedItems, same, valueAt, type KeyedList, type PathStep } from './draft-items';
import type { Conflict, Draft } from './schema';

/** What {@link mergeDrafts} made. */
export interface MergeResult {
  /** The merged draft: ours with theirs' changes; a conflicting field holds ours' value, and `draft.conflicts` all three. */
  draft: Draft;
  /** The conflicts this merge found (also in `draft.conflicts`). */
  conflicts: Conflict[];
  /** What the merge changed in ours: theirs' changes as they were taken. */
  applied: Change[];
  /**
   * A side is signed and the other changed the text since the common
   * version: nothing is merged (`draft` is ours as it was); the changes
   * belong in a new revision of the signed draft.
   */
  needsNewRevision: boolean;
}

/** The draft's identity and history rather than its content: set by {@link mergeDrafts} itself, never field by field. */
const OWN_FIELDS = new Set<string>(['format', 'formatVersion', 'id', 'createdAt', 'updatedAt', 'status', 'conflicts', ...FILE_FIELDS]);

type Item = Record<string, unknown>;
type Path = PathStep[];

/**
 * A three-way merge of two versions of a draft made from a common one
 * (`base`): what one side changed is taken, what both changed alike is
 * kept, and what both changed differently is a conflict.
 *
 * - Field by field. The lists of draft-items.ts (parties, focus areas,
 *   activities, groups, signatories, bilagor, underlag) are matched by key:
 *   an item added on one side is added; one deleted on one side and
 *   unchanged on the other is deleted; one edited on one side and deleted
 *   on the other is a conflict, never a silent delete. Their order: ours',
 *   with theirs' additions after their predecessor in theirs; theirs' order
 *   when only theirs reordered.
 * - Text changed on both sides is merged by sentence (node-diff3): edits of
 *   different sentences are both taken, edits of the same one conflict.
 * - A conflict leaves ours' value in the field (so what is printed is what
 *   one side wrote) and keeps base, ours and theirs in `draft.conflicts`, a
 *   readiness error until the user chooses. One exception keeps the draft
 *   whole: a party or focus area deleted on one side but still used by the
 *   merged activities or signatories stays, as a conflict.
 * - Status: a signed draft is never changed. When a side is signed and the
 *   other changed the content since `base`, nothing is merged and
 *   `needsNewRevision` says the changes belong in a new revision. Otherwise
 *   the status follows the content: when both sides say the same, a status
 *   changed on one side is taken (theirs marked it klar or signed it); the
 *   merge keeps ours' status when nothing came in and takes theirs' when it
 *   is theirs exactly; and it is "utkast" when the content is one neither
 *   side had (or holds conflicts): it must be read again before it is
 *   "klar".
 */
export function mergeDrafts(base: Draft, ours: Draft, theirs: Draft): MergeResult {
  if (ours.status === 'undertecknad') return unchanged(ours, !sameContent(theirs, base) && !sameContent(theirs, ours));
  if (theirs.status === 'undertecknad' && !sameContent(ours, base) && !sameContent(ours, theirs)) return unchanged(ours, true);
  const conflicts: Conflict[] = [];
  // Without the draft's own fields (OWN_FIELDS), set below.
  const draft = mergeObject([], base, ours, theirs, conflicts) as Draft;
  keepUsedItems(draft, { base, ours, theirs }, conflicts);
  const open = [...earlierConflicts(base, ours, theirs), ...conflicts];
  const nothingCame = conflicts.length === 0 && sameContent(draft, ours);
  const merged: Draft = {
    ...draft,
    format: ours.format,
    formatVersion: ours.formatVersion,
    id: ours.id,
    status: mergedStatus(base, ours, theirs, conflicts.length === 0 ? draft : null),
    createdAt: ours.createdAt,
    updatedAt: nothingCame ? ours.updatedAt : later(ours.updatedAt, theirs.updatedAt),
  };
  // Ours' lineage and sender: what this library's draft was exchanged as (the caller adds what it took in).
  for (const field of FILE_FIELDS) if (ours[field]) Object.assign(merged, { [field]: ours[field] });
  const kept = uniqueConflicts(open);
  if (kept.length > 0) merged.conflicts = kept;
  return { draft: merged, conflicts, applied: describeChanges(ours, merged), needsNewRevision: false };
}

/**
 * The merge's status (the rule of {@link mergeDrafts}); `content` is null
 * when the merge has conflicts. Both sides say the same: a status changed on
 * one side is taken (signed wins, ours when both changed it).
 */
function mergedStatus(base: Draft, ours: Draft, theirs: Draft, content: Draft | null): Draft['status'] {
  const [asOurs, asTheirs] = [content !== null && sameText(content, ours), content !== null && sameText(content, theirs)];
  if (asOurs && asTheirs) {
    if (theirs.status === 'undertecknad') return theirs.status;
    return ours.status === base.status ? theirs.status : ours.status;
  }
  if (asOurs) return ours.status;
  if (asTheirs) return theirs.status;
  return 'utkast';
}

const unchanged = (ours: Draft, needsNewRevision: boolean): MergeResult => ({ draft: ours, conflicts: [], applied: [], needsNewRevision });

/** Whether two drafts say the same, whatever their status, times and open conflicts. */
export function sameContent(a: Draft, b: Draft): boolean {
  const strip = (draft: Draft) => Object.fromEntries(Object.entries(draft).filter(([key]) => !OWN_FIELDS.has(key)));
  return same(strip(a), strip(b));
}

/**
 * Whether two drafts hold the same text, whatever their comments too: what
 * a status is about (a comment is never printed, and an open one is a
 * warning, not an error), so a klar draft that only took comments stays klar.
 */
export function sameText(a: Draft, b: Draft): boolean {
  const { comments: _a, ...textOfA } = a;
  const { comments: _b, ...textOfB } = b;
  return sameContent(textOfA as Draft, textOfB as Draft);
}

/** The merged value at `path`; undefined: the field or item is absent. */
function mergeValue(path: Path, base: unknown, ours: unknown, theirs: unknown, conflicts: Conflict[]): unknown {
  if (same(ours, theirs)) return ours;
  if (same(base, ours)) return theirs;
  if (same(base, theirs)) return ours;
  const last = path[path.length - 1];
  if (isKeyedList(last) && isArray(ours) && isArray(theirs) && (base === undefined || isArray(base))) {
    return mergeKeyedList(last, path, base ?? [], ours, theirs, conflicts);
  }
  if (last === 'relatedIds' && isArray(ours) && isArray(theirs) && isArray(base)) return mergeIdSet(base, ours, theirs);
  if (isObject(ours) && isObject(theirs) && (base === undefined || isObject(base))) return mergeObject(path, base ?? {}, ours, theirs, conflicts);
  if (typeof base === 'string' && typeof ours === 'string' && typeof theirs === 'string') {
    const text = mergeText(base, ours, theirs);
    if (text !== null) return text;
  }
  conflicts.push(conflict(path, base, ours, theirs));
  return ours;
}

/** Field by field, in ours' order with theirs' new fields after; the draft's own fields are left to the caller. */
function mergeObject(path: Path, base: Item, ours: Item, theirs: Item, conflicts: Conflict[]): Item {
  const result: Item = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (path.length === 0 && OWN_FIELDS.has(key)) continue;
    const value = mergeValue([...path, key], base[key], ours[key], theirs[key], conflicts);
    if (value !== undefined) result[key] = value;
  }
  return result;
}

/** A keyed list's items matched by key (see the rules of {@link mergeDrafts}). */
function mergeKeyedList(list: KeyedList, path: Path, base: unknown[], ours: unknown[], theirs: unknown[], conflicts: Conflict[]): unknown[] {
  const [b, o, t] = [base, ours, theirs].map((items) => keyedItems(list, items));
  const merged = new Map<string, unknown>();
  for (const key of new Set([...o.keys(), ...t.keys()])) {
    const itemPath: Path = [...path, { id: key }];
    const [inBase, inOurs, inTheirs] = [b.get(key), o.get(key), t.get(key)];
    if (inOurs && inTheirs) merged.set(key, mergeValue(itemPath, inBase, inOurs, inTheirs, conflicts));
    else if (inOurs) {
      // Added by ours, deleted by theirs (taken when ours left it as it was), or edited by ours and deleted by theirs.
      if (inBase && !same(inBase, inOurs)) conflicts.push(conflict(itemPath, inBase, inOurs, undefined));
      if (!inBase || !same(inBase, inOurs)) merged.set(key, inOurs);
    } else if (inTheirs) {
      if (!inBase) merged.set(key, inTheirs);
      // Deleted by ours, edited by theirs: ours' value (no item) stays, theirs' is kept in the conflict.
      else if (!same(inBase, inTheirs)) conflicts.push(conflict(itemPath, inBase, undefined, inTheirs));
    }
  }
  const order = mergeOrder([...b.keys()], [...o.keys()], [...t.keys()], new Set(merged.keys()));
  return order.map((key) => merged.get(key));
}

/** Ids in a list where each counts once (relatedIds): both sides' additions and deletions. */
function mergeIdSet(base: unknown[], ours: unknown[], theirs: unknown[]): string[] {
  const keys = (list: unknown[]) => list.map(String);
  const [b, o, t] = [keys(base), keys(ours), keys(theirs)];
  const keep = new Set([...o, ...t].filter((id) => !(b.includes(id) && (!o.includes(id) || !t.includes(id)))));
  return mergeOrder(b, o, t, keep);
}

/**
 * The order of the merged list's keys (`keep`): ours' order, or theirs'
 * when only theirs reordered what all three have; the other side's items
 * that order lacks go after their predecessor in that side (or first), and
 * after the lead's own additions there.
 */
function mergeOrder(base: string[], ours: string[], theirs: string[], keep: ReadonlySet<string>): string[] {
  const common = (side: string[]) => side.filter((key) => base.includes(key) && ours.includes(key) && theirs.includes(key));
  const theirsOnlyMoved = same(common(ours), common(base)) && !same(common(theirs), common(base));
  return theirsOnlyMoved ? orderLed(base, theirs, ours, keep) : orderLed(base, ours, theirs, keep);
}

/** `lead`'s order of the keys kept, with `other`'s keys it lacks after their predecessor in `other` (the rule of {@link mergeOrder}). */
function orderLed(base: string[], lead: string[], other: string[], keep: ReadonlySet<string>): string[] {
  const order = lead.filter((key) => keep.has(key));
  other.forEach((key, i) => {
    if (!keep.has(key) || order.includes(key)) return;
    const before = other.slice(0, i).reverse().find((k) => order.includes(k));
    let at = before === undefined ? 0 : order.indexOf(before) + 1;
    // After the lead's own additions at the same place: ours' additions come first when both added there.
    while (at < order.length && !base.includes(order[at]) && !other.includes(order[at])) at++;
    order.splice(at, 0, key);
  });
  return order;
}

/**
 * A text's sentences and the white space between them, each its own token,
 * so that edits of two neighbouring sentences do not touch (node-diff3 holds
 * touching edits to be one). Joined, the tokens are the text.
 */
export function sentenceTokens(text: string): string[] {
  return text.split(/((?<=[.!?…])\s+|\s*\n\s*)/u).filter((token) => token !== '');
}

/**
 * Both sides' edits of a text, or null when they touch the same sentence.
 * A deleted sentence takes the space after it along, so an edit of its
 * neighbour on the other side touches it: a conflict, never a guess.
 */
function mergeText(base: string, ours: string, theirs: string): string | null {
  const regions = diff3Merge(sentenceTokens(ours), sentenceTokens(base), sentenceTokens(theirs));
  let text = '';
  for (const region of regions) {
    if (!region.ok) return null;
    text += region.ok.join('');
  }
  return text;
}

/**
 * Keeps the parties and focus areas that the merged activities and
 * signatories still name: one side deleted it while the other used it. The
 * draft would otherwise name what is not there, so it stays, as a conflict.
 */
function keepUsedItems(draft: Draft, sides: { base: Draft; ours: Draft; theirs: Draft }, conflicts: Conflict[]): void {
  const used = {
    parties: new Set([...draft.activities.flatMap((a) => a.partyIds), ...draft.signatories.map((s) => s.partyId)]),
    focusAreas: new Set(draft.activities.flatMap((a) => (a.focusAreaId ? [a.focusAreaId] : []))),
  };
  for (const list of ['parties', 'focusAreas'] as const) {
    const present = new Set((draft[list] as { id: string }[]).map((item) => item.id));
    for (const id of used[list]) {
      if (present.has(id)) continue;
      const [base, ours, theirs] = [sides.base, sides.ours, sides.theirs].map((side) => (side[list] as { id: string }[]).find((item) => item.id === id));
      const item = ours ?? theirs ?? base;
      if (!item) continue;
      (draft[list] as unknown[]).push(item);
      present.add(id);
      const path: Path = [list, { id }];
      const earlier = conflicts.findIndex((c) => samePath(c.path, path));
      if (earlier >= 0) conflicts.splice(earlier, 1);
      conflicts.push(conflict(path, base, ours, theirs));
    }
  }
}

/** The conflicts the sides had open before: resolved on one side since the common version, they stay resolved. */
function earlierConflicts(base: Draft, ours: Draft, theirs: Draft): Conflict[] {
  const places = (draft: Draft) => (draft.conflicts ?? []).map((c) => JSON.stringify(c.path));
  const byPlace = new Map([...(theirs.conflicts ?? []), ...(ours.conflicts ?? [])].map((c) => [JSON.stringify(c.path), c]));
  return mergeIdSet(places(base), places(ours), places(theirs)).map((place) => byPlace.get(place)!);
}

/** The conflicts left open, one per place, the latest kept. */
function uniqueConflicts(conflicts: Conflict[]): Conflict[] {
  const byPlace = new Map<string, Conflict>();
  for (const c of conflicts) byPlace.set(JSON.stringify(c.path), c);
  return [...byPlace.values()];
}

function conflict(path: Path, base: unknown, ours: unknown, theirs: unknown): Conflict {
  const record: Conflict = { path: [...path] };
  if (base !== undefined) record.base = base;
  if (ours !== undefined) record.ours = ours;
  if (theirs !== undefined) record.theirs = theirs;
  return record;
}

const samePath = (a: readonly PathStep[], b: readonly PathStep[]) => JSON.stringify(a) === JSON.stringify(b);

const later = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);

const isArray = (value: unknown): value is unknown[] => Array.isArray(value);

const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The user's choice for one open conflict (`draft.conflicts[index]`): "ours"
 * keeps what the draft holds, "theirs" puts the other version's value in its
 * place (an item the other version deleted is deleted, one it kept is put
 * back at the end of its list), `{ text }` puts a text the user wrote in a
 * text field's place (only for a {@link isTextConflict}; the caller refuses
 * others). Either way the conflict is closed. A choice for a field of an item
 * no longer in the draft only closes it.
 */
export function resolveConflict(draft: Draft, index: number, choice: 'ours' | 'theirs' | { text: string }): Draft {
  const conflicts = draft.conflicts ?? [];
  const conflict = conflicts[index];
  if (!conflict) return draft;
  if (typeof choice === 'object' && !isTextConflict(conflict)) throw new Error('Samverka: a written text settles only a conflict of a text field');
  const { conflicts: _open, ...rest } = draft;
  const left = conflicts.filter((_, i) => i !== index);
  const value = typeof choice === 'object' ? choice.text : 'theirs' in conflict ? conflict.theirs : undefined;
  const resolved = (choice === 'ours' ? rest : setAt(rest, conflict.path, value)) as Draft;
  return left.length > 0 ? { ...resolved, conflicts: left } : resolved;
}

/** Whether a conflict is about a text field both sides still have (a text the user writes can settle it), not an item or a list. */
export function isTextConflict(conflict: Conflict): boolean {
  const last = conflict.path[conflict.path.length - 1];
  return typeof last === 'string' && !isKeyedList(last) && typeof conflict.ours === 'string' && typeof conflict.theirs === 'string';
}

/**
 * `base` with some of the changes that make `theirs` of it (`changes` from
 * {@link describeChanges}(base, theirs), those left out not taken): a field
 * takes theirs' value; an item of a keyed list is added, removed or takes
 * theirs' content; 'moved' takes theirs' order (items theirs lacks stay
 * after their predecessor). An item theirs added goes after its predecessor
 * in theirs. What "Ta emot ändringar" merges with the library's draft.
 */
export function applyChanges(base: Draft, theirs: Draft, changes: readonly Change[]): Draft {
  let result: Item = structuredClone(base);
  const from = theirs as Item;
  const lists = new Map<KeyedList, Change[]>();
  // A change inside an item (a comment's reply, its "Löst": describeChanges lists them apart) is applied at its own place, after the lists.
  const inside = changes.filter((change) => change.path.length > 2);
  for (const change of changes) {
    const [first] = change.path;
    if (change.path.length > 2) continue;
    if (isKeyedList(first)) lists.set(first, [...(lists.get(first) ?? []), change]);
    else if (typeof first === 'string' && from[first] === undefined) delete result[first];
    else if (typeof first === 'string') result[first] = structuredClone(from[first]);
  }
  for (const [list, taken] of lists) {
    const [b, t] = [keyedItems(list, asArray(result[list])), keyedItems(list, asArray(from[list]))];
    const items = new Map(b);
    let moved = false;
    for (const change of taken) {
      const step = change.path[1];
      if (change.change === 'moved') moved = true;
      else if (typeof step !== 'object') continue;
      else if (change.change === 'removed') items.delete(step.id);
      else if (t.has(step.id)) items.set(step.id, itemTaken(list, change.change, b.get(step.id), t.get(step.id)!));
    }
    const [baseKeys, theirKeys] = [[...b.keys()], [...t.keys()]];
    const keep = new Set(items.keys());
    const order = moved ? orderLed(baseKeys, theirKeys, baseKeys, keep) : orderLed(baseKeys, baseKeys, theirKeys, keep);
    result[list] = order.map((key) => items.get(key));
  }
  for (const change of inside) result = setAt(result, change.path, change.change === 'removed' ? undefined : structuredClone(valueAt(theirs, change.path))) as Item;
  return result as Draft;
}

/**
 * Theirs' item as a taken change makes it: the whole item, but for a changed
 * one whose inner changes are listed apart (a comment's replies and "Löst"),
 * those parts stay as they were; each is taken only as its own change.
 */
function itemTaken(list: KeyedList, change: Change['change'], was: Item | undefined, theirs: Item): Item {
  const item = structuredClone(theirs);
  if (change !== 'changed' || !was) return item;
  for (const part of INNER_PARTS[list] ?? []) {
    if (was[part] === undefined) delete item[part];
    else item[part] = structuredClone(was[part]);
  }
  return item;
}

/** `target` with the value at a path of keyed steps set (or, undefined, taken away); unchanged where the path leads nowhere. */
function setAt(target: unknown, path: readonly PathStep[], value: unknown, list: string | null = null): unknown {
  const [step, ...more] = path;
  if (step === undefined) return value;
  if (typeof step === 'string') {
    if (!isObject(target)) return target;
    const next = setAt(target[step], more, value, step);
    if (next === undefined) {
      const { [step]: _gone, ...others } = target;
      return others;
    }
    return { ...target, [step]: next };
  }
  if (!isKeyedList(list) || !isArray(target)) return target;
  const keys = [...keyedItems(list, target).keys()];
  const at = keys.indexOf(step.id);
  if (at < 0) return more.length === 0 && value !== undefined ? [...target, value] : target;
  const next = setAt(target[at], more, value);
  return next === undefined ? target.filter((_, i) => i !== at) : target.map((item, i) => (i === at ? next : item));
}
