/**
 * Addressing the fields of a draft by path — the same paths the readiness
 * check and the file reader use (`["activities", 2, "text"]`) — so that a
 * finding can lead to its input and a field component needs nothing but its path.
 */
export type FieldPath = readonly (string | number)[];

/** The DOM id of the input for a path: `field-activities-2-text`. */
export function fieldId(path: FieldPath): string {
  return ['field', ...path].join('-');
}

/**
 * The item of a list a field's DOM id lies in (`field-activities-7-text` →
 * `["activities", 7]`), or null for an id of no list item.
 */
export function itemOfFieldId(id: string): readonly [list: string, index: number] | null {
  const match = /^field-([A-Za-z]+)-(\d+)(?:-|$)/.exec(id);
  return match ? [match[1], Number(match[2])] : null;
}

/** The value at a path, or undefined when the path leads nowhere. */
export function getIn(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of `root` with the value at `path` replaced. Only the objects along
 * the path are copied (by spreading), so fields the editor does not know are
 * kept as they are. Returns `root` itself when nothing changes.
 */
export function setIn<T>(root: T, path: FieldPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const container = root as unknown;
  if (Array.isArray(container)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || index >= container.length) {
      throw new RangeError(`No item ${String(key)} in a list of ${container.length}`);
    }
    const next = setIn(container[index], rest, value);
    if (Object.is(next, container[index])) return root;
    const copy = container.slice();
    copy[index] = next;
    return copy as T;
  }
  if (container === null || typeof container !== 'object') {
    throw new TypeError(`Cannot set ${String(key)} on a non-object`);
  }
  const record = container as Record<string, unknown>;
  const next = setIn(record[key], rest, value);
  if (Object.is(next, record[key]) && key in record) return root;
  return { ...record, [key]: next } as T;
}

/** Escapes a value for a double-quoted CSS attribute selector (jsdom has no CSS.escape). */
const quoted = (value: string) => value.replace(/["\\]/g, '\\$&');

const FOCUSABLE = 'input, textarea, select, button';

function focusable(element: Element | null): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  if ((element as HTMLInputElement).disabled || element.closest('[hidden], [inert]')) return false;
  return element.matches(FOCUSABLE) || element.tabIndex >= 0;
}

/** Opens every closed `<details>` around an element, so that it can be seen and focused. */
export function reveal(element: Element): void {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (parent instanceof HTMLDetailsElement && !parent.open) parent.open = true;
  }
}

function focusElement(element: HTMLElement): void {
  reveal(element);
  element.focus();
  // jsdom has no scrollIntoView; the browser's focus() scrolls too, but not to the middle.
  element.scrollIntoView?.({ block: 'center', behavior: 'auto' });
}

/**
 * Moves focus to the input of a path. A path to a list (`["parties"]`) focuses
 * the list's first input; a path the editor has no input for falls back to
 * its nearest parent that has one. Returns false when nothing could be focused.
 */
export function focusField(path: FieldPath, root: ParentNode = document): boolean {
  for (let length = path.length; length > 0; length--) {
    const id = fieldId(path.slice(0, length));
    const exact = root.querySelector(`[id="${quoted(id)}"]`);
    if (focusable(exact)) {
      focusElement(exact);
      return true;
    }
    const inside = [...root.querySelectorAll(`[id^="${quoted(id)}-"]`)].find(focusable);
    if (inside) {
      focusElement(inside);
      return true;
    }
  }
  return false;
}
