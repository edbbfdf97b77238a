import { EXPORT_TEXT } from '../../../shared/i18n/exports';
import { CheckboxField } from '../fields';

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
    <CheckboxField id={id} label={label} checked={checked} disabled={disabled} onChange={onChange} hint={EXPORT_TEXT.withPromisesHint(count)} className={className} />
  );
}
