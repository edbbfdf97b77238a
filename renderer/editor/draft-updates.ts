import { lastDayAfterYears } from '../../shared/calendar';
import { groupActivities, locateActivity } from '../../shared/draft/activity-groups';
import { readTarget } from '../../shared/draft/activity-target';
import { LIMITS } from '../../shared/draft/limits';
import { AGREEMENT_YEARS } from '../../shared/draft/new-draft';
import type { Activity, Attachment, Basis, CommentReply, Draft, DraftComment, FocusArea, Group, Party, PartyRole, Signatory } from '../../shared/draft/schema';

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

/** The details a sentence's reading fills in, each also editable by hand. */
const READ_FIELDS = ['quantity', 'unit', 'frequency', 'minDuration', 'place'] as const;

/**
 * The activity with its text changed, and its target details following the
 * text as the user types it ("minst 4 trygghetsvandringar per år" fills
 * antal 4, enhet trygghetsvandringar, frekvens per år). A detail follows only
 * while it is empty or still what the old text read as: one the user set by
 * hand, or filled first, stays theirs. The text itself is never changed, so a
 * reading that goes wrong can only ever put a wrong detail in the target,
 * never a word on the printed page.
 */
export function withTextRead(activity: Activity, text: string): Activity {
  if (text === activity.text) return activity;
  const before = readTarget(activity.text);
  const after = readTarget(text);
  const next: Activity = { ...activity, text };
  for (const field of READ_FIELDS) {
    const current = activity[field] ?? null;
    const followsText = current === null || current === '' || current === before[field];
    if (followsText && (after[field] ?? null) !== current && !(current === null && after[field] === '')) {
      Object.assign(next, { [field]: after[field] });
    }
  }
  return next;
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
  // "… varav parterna tagit var sitt": while there is one original per party, a new party gets its own.
  const originals = draft.originals !== null && draft.originals === draft.parties.length ? draft.originals + 1 : draft.originals;
  return { ...draft, parties: [...draft.parties, party], originals };
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

/**
 * Moves an activity one step up (-1) or down (+1) among the activities it is
 * printed with (its group), by swapping it with its neighbour there; the
 * order of other groups is untouched. A no-op at either end.
 */
export function moveActivity(draft: Draft, activityId: string, direction: -1 | 1): Draft {
  const index = draft.activities.findIndex((a) => a.id === activityId);
  if (index < 0) return draft;
  const found = locateActivity(groupActivities(draft), index);
  if (!found) return draft;
  const neighbour = found.group.items[found.position - 1 + direction];
  if (!neighbour) return draft;
  const activities = draft.activities.slice();
  activities[index] = draft.activities[neighbour.index];
  activities[neighbour.index] = draft.activities[index];
  return { ...draft, activities };
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * Gives an activity to other parties (another group, "Vem lovar
 * aktiviteten?"); it goes last in its new group, as a newly added one would.
 */
export function moveActivityToParties(draft: Draft, activityId: string, partyIds: readonly string[]): Draft {
  const index = draft.activities.findIndex((a) => a.id === activityId);
  if (index < 0) return draft;
  const activity = draft.activities[index];
  if (sameIds(activity.partyIds, partyIds)) return draft;
  const moved = { ...activity, partyIds: [...partyIds] };
  const rest = draft.activities.filter((a) => a.id !== activityId);
  const probe = { ...draft, activities: [...rest, moved] };
  const target = locateActivity(groupActivities(probe), rest.length)?.group;
  const others = target?.items.filter((item) => item.index !== rest.length) ?? [];
  const at = others.length > 0 ? others[others.length - 1].index + 1 : index;
  const activities = [...rest.slice(0, at), moved, ...rest.slice(at)];
  return { ...draft, activities };
}

/** Appends an entry to the underlag. */
export function addBasis(draft: Draft, basis: Basis): Draft {
  if (draft.basis.length >= LIMITS.listItems) return draft;
  return { ...draft, basis: [...draft.basis, basis] };
}

export const canAddFocusArea = (draft: Draft) => draft.focusAreas.length < LIMITS.listItems;

export function addFocusArea(draft: Draft, focusArea: FocusArea): Draft {
  if (!canAddFocusArea(draft)) return draft;
  return { ...draft, focusAreas: [...draft.focusAreas, focusArea] };
}

/**
 * Adds a signatory for a party, after that party's other signatories, so the
 * list stays in the order of the parties (as the signature page prints it).
 */
export function addSignatory(draft: Draft, signatory: Signatory): Draft {
  if (draft.signatories.length >= LIMITS.listItems) return draft;
  const order = (partyId: string) => draft.parties.findIndex((p) => p.id === partyId);
  const mine = order(signatory.partyId);
  let at = draft.signatories.length;
  for (let i = draft.signatories.length - 1; i >= 0; i--) {
    if (order(draft.signatories[i].partyId) <= mine) break;
    at = i;
  }
  const signatories = [...draft.signatories.slice(0, at), signatory, ...draft.signatories.slice(at)];
  return { ...draft, signatories };
}

/**
 * Makes an agreement's period open-ended ("Gäller tills vidare": no end
 * date), or gives it an end again: one mandatperiod (`AGREEMENT_YEARS`)
 * from its start, which is `fallbackStart` when the period has none. The
 * revision interval is kept either way; the editor shows it while it is set.
 */
export function setOpenEnded(draft: Draft, openEnded: boolean, fallbackStart: string): Draft {
  const { period } = draft;
  if (openEnded) return period.end === null ? draft : { ...draft, period: { ...period, end: null } };
  if (period.end !== null) return draft;
  const start = period.start ?? fallbackStart;
  return { ...draft, period: { ...period, start, end: lastDayAfterYears(start, AGREEMENT_YEARS) } };
}

export const canAddGroup = (draft: Draft) => (draft.groups ?? []).length < LIMITS.listItems;

/** Appends a group to an agreement's organisation. */
export function addGroup(draft: Draft, group: Group): Draft {
  if (!canAddGroup(draft)) return draft;
  return { ...draft, groups: [...(draft.groups ?? []), group] };
}

export const canAddAttachment = (draft: Draft) => (draft.attachments ?? []).length < LIMITS.listItems;

/** Appends a bilaga. */
export function addAttachment(draft: Draft, attachment: Attachment): Draft {
  if (!canAddAttachment(draft)) return draft;
  return { ...draft, attachments: [...(draft.attachments ?? []), attachment] };
}

/** The comments' place in the draft: `target` as a key, to find those about one place. */
export const commentTargetKey = (target: DraftComment['target']) => JSON.stringify(target);

/** Appends a comment; a no-op at the format's limit. */
export function addComment(draft: Draft, comment: DraftComment): Draft {
  const comments = draft.comments ?? [];
  if (comments.length >= LIMITS.comments) return draft;
  return { ...draft, comments: [...comments, comment] };
}

/** Changes one comment, found by id; the draft as it was when there is none. */
function updateComment(draft: Draft, commentId: string, change: (comment: DraftComment) => DraftComment): Draft {
  const comments = draft.comments ?? [];
  const index = comments.findIndex((c) => c.id === commentId);
  if (index < 0) return draft;
  return { ...draft, comments: comments.map((c, i) => (i === index ? change(c) : c)) };
}

/** Appends a reply to a comment's thread; a no-op at the format's limit. */
export function replyToComment(draft: Draft, commentId: string, reply: CommentReply): Draft {
  return updateComment(draft, commentId, (c) => (c.replies.length >= LIMITS.listItems ? c : { ...c, replies: [...c.replies, reply] }));
}

/** Marks a comment "Löst" (`resolved`: by whom and when), or open again (null). */
export function setCommentResolved(draft: Draft, commentId: string, resolved: DraftComment['resolved'] | null): Draft {
  return updateComment(draft, commentId, ({ resolved: _was, ...comment }) => (resolved ? { ...comment, resolved } : comment));
}
