import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { documentProperties } from '../../shared/documents/document-outline';
import { DOCUMENT_READY_ATTRIBUTE, type DocumentTarget } from '../../shared/documents/document-route';
import { DOCUMENT_PAGE_TEXT } from '../../shared/i18n/document';
import { useLoad } from '../components/use-load';
import { DocumentSheets, type DocumentLayout } from '../preview/document-preview';
import { documentContextOf, loadDocument, type StoredDocument } from './load-document';

/** The document's language, for the PDF's /Lang and a screen reader's voice. */
const DOCUMENT_LANG = 'sv-SE';

/** What the page says on `<html>` once a job is done. */
type ReadyState = 'ready' | 'failed';

/** Says a job's state, unless a later job has started since (a layout of the previous one settling late). */
type Report = (job: number, state: ReadyState) => void;

/**
 * `#/dokument/<id>[/med-medborgarloften]`: the draft's document alone, its
 * sheets exactly as the preview lays them out, nothing of the app around it.
 * What a print window (Electron's hidden one, the e2e host's Chromium) loads
 * to print or make a PDF: it waits for the ready attribute on `<html>`,
 * which is set once the draft is read, the fonts and images are in and the
 * pages are measured ("failed" when the draft could not be read). The page
 * title is the document's, which the PDF takes as its title.
 *
 * A printer keeps the page loaded and gives it one job after another: each
 * `hashchange` event (a new hash, or the same one announced again for a
 * draft changed since) is a new job, which reads the draft afresh. The
 * attribute is removed inside the event, so a printer that moves the hash
 * and announces it in one script never reads the previous job's "ready";
 * and a job's state is written only while it is the latest.
 */
export function DocumentPage({ target }: { target: DocumentTarget }) {
  const { job, report } = useDocumentJobs();

  useEffect(() => {
    const root = document.documentElement;
    const lang = root.lang;
    root.lang = DOCUMENT_LANG;
    return () => {
      root.lang = lang;
      root.removeAttribute(DOCUMENT_READY_ATTRIBUTE);
    };
  }, []);

  // A job of its own per mount: nothing of the previous job's load or layout is shown or reported.
  // The document is the page's main content: a screen reader's landmarks lead to it.
  return (
    <main>
      <DocumentJob key={job} job={job} target={target} report={report} />
    </main>
  );
}

/** The page's current job, counted by `hashchange` events, and how a job reports its state. */
function useDocumentJobs(): { job: number; report: Report } {
  // The ref answers at once, inside the event; the state renders the new job.
  const latest = useRef(0);
  const [job, setJob] = useState(0);

  useEffect(() => {
    const startOver = () => {
      latest.current += 1;
      document.documentElement.removeAttribute(DOCUMENT_READY_ATTRIBUTE);
      setJob(latest.current);
    };
    window.addEventListener('hashchange', startOver);
    return () => window.removeEventListener('hashchange', startOver);
  }, []);

  const report = useCallback<Report>((reported, state) => {
    if (reported === latest.current) document.documentElement.setAttribute(DOCUMENT_READY_ATTRIBUTE, state);
  }, []);

  return { job, report };
}

function DocumentJob({ job, target, report }: { job: number; target: DocumentTarget; report: Report }) {
  const { draftId, withPromises } = target;
  const { load } = useLoad(() => loadDocument(draftId, withPromises), [draftId, withPromises]);

  const failed = load.kind === 'failed';
  useEffect(() => {
    if (failed) report(job, 'failed');
  }, [failed, job, report]);
  const onReady = useCallback(() => report(job, 'ready'), [job, report]);

  if (load.kind === 'loading') return <p>{DOCUMENT_PAGE_TEXT.loading}</p>;
  if (load.kind === 'failed')
    return (
      <p role="alert">
        {DOCUMENT_PAGE_TEXT.loadFailed(load.message)}
      </p>
    );
  return <LoadedDocument stored={load.value} withPromises={withPromises} onReady={onReady} />;
}

function LoadedDocument({ stored, withPromises, onReady }: { stored: StoredDocument; withPromises: boolean; onReady: () => void }) {
  const context = useMemo(() => documentContextOf(stored, withPromises), [stored, withPromises]);
  const title = useMemo(() => documentProperties(stored.draft).title, [stored.draft]);

  useEffect(() => {
    document.title = title;
  }, [title]);

  const onLayout = useCallback(
    ({ settled }: DocumentLayout) => {
      if (settled) void whenPainted().then(onReady);
    },
    [onReady],
  );

  return <DocumentSheets draft={stored.draft} context={context} onLayout={onLayout} />;
}

/** Resolves once the fonts and images (the parties' logos) are in and the pages have been painted. */
async function whenPainted(): Promise<void> {
  await document.fonts?.ready;
  await Promise.all([...document.images].map((image) => image.decode().catch(() => undefined)));
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}
