import { memo } from 'react';
import { PDF_EXPORT_TEXT, EXPORT_TEXT, REVIEW_EXPORT_TEXT } from '../../../shared/i18n/exports';
import { api } from '../../api';
import { printHref } from '../../routing';
import { FileRunResult, useFileRun } from './file-run';
import { SaveThenLink } from './save-then-link';
import { WithPromisesOption } from './with-promises-option';
import { useWithPromises } from '../../components/use-with-promises';
import { useMenuCommand } from '../../menu-commands';
import { classNames } from '../../class-names';
import { BusyButton } from '../../components/busy-button';
import styles from './export-panel.module.css';

const WITH_PROMISES_ID = 'export-with-promises';

/**
 * "Exportera till Word", "Exportera granskningsversion" (a Word file in which
 * what changed since the version last shared or received shows as tracked
 * changes, for a colleague without Samverka), "Exportera PDF" and the way to
 * "Skriv ut". The Node
 * side exports the draft as stored, so the pending save is flushed first; an
 * unsaved draft is not exported. A draft with readiness errors may be
 * exported (to send it for comments); the panel says how many errors it has.
 * An agreement with linked löften can take them along as bilagor in the same
 * file ("Ta med medborgarlöftena som bilagor"), in Word and PDF alike.
 */
export const ExportPanel = memo(function ExportPanel({ draftId, flush, errors, linkedPromises }: {
  draftId: string;
  flush: () => Promise<boolean>;
  errors: number;
  /** How many medborgarlöften belong to the draft (an agreement's); 0 offers no choice. */
  linkedPromises: number;
}) {
  const { withPromises, option: withPromisesOption } = useWithPromises(linkedPromises);
  const options = { withPromises };
  const [state, run] = useFileRun(flush, () => api.exportDocx(draftId, options));
  const [reviewState, runReview] = useFileRun(flush, () => api.exportReviewDocx(draftId));
  const [pdfState, runPdf] = useFileRun(flush, () => api.exportPdf(draftId, options));
  const running = state.kind === 'running' || reviewState.kind === 'running' || pdfState.kind === 'running';
  // Arkiv → Exportera in the menu: as the buttons here.
  useMenuCommand((command) => {
    if (running) return;
    if (command === 'export-docx') void run();
    else if (command === 'export-review-docx') void runReview();
    else if (command === 'export-pdf') void runPdf();
  });

  return (
    <div className="panel" data-panel="export">
      {errors > 0 && (
        <p className={styles.errors} id="export-errors">
          {EXPORT_TEXT.withErrors(errors)}
        </p>
      )}
      {withPromisesOption && (
        <WithPromisesOption id={WITH_PROMISES_ID} className={styles.option} {...withPromisesOption} disabled={running} />
      )}
      <BusyButton
        className="button button--primary button--wide"
        busy={running}
        aria-describedby={errors > 0 ? 'export-errors export-hint' : 'export-hint'}
        onClick={() => void run()}
      >
        {EXPORT_TEXT.button}
      </BusyButton>
      <p className="panel__hint" id="export-hint">
        {EXPORT_TEXT.hint}
      </p>
      <FileRunResult state={state} className={styles.result} text={EXPORT_TEXT} />
      <BusyButton
        className={classNames('button', 'button--secondary', 'button--wide', styles.review)}
        busy={running}
        aria-describedby="export-review-hint"
        onClick={() => void runReview()}
      >
        {REVIEW_EXPORT_TEXT.button}
      </BusyButton>
      <p className="panel__hint" id="export-review-hint">
        {REVIEW_EXPORT_TEXT.hint}
      </p>
      <FileRunResult state={reviewState} className={styles.result} text={REVIEW_EXPORT_TEXT} />
      <BusyButton
        className={classNames('button', 'button--secondary', 'button--wide', styles.pdf)}
        busy={running}
        aria-describedby="export-pdf-hint"
        onClick={() => void runPdf()}
      >
        {PDF_EXPORT_TEXT.button}
      </BusyButton>
      <p className="panel__hint" id="export-pdf-hint">
        {PDF_EXPORT_TEXT.hint}
      </p>
      <FileRunResult state={pdfState} className={styles.result} text={PDF_EXPORT_TEXT} />
      <SaveThenLink
        href={printHref(draftId)}
        flush={flush}
        notSaved={PDF_EXPORT_TEXT.printLinkNotSaved}
        className={styles.print}
        linkClassName="button button--secondary button--wide"
      >
        {PDF_EXPORT_TEXT.printLink}
      </SaveThenLink>
    </div>
  );
});
