import { useCallback, useEffect, useMemo } from 'react';
import { documentProperties } from '../../shared/documents/document-outline';
import { DOCUMENT_READY_ATTRIBUTE, type DocumentTarget } from '../../shared/documents/document-route';
import { DOCUMENT_PAGE_TEXT } from '../../shared/i18n/document';
import { useLoad } from '../components/use-load';
import { DocumentSheets, type DocumentLayout } from '../preview/document-preview';
import { documentContextOf, loadDocument, type StoredDocument } from './load-document';

/** The document's language, for the PDF's /Lang and a screen reader's voice. */
const DOCUMENT_LANG = 'sv-SE';

/**
 * `#/dokument/<id>[/med-medborgarloften]`: the draft's document alone, its
 * sheets exactly as the preview lays them out, nothing of the app around it.
 * What a print window (Electron's hidden one, the e2e host's Chromium) loads
 * to print or make a PDF: it waits for the ready attribute on `<html>`,
 * which is set once the draft is read, the fonts and images are in and the
 * pages are measured ("failed" when the draft could not be read). The page
 * title is the document's, which the PDF takes as its title.
 */
export function DocumentPage({ target }: { target: DocumentTarget }) {
  const { draftId, withPromises } = target;
  const { load } = useLoad(() => loadDocument(draftId, withPromises), [draftId, withPromises]);

  useEffect(() => {
    const root = document.documentElement;
    const lang = root.lang;
    root.lang = DOCUMENT_LANG;
    return () => {
      root.lang = lang;
      root.removeAttribute(DOCUMENT_READY_ATTRIBUTE);
    };
  }, []);

  const failed = load.kind === 'failed';
  useEffect(() => {
    if (failed) document.documentElement.setAttribute(DOCUMENT_READY_ATTRIBUTE, 'failed');
  }, [failed]);

  if (load.kind === 'loading') return <p>{DOCUMENT_PAGE_TEXT.loading}</p>;
  if (load.kind === 'failed')
    return (
      <p role="alert">
        {DOCUMENT_PAGE_TEXT.loadFailed(load.message)}
      </p>
    );
  return <LoadedDocument stored={load.value} withPromises={withPromises} />;
}

function LoadedDocument({ stored, withPromises }: { stored: StoredDocument; withPromises: boolean }) {
  const context = useMemo(() => documentContextOf(stored, withPromises), [stored, withPromises]);
  const title = useMemo(() => documentProperties(stored.draft).title, [stored.draft]);

  useEffect(() => {
    document.title = title;
  }, [title]);

  const onLayout = useCallback(({ settled }: DocumentLayout) => {
    if (settled) void whenPainted().then(() => document.documentElement.setAttribute(DOCUMENT_READY_ATTRIBUTE, 'ready'));
  }, []);

  return <DocumentSheets draft={stored.draft} context={context} onLayout={onLayout} />;
}

/** Resolves once the fonts and images (the parties' logos) are in and the pages have been painted. */
async function whenPainted(): Promise<void> {
  await document.fonts?.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
