import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../shared/draft/schema';
import { formatPeriod } from '../../shared/i18n/dates';
import { KIND_LABEL, STATUS_LABEL } from '../../shared/i18n/terms';
import { APP_TEXT, EDITOR_TEXT } from '../../shared/i18n/ui';
import { api } from '../api';
import { startHref } from '../routing';
import { EditorContext, type DraftUpdate, type EditorContextValue } from './editor-context';
import { EDITOR_SECTIONS } from './sections';
import { ExportPanel } from './side/export-panel';
import { ReadinessPanel } from './side/readiness-panel';
import { SaveStatus } from './side/save-status';
import { useAutosave } from './use-autosave';

const isSaveShortcut = (event: KeyboardEvent) =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 's';

/**
 * The editor of one loaded draft: holds the draft being edited (the only
 * copy of what the user typed until it is stored), hands `update` to the
 * sections, and autosaves every change.
 */
export function DraftEditor({ initial }: { initial: Draft }) {
  const [draft, setDraft] = useState(initial);
  // The latest draft, synchronously: two updates in one event must build on each other.
  const latest = useRef(initial);
  const autosave = useAutosave<Draft>((value) => api.saveDraft(value), { initialUpdatedAt: initial.updatedAt });
  const { change, flush } = autosave;
  const [focusRequest, setFocusRequest] = useState<{ id: string } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const update = useCallback(
    (apply: DraftUpdate) => {
      const next = apply(latest.current);
      if (next === latest.current) return;
      latest.current = next;
      setDraft(next);
      change(next);
    },
    [change],
  );

  const commit = useCallback(() => void flush(), [flush]);
  const requestFocus = useCallback((id: string) => setFocusRequest({ id }), []);

  useEffect(() => {
    if (!focusRequest) return;
    document.getElementById(focusRequest.id)?.focus();
  }, [focusRequest]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      void flush();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flush]);

  // The page's heading takes focus when the editor opens, so a screen reader starts there.
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  const title = draft.title.trim() || EDITOR_TEXT.untitled;
  useEffect(() => {
    document.title = APP_TEXT.documentTitle(title);
  }, [title]);

  const context = useMemo<EditorContextValue>(() => ({ draft, update, commit, requestFocus }), [draft, update, commit, requestFocus]);
  const period = formatPeriod(draft.period);

  return (
    <EditorContext.Provider value={context}>
      <div className="editor">
        <BackLink />
        <header className="editor__header">
          <p className="eyebrow">
            {KIND_LABEL[draft.kind]} · {STATUS_LABEL[draft.status]}
          </p>
          <h1 className="page-title" tabIndex={-1} ref={headingRef}>
            {title}
          </h1>
          {period && <p className="editor__period">{period}</p>}
        </header>
        <div className="editor__layout">
          <div className="editor__form">
            {EDITOR_SECTIONS[draft.kind].map(({ key, Component }) => (
              <Component key={key} />
            ))}
          </div>
          <aside className="editor__side" aria-label={EDITOR_TEXT.sideLabel}>
            <div className="editor__side-inner">
              <SaveStatus state={autosave.state} onRetry={commit} />
              <ExportPanel draftId={draft.id} flush={flush} />
              <ReadinessPanel draft={draft} />
            </div>
          </aside>
        </div>
      </div>
    </EditorContext.Provider>
  );
}

/** The way back to the list of drafts, above the editor. */
export function BackLink() {
  return (
    <nav className="editor__nav">
      <a className="back-link" href={startHref()}>
        <span aria-hidden="true">← </span>
        {EDITOR_TEXT.back}
      </a>
    </nav>
  );
}
