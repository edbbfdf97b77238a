import type { DraftSummary } from '../../shared/draft/schema';
import { followUpOverdue } from '../../shared/follow-up/period';
import { OVERVIEW_TEXT as T } from '../../shared/i18n/follow-up-ui';
import { ShareBar } from '../follow-up/follow-up-summary';

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
  if (draft.status === 'utkast' || total === 0) return <span className="overview__none">{T.none}</span>;
  return (
    <div className="overview">
      <span className="overview__share">{T.share(done, total)}</span>
      <ShareBar done={done} total={total} />
      {followUpOverdue(draft, today) && <span className="overview__warning">{T.periodEnded}</span>}
    </div>
  );
}
