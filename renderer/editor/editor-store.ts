import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * A part of the store's value that a selector reads: a key of its parts
 * (`"statement"`), or one item of the list under a key (`["activities", 3]`).
 */
export type Part = string | readonly [key: string, index: number];

/**
 * A value outside React that components read piece by piece: each reads what
 * it shows through a selector and renders again only when that piece
 * changes, not whenever the value does. The editor keeps the draft (in its
 * undo stack) here, so a keystroke renders the field typed into and what
 * shows that field's value, however large the draft is.
 */
export interface Store<S> {
  get(): S;
  /** Replaces the value and tells the subscribers of what changed (nothing happens when it is the same value). */
  set(next: S): void;
  /** Calls `listener` after every change, or with `on`, after changes to those parts only; returns the unsubscribe function. */
  subscribe(listener: () => void, on?: readonly Part[]): () => void;
}

type Listener = () => void;

/** The listeners of one key of the parts: of the key as a whole, and of single items of the list under it. */
interface KeyListeners {
  whole: Set<Listener>;
  items: Map<number, Set<Listener>>;
}

const itemAt = (list: unknown, index: number): unknown => (Array.isArray(list) ? list[index] : undefined);

/**
 * A store of `initial`. A subscriber without `on` is told of every change; one
 * with `on` only when one of those parts of `partsOf(value)` is no longer the
 * same object (compared by identity, as immutable updates keep what they do
 * not touch). So a keystroke in the löftesmening runs the selectors that read
 * it and the few that read everything, not those of 500 activities' fields.
 */
export function createStore<S>(initial: S, partsOf: (value: S) => object = (value) => value as object): Store<S> {
  let value = initial;
  const everything = new Set<Listener>();
  const byKey = new Map<string, KeyListeners>();

  /** The listeners of `part`, made when `make`; null when there are none. */
  const listenersOf = (part: Part, make: boolean): Set<Listener> | null => {
    const [key, index] = typeof part === 'string' ? [part, null] : part;
    let keyed = byKey.get(key);
    if (!keyed) {
      if (!make) return null;
      keyed = { whole: new Set(), items: new Map() };
      byKey.set(key, keyed);
    }
    if (index === null) return keyed.whole;
    let item = keyed.items.get(index);
    if (!item && make) keyed.items.set(index, (item = new Set()));
    return item ?? null;
  };

  const forget = (part: Part, listener: Listener) => {
    const key = typeof part === 'string' ? part : part[0];
    listenersOf(part, false)?.delete(listener);
    const keyed = byKey.get(key);
    if (!keyed) return;
    if (typeof part !== 'string' && keyed.items.get(part[1])?.size === 0) keyed.items.delete(part[1]);
    if (keyed.whole.size === 0 && keyed.items.size === 0) byKey.delete(key);
  };

  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      const before = partsOf(value) as Record<string, unknown>;
      const after = partsOf(next) as Record<string, unknown>;
      value = next;
      const due = new Set(everything);
      if (before !== after) {
        for (const [key, { whole, items }] of byKey) {
          const [was, is] = [before[key], after[key]];
          if (Object.is(was, is)) continue;
          for (const listener of whole) due.add(listener);
          for (const [index, listeners] of items) {
            if (!Object.is(itemAt(was, index), itemAt(is, index))) for (const listener of listeners) due.add(listener);
          }
        }
      }
      for (const listener of due) listener();
    },
    subscribe(listener, on) {
      if (!on) {
        everything.add(listener);
        return () => everything.delete(listener);
      }
      for (const part of on) listenersOf(part, true)!.add(listener);
      return () => on.forEach((part) => forget(part, listener));
    },
  };
}

/** Element by element, for selectors that gather a list (ids, indexes). */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
}

/**
 * The part of the store's value that `select` picks. The component renders
 * again when the picked part changes; a selection `isEqual` to the last one
 * keeps the last one (and its identity), so a selector may build a new list
 * or object each time. Without `on`, the selector runs on every change of the
 * store: keep it cheap (a field's value, an item by id), and compute from its
 * result. With `on`, it runs only when those parts change, so it must read
 * nothing else (a field's value at `["activities", 3]`).
 */
export function useSelector<S, T>(store: Store<S>, select: (value: S) => T, isEqual: (a: T, b: T) => boolean = Object.is, on?: readonly Part[]): T {
  const last = useRef<{ value: S; select: (value: S) => T; selection: T } | null>(null);
  const getSelection = () => {
    const value = store.get();
    const previous = last.current;
    if (previous && previous.value === value && previous.select === select) return previous.selection;
    const picked = select(value);
    const selection = previous && isEqual(previous.selection, picked) ? previous.selection : picked;
    last.current = { value, select, selection };
    return selection;
  };
  // Callers write `on` afresh each render: subscribe again only when what it names changes.
  const parts = on ? JSON.stringify(on) : null;
  const subscribe = useCallback((listener: () => void) => store.subscribe(listener, parts === null ? undefined : (JSON.parse(parts) as Part[])), [store, parts]);
  return useSyncExternalStore(subscribe, getSelection);
}

/**
 * `value`, or the value last returned when that one `isEqual` to it: for a
 * value computed anew each render (a list) that memoised children compare by
 * identity.
 */
export function useKept<T>(value: T, isEqual: (a: T, b: T) => boolean): T {
  const kept = useRef(value);
  const result = isEqual(kept.current, value) ? kept.current : value;
  useEffect(() => {
    kept.current = result;
  }, [result]);
  return result;
}
