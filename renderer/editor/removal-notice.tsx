import type { DraftKind } from '../../shared/draft/schema';
import { HISTORY_TEXT } from '../../shared/i18n/ui';
import type { Removal } from './removals';

/** "Aktiviteten togs bort."; some items are named by the kind of document ("Källan togs bort." in an agreement). */
function removedMessage(removal: Removal, kind: DraftKind): string {
  const message = HISTORY_TEXT.removed[removal.kind];
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
    <div className={`toast${removal ? ' toast--shown' : ''}`}>
      <p role="status" className="toast__text">
        {removal ? removedMessage(removal, kind) : ''}
      </p>
      {removal && (
        <>
          <button type="button" className="button button--small toast__restore" aria-label={HISTORY_TEXT.restoreLabel} onClick={onRestore}>
            {HISTORY_TEXT.restore}
          </button>
          <button type="button" className="toast__close" aria-label={HISTORY_TEXT.dismiss} onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </>
      )}
    </div>
  );
}
