import { EXPORT_TEXT } from '../../../shared/i18n/exports';
import { classNames } from '../../class-names';
import fieldStyles from '../fields.module.css';

/**
 * "Ta med medborgarlöftena som bilagor": the choice, for an agreement with
 * linked löften, to append them to its Word file, PDF, printout or email.
 */
export function WithPromisesOption({ id, count, checked, disabled, onChange, label = EXPORT_TEXT.withPromises, className }: {
  id: string;
  /** How many löften are linked (more than 0, or the option is not shown). */
  count: number;
  checked: boolean;
  disabled: boolean;
  onChange: (checked: boolean) => void;
  label?: string;
  className?: string;
}) {
  return (
    <div className={classNames(fieldStyles.field, fieldStyles.checkboxField, className)}>
      <input
        id={id}
        type="checkbox"
        className={fieldStyles.checkbox}
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className={fieldStyles.label} htmlFor={id}>
        {label}
      </label>
      <p className={fieldStyles.hint} id={`${id}-hint`}>
        {EXPORT_TEXT.withPromisesHint(count)}
      </p>
    </div>
  );
}
