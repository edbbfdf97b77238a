import type { Draft, DraftSummary } from '../../../shared/draft/schema';
import { followUpSummary } from '../../../shared/draft/summary';
import { FOLLOW_UP_PANEL_TEXT as T } from '../../../shared/i18n/follow-up';
import { ShareBar } from '../../follow-up/follow-up-summary';
import { NextPeriodControl } from '../../follow-up/next-period';
import { editorHref, followUpHref } from '../../routing';
import { useLinks } from '../library-links';
import { SaveThenLink } from './save-then-link';
import styles from './follow-up-panel.module.css';

const titleOf = (summary: DraftSummary) => summary.title.trim() || T.untitled;

/** A later draft of the same kind is the next period when it starts later; otherwise a new revision of the same period. */
const laterLabel = (draft: Pick<Draft, 'period'>, later: DraftSummary) =>
  draft.period.start && later.period.start && later.period.start > draft.period.start ? T.nextPeriod : T.revisedBy;

/**
 * "Uppföljning" in the editor's side column. For a draft that is klar or
 * undertecknad: how many activities are done, the way to the follow-up page
 * and "Starta nästa period". For every draft: the drafts it revises
 * ("Reviderar: …") and those that revise it ("Nästa period: …"), read from
 * the library's links (shared/draft/links.ts: a link between two drafts of
 * the same kind is a revision). Nothing is shown for an utkast without such links.
 */
export function FollowUpPanel({ draft, flush }: { draft: Draft; flush: () => Promise<boolean> }) {
  const { links, loadError } = useLinks();
  const followed = draft.status !== 'utkast';
  const hasLinks = links.revises.length > 0 || links.revisedBy.length > 0;
  if (!followed && !hasLinks) return null;
  const summary = followUpSummary(draft);

  return (
    <section className="panel" aria-labelledby="follow-up-panel-heading">
      <h2 className="panel__heading" id="follow-up-panel-heading">
        {T.heading}
      </h2>
      {followed && (
        <div className={styles.section}>
          {summary.total > 0 ? (
            <p className={styles.summary}>
              <span>{T.summary(summary.done, summary.total)}</span>
              <ShareBar done={summary.done} total={summary.total} />
            </p>
          ) : (
            <p className="panel__text">{T.noActivities}</p>
          )}
          <SaveThenLink href={followUpHref(draft.id)} flush={flush} notSaved={T.linkNotSaved} linkClassName={styles.open}>
            {T.open}
          </SaveThenLink>
          <NextPeriodControl draftId={draft.id} flush={flush} className="" />
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
                <span className={styles.linkLabel}>{laterLabel(draft, later)}</span>
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
}
