import { DELETE_TEXT } from '../../../shared/i18n/editor';
import { api } from '../../api';
import { InlineConfirm } from '../../components/inline-confirm';
import { navigate, startHref } from '../../routing';
import { classNames } from '../../class-names';
import styles from './delete-panel.module.css';

/**
 * "Ta bort utkastet", at the foot of the side column, with a question in
 * place (no dialog) that says where the file goes: the store moves it to the
 * data folder's "borttagna", never destroys it. What was typed is saved
 * first (so the kept file is the latest); once the draft is gone nothing is
 * saved any more (a late save would bring the file back), and the start page opens.
 */
export function DeletePanel({ draftId, flush, discard }: {
  draftId: string;
  flush: () => Promise<boolean>;
  /** Stops the autosave for good. */
  discard: () => void;
}) {
  const remove = async () => {
    // A draft that cannot be saved (say, an invalid date) can still be deleted: its stored version is kept.
    await flush();
    await api.deleteDraft(draftId);
    discard();
    navigate(startHref());
  };

  return (
    <InlineConfirm
      className={classNames('panel', styles.panel)}
      questionId="delete-question"
      text={DELETE_TEXT}
      buttonClass="button button--quiet button--danger"
      danger
      onConfirm={remove}
    />
  );
}
