import { useCallback, useEffect, useMemo, useRef, useState, type ComponentProps, type RefObject } from 'react';
import { isReady } from '../../shared/draft/readiness';
import type { Draft, DraftStatus } from '../../shared/draft/schema';
import { formatPeriod } from '../../shared/calendar';
import { KIND_LABEL, STATUS_LABEL } from '../../shared/i18n/terms';
import { APP_TEXT } from '../../shared/i18n/app';
import { EDITOR_TEXT } from '../../shared/i18n/editor';
import { navigate, printHref, startHref } from '../routing';
import { EditorContext, useDraft, type EditorContextValue } from './editor-context';
import { useSelector } from './editor-store';
import { ReadinessProvider, useReadiness } from './readiness-context';
import { EDITOR_NOTICE_ID, EditorNotice, useEditorNotice } from './editor-notice-view';
import { LibraryLinksContext, useLibraryLinks } from './library-links';
import { ConflictsPanel } from './conflicts-panel';
import { LOCKED_HEADING_ID, LockedBanner, RevisionNote } from './locked-banner';
import { RemovalNotice } from './removal-notice';
import { SectionNav } from './section-nav';
import { EDITOR_SECTIONS } from './sections';
import { DeletePanel } from './side/delete-panel';
import { ExportPanel } from './side/export-panel';
import { PreviewPanel, PreviewSwitch, readPreviewPreference, writePreviewPreference, type PreviewContext } from './side/preview-panel';
import { ReadinessPanel, ReadinessSummary } from './side/readiness-panel';
import { SaveStatus } from './side/save-status';
import { SharePanel } from './side/share-panel';
import { EmailPanel } from './side/email-panel';
import { RecentExports } from './side/recent-exports';
import { FollowUpPanel } from './side/follow-up-panel';
import { STATUS_HEADING_ID, StatusPanel } from './side/status-panel';
import { VersionsLink } from './side/versions-link';
import { useDraftEditing } from './use-draft-editing';
import { useMenuCommand } from '../menu-commands';
import { useLibraryReadOnly } from '../components/library-banner';
import { classNames } from '../class-names';
import styles from './draft-editor.module.css';
import { BackLink } from '../components/back-link';

const withCommand = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey;

const isSaveShortcut = (event: KeyboardEvent) => withCommand(event) && !event.shiftKey && event.key.toLowerCase() === 's';
const isUndoShortcut = (event: KeyboardEvent) => withCommand(event) && !event.shiftKey && event.key.toLowerCase() === 'z';
const isRedoShortcut = (event: KeyboardEvent) =>
  withCommand(event) && ((event.shiftKey && event.key.toLowerCase() === 'z') || (!event.shiftKey && event.key.toLowerCase() === 'y'));

const NOT_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** Where the browser's own undo applies: text being typed. Elsewhere Ctrl+Z is the editor's. */
function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NOT_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/**
 * The editor of one loaded draft: the sections of the form on one page with
 * a column beside them that stays in view, with the answer to "Klar för
 * underskrift?" (which leads to the list of findings) over the navigation,
 * and a side column with the save status, undo,
 * the preview, "Versioner", the status, export, "Dela utkast", the
 * readiness check and "Ta bort utkastet". Every change goes through
 * `useDraftEditing` (undo stack, autosave, status rules); links to other
 * drafts go through `useLibraryLinks`, straight to the store. A message left
 * by another page (after a restore from "Versioner") shows under the heading.
 *
 * The draft is not read here: each part reads what it shows from the store
 * (`useDraft`), and the sections and panels are memoised, so a keystroke
 * renders the field typed into and what shows it (the preview, the header's
 * title), and the readiness check after it, never the whole form.
 */
export function DraftEditor({ initial }: { initial: Draft }) {
  const editing = useDraftEditing(initial);
  const { store, latest, locked, autosave, update, commit, requestFocus, registerReveal, reveal, remove, undo, redo } = editing;
  const { flush, discard, closeRefused, closeWithoutSaving } = autosave;
  const id = useSelector(store, (stack) => stack.present.id);
  const kind = useSelector(store, (stack) => stack.present.kind);
  const status = useSelector(store, (stack) => stack.present.status);
  const library = useLibraryLinks(id, kind);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [previewShown, setPreviewShown] = useState(readPreviewPreference);
  const notice = useEditorNotice(id, store);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isSaveShortcut(event)) {
        event.preventDefault();
        void flush();
      } else if ((isUndoShortcut(event) || isRedoShortcut(event)) && !isTextEntry(event.target)) {
        event.preventDefault();
        if (isUndoShortcut(event)) undo();
        else redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flush, undo, redo]);

  // Redigera → Ångra / Gör om in the menu: in a text field the browser's own, elsewhere the editor's; Arkiv → Skriv ut.
  useMenuCommand((command) => {
    if (command === 'undo' || command === 'redo') {
      if (isTextEntry(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') undo();
      else redo();
    } else if (command === 'print') {
      navigate(printHref(id));
    }
  });

  // The page's heading takes focus when the editor opens, so a screen reader starts there.
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  // While the data folder can only be read (another computer has it, or its disk refuses writes; the banner says
  // which), the fields are read-only as for a signed draft, so nothing is typed that could not be saved.
  const folderReadOnly = useLibraryReadOnly();
  const readOnly = locked || folderReadOnly;
  const context = useMemo<EditorContextValue>(
    () => ({ store, latest, locked: readOnly, signed: locked, update, commit, flush, requestFocus, registerReveal, reveal, remove }),
    [store, latest, readOnly, locked, update, commit, flush, requestFocus, registerReveal, reveal, remove],
  );
  const linkedPromises = library.links.promises;
  const documentContext = useMemo(() => ({ linkedPromises }), [linkedPromises]);
  const sections = EDITOR_SECTIONS[kind];

  const onStatusChanged = useCallback(
    (next: DraftStatus) => requestFocus(next === 'undertecknad' ? LOCKED_HEADING_ID : STATUS_HEADING_ID),
    [requestFocus],
  );
  const togglePreview = useCallback((shown: boolean) => {
    setPreviewShown(shown);
    writePreviewPreference(shown);
  }, []);
  const undoRedo = useMemo(() => ({ canUndo: editing.canUndo, canRedo: editing.canRedo, undo, redo }), [editing.canUndo, editing.canRedo, undo, redo]);
  const close = useMemo(() => ({ refused: closeRefused, closeWithoutSaving }), [closeRefused, closeWithoutSaving]);

  return (
    <EditorContext.Provider value={context}>
      <LibraryLinksContext.Provider value={library}>
        <ReadinessProvider>
          <div>
            <StartLink />
            <EditorHeader headingRef={headingRef} describedBy={notice.message ? EDITOR_NOTICE_ID : undefined} />
            {notice.message && (
              <EditorNotice
                message={notice.message}
                onDismiss={() => {
                  notice.dismiss();
                  headingRef.current?.focus();
                }}
              />
            )}
            <div className={classNames(styles.layout, previewShown && styles.withPreview)}>
              <div className={styles.navColumn}>
                {/* A signed document's question is answered: the banner over the form says it is signed and locked. */}
                {!locked && <ReadinessSummary />}
                <SectionNav sections={sections} kind={kind} />
              </div>
              <div className={styles.form}>
                {locked ? <LockedBanner draftId={id} /> : <RevisionNote flush={flush} />}
                <ConflictsPanel />
                {sections.map(({ key, Component }) => (
                  <Component key={key} />
                ))}
              </div>
              <aside className={styles.side} aria-label={EDITOR_TEXT.sideLabel}>
                <div className={styles.sideInner}>
                  <SaveStatus state={autosave.state} onRetry={commit} close={close} locked={locked} undoRedo={undoRedo}>
                    <PreviewSwitch shown={previewShown} onToggle={togglePreview} />
                    <VersionsLink draftId={id} flush={flush} />
                  </SaveStatus>
                  {previewShown && <LivePreview context={documentContext} />}
                  <CheckedStatusPanel
                    status={status}
                    readOnly={folderReadOnly}
                    reverted={editing.reverted}
                    setStatus={editing.setStatus}
                    onChanged={onStatusChanged}
                  />
                  <FollowUpPanel flush={flush} />
                  <CheckedExportPanel draftId={id} flush={flush} linkedPromises={linkedPromises.length} />
                  <SharePanel draftId={id} flush={flush} />
                  <EmailPanel flush={flush} linkedPromises={linkedPromises.length} />
                  <RecentExports draftId={id} />
                  <ReadinessPanel />
                  {/* Deleting writes to the data folder: not offered while it can only be read. */}
                  {!folderReadOnly && <DeletePanel draftId={id} flush={flush} discard={discard} />}
                </div>
              </aside>
              <RemovalNotice removal={editing.removal} kind={kind} onRestore={editing.restore} onDismiss={editing.dismissRemoval} />
            </div>
          </div>
        </ReadinessProvider>
      </LibraryLinksContext.Provider>
    </EditorContext.Provider>
  );
}

/** The page's heading: the kind and status, the title (also the window's), the period. */
function EditorHeader({ headingRef, describedBy }: { headingRef: RefObject<HTMLHeadingElement | null>; describedBy: string | undefined }) {
  const kind = useDraft((d) => d.kind);
  const status = useDraft((d) => d.status);
  const title = useDraft((d) => d.title.trim()) || EDITOR_TEXT.untitled;
  const period = formatPeriod(useDraft((d) => d.period));
  useEffect(() => {
    document.title = APP_TEXT.documentTitle(title);
  }, [title]);
  return (
    <header className={styles.header}>
      <p className="eyebrow">
        {KIND_LABEL[kind]} · {STATUS_LABEL[status]}
      </p>
      <h1 className="page-title" tabIndex={-1} ref={headingRef} aria-describedby={describedBy}>
        {title}
      </h1>
      {period && <p className={styles.period}>{period}</p>}
    </header>
  );
}

/** The status, whose "Markera som klar" waits for the readiness check to find no error. */
function CheckedStatusPanel(props: Omit<ComponentProps<typeof StatusPanel>, 'ready'>) {
  return <StatusPanel {...props} ready={isReady(useReadiness().findings)} />;
}

/** Export, which says how many errors the readiness check finds. */
function CheckedExportPanel(props: Omit<ComponentProps<typeof ExportPanel>, 'errors'>) {
  return <ExportPanel {...props} errors={useReadiness().errors} />;
}

/** The preview follows every change of the draft (it defers its own work). */
function LivePreview({ context }: { context: PreviewContext }) {
  return <PreviewPanel draft={useDraft((d) => d)} context={context} />;
}

/** The way back to the list of drafts, above the editor. */
export function StartLink() {
  return <BackLink href={startHref()}>{EDITOR_TEXT.back}</BackLink>;
}
