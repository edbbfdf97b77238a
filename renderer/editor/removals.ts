import { LIMITS } from '../../shared/draft/limits';
import type { Activity, Attachment, Basis, Draft, FocusArea, Group, Party, Signatory } from '../../shared/draft/schema';
import { canRemoveParty, removeParty } from './draft-updates';

/**
 * Removing an item from a draft so that it can be put back: each removal
 * returns a record of what went and where it stood (and, for a party or a
 * fokusområde, the references to it that went along), and `restoreRemoval`
 * puts it back at its place in whatever the draft has become since. Pure.
 */

export type RemovalTarget =
  | { kind: 'activity'; id: string }
  | { kind: 'party'; id: string }
  | { kind: 'basis'; index: number }
  | { kind: 'focusArea'; id: string }
  | { kind: 'signatory'; index: number }
  | { kind: 'group'; id: string }
  | { kind: 'attachment'; index: number };

export type Removal =
  | { kind: 'activity'; item: Activity; index: number }
  | {
      kind: 'party';
      item: Party;
      index: number;
      /** The party's signatories, with their places in the list, in ascending order. */
      signatories: { item: Signatory; index: number }[];
      /** Activities that named the party. */
      activityIds: string[];
    }
  | { kind: 'basis'; item: Basis; index: number }
  | { kind: 'focusArea'; item: FocusArea; index: number; activityIds: string[] }
  | { kind: 'signatory'; item: Signatory; index: number }
  | { kind: 'group'; item: Group; index: number }
  | { kind: 'attachment'; item: Attachment; index: number };

export type RemovalKind = Removal['kind'];

const without = <T>(list: readonly T[], index: number) => [...list.slice(0, index), ...list.slice(index + 1)];
const insertAt = <T>(list: readonly T[], index: number, item: T) => {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), item, ...list.slice(at)];
};

/** Removes what `target` names; null when there is nothing to remove (or a party may not go). */
export function removeItem(draft: Draft, target: RemovalTarget): { draft: Draft; removal: Removal } | null {
  switch (target.kind) {
    case 'activity': {
      const index = draft.activities.findIndex((a) => a.id === target.id);
      if (index < 0) return null;
      return {
        draft: { ...draft, activities: without(draft.activities, index) },
        removal: { kind: 'activity', item: draft.activities[index], index },
      };
    }
    case 'party': {
      const index = draft.parties.findIndex((p) => p.id === target.id);
      if (index < 0 || !canRemoveParty(draft)) return null;
      const signatories = draft.signatories.flatMap((item, i) => (item.partyId === target.id ? [{ item, index: i }] : []));
      const activityIds = draft.activities.filter((a) => a.partyIds.includes(target.id)).map((a) => a.id);
      return {
        draft: removeParty(draft, target.id),
        removal: { kind: 'party', item: draft.parties[index], index, signatories, activityIds },
      };
    }
    case 'basis': {
      const item = draft.basis[target.index];
      if (!item) return null;
      return { draft: { ...draft, basis: without(draft.basis, target.index) }, removal: { kind: 'basis', item, index: target.index } };
    }
    case 'focusArea': {
      const index = draft.focusAreas.findIndex((f) => f.id === target.id);
      if (index < 0) return null;
      const activityIds = draft.activities.filter((a) => a.focusAreaId === target.id).map((a) => a.id);
      return {
        draft: {
          ...draft,
          focusAreas: without(draft.focusAreas, index),
          activities: draft.activities.map((a) => (a.focusAreaId === target.id ? { ...a, focusAreaId: null } : a)),
        },
        removal: { kind: 'focusArea', item: draft.focusAreas[index], index, activityIds },
      };
    }
    case 'signatory': {
      const item = draft.signatories[target.index];
      if (!item) return null;
      return {
        draft: { ...draft, signatories: without(draft.signatories, target.index) },
        removal: { kind: 'signatory', item, index: target.index },
      };
    }
    case 'group': {
      const groups = draft.groups ?? [];
      const index = groups.findIndex((g) => g.id === target.id);
      if (index < 0) return null;
      return { draft: { ...draft, groups: without(groups, index) }, removal: { kind: 'group', item: groups[index], index } };
    }
    case 'attachment': {
      const attachments = draft.attachments ?? [];
      const item = attachments[target.index];
      if (!item) return null;
      return {
        draft: { ...draft, attachments: without(attachments, target.index) },
        removal: { kind: 'attachment', item, index: target.index },
      };
    }
  }
}

/** Whether the removed item is in the draft again (e.g. after "Ångra" in the toolbar). */
export function isPresent(draft: Draft, removal: Removal): boolean {
  switch (removal.kind) {
    case 'activity':
      return draft.activities.some((a) => a.id === removal.item.id);
    case 'party':
      return draft.parties.some((p) => p.id === removal.item.id);
    case 'focusArea':
      return draft.focusAreas.some((f) => f.id === removal.item.id);
    // No ids: the very object is back only after an undo or a restore.
    case 'basis':
      return draft.basis.includes(removal.item);
    case 'signatory':
      return draft.signatories.includes(removal.item);
    case 'group':
      return (draft.groups ?? []).some((g) => g.id === removal.item.id);
    case 'attachment':
      return (draft.attachments ?? []).includes(removal.item);
  }
}

/**
 * Puts a removed item back at its place. References it holds to things
 * removed since (an activity's party or fokusområde) are dropped, so the
 * draft stays a valid file. Returns the draft unchanged when the item cannot
 * come back (it is already there, the list is full, its party is gone).
 */
export function restoreRemoval(draft: Draft, removal: Removal): Draft {
  if (isPresent(draft, removal)) return draft;
  switch (removal.kind) {
    case 'activity': {
      if (draft.activities.length >= LIMITS.activities) return draft;
      const partyIds = new Set(draft.parties.map((p) => p.id));
      const focusIds = new Set(draft.focusAreas.map((f) => f.id));
      const item = removal.item;
      const valid =
        item.partyIds.every((id) => partyIds.has(id)) && (item.focusAreaId == null || focusIds.has(item.focusAreaId))
          ? item
          : {
              ...item,
              partyIds: item.partyIds.filter((id) => partyIds.has(id)),
              focusAreaId: item.focusAreaId != null && focusIds.has(item.focusAreaId) ? item.focusAreaId : null,
            };
      return { ...draft, activities: insertAt(draft.activities, removal.index, valid) };
    }
    case 'party': {
      if (draft.parties.length >= LIMITS.parties) return draft;
      const id = removal.item.id;
      const wanted = new Set(removal.activityIds);
      let signatories = draft.signatories;
      for (const { item, index } of removal.signatories) signatories = insertAt(signatories, index, item);
      return {
        ...draft,
        parties: insertAt(draft.parties, removal.index, removal.item),
        activities: draft.activities.map((a) => (wanted.has(a.id) && !a.partyIds.includes(id) ? { ...a, partyIds: [...a.partyIds, id] } : a)),
        signatories,
      };
    }
    case 'basis':
      return { ...draft, basis: insertAt(draft.basis, removal.index, removal.item) };
    case 'focusArea': {
      const id = removal.item.id;
      const wanted = new Set(removal.activityIds);
      return {
        ...draft,
        focusAreas: insertAt(draft.focusAreas, removal.index, removal.item),
        activities: draft.activities.map((a) => (wanted.has(a.id) && a.focusAreaId == null ? { ...a, focusAreaId: id } : a)),
      };
    }
    case 'signatory':
      if (!draft.parties.some((p) => p.id === removal.item.partyId)) return draft;
      return { ...draft, signatories: insertAt(draft.signatories, removal.index, removal.item) };
    case 'group': {
      const groups = draft.groups ?? [];
      if (groups.length >= LIMITS.listItems) return draft;
      return { ...draft, groups: insertAt(groups, removal.index, removal.item) };
    }
    case 'attachment': {
      const attachments = draft.attachments ?? [];
      if (attachments.length >= LIMITS.listItems) return draft;
      return { ...draft, attachments: insertAt(attachments, removal.index, removal.item) };
    }
  }
}
