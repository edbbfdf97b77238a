import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DraftKind, DraftSummary } from '../../shared/draft/schema';
import { DRAFT_KINDS } from '../../shared/draft/vocabulary';
import { APP_TEXT } from '../../shared/i18n/app';
import { START_TEXT } from '../../shared/i18n/start';
import { api } from '../api';
import { ErrorNotice } from '../components/error-notice';
import { LoadFailed } from '../components/load-failed';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { waitForPendingSaves } from '../editor/use-autosave';
import { editorHref, navigate } from '../routing';
import { ExampleButton, ExampleList } from './example-picker';
import { DraftTable } from './draft-table';
import { useLibraryReadOnly } from '../components/library-banner';
import { ImportButton, ImportPanel, useDraftImport } from './import-draft';
import { KindFilter, matchesFilter, useKindFilter, type KindFilterValue } from './kind-filter';
import { UnreadableFiles } from './unreadable-files';
import { takeImportRequest, useMenuCommand } from '../menu-commands';
import { classNames } from '../class-names';
import emptyState from '../components/empty-state.module.css';
import styles from './start.module.css';
import { BusyNote } from '../components/busy-note';
import { newestFirst } from '../../shared/calendar';

/** Newest first, whatever order the list came in. */
const byNewest = (drafts: DraftSummary[]) => [...drafts].sort((a, b) => newestFirst(a.updatedAt, b.updatedAt));

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
    return byNewest(await api.listDrafts());
  }, []);
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<string | null>(null);
  const [examplesOpen, setExamplesOpen] = useState(false);
  const [filter, setFilter] = useKindFilter();
  const readOnly = useLibraryReadOnly();
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
  const pageRef = useRef<HTMLDivElement>(null);

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

  const newButtons = readOnly ? (
    <p className={styles.readOnly}>{START_TEXT.readOnly}</p>
  ) : (
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
        onComplete={(preview, mode, choices) => void draftImport.complete(preview, mode, choices)}
        onPickAgain={() => void draftImport.pick()}
        onClose={draftImport.close}
      />
      {examplesOpen && !readOnly && <ExampleList onClose={() => setExamplesOpen(false)} />}
    </>
  );

  return (
    <div ref={pageRef}>
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
      {creating && <BusyNote text={START_TEXT.creating} />}

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
      {load.kind === 'loaded' && load.value.length > 0 && <Library drafts={load.value} filter={filter} setFilter={setFilter} pageRef={pageRef} />}
    </div>
  );
}

/** The drafts with the filter above them; the count says how many the filter shows. */
function Library({
  drafts,
  filter,
  setFilter,
  pageRef,
}: {
  drafts: DraftSummary[];
  filter: KindFilterValue;
  setFilter: (value: KindFilterValue) => void;
  pageRef: RefObject<HTMLElement | null>;
}) {
  // Once per library or filter, not on every render of the page (a panel opening, "Skapar…").
  const shown = useMemo(() => drafts.filter((draft) => matchesFilter(draft, filter)), [drafts, filter]);
  return (
    <>
      <KindFilter value={filter} onChange={setFilter} count={START_TEXT.filterCount(shown.length, drafts.length)} />
      {shown.length > 0 ? <DraftTable drafts={shown} all={drafts} pageRef={pageRef} /> : <p className="list-empty">{START_TEXT.filterEmpty}</p>}
    </>
  );
}
