import { swedishDay } from '../calendar';
import type { Draft, FollowUpStatus } from '../draft/schema';
import { activityText, groupActivities, joinNames, partyDisplayName } from '../draft/activity-groups';
import { xmlSafeDraft } from '../draft/xml-safe-text';
import { formatCount } from '../i18n/document';
import { FOLLOW_UP_REPORT_TEXT as T, FOLLOW_UP_STATUS_LABEL } from '../i18n/follow-up';
import { followUpStatusOf } from '../draft/summary';

/**
 * The rows of a draft's follow-up, as the report (.docx) and the CSV both
 * list them: one per activity, in the groups and the order the draft's
 * document prints them ("Polisen lovar att", …, "Polisen och kommunen lovar
 * gemensamt att"), so a joint activity is listed once, under its joint group.
 */
export interface FollowUpRow {
  activityId: string;
  /** The names of the parties that promise it: "Polismyndigheten … och Söderhamns kommun". */
  parties: string;
  /** Who does it, by function ("kommunpolisen"); "" when not stated. */
  responsible: string;
  /** The focus area's title; "" without one. */
  focusArea: string;
  /** The activity as printed after its group's lead ("genomföra minst 2 riktade insatser …"). */
  activity: string;
  /** The target as a number, when the activity states one. */
  quantity: number | null;
  unit: string;
  status: FollowUpStatus;
  statusLabel: string;
  outcome: number | null;
  /** The outcome against the target: "5 av 6 trygghetsvandringar", "12 insatser", "" without an outcome. */
  outcomeText: string;
  comment: string;
  /** The day the follow-up was last changed (ISO date, Swedish time), or null when it never was in the app. */
  updated: string | null;
}

/** One group of rows: the activities printed under one lead-in. */
export interface FollowUpRowGroup {
  key: string;
  /** "Polisen lovar att". */
  lead: string;
  rows: FollowUpRow[];
}

/** The follow-up rows of a draft, grouped as its document prints the activities; texts XML-safe. */
export function followUpRows(input: Draft): FollowUpRowGroup[] {
  const draft = xmlSafeDraft(input);
  const focusTitle = new Map(draft.focusAreas.map((area) => [area.id, area.title.trim()]));
  return groupActivities(draft).map((group) => ({
    key: group.key,
    lead: group.lead,
    rows: group.items.map(({ activity }): FollowUpRow => {
      const quantity = activity.quantity != null && activity.quantity > 0 ? activity.quantity : null;
      const unit = activity.unit?.trim() ?? '';
      const outcome = activity.followUp?.outcome ?? null;
      const status = followUpStatusOf(activity);
      const parties = draft.parties.filter((party) => activity.partyIds.includes(party.id)).map(partyDisplayName);
      return {
        activityId: activity.id,
        parties: joinNames(parties),
        responsible: activity.responsible?.trim() ?? '',
        focusArea: (activity.focusAreaId && focusTitle.get(activity.focusAreaId)) || '',
        activity: activityText(activity),
        quantity,
        unit,
        status,
        statusLabel: FOLLOW_UP_STATUS_LABEL[status],
        outcome,
        outcomeText: outcome === null ? '' : T.outcome(formatCount(outcome), quantity === null ? null : formatCount(quantity), unit),
        comment: activity.followUp?.comment.trim() ?? '',
        updated: activity.followUp?.updatedAt ? swedishDay(activity.followUp.updatedAt) : null,
      };
    }),
  }));
}
