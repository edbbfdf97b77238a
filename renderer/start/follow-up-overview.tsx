import type { DraftSummary } from '../../shared/draft/schema';
import { followUpOverdue } from '../../shared/draft/period';
import { OVERVIEW_TEXT as T } from '../../shared/i18n/start';
import { ShareBar } from '../follow-up/follow-up-summary';
import styles from './start.module.css';

/**
 * A draft's follow-up on the start page: for a klar or undertecknad draft
 * with activities, "4 av 10 genomförda" over a small bar, and a warning when
 * its period has ended with activities not followed up. An utkast is not
 * followed up: a dash.
 *
 * @param today the user's date (ISO), from the renderer's clock
 */
export function FollowUpOverview({ draft, today }: { draft: DraftSummary; today: string }) {
  const { total, done } = draft.followUp;
  if (draft.status === 'utkast' || total === 0) return <span>{T.none}</span>;
  return (
    <div className={styles.overview}>
      <span className={styles.overviewShare}>{T.share(done, total)}</span>
      <ShareBar done={done} total={total} className={styles.overviewBar} />
      {followUpOverdue(draft, today) && <span className={styles.overviewWarning}>{T.periodEnded}</span>}
    </div>
  );
}
