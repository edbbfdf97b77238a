import type { ComponentPropsWithRef, MouseEvent } from 'react';
import { classNames } from '../class-names';
import styles from './busy-button.module.css';

/**
 * A button whose action runs for a while ("Exportera till Word", "Dela
 * utkast", "Skriv ut"): while `busy` it says so (`aria-disabled`, greyed)
 * and ignores presses, a form's Enter included, but stays focusable. A
 * `disabled` button would drop the keyboard focus to the page, and the next
 * Tab would start again from the top; this one keeps it, so the user hears
 * the result (a live line beside it) where they pressed and goes on from there.
 */
export function BusyButton({ busy, onClick, type = 'button', className, ...props }: Omit<ComponentPropsWithRef<'button'>, 'disabled' | 'aria-disabled'> & {
  busy: boolean;
}) {
  const press = (event: MouseEvent<HTMLButtonElement>) => {
    // preventDefault: a submit button's press (or Enter in its form's field) submits nothing while busy.
    if (busy) event.preventDefault();
    else onClick?.(event);
  };
  return <button {...props} type={type} className={classNames(className, styles.busy)} aria-disabled={busy || undefined} onClick={press} />;
}
