import { useEffect, useMemo, useRef, useState } from 'react';
import { groupActivities } from '../../shared/draft/activity-groups';
import type { Draft, FollowUpStatus } from '../../shared/draft/schema';
import { followUpStatusOf } from '../../shared/draft/summary';
import { formatPeriod, formatTimestamp } from '../../shared/calendar';
import { FOLLOW_UP_PAGE_TEXT as T } from '../../shared/i18n/follow-up';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { APP_TEXT } from '../../shared/i18n/app';
import { api } from '../api';
import { BackLink } from '../components/back-link';
import { BusyButton } from '../components/busy-button';
import { LoadFailed } from '../components/load-failed';
import { useLoad } from '../components/use-load';
import type { SaveState } from '../editor/autosave';
import { FileRunResult, useFileRun } from '../editor/side/file-run';
import { useLibraryLinks } from '../editor/library-links';
import { waitForPendingSaves } from '../editor/use-autosave';
import { editorHref } from '../routing';
import { FollowUpFilters, SHOW_ALL, matchesFilter, type FollowUpFilter } from './follow-up-filters';
import { FollowUpItem } from './follow-up-item';
import { FollowUpSummaryView } from './follow-up-summary';
import { NextPeriodControl } from './next-period';
import { useFollowUpSaving, type FollowUpSaving } from './use-follow-up-saving';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import emptyState from '../components/empty-state.module.css';
import sideColumnPage from '../components/side-column-page.module.css';
import styles from './follow-up.module.css';

/**
 * `#/utkast/<id>/uppfoljning`: the follow-up of a draft that is klar or
 * undertecknad (its text stays as it is). Each activity gets a status, an
 * outcome against its target and a comment, saved as the user works; the
 * summary per party follows at once; filters narrow the list; the report
 * and the CSV are exported from here, and the next period is started (once
 * signed; then the way to it). An
 * utkast is not followed up: the page says when it can be.
 */
export function FollowUpPage({ draftId }: { draftId: string }) {
  const { load, retry } = useLoad(async () => {
    // Coming from the editor: read after its last save.
    await waitForPendingSaves();
    return api.getDraft(draftId);
  }, [draftId]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const draft = load.kind === 'loaded' ? load.value : null;
  const title = draft ? draft.title.trim() || T.untitled : null;

  useEffect(() => {
    document.title = APP_TEXT.documentTitle(title ? T.heading(title) : T.eyebrow);
  }, [title]);

  // The heading takes focus once the draft is there, so a screen reader starts at the top.
  const loaded = draft !== null;
  useEffect(() => {
    if (loaded) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  return (
    <div>
      <BackLink href={editorHref(draftId)}>{T.back}</BackLink>
      <header className={styles.header}>
        <p className="eyebrow">{draft ? `${T.eyebrow} · ${KIND_LABEL[draft.kind]}` : T.eyebrow}</p>
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {title ?? T.eyebrow}
        </h1>
        {draft && (
          <p className={styles.facts}>
            {formatPeriod(draft.period) && <span>{formatPeriod(draft.period)}</span>}
            <StatusTag status={draft.status} />
          </p>
        )}
      </header>
      {load.kind === 'loading' && (
        <p className="loading" role="status">
          {T.loading}
        </p>
      )}
      {load.kind === 'failed' && <LoadFailed message={T.loadFailed(load.message)} retryLabel={T.retry} onRetry={retry} />}
      {draft && draft.status === 'utkast' && (
        <div className={emptyState.box}>
          <h2 className={emptyState.heading}>{T.notYetHeading}</h2>
          <p className={emptyState.text}>{T.notYetText(draft.kind)}</p>
          <a className="button button--primary" href={editorHref(draft.id)}>
            {T.toEditor}
          </a>
        </div>
      )}
      {draft && draft.status !== 'utkast' && <FollowUpWork draft={draft} />}
    </div>
  );
}

/** The statuses as shown, by activity id: what a newly chosen filter judges by. */
const statusesOf = (draft: Draft) => Object.fromEntries(draft.activities.map((activity) => [activity.id, followUpStatusOf(activity)]));

/** The page's work area: the list with its filters, and beside it the save status, the summary and the actions. */
function FollowUpWork({ draft }: { draft: Draft }) {
  const saving = useFollowUpSaving(draft);
  const { shown } = saving;
  // The library, for the next period once started.
  const library = useLibraryLinks(draft.id, draft.kind);
  const [filter, setFilter] = useState<FollowUpFilter>(SHOW_ALL);
  // The statuses when the filter was chosen: an activity whose status changes stays in view until the filter does.
  const [filteredBy, setFilteredBy] = useState<Record<string, FollowUpStatus>>({});
  const ordered = useMemo(() => groupActivities(shown).flatMap((group) => group.items.map((item) => item.activity)), [shown]);

  const chooseFilter = (next: FollowUpFilter) => {
    setFilter(next);
    setFilteredBy(statusesOf(shown));
  };
  const visible = new Set(
    ordered.filter((activity) => matchesFilter(activity, filter, filteredBy[activity.id] ?? followUpStatusOf(activity))).map((a) => a.id),
  );

  return (
    <div className={classNames(sideColumnPage.layout, styles.layout)}>
      <div className={styles.main}>
        <p className="lead">{T.intro(draft.kind)}</p>
        {draft.activities.length === 0 ? (
          <p className={emptyState.box}>{T.noActivities(draft.kind)}</p>
        ) : (
          <>
            <FollowUpFilters draft={shown} filter={filter} onChange={chooseFilter} count={T.shownCount(draft.kind, visible.size, ordered.length)} />
            <section aria-labelledby="follow-up-list-heading">
              <h2 className="visually-hidden" id="follow-up-list-heading">
                {T.listHeading(draft.kind)}
              </h2>
              {visible.size === 0 && <p className="list-empty">{T.filterEmpty(draft.kind)}</p>}
              <ol className={styles.items}>
                {ordered.map((activity) => (
                  <FollowUpItem
                    key={activity.id}
                    activity={activity}
                    draft={shown}
                    value={saving.valueOf(activity.id)}
                    updatedAt={saving.updatedAtOf(activity.id)}
                    dirty={saving.isDirty(activity.id)}
                    saveState={saving.state}
                    // Hidden, not unmounted: a row keeps what was typed in it whatever the filter.
                    hidden={!visible.has(activity.id)}
                    outsideFilter={filter.status !== '' && followUpStatusOf(activity) !== filter.status}
                    onChange={(input) => saving.change(activity.id, input)}
                    onCommit={() => void saving.flush()}
                  />
                ))}
              </ol>
            </section>
          </>
        )}
      </div>
      <aside className={classNames(sideColumnPage.side, styles.side)} aria-label={T.eyebrow}>
        <div className={styles.sideInner}>
          <FollowUpSaveStatus saving={saving} />
          {draft.activities.length > 0 && <FollowUpSummaryView draft={shown} />}
          <ReportPanel draftId={draft.id} flush={saving.flush} />
          <NextPeriodControl draft={draft} summaries={library.summaries} flush={saving.flush} className="panel" />
        </div>
      </aside>
    </div>
  );
}

function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      // Nothing said until something was saved here: "Sparat" on arrival would claim a save that did not happen.
      return state.updatedAt ? T.saved(formatTimestamp(state.updatedAt)) : '';
    case 'pending':
      return T.pending;
    case 'saving':
      return T.saving;
    case 'failed':
      return T.saveFailed(state.message);
  }
}

/** "Sparat 14:02", "Sparar…", or what failed with "Försök igen": the page's one save status, announced politely. */
function FollowUpSaveStatus({ saving }: { saving: FollowUpSaving }) {
  const { state } = saving;
  const text = saveStateText(state);
  return (
    <div className={classNames(styles.save, state.kind === 'failed' && styles.saveFailed, !text && styles.saveQuiet)}>
      <p role="status" aria-label={T.saveLabel} className={styles.saveText}>
        {text}
      </p>
      {state.kind === 'failed' && (
        <button type="button" className={classNames('button', 'button--primary', styles.retry)} onClick={() => void saving.flush()}>
          {T.retrySave}
        </button>
      )}
    </div>
  );
}

/** "Rapportera": the follow-up report as Word and as CSV, each written after the pending follow-up is saved. */
function ReportPanel({ draftId, flush }: { draftId: string; flush: () => Promise<boolean> }) {
  const [report, runReport] = useFileRun(flush, () => api.exportFollowUpReport(draftId));
  const [csv, runCsv] = useFileRun(flush, () => api.exportFollowUpCsv(draftId));
  const busy = report.kind === 'running' || csv.kind === 'running';
  return (
    <section className="panel" aria-labelledby="follow-up-report-heading">
      <h2 className="panel__heading" id="follow-up-report-heading">
        {T.reportHeading}
      </h2>
      <div className={styles.reportButtons}>
        <BusyButton className="button button--primary button--wide" busy={busy} aria-describedby="follow-up-report-hint" onClick={() => void runReport()}>
          {T.report.button}
        </BusyButton>
        <FileRunResult state={report} className={styles.reportResult} text={T.report} />
        <BusyButton className="button button--secondary button--wide" busy={busy} aria-describedby="follow-up-report-hint" onClick={() => void runCsv()}>
          {T.csv.button}
        </BusyButton>
        <FileRunResult state={csv} className={styles.reportResult} text={T.csv} />
      </div>
      <p className="panel__hint" id="follow-up-report-hint">
        {T.reportHint}
      </p>
    </section>
  );
}
