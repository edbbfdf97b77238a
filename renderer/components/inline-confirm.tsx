import { useEffect, useRef, useState } from 'react';
import { classNames } from '../class-names';
import styles from './inline-confirm.module.css';
import { messageOf } from './messages';
import { BusyButton } from './busy-button';

/**
 * A button that asks its question in place (no dialog): a group labelled by
 * the question, with a confirm button (a busy label while it runs) and a
 * cancel button. The safe choice takes focus when the question appears; the
 * opening button gets it back when the question goes. `onConfirm` resolving
 * means the page moves on (the control stays busy); if it throws, the error
 * line (role="alert") says `text.failed(message)`, and with `closeOnFailure` the
 * question closes. `danger` tints the question red and gives its yes the
 * danger look (deleting); otherwise the yes is the primary button. A `hint`
 * under the opening button says in one sentence what it does (and describes it).
 */
export function InlineConfirm({
  className,
  questionId,
  text,
  buttonClass,
  danger = false,
  onConfirm,
  closeOnFailure = false,
  hint,
}: {
  /** The wrapper's class (its width, its place in the page). */
  className?: string;
  questionId: string;
  /** The opening button, the question, confirm (`running` while busy), cancel, and the failure line. */
  text: {
    button: string;
    question: string;
    confirm: string;
    running: string;
    cancel: string;
    failed: (message: string) => string;
  };
  buttonClass: string;
  danger?: boolean;
  onConfirm: () => Promise<void>;
  closeOnFailure?: boolean;
  /** Under the opening button, naming what it does; not shown while the question is. */
  hint?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const run = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onConfirm();
    } catch (error) {
      setProblem(messageOf(error));
      setBusy(false);
      if (closeOnFailure) setConfirming(false);
    }
  };

  return (
    <div className={className}>
      {!confirming ? (
        <>
          <button
            type="button"
            className={buttonClass}
            ref={openRef}
            aria-describedby={hint ? `${questionId}-hint` : undefined}
            onClick={() => setConfirming(true)}
          >
            {text.button}
          </button>
          {hint && (
            <p className={classNames('panel__hint', styles.hint)} id={`${questionId}-hint`}>
              {hint}
            </p>
          )}
        </>
      ) : (
        <div className={classNames(styles.confirm, danger && styles.danger)} role="group" aria-labelledby={questionId}>
          <p className={styles.question} id={questionId}>
            {text.question}
          </p>
          <div className={styles.actions}>
            <BusyButton type="button" className={danger ? classNames('button', styles.dangerButton) : 'button button--primary'} busy={busy} onClick={() => void run()}>
              {busy ? text.running : text.confirm}
            </BusyButton>
            <BusyButton type="button" className="button button--secondary" busy={busy} ref={cancelRef} onClick={() => setConfirming(false)}>
              {text.cancel}
            </BusyButton>
          </div>
        </div>
      )}
      {problem !== null && (
        <p className={classNames('notice', 'notice--error', styles.problem)} role="alert">
          {text.failed(problem)}
        </p>
      )}
    </div>
  );
}
