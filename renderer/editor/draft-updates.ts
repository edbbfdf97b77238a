import { LIMITS } from '../../shared/draft/limits';
import type { Activity, Draft, Party, PartyRole } from '../../shared/draft/schema';

/**
 * Structural changes to a draft, as pure functions `(draft, …) => draft`.
 * Each copies only what it changes and spreads the rest, so fields this
 * version of the editor does not know survive a save.
 */


export const canAddActivity = (draft: Draft) => draft.activities.length < LIMITS.activities;

/** Appends an activity; a no-op at the format's limit. */
export function addActivity(draft: Draft, activity: Activity): Draft {
  if (!canAddActivity(draft)) return draft;
  return { ...draft, activities: [...draft.activities, activity] };
}

export function removeActivity(draft: Draft, activityId: string): Draft {
  const activities = draft.activities.filter((a) => a.id !== activityId);
  return activities.length === draft.activities.length ? draft : { ...draft, activities };
}

/** Changes one activity, found by id (indexes shift when others are removed). */
export function updateActivity(draft: Draft, activityId: string, change: (activity: Activity) => Activity): Draft {
  let changed = false;
  const activities = draft.activities.map((activity) => {
    if (activity.id !== activityId) return activity;
    const next = change(activity);
    changed ||= next !== activity;
    return next;
  });
  return changed ? { ...draft, activities } : draft;
}

export const canAddParty = (draft: Draft) => draft.parties.length < LIMITS.parties;
export const canRemoveParty = (draft: Draft) => draft.parties.length > LIMITS.minParties;

/** Appends a party (by default an "annan part": kommun and polis exist from the start). */
export function addParty(draft: Draft, id: string, role: PartyRole = 'annan'): Draft {
  if (!canAddParty(draft)) return draft;
  const party: Party = { id, role, name: '', diarienummer: '' };
  return { ...draft, parties: [...draft.parties, party] };
}

/**
 * Removes a party and every reference to it, so the draft still passes the
 * file format's cross-reference check: its id leaves every activity's
 * `partyIds` (an activity left without a party is kept, text and all, for the
 * user to reassign) and its signatories go with it.
 */
export function removeParty(draft: Draft, partyId: string): Draft {
  if (!canRemoveParty(draft) || !draft.parties.some((p) => p.id === partyId)) return draft;
  return {
    ...draft,
    parties: draft.parties.filter((p) => p.id !== partyId),
    activities: draft.activities.map((activity) =>
      activity.partyIds.includes(partyId)
        ? { ...activity, partyIds: activity.partyIds.filter((id) => id !== partyId) }
        : activity,
    ),
    signatories: draft.signatories.filter((s) => s.partyId !== partyId),
  };
}
