import type { ReactNode } from 'react';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { useEditor } from '../editor-context';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import styles from './item-fieldset.module.css';

/**
 * One item of a list in the editor (an underlag, a fokusområde, a
 * signatory): a fieldset named by its legend ("Underlag 2"), with a "Ta
 * bort" button in its top corner, hidden when the draft is locked.
 */
export function ItemFieldset({ legend, removeLabel, onRemove, className, children }: {
  legend: string;
  /** The remove button's accessible name, e.g. "Ta bort underlag 2"; it starts with the visible "Ta bort". */
  removeLabel: string;
  onRemove: () => void;
  className?: string;
  children: ReactNode;
}) {
  const { locked } = useEditor();
  return (
    <fieldset className={classNames(fieldStyles.fieldset, styles.item, className)}>
      <legend className={fieldStyles.legend}>{legend}</legend>
      {!locked && (
        <div className={styles.actions}>
          <button type="button" className="button button--quiet button--danger" aria-label={removeLabel} onClick={onRemove}>
            {SECTION_TEXT.remove}
          </button>
        </div>
      )}
      {children}
    </fieldset>
  );
}

/** The "Lägg till …" button under a list, hidden when the draft is locked. */
export function AddButton({ id, label, disabled, onClick }: { id?: string; label: string; disabled?: boolean; onClick: () => void }) {
  const { locked } = useEditor();
  if (locked) return null;
  return (
    <div className={styles.sectionActions}>
      <button type="button" id={id} className="button button--secondary" disabled={disabled} onClick={onClick}>
        {label}
      </button>
    </div>
  );
}
