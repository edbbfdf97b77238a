import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { linkIndex, type DraftLinks } from '../../shared/draft/links';
import type { DraftKind, DraftSummary } from '../../shared/draft/schema';
import { DRAFT_KINDS } from '../../shared/draft/vocabulary';
import { formatPeriodYears, formatTimestamp, localIsoDate } from '../../shared/calendar';
import { KIND_LABEL } from '../../shared/i18n/terms';
import { APP_TEXT } from '../../shared/i18n/app';
import { START_TEXT, OVERVIEW_TEXT } from '../../shared/i18n/start';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { LoadFailed } from '../components/load-failed';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { waitForPendingSaves } from '../editor/use-autosave';
import { editorHref, navigate } from '../routing';
import { ExampleButton, ExampleList } from './example-picker';
import { FollowUpOverview } from './follow-up-overview';
import { ImportButton, ImportPanel, useDraftImport } from './import-draft';
import { KindFilter, matchesFilter, useKindFilter, type KindFilterValue } from './kind-filter';
import { UnreadableFiles } from './unreadable-files';
import { takeImportRequest, useMenuCommand } from '../menu-commands';
import { classNames } from '../class-names';
import { StatusTag } from '../components/status-tag';
import emptyState from '../components/empty-state.module.css';
import styles from './start.module.css';

/** Newest first, whatever order the list came in. */
const newestFirst = (drafts: DraftSummary[]) => [...drafts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));

const titleOf = (draft: DraftSummary) => draft.title.trim() || START_TEXT.untitled;

/** Under a draft's title: the agreement a löfte belongs to, or how many löften an agreement has. */
function LinkNote({ links }: { links: DraftLinks<DraftSummary> }) {
  const text = links.agreement ? START_TEXT.belongsTo(titleOf(links.agreement)) : links.promises.length > 0 ? START_TEXT.promiseCount(links.promises.length) : '';
  return text ? <span className={styles.note}>{text}</span> : null;
}

function DraftTable({ drafts, all }: { drafts: DraftSummary[]; all: readonly DraftSummary[] }) {
  const C = START_TEXT.columns;
  // The library is indexed once for all rows: with 2,000 drafts, a scan per row would be 4 million steps.
  const linksOf = useMemo(() => linkIndex(all), [all]);
  // The user's today, by this computer's clock: a period has ended when its last day is before it.
  const today = localIsoDate();
  return (
    <table className={classNames('table', styles.table)}>
      <caption className="visually-hidden">{START_TEXT.tableCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{C.title}</th>
          <th scope="col">{C.kind}</th>
          <th scope="col">{C.period}</th>
          <th scope="col">{C.status}</th>
          <th scope="col">{OVERVIEW_TEXT.column}</th>
          <th scope="col">{C.updatedAt}</th>
        </tr>
      </thead>
      <tbody>
        {drafts.map((draft) => {
          const href = editorHref(draft.id);
          return (
            <tr
              key={draft.id}
              className={styles.row}
              // The title is the link (Tab and Enter reach it); the whole row answers the mouse.
              onClick={(event) => {
                if (!(event.target as HTMLElement).closest('a')) navigate(href);
              }}
            >
              <th scope="row" className={styles.title}>
                <a href={href} className={draft.title.trim() ? undefined : styles.untitled}>
                  {titleOf(draft)}
                </a>
                <LinkNote links={linksOf(draft)} />
              </th>
              <td>{KIND_LABEL[draft.kind]}</td>
              <td>{formatPeriodYears(draft.period) || START_TEXT.noPeriod}</td>
              <td>
                <StatusTag status={draft.status} />
              </td>
              <td>
                <FollowUpOverview draft={draft} today={today} />
              </td>
              <td>{formatTimestamp(draft.updatedAt)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A button per kind to start a new draft: the löfte, the more common, first and primary. */
const NEW_DRAFT_BUTTON: Record<DraftKind, { text: string; className: string }> = {
  medborgarlofte: { text: START_TEXT.newPromise, className: 'button button--primary' },
  samverkansoverenskommelse: { text: START_TEXT.newAgreement, className: 'button button--secondary' },
};

/** `#/`: the library of drafts and the way to start a new one. */
export function StartPage() {
  const { load, retry } = useLoad(async () => {
    // An editor that just closed may still be writing; list after it.
    await waitForPendingSaves();
    return newestFirst(await api.listDrafts());
  }, []);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [examplesOpen, setExamplesOpen] = useState(false);
  const [filter, setFilter] = useKindFilter();
  const draftImport = useDraftImport();
  const { pick } = draftImport;
  // Arkiv → Importera: here at once, or on arriving from another page.
  useMenuCommand((command) => {
    if (command === 'import') void pick();
  });
  useEffect(() => {
    if (takeImportRequest()) void pick();
  }, [pick]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = APP_TEXT.documentTitle();
    headingRef.current?.focus({ preventScroll: true });
  }, []);

  const create = useCallback(async (kind: DraftKind) => {
    setCreating(true);
    setCreateError(null);
    try {
      const draft = await api.createDraft(kind);
      navigate(editorHref(draft.id));
    } catch (error) {
      setCreateError(messageOf(error));
      setCreating(false);
    }
  }, []);

  const newButtons = (
    <div className="button-row">
      {DRAFT_KINDS.map((kind) => (
        <button key={kind} type="button" className={NEW_DRAFT_BUTTON[kind].className} disabled={creating} onClick={() => void create(kind)}>
          {NEW_DRAFT_BUTTON[kind].text}
        </button>
      ))}
      <ExampleButton open={examplesOpen} onToggle={() => setExamplesOpen((open) => !open)} />
      <ImportButton state={draftImport.state} buttonRef={draftImport.buttonRef} onPick={() => void draftImport.pick()} />
    </div>
  );
  const panels = (
    <>
      <ImportPanel
        state={draftImport.state}
        onComplete={(preview, mode) => void draftImport.complete(preview, mode)}
        onPickAgain={() => void draftImport.pick()}
        onClose={draftImport.close}
      />
      {examplesOpen && <ExampleList onClose={() => setExamplesOpen(false)} />}
    </>
  );

  return (
    <div>
      <div className={styles.header}>
        <div className={styles.intro}>
          <h1 className="page-title" tabIndex={-1} ref={headingRef}>
            {START_TEXT.heading}
          </h1>
          <p className="lead">{START_TEXT.intro}</p>
        </div>
        {load.kind === 'loaded' && load.value.length > 0 && <div className={styles.actions}>{newButtons}</div>}
      </div>
      {load.kind === 'loaded' && load.value.length > 0 && panels}
      {load.kind !== 'loading' && <UnreadableFiles />}

      {createError && <ErrorNotice message={START_TEXT.createFailed(createError)} />}
      {creating && (
        <p className="loading" aria-live="polite">
          {START_TEXT.creating}
        </p>
      )}

      {load.kind === 'loading' && <p className="loading">{START_TEXT.loading}</p>}
      {load.kind === 'failed' && <LoadFailed message={START_TEXT.loadFailed(load.message)} retryLabel={START_TEXT.retry} onRetry={retry} />}
      {load.kind === 'loaded' && load.value.length === 0 && (
        <div className={classNames(emptyState.box, styles.empty)}>
          <h2 className={emptyState.heading}>{START_TEXT.emptyHeading}</h2>
          <p className={emptyState.text}>{START_TEXT.emptyText}</p>
          {newButtons}
          {panels}
        </div>
      )}
      {load.kind === 'loaded' && load.value.length > 0 && <Library drafts={load.value} filter={filter} setFilter={setFilter} />}
    </div>
  );
}

/** The drafts with the filter above them; the count says how many the filter shows. */
function Library({ drafts, filter, setFilter }: { drafts: DraftSummary[]; filter: KindFilterValue; setFilter: (value: KindFilterValue) => void }) {
  const shown = drafts.filter((draft) => matchesFilter(draft, filter));
  return (
    <>
      <KindFilter value={filter} onChange={setFilter} count={START_TEXT.filterCount(shown.length, drafts.length)} />
      {shown.length > 0 ? <DraftTable drafts={shown} all={drafts} /> : <p className="list-empty">{START_TEXT.filterEmpty}</p>}
    </>
  );
}
