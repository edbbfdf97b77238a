import type { DraftKind } from '../../shared/draft/schema';
import { UNDO_TEXT } from '../../shared/i18n/editor';
import type { Removal } from './removals';
import { classNames } from '../class-names';
import styles from './removal-notice.module.css';

/** "Aktiviteten togs bort."; some items are named by the kind of document ("Källan togs bort." in an agreement). */
function removedMessage(removal: Removal, kind: DraftKind): string {
  const message = UNDO_TEXT.removed[removal.kind];
  return typeof message === 'string' ? message : message[kind];
}

/**
 * "Aktiviteten togs bort. Ångra": shown after a removal until the user
 * restores the item, closes the notice or removes something else. The live
 * region is always there (empty when there is nothing to say), so screen
 * readers announce the message when it appears; it comes after the save
 * status in the document, so that one stays the first status on the page.
 */
export function RemovalNotice({ removal, kind, onRestore, onDismiss }: {
  removal: Removal | null;
  kind: DraftKind;
  onRestore: () => void;
  onDismiss: () => void;
}) {
  return (
    <div className={classNames(styles.toast, Boolean(removal) && styles.shown)}>
      <p role="status" className={styles.text}>
        {removal ? removedMessage(removal, kind) : ''}
      </p>
      {removal && (
        <>
          <button type="button" className={classNames('button', 'button--small', styles.restore)} aria-label={UNDO_TEXT.restoreLabel} onClick={onRestore}>
            {UNDO_TEXT.restore}
          </button>
          <button type="button" className={styles.close} aria-label={UNDO_TEXT.dismiss} onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </>
      )}
    </div>
  );
}
