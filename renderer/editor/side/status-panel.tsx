import { memo, useEffect, useRef, useState } from 'react';
import type { DraftStatus } from '../../../shared/draft/schema';
import { STATUS_TEXT } from '../../../shared/i18n/editor';
import { messageOf } from '../../components/messages';
import { StatusTag } from '../../components/status-tag';
import { classNames } from '../../class-names';
import styles from './status-panel.module.css';
import { BusyButton } from '../../components/busy-button';

export const STATUS_HEADING_ID = 'status-heading';

/** The panel's edge (and ground, once signed) follows the status. */
const STATUS_CLASS: Record<DraftStatus, string | undefined> = { utkast: undefined, klar: styles.klar, undertecknad: styles.undertecknad };

/**
 * The draft's status and the changes it allows: utkast → klar (only without
 * readiness errors), klar → undertecknad (after a confirmation) or back to
 * utkast. Each change is saved at once; `setStatus` resolves to the Node
 * side's refusal, or null.
 */
export const StatusPanel = memo(function StatusPanel({ status, ready, readOnly, reverted, setStatus, onChanged }: {
  status: DraftStatus;
  ready: boolean;
  /** The data folder can only be read (the banner says why): no change is offered that would be refused. */
  readOnly: boolean;
  /** An edit made the draft an utkast again; say so. */
  reverted: boolean;
  setStatus: (status: DraftStatus) => Promise<string | null>;
  /** Where focus goes when the status changes on screen (at once, before it is saved), or goes back after a refusal. */
  onChanged: (status: DraftStatus) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // The safe choice takes focus when the question appears: signing cannot be undone.
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const change = async (next: DraftStatus) => {
    setBusy(true);
    setProblem(null);
    // The status changes on screen at once and takes the pressed button with it: focus goes where the new status is
    // told now, not after the save (the page would have it meanwhile), and back here when the save is refused.
    onChanged(next);
    try {
      const refusal = await setStatus(next);
      if (refusal === null) {
        setConfirming(false);
      } else {
        setProblem(refusal);
        onChanged(status);
      }
    } catch (error) {
      setProblem(messageOf(error));
      onChanged(status);
    } finally {
      setBusy(false);
    }
  };

  return (
    // Named "Status" whatever the status; the heading says which it is.
    <section className={classNames('panel', STATUS_CLASS[status])} aria-label={STATUS_TEXT.heading}>
      <h2 className={classNames('panel__heading', styles.heading)} id={STATUS_HEADING_ID} tabIndex={-1}>
        {STATUS_TEXT.currentLabel}{' '}
        <StatusTag status={status} className={styles.tag} />
      </h2>
      <p className="panel__text">{STATUS_TEXT.explain[status]}</p>
      <div aria-live="polite">
        {reverted && status === 'utkast' && <p className={classNames('notice', 'notice--warning', styles.notice)}>{STATUS_TEXT.reverted}</p>}
      </div>

      {readOnly && status !== 'undertecknad' && <p className="panel__hint">{STATUS_TEXT.readOnly}</p>}

      {status === 'utkast' && !readOnly && (
        <div className={styles.actions}>
          <BusyButton
            type="button"
            className="button button--primary button--wide"
            busy={!ready || busy}
            aria-describedby={ready ? undefined : 'status-not-ready'}
            onClick={() => void change('klar')}
          >
            {STATUS_TEXT.markReady}
          </BusyButton>
          {!ready && (
            <p className="panel__hint" id="status-not-ready">
              {STATUS_TEXT.notReady}
            </p>
          )}
        </div>
      )}

      {status === 'klar' && !confirming && !readOnly && (
        <div className={styles.actions}>
          <BusyButton type="button" className="button button--primary button--wide" busy={busy} onClick={() => setConfirming(true)}>
            {STATUS_TEXT.markSigned}
          </BusyButton>
          <BusyButton type="button" className="button button--secondary button--wide" busy={busy} onClick={() => void change('utkast')}>
            {STATUS_TEXT.backToDraft}
          </BusyButton>
        </div>
      )}

      {status === 'klar' && confirming && !readOnly && (
        <div className={styles.confirm} role="group" aria-labelledby="status-confirm-question">
          <p className={styles.question} id="status-confirm-question">
            {STATUS_TEXT.confirmQuestion}
          </p>
          <div className={styles.confirmActions}>
            <BusyButton type="button" className="button button--primary" busy={busy} onClick={() => void change('undertecknad')}>
              {STATUS_TEXT.confirmSigned}
            </BusyButton>
            <BusyButton
              type="button"
              className="button button--secondary"
              busy={busy}
              ref={cancelRef}
              onClick={() => setConfirming(false)}
            >
              {STATUS_TEXT.cancel}
            </BusyButton>
          </div>
        </div>
      )}

      {problem !== null && (
        <p className={classNames('notice', 'notice--error', styles.problem)} role="alert">
          {problem ? STATUS_TEXT.failed(problem) : STATUS_TEXT.failedPlain}
        </p>
      )}
    </section>
  );
});
