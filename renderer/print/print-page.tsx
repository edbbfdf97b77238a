import { useEffect, useMemo, useRef, useState } from 'react';
import type { PrintOptions } from '../../shared/ipc/contract';
import { APP_TEXT } from '../../shared/i18n/app';
import { PDF_EXPORT_TEXT } from '../../shared/i18n/exports';
import { PRINT_TEXT } from '../../shared/i18n/print';
import { api } from '../api';
import { BackLink } from '../components/back-link';
import { LoadFailed } from '../components/load-failed';
import { useLoad } from '../components/use-load';
import { useWithPromises } from '../components/use-with-promises';
import { documentContextOf, loadDocument, type StoredDocument } from '../document/load-document';
import { FileRunResult, useFileRun } from '../editor/side/file-run';
import { waitForPendingSaves } from '../editor/use-autosave';
import { DocumentPreview, type DocumentLayout } from '../preview/document-preview';
import { editorHref } from '../routing';
import { classNames } from '../class-names';
import fieldStyles from '../editor/fields.module.css';
import sideColumnPage from '../components/side-column-page.module.css';
import styles from './print-page.module.css';
import { WithPromisesOption } from '../editor/side/with-promises-option';
import { BusyButton } from '../components/busy-button';

/** The number of copies the print dialog may start with, as the contract allows. */
const COPIES = { min: 1, max: 20 } as const;
/** Without a number of originals in the draft: one for each of the usual two parties. */
const DEFAULT_COPIES = 2;

const COPIES_ID = 'print-copies';
const WITH_PROMISES_ID = 'print-with-promises';

/**
 * `#/utkast/<id>/skriv-ut`: the app's own print preview (Electron's print
 * dialog has none). The stored draft's pages as they will print, how many,
 * the number of copies (the draft's originals by default), an agreement's
 * löften as bilagor or not, then "Skriv ut" or "Exportera PDF". It saves
 * nothing: the editor's link saves before it comes here, and the Node side
 * prints the draft as stored, from the same pages.
 */
export function PrintPage({ draftId }: { draftId: string }) {
  const { load, retry } = useLoad(async () => {
    // Coming from the editor: read after its last save.
    await waitForPendingSaves();
    return loadDocument(draftId, true);
  }, [draftId]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const title = load.kind === 'loaded' ? load.value.draft.title.trim() || PRINT_TEXT.untitled : null;
  useEffect(() => {
    document.title = APP_TEXT.documentTitle(title ? PRINT_TEXT.heading(title) : PRINT_TEXT.eyebrow);
  }, [title]);

  // The heading takes focus on arrival and again once the document is there, so a screen reader starts at the top.
  const loaded = load.kind === 'loaded';
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [loaded]);

  return (
    <div>
      <BackLink href={editorHref(draftId)}>{PRINT_TEXT.back}</BackLink>
      <header className={sideColumnPage.header}>
        <p className="eyebrow">{PRINT_TEXT.eyebrow}</p>
        <h1 className="page-title" tabIndex={-1} ref={headingRef}>
          {title ? PRINT_TEXT.heading(title) : PRINT_TEXT.eyebrow}
        </h1>
        <p className="lead">{PRINT_TEXT.intro}</p>
      </header>
      {load.kind === 'loading' && (
        <p className="loading" role="status">
          {PRINT_TEXT.loading}
        </p>
      )}
      {load.kind === 'failed' && <LoadFailed message={PRINT_TEXT.loadFailed(load.message)} retryLabel={PRINT_TEXT.retry} onRetry={retry} />}
      {load.kind === 'loaded' && <PrintLayout stored={load.value} />}
    </div>
  );
}

/** The settings and actions beside the paged preview. */
function PrintLayout({ stored }: { stored: StoredDocument }) {
  const { draft, linkedPromises } = stored;
  const [copies, setCopies] = useState(String(draft.originals ?? DEFAULT_COPIES));
  const { withPromises, option: withPromisesOption } = useWithPromises(linkedPromises.length);
  const [pages, setPages] = useState<DocumentLayout | null>(null);
  const copiesRef = useRef<HTMLInputElement>(null);

  const context = useMemo(() => documentContextOf(stored, withPromises), [stored, withPromises]);
  const copiesNumber = parseCopies(copies);
  const options = { withPromises };

  // The print page saves nothing before it prints: the draft is printed as stored.
  const nothingToSave = async () => true;
  const [printState, runPrint] = useFileRun(nothingToSave, async () => {
    const printOptions: PrintOptions = { ...options, copies: copiesNumber ?? DEFAULT_COPIES };
    return (await api.printDocument(draft.id, printOptions)) ? { fileName: '' } : null;
  });
  const [pdfState, runPdf] = useFileRun(nothingToSave, () => api.exportPdf(draft.id, options));
  const running = printState.kind === 'running' || pdfState.kind === 'running';

  const print = () => {
    if (copiesNumber === null) {
      copiesRef.current?.focus();
      return;
    }
    void runPrint();
  };

  return (
    <div className={sideColumnPage.layout}>
      <section className={classNames('panel', sideColumnPage.side, styles.settings)} aria-labelledby="print-settings-heading">
        <h2 className="panel__heading" id="print-settings-heading">
          {PRINT_TEXT.settings}
        </h2>
        <p className={styles.pages} aria-live="polite">
          {pages?.settled ? PRINT_TEXT.pages(pages.pages) : PRINT_TEXT.measuring}
        </p>
        <div className={classNames(fieldStyles.field, copiesNumber === null && fieldStyles.invalid)}>
          <label className={fieldStyles.label} htmlFor={COPIES_ID}>
            {PRINT_TEXT.copies}
          </label>
          <p className={fieldStyles.hint} id={`${COPIES_ID}-hint`}>
            {PRINT_TEXT.copiesHint(draft.originals)}
          </p>
          <input
            id={COPIES_ID}
            ref={copiesRef}
            className={classNames(fieldStyles.input, styles.copies)}
            type="number"
            inputMode="numeric"
            min={COPIES.min}
            max={COPIES.max}
            step={1}
            value={copies}
            disabled={running}
            aria-invalid={copiesNumber === null}
            aria-describedby={copiesNumber === null ? `${COPIES_ID}-hint ${COPIES_ID}-error` : `${COPIES_ID}-hint`}
            onChange={(event) => setCopies(event.target.value)}
          />
          {copiesNumber === null && (
            <p className={fieldStyles.error} id={`${COPIES_ID}-error`}>
              {PRINT_TEXT.copiesInvalid(COPIES.min, COPIES.max)}
            </p>
          )}
        </div>
        {withPromisesOption && (
          <WithPromisesOption id={WITH_PROMISES_ID} {...withPromisesOption} disabled={running} className={styles.withPromises} />
        )}
        {/* The results go without a margin of their own: the grid's gap spaces them. */}
        <div className={styles.actions}>
          <BusyButton className="button button--primary button--wide" busy={running} onClick={print}>
            {PRINT_TEXT.print}
          </BusyButton>
          <FileRunResult
            state={printState}
            className=""
            text={PRINT_TEXT.printRun}
          />
          <BusyButton className="button button--secondary button--wide" busy={running} onClick={() => void runPdf()}>
            {PRINT_TEXT.pdf}
          </BusyButton>
          <FileRunResult
            state={pdfState}
            className=""
            text={PDF_EXPORT_TEXT}
          />
        </div>
      </section>
      <div className={styles.preview}>
        <DocumentPreview draft={draft} context={context} hint={PRINT_TEXT.previewHint} onLayout={setPages} />
      </div>
    </div>
  );
}

/** The number of copies typed, or null when it is not a whole number the print dialog accepts. */
export function parseCopies(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value >= COPIES.min && value <= COPIES.max ? value : null;
}
