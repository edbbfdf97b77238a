import type { Activity, Draft, DraftSummary } from './schema';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from './vocabulary';

/*
 * The summaries of a draft: what the library index keeps of it, and how its
 * follow-up stands. Beside the schema, not in it, so that the schema imports
 * nothing that imports it.
 */

/** An activity's follow-up status; an activity nobody has followed up yet is "ej påbörjad". */
export const followUpStatusOf = (activity: Pick<Activity, 'followUp'>): FollowUpStatus => activity.followUp?.status ?? 'ej-paborjad';

/** Whether an activity counts as done ("genomförd"). */
export const isDone = (activity: Pick<Activity, 'followUp'>): boolean => followUpStatusOf(activity) === 'genomford';

/**
 * Whether someone has followed the activity up: its follow-up was set in the
 * app (it has `updatedAt`), or says something (a status other than "ej
 * påbörjad", an outcome or a comment). A file may carry an empty follow-up
 * ("ej påbörjad", nothing else, as the bundled example does): that is not one.
 */
export function isFollowedUp(activity: Pick<Activity, 'followUp'>): boolean {
  const followUp = activity.followUp;
  if (!followUp) return false;
  return followUp.updatedAt !== undefined || followUp.status !== 'ej-paborjad' || followUp.outcome !== null || followUp.comment.trim() !== '';
}

/** How the follow-up of a set of activities stands. */
export interface FollowUpCounts {
  total: number;
  /** Activities "genomförd". */
  done: number;
  /** Activities followed up ({@link isFollowedUp}). */
  followedUp: number;
  /** Activities per status, every status present (0 when none). */
  byStatus: Record<FollowUpStatus, number>;
}

/** One party's share: "Polisen: 4 av 6 genomförda". A joint activity counts for each of its parties. */
export interface PartyFollowUp extends FollowUpCounts {
  partyId: string;
}

export interface FollowUpSummary extends FollowUpCounts {
  /** In the order of the draft's parties; a party with no activities has total 0. */
  byParty: PartyFollowUp[];
}

/** Counts of a set of activities. */
export function countFollowUp(activities: readonly Pick<Activity, 'followUp'>[]): FollowUpCounts {
  const byStatus = Object.fromEntries(FOLLOW_UP_STATUSES.map((status) => [status, 0])) as Record<FollowUpStatus, number>;
  let followedUp = 0;
  for (const activity of activities) {
    byStatus[followUpStatusOf(activity)]++;
    if (isFollowedUp(activity)) followedUp++;
  }
  return { total: activities.length, done: byStatus.genomford, followedUp, byStatus };
}

/** The follow-up of a whole draft and of each of its parties. */
export function followUpSummary(draft: Pick<Draft, 'parties' | 'activities'>): FollowUpSummary {
  return {
    ...countFollowUp(draft.activities),
    byParty: draft.parties.map((party) => ({
      partyId: party.id,
      ...countFollowUp(draft.activities.filter((activity) => activity.partyIds.includes(party.id))),
    })),
  };
}

/** The summary of a draft, as the library index keeps it. */
export function summarize(draft: Draft): DraftSummary {
  const counts = countFollowUp(draft.activities);
  return {
    id: draft.id,
    kind: draft.kind,
    title: draft.title,
    status: draft.status,
    period: { start: draft.period.start, end: draft.period.end },
    updatedAt: draft.updatedAt,
    relatedIds: [...draft.relatedIds],
    followUp: { total: counts.total, done: counts.done, followedUp: counts.followedUp },
  };
}
