import { VERSIONS_TEXT } from '../../shared/i18n/versions';
import { InlineConfirm } from '../components/inline-confirm';
import { classNames } from '../class-names';
import styles from './versions.module.css';

const SIGNED_ID = 'restore-signed';

const restoreText = (question: string) => ({
  button: VERSIONS_TEXT.restore,
  question,
  confirm: VERSIONS_TEXT.restoreConfirm,
  running: VERSIONS_TEXT.restoring,
  cancel: VERSIONS_TEXT.cancel,
  failed: VERSIONS_TEXT.restoreFailed,
});

/**
 * "Återställ den här versionen", with a question in place (no dialog) that
 * says the current text is kept as a version first, and when the draft
 * becomes an utkast by it (`question`). For a signed draft the
 * button is disabled and the reason shown beside it. `restore` resolves to
 * the Node side's refusal (a Swedish message), or does not come back (the
 * page navigates away).
 */
export function RestoreControl({ signed, question, restore }: { signed: boolean; question: string; restore: () => Promise<string | null> }) {
  if (signed) {
    return (
      <div>
        <button type="button" className="button button--primary" disabled aria-describedby={SIGNED_ID}>
          {VERSIONS_TEXT.restore}
        </button>
        <p className={classNames('panel__hint', styles.signed)} id={SIGNED_ID}>
          {VERSIONS_TEXT.signed}
        </p>
      </div>
    );
  }

  const run = async () => {
    const refusal = await restore();
    if (refusal !== null) throw new Error(refusal);
  };

  return (
    <InlineConfirm
      className={styles.restore}
      questionId="restore-question"
      text={restoreText(question)}
      buttonClass="button button--primary"
      onConfirm={run}
      closeOnFailure
    />
  );
}
