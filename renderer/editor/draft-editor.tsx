import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkReadiness, isReady } from '../../shared/draft/readiness';
import type { Draft, DraftStatus } from '../../shared/draft/schema';
import { formatPeriod } from '../../shared/calendar';
import { KIND_LABEL, STATUS_LABEL } from '../../shared/i18n/terms';
import { APP_TEXT } from '../../shared/i18n/app';
import { EDITOR_TEXT } from '../../shared/i18n/editor';
import { navigate, printHref, startHref } from '../routing';
import { EditorContext, type EditorContextValue } from './editor-context';
import { EDITOR_NOTICE_ID, EditorNotice, useEditorNotice } from './editor-notice-view';
import { LibraryLinksContext, useLibraryLinks } from './library-links';
import { LOCKED_HEADING_ID, LockedBanner } from './locked-banner';
import { RemovalNotice } from './removal-notice';
import { SectionNav } from './section-nav';
import { EDITOR_SECTIONS } from './sections';
import { DeletePanel } from './side/delete-panel';
import { ExportPanel } from './side/export-panel';
import { PreviewPanel, PreviewSwitch, readPreviewPreference, writePreviewPreference } from './side/preview-panel';
import { ReadinessPanel } from './side/readiness-panel';
import { SaveStatus } from './side/save-status';
import { SharePanel } from './side/share-panel';
import { EmailPanel } from './side/email-panel';
import { RecentExports } from './side/recent-exports';
import { FollowUpPanel } from './side/follow-up-panel';
import { STATUS_HEADING_ID, StatusPanel } from './side/status-panel';
import { VersionsLink } from './side/versions-link';
import { useDraftEditing } from './use-draft-editing';
import { useMenuCommand } from '../menu-commands';
import { useLibraryStatus } from '../components/library-banner';
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
 * a navigation beside them, and a side column with the save status, undo,
 * the preview, "Versioner", the status, export, "Dela utkast", the
 * readiness check and "Ta bort utkastet". Every change goes through
 * `useDraftEditing` (undo stack, autosave, status rules); links to other
 * drafts go through `useLibraryLinks`, straight to the store. A message left
 * by another page (after a restore from "Versioner") shows under the heading.
 */
export function DraftEditor({ initial }: { initial: Draft }) {
  const editing = useDraftEditing(initial);
  const { draft, locked, autosave, update, commit, requestFocus, remove, undo, redo } = editing;
  const { flush, discard, closeRefused, closeWithoutSaving } = autosave;
  const library = useLibraryLinks(draft.id, draft.kind);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [previewShown, setPreviewShown] = useState(readPreviewPreference);
  const notice = useEditorNotice(draft.id);

  const findings = useMemo(() => checkReadiness(draft), [draft]);
  const errors = findings.filter((f) => f.severity === 'error').length;

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
      navigate(printHref(draft.id));
    }
  });

  // The page's heading takes focus when the editor opens, so a screen reader starts there.
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  const title = draft.title.trim() || EDITOR_TEXT.untitled;
  useEffect(() => {
    document.title = APP_TEXT.documentTitle(title);
  }, [title]);

  // While the data folder can only be read (another computer has it, or its disk refuses writes; the banner says
  // which), the fields are read-only as for a signed draft, so nothing is typed that could not be saved.
  const [libraryStatus] = useLibraryStatus();
  const readOnly = locked || Boolean(libraryStatus?.readOnly);
  const context = useMemo<EditorContextValue>(
    () => ({ draft, locked: readOnly, update, commit, flush, requestFocus, remove }),
    [draft, readOnly, update, commit, flush, requestFocus, remove],
  );
  const linkedPromises = library.links.promises;
  const documentContext = useMemo(() => ({ linkedPromises }), [linkedPromises]);
  const sections = EDITOR_SECTIONS[draft.kind];
  const period = formatPeriod(draft.period);

  const onStatusChanged = useCallback(
    (status: DraftStatus) => requestFocus(status === 'undertecknad' ? LOCKED_HEADING_ID : STATUS_HEADING_ID),
    [requestFocus],
  );
  const togglePreview = useCallback((shown: boolean) => {
    setPreviewShown(shown);
    writePreviewPreference(shown);
  }, []);

  return (
    <EditorContext.Provider value={context}>
      <LibraryLinksContext.Provider value={library}>
        <div>
          <StartLink />
          <header className={styles.header}>
            <p className="eyebrow">
              {KIND_LABEL[draft.kind]} · {STATUS_LABEL[draft.status]}
            </p>
            <h1 className="page-title" tabIndex={-1} ref={headingRef} aria-describedby={notice.message ? EDITOR_NOTICE_ID : undefined}>
              {title}
            </h1>
            {period && <p className={styles.period}>{period}</p>}
          </header>
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
            <SectionNav sections={sections} kind={draft.kind} findings={findings} />
            <div className={styles.form}>
              {locked && <LockedBanner draftId={draft.id} />}
              {sections.map(({ key, Component }) => (
                <Component key={key} />
              ))}
            </div>
            <aside className={styles.side} aria-label={EDITOR_TEXT.sideLabel}>
              <div className={styles.sideInner}>
                <SaveStatus
                  state={autosave.state}
                  onRetry={commit}
                  close={{ refused: closeRefused, closeWithoutSaving }}
                  locked={locked}
                  undoRedo={{ canUndo: editing.canUndo, canRedo: editing.canRedo, undo, redo }}
                >
                  <PreviewSwitch shown={previewShown} onToggle={togglePreview} />
                  <VersionsLink draftId={draft.id} flush={flush} />
                </SaveStatus>
                {previewShown && <PreviewPanel draft={draft} context={documentContext} />}
                <StatusPanel
                  status={draft.status}
                  ready={isReady(findings)}
                  reverted={editing.reverted}
                  setStatus={editing.setStatus}
                  onChanged={onStatusChanged}
                />
                <FollowUpPanel draft={draft} flush={flush} />
                <ExportPanel draftId={draft.id} flush={flush} errors={errors} linkedPromises={linkedPromises.length} />
                <SharePanel draftId={draft.id} flush={flush} />
                <EmailPanel draft={draft} flush={flush} linkedPromises={linkedPromises.length} />
                <RecentExports draftId={draft.id} />
                <ReadinessPanel draft={draft} findings={findings} />
                <DeletePanel draftId={draft.id} flush={flush} discard={discard} />
              </div>
            </aside>
          </div>
          <RemovalNotice removal={editing.removal} kind={draft.kind} onRestore={editing.restore} onDismiss={editing.dismissRemoval} />
        </div>
      </LibraryLinksContext.Provider>
    </EditorContext.Provider>
  );
}

/** The way back to the list of drafts, above the editor. */
export function StartLink() {
  return <BackLink href={startHref()}>{EDITOR_TEXT.back}</BackLink>;
}
