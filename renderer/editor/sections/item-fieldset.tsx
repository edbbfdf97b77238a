import type { ReactNode } from 'react';
import { SECTION_TEXT } from '../../../shared/i18n/editor';
import { getIn, type FieldPath } from '../draft-paths';
import { partOf, useDraft, useEditor } from '../editor-context';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';
import styles from './item-fieldset.module.css';

/**
 * A "Ta bort" button whose accessible name says what it removes: `label`
 * ("Ta bort fokusområde 2") and the first words of the field at `namedBy`
 * (", ”Trygghet i centrum”"), as they are typed. The name starts with the
 * button's visible words, so speech control finds it by what is on screen.
 */
export function RemoveButton({ label, namedBy, text = SECTION_TEXT.remove, describedBy, className, onRemove }: {
  label: string;
  namedBy?: FieldPath;
  /** The visible words, which `label` starts with. */
  text?: string;
  describedBy?: string;
  className?: string;
  onRemove: () => void;
}) {
  const named = useDraft((d) => (namedBy ? String(getIn(d, namedBy) ?? '') : ''), undefined, namedBy && [partOf(namedBy)]);
  return (
    <button
      type="button"
      className={classNames('button', 'button--quiet', 'button--danger', className)}
      aria-label={SECTION_TEXT.named(label, named)}
      aria-describedby={describedBy}
      onClick={onRemove}
    >
      {text}
    </button>
  );
}

/**
 * One item of a list in the editor (an underlag, a fokusområde, a
 * signatory): a fieldset named by its legend ("Underlag 2"), with a "Ta
 * bort" button in its top corner, hidden when the draft is locked.
 */
export function ItemFieldset({ legend, removeLabel, namedBy, onRemove, className, children }: {
  legend: string;
  /** The remove button's accessible name, e.g. "Ta bort underlag 2"; it starts with the visible "Ta bort". */
  removeLabel: string;
  /** The field whose first words the remove button's name ends with (a title, a description). */
  namedBy?: FieldPath;
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
          <RemoveButton label={removeLabel} namedBy={namedBy} onRemove={onRemove} />
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
