import { partyDisplayName } from '../../shared/draft/activity-groups';
import { FOLLOW_UP_STATUSES, type Draft } from '../../shared/draft/schema';
import { followUpSummary } from '../../shared/draft/summary';
import { FOLLOW_UP_STATUS_LABEL, FOLLOW_UP_PAGE_TEXT as T } from '../../shared/i18n/follow-up';
import { classNames } from '../class-names';
import { STATUS_CLASS } from './status-class';
import styles from './follow-up.module.css';

/**
 * A small bar of the share done. Decorative: the text beside it says the
 * same in words. A `<progress>` element, so no inline style is needed (the
 * CSP allows none).
 */
export function ShareBar({ done, total, className }: { done: number; total: number; className?: string }) {
  return <progress className={classNames(styles.shareBar, className)} max={Math.max(total, 1)} value={done} aria-hidden="true" />;
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
    <section className="panel" aria-labelledby={SUMMARY_HEADING_ID}>
      <h2 className="panel__heading" id={SUMMARY_HEADING_ID}>
        {T.summaryHeading}
      </h2>
      <ul className={styles.lines} aria-live="polite">
        {parties.map((party) => (
          <li key={party.partyId} className={styles.line}>
            <span>{T.partyLine(partyDisplayName(draft.parties.find((p) => p.id === party.partyId)), party.done, party.total)}</span>
            <ShareBar done={party.done} total={party.total} />
          </li>
        ))}
        <li className={classNames(styles.line, styles.lineTotal)}>
          <span>{T.partyLine(T.totalLabel, summary.done, summary.total)}</span>
          <ShareBar done={summary.done} total={summary.total} />
        </li>
      </ul>
      {joint && parties.length > 1 && <p className="panel__hint">{T.jointNote(draft.kind)}</p>}
      <ul className={styles.statusCounts} aria-label={T.statusCountsLabel(draft.kind)}>
        {FOLLOW_UP_STATUSES.filter((status) => summary.byStatus[status] > 0).map((status) => (
          <li key={status} className={classNames(styles.statusCount, STATUS_CLASS[status])}>
            {FOLLOW_UP_STATUS_LABEL[status]} <strong>{summary.byStatus[status]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
