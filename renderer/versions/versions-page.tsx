import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { formatTimestamp } from '../../shared/calendar';
import { APP_TEXT } from '../../shared/i18n/app';
import { VERSIONS_TEXT } from '../../shared/i18n/versions';
import type { VersionSummary } from '../../shared/ipc/contract';
import { api } from '../api';
import { BackLink } from '../components/back-link';
import { LoadFailed } from '../components/load-failed';
import { messageOf } from '../components/messages';
import { useLoad } from '../components/use-load';
import { leaveEditorNotice } from '../editor/editor-notice';
import { waitForPendingSaves } from '../editor/use-autosave';
import { editorHref, navigate } from '../routing';
import { VersionList } from './version-list';
import { VersionComparison } from './version-comparison';
import { VERSION_HEADING_ID, VersionView } from './version-view';
import { CURRENT, newestFirst, shownVersion, type CompareSide } from './versions';
import { classNames } from '../class-names';
import emptyState from '../components/empty-state.module.css';
import sideColumnPage from '../components/side-column-page.module.css';
import styles from './versions.module.css';

/** The draft as it is now and its kept versions, read after any save still on its way. */
function useVersions(draftId: string) {
  return useLoad(async () => {
    // Coming from the editor: list after its last save, so the newest version is in the list.
    await waitForPendingSaves();
    const [draft, versions] = await Promise.all([api.getDraft(draftId), api.listVersions(draftId)]);
    return { draft, versions: newestFirst(versions) };
  }, [draftId]);
}

/**
 * `#/utkast/<id>/versioner`: the draft's kept versions with time and reason,
 * one of them shown read-only beside the list (the newest until another is
 * chosen), "Jämför" of it with another or the text as it is now (in its
 * place, until a version is chosen in the list or "Tillbaka till versionen"),
 * and "Återställ den här versionen". Restoring is itself kept as a
 * version on the Node side, so it can be undone here; afterwards the editor
 * opens on the restored draft, read fresh from disk, with a short notice
 * (which says so when the restore made a klar draft an utkast again).
 */
export function VersionsPage({ draftId }: { draftId: string }) {
  const { load, retry } = useVersions(draftId);
  const [chosenId, setChosenId] = useState<string | null>(null);
  /** "Jämför": the shown version and the other side, shown instead of the version until another is chosen. */
  const [comparing, setComparing] = useState<CompareSide | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const title = load.kind === 'loaded' ? load.value.draft.title.trim() || VERSIONS_TEXT.untitled : null;
  useEffect(() => {
    document.title = APP_TEXT.documentTitle(title ? VERSIONS_TEXT.heading(title) : VERSIONS_TEXT.eyebrow);
  }, [title]);

  // The page's heading takes focus once the versions are there, so a screen reader starts at the top.
  const loaded = load.kind === 'loaded';
  useEffect(() => {
    if (loaded) headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  const shown = useMemo(() => (load.kind === 'loaded' ? shownVersion(load.value.versions, chosenId) : null), [load, chosenId]);

  const status = load.kind === 'loaded' ? load.value.draft.status : null;
  const restore = useCallback(
    async (version: VersionSummary): Promise<string | null> => {
      try {
        await api.restoreVersion(draftId, version.id);
      } catch (error) {
        return messageOf(error);
      }
      // A restored draft is an utkast (electron/services/history-handlers.ts): said when it was not one.
      leaveEditorNotice(draftId, VERSIONS_TEXT.restored(formatTimestamp(version.savedAt), status !== null && status !== 'utkast'));
      navigate(editorHref(draftId));
      return null;
    },
    [draftId, status],
  );

  const show = (id: string) => {
    setComparing(null);
    setChosenId(id);
  };
  // Back from a comparison, focus goes to the version's heading rather than to <body> with the vanished button.
  const backToVersion = () => {
    flushSync(() => setComparing(null));
    document.getElementById(VERSION_HEADING_ID)?.focus();
  };

  return (
    <div>
      <BackLink href={editorHref(draftId)}>{VERSIONS_TEXT.back}</BackLink>
      <header className={sideColumnPage.header}>
        <p className="eyebrow">{VERSIONS_TEXT.eyebrow}</p>
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {title ? VERSIONS_TEXT.heading(title) : VERSIONS_TEXT.eyebrow}
        </h1>
        <p className="lead">{VERSIONS_TEXT.intro}</p>
      </header>
      {load.kind === 'loading' && (
        <p className="loading" role="status">
          {VERSIONS_TEXT.loading}
        </p>
      )}
      {load.kind === 'failed' && <LoadFailed message={VERSIONS_TEXT.loadFailed(load.message)} retryLabel={VERSIONS_TEXT.retry} onRetry={retry} />}
      {load.kind === 'loaded' && load.value.versions.length === 0 && <p className={classNames(emptyState.box, styles.empty)}>{VERSIONS_TEXT.empty}</p>}
      {load.kind === 'loaded' && shown && (
        <div className={sideColumnPage.layout}>
          <VersionList versions={load.value.versions} shownId={shown.id} onShow={show} />
          {comparing ? (
            <VersionComparison
              key={`${shown.id}:${comparing === CURRENT ? CURRENT : comparing.id}`}
              draftId={draftId}
              sides={[shown, comparing]}
              current={load.value.draft}
              onBack={backToVersion}
            />
          ) : (
            <VersionView
              draftId={draftId}
              version={shown}
              versions={load.value.versions}
              status={load.value.draft.status}
              restore={restore}
              onCompare={setComparing}
            />
          )}
        </div>
      )}
    </div>
  );
}
