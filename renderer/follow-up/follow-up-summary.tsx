import { partyDisplayName } from '../../shared/draft/activity-groups';
import { FOLLOW_UP_STATUSES, type Draft } from '../../shared/draft/schema';
import { followUpSummary } from '../../shared/follow-up/summary';
import { FOLLOW_UP_STATUS_LABEL } from '../../shared/i18n/follow-up';
import { FOLLOW_UP_PAGE_TEXT as T } from '../../shared/i18n/follow-up-ui';
import './follow-up.css';

/**
 * A small bar of the share done. Decorative: the text beside it says the
 * same in words. A `<progress>` element, so no inline style is needed (the
 * CSP allows none).
 */
export function ShareBar({ done, total }: { done: number; total: number }) {
  return <progress className="share-bar" max={Math.max(total, 1)} value={done} aria-hidden="true" />;
}

const SUMMARY_HEADING_ID = 'follow-up-summary-heading';

/**
 * "Så långt har ni kommit": per party "Polismyndigheten: 4 av 6
 * genomförda" (parties without activities left out), the total, and how
 * many activities have each status. Counted from the statuses as shown, so
 * it follows the user's choices at once; changes are announced politely.
 */
export function FollowUpSummaryView({ draft }: { draft: Draft }) {
  const summary = followUpSummary(draft);
  const parties = summary.byParty.filter((party) => party.total > 0);
  const joint = draft.activities.some((activity) => activity.partyIds.length > 1);
  return (
    <section className="panel follow-up-summary" aria-labelledby={SUMMARY_HEADING_ID}>
      <h2 className="panel__heading" id={SUMMARY_HEADING_ID}>
        {T.summaryHeading}
      </h2>
      <ul className="follow-up-summary__lines" aria-live="polite">
        {parties.map((party) => (
          <li key={party.partyId} className="follow-up-summary__line">
            <span>{T.partyLine(partyDisplayName(draft.parties.find((p) => p.id === party.partyId)), party.done, party.total)}</span>
            <ShareBar done={party.done} total={party.total} />
          </li>
        ))}
        <li className="follow-up-summary__line follow-up-summary__line--total">
          <span>{T.partyLine(T.totalLabel, summary.done, summary.total)}</span>
          <ShareBar done={summary.done} total={summary.total} />
        </li>
      </ul>
      {joint && parties.length > 1 && <p className="panel__hint">{T.jointNote}</p>}
      <ul className="follow-up-summary__statuses" aria-label={T.statusCountsLabel}>
        {FOLLOW_UP_STATUSES.filter((status) => summary.byStatus[status] > 0).map((status) => (
          <li key={status} className={`follow-up-status follow-up-status--${status}`}>
            {FOLLOW_UP_STATUS_LABEL[status]} <strong>{summary.byStatus[status]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
