import { SHARE_TEXT } from '../../../shared/i18n/sharing';
import { api } from '../../api';
import { BusyButton } from '../../components/busy-button';
import { FileRunResult, useFileRun } from './file-run';
import styles from './share-panel.module.css';

/**
 * "Dela utkast": writes the draft as one `.samverka.json` file, which another
 * Samverka imports. The Node side writes the draft as stored, so the pending
 * save is flushed first; an unsaved draft is not shared.
 */
export function SharePanel({ draftId, flush }: { draftId: string; flush: () => Promise<boolean> }) {
  const [state, run] = useFileRun(flush, () => api.shareDraft(draftId));

  return (
    <div className="panel">
      <BusyButton
        className="button button--secondary button--wide"
        busy={state.kind === 'running'}
        aria-describedby="share-hint"
        onClick={() => void run()}
      >
        {SHARE_TEXT.button}
      </BusyButton>
      <p className="panel__hint" id="share-hint">
        {SHARE_TEXT.hint}
      </p>
      <FileRunResult state={state} className={styles.result} text={SHARE_TEXT} />
    </div>
  );
}
