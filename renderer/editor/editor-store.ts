import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * A value outside React that components read piece by piece: each reads what
 * it shows through a selector and renders again only when that piece
 * changes, not whenever the value does. The editor keeps the draft (in its
 * undo stack) here, so a keystroke renders the field typed into and what
 * shows that field's value, however large the draft is.
 */
export interface Store<S> {
  get(): S;
  /** Replaces the value and tells every subscriber (nothing happens when it is the same value). */
  set(next: S): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
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
 * or object each time. Selectors run on every change of the store: keep them
 * cheap (a field's value, an item by id), and compute from their results.
 */
export function useSelector<S, T>(store: Store<S>, select: (value: S) => T, isEqual: (a: T, b: T) => boolean = Object.is): T {
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
  return useSyncExternalStore(store.subscribe, getSelection);
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
