import { describe, expect, it } from 'vitest';
import { createStore, type Part } from '../../../renderer/editor/editor-store';

interface Value {
  title: string;
  items: { text: string }[];
}

const initial: Value = { title: 'Titel', items: [{ text: 'a' }, { text: 'b' }, { text: 'c' }] };

/** A store of `initial` and a listener on each of `parts` (and one on everything), with the names of those told of each change. */
function watched(parts: Record<string, readonly Part[] | undefined>) {
  const store = createStore(initial);
  const told: string[] = [];
  const unsubscribe = Object.fromEntries(Object.entries(parts).map(([name, on]) => [name, store.subscribe(() => told.push(name), on)]));
  const change = (next: (value: Value) => Value) => {
    told.length = 0;
    store.set(next(store.get()));
    return [...told].sort();
  };
  return { store, change, unsubscribe };
}

const withItem = (value: Value, index: number, text: string): Value => ({ ...value, items: value.items.map((item, i) => (i === index ? { text } : item)) });

describe('the editor store', () => {
  it('tells a listener of the parts it names only when one of them changes, and one without parts of every change', () => {
    const { change } = watched({ all: undefined, title: ['title'], items: ['items'], first: [['items', 0]], second: [['items', 1]] });
    expect(change((v) => ({ ...v, title: 'Ny' }))).toEqual(['all', 'title']);
    expect(change((v) => withItem(v, 1, 'B'))).toEqual(['all', 'items', 'second']);
    // An item gone is a change of that item.
    expect(change((v) => ({ ...v, items: v.items.slice(0, 1) }))).toEqual(['all', 'items', 'second']);
    expect(change((v) => ({ ...v }))).toEqual(['all']);
  });

  it('tells a listener of several parts once per change, and nobody of the same value', () => {
    const { change } = watched({ both: ['title', ['items', 0]] });
    expect(change((v) => withItem({ ...v, title: 'Ny' }, 0, 'A'))).toEqual(['both']);
    expect(change((v) => v)).toEqual([]);
  });

  it('tells nothing more after unsubscribing', () => {
    const { change, unsubscribe } = watched({ first: [['items', 0]], title: ['title'] });
    unsubscribe.first();
    expect(change((v) => withItem({ ...v, title: 'Ny' }, 0, 'A'))).toEqual(['title']);
  });
});
