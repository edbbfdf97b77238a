/**
 * The class attribute of an element from CSS Module classes that apply or not:
 * `classNames(styles.card, open && styles.open)`. Every class is a module's own
 * name, never one built from strings, so a search for `styles.open` finds each use.
 */
export function classNames(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ');
}
