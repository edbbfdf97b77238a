import { memo } from 'react';
import { startsLater } from '../../../shared/draft/links';
import type { Draft, DraftSummary } from '../../../shared/draft/schema';
import { followUpSummary, type FollowUpSummary } from '../../../shared/draft/summary';
import { FOLLOW_UP_PANEL_TEXT as T } from '../../../shared/i18n/follow-up';
import { ShareBar } from '../../follow-up/follow-up-summary';
import { NextPeriodControl } from '../../follow-up/next-period';
import { editorHref, followUpHref } from '../../routing';
import { useDraft } from '../editor-context';
import { useLinks } from '../library-links';
import { SaveThenLink } from './save-then-link';
import styles from './follow-up-panel.module.css';

const titleOf = (summary: DraftSummary) => summary.title.trim() || T.untitled;

/** A later draft of the same kind is the next period when it starts later; otherwise a new revision of the same period. */
const laterLabel = (draft: Pick<Draft, 'period'>, later: DraftSummary) => (startsLater(draft, later) ? T.nextPeriod : T.revisedBy);

const sameCounts = (a: FollowUpSummary | null, b: FollowUpSummary | null) => a?.done === b?.done && a?.total === b?.total;

/**
 * "Uppföljning" in the editor's side column. For a draft that is klar or
 * undertecknad: how many activities are done, the way to the follow-up page
 * and "Starta nästa period" (once signed; then the way to it, once started). For every draft: the drafts it revises
 * ("Reviderar: …") and those that revise it ("Nästa period: …"), read from
 * the library's links (shared/draft/links.ts: a link between two drafts of
 * the same kind is a revision). Nothing is shown for an utkast without such links.
 */
export const FollowUpPanel = memo(function FollowUpPanel({ flush }: { flush: () => Promise<boolean> }) {
  const { links, summaries, loadError } = useLinks();
  const draftId = useDraft((d) => d.id);
  const kind = useDraft((d) => d.kind);
  const status = useDraft((d) => d.status);
  const period = useDraft((d) => d.period);
  // Counted only once there is a follow-up, and rendered again only when the counts change.
  const summary = useDraft((d) => (d.status === 'utkast' ? null : followUpSummary(d)), sameCounts, ['status', 'parties', 'activities']);
  const followed = summary !== null;
  const hasLinks = links.revises.length > 0 || links.revisedBy.length > 0;
  if (!followed && !hasLinks) return null;

  return (
    <section className="panel" aria-labelledby="follow-up-panel-heading">
      <h2 className="panel__heading" id="follow-up-panel-heading">
        {T.heading}
      </h2>
      {summary && (
        <div className={styles.section}>
          {summary.total > 0 ? (
            <p className={styles.summary}>
              <span>{T.summary(kind, summary.done, summary.total)}</span>
              <ShareBar done={summary.done} total={summary.total} />
            </p>
          ) : (
            <p className="panel__text">{T.noActivities(kind)}</p>
          )}
          <SaveThenLink href={followUpHref(draftId)} flush={flush} notSaved={T.linkNotSaved} linkClassName={styles.open}>
            {T.open}
          </SaveThenLink>
          <NextPeriodControl draft={{ id: draftId, kind, status, period }} summaries={summaries} flush={flush} className="" />
        </div>
      )}
      {hasLinks && (
        <div className={styles.section}>
          <h3 className={styles.linksHeading}>{T.linksHeading}</h3>
          <ul className={styles.links}>
            {links.revises.map((earlier) => (
              <li key={earlier.id}>
                <span className={styles.linkLabel}>{T.revises}</span>
                <SaveThenLink href={editorHref(earlier.id)} flush={flush} notSaved={T.linkNotSaved}>
                  {titleOf(earlier)}
                </SaveThenLink>
              </li>
            ))}
            {links.revisedBy.map((later) => (
              <li key={later.id}>
                <span className={styles.linkLabel}>{laterLabel({ period }, later)}</span>
                <SaveThenLink href={editorHref(later.id)} flush={flush} notSaved={T.linkNotSaved}>
                  {titleOf(later)}
                </SaveThenLink>
              </li>
            ))}
          </ul>
        </div>
      )}
      {loadError && (
        <p className="notice notice--error" role="alert">
          {T.loadFailed(loadError)}
        </p>
      )}
    </section>
  );
});
