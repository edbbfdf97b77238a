import { createContext, useContext } from 'react';
import type { Draft } from '../../shared/draft/schema';
import type { FieldPath } from './draft-paths';
import { useSelector, type Part, type Store } from './editor-store';
import type { RemovalTarget } from './removals';
import type { UndoStack } from './undo';

/** A change to the draft: a pure function from the current draft to the next. */
export type DraftUpdate = (draft: Draft) => Draft;

export interface UpdateOptions {
  /**
   * The id of the field being typed into. Consecutive changes with the same
   * key are one step of the undo stack; changes without one are a step each.
   */
  key?: string;
}

export interface FocusOptions {
  /** Where the caret goes in a text input (e.g. kept where it was when an activity moved). */
  selection?: readonly [number, number];
}

/**
 * What every section and field of the editor works with. It holds no draft:
 * the draft is in `store` (read with `useDraft`), so the value changes only
 * when the draft is locked or unlocked, and a keystroke renders only what
 * shows the changed part. The functions keep their identity.
 */
export interface EditorContextValue {
  /** The undo stack, whose `present` is the draft as it is now. */
  store: Store<UndoStack<Draft>>;
  /** The draft as it is now, for event handlers (render through `useDraft`). */
  latest(): Draft;
  /** True when the fields are read-only (a signed draft, or a read-only data folder): `update` does nothing then. */
  locked: boolean;
  /** True when the draft is signed: its inputs look read, not typed into (see `signedLook`). */
  signed: boolean;
  /** Applies a change (to the latest draft, not a stale copy), records it for undo and schedules the autosave. */
  update(change: DraftUpdate, options?: UpdateOptions): void;
  /** Saves now without waiting for the pause; fields call it on blur. Also closes the field's undo step. */
  commit(): void;
  /** Saves now and resolves to whether the draft as it is now is stored (before the Node side reads it). */
  flush(): Promise<boolean>;
  /** Focuses the element with this id after the next render (e.g. a just-added activity). */
  requestFocus(elementId: string, options?: FocusOptions): void;
  /**
   * Lets a list that renders only some of its items (the activities of a
   * large draft) render one on demand: `requestFocus` and `reveal` call
   * `show` with the item's index before they look for its element. Returns
   * the function that takes it back.
   */
  registerReveal(list: string, show: (index: number) => void): () => void;
  /** Renders the item a path lies in now, if its list renders only some (see `registerReveal`), so that `focusField` finds it. */
  reveal(path: FieldPath): void;
  /** Removes an item and offers to restore it ("Aktiviteten togs bort. Ångra"). */
  remove(target: RemovalTarget): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor() outside an EditorContext provider');
  return value;
}

/** A part of the draft: a key (`"statement"`), or one item of a list (`["activities", 3]`). */
export type DraftPart = keyof Draft | readonly [key: keyof Draft, index: number];

/**
 * The part of the draft `select` picks; the component renders again only when
 * it changes (see `useSelector`: keep the selector cheap). With `on`, the
 * selector runs only when those parts of the draft change, so it must read
 * nothing else: each of hundreds of activities' fields names its own activity,
 * and a keystroke elsewhere runs none of them.
 */
export function useDraft<T>(select: (draft: Draft) => T, isEqual?: (a: T, b: T) => boolean, on?: readonly DraftPart[]): T {
  return useSelector(useEditor().store, (stack) => select(stack.present), isEqual, on as readonly Part[] | undefined);
}

/** The part of the draft a field's path lies in: its list's item (`["activities", 3]`), or its key. */
export function partOf(path: FieldPath): DraftPart {
  const [key, index] = path as [keyof Draft, ...(string | number)[]];
  return typeof index === 'number' ? [key, index] : key;
}

/**
 * The draft as of the last change to any of `fields`: for a function of the
 * whole draft that reads only those (a file's name reads the title, kind and
 * period), so the component renders when they change and not on every
 * keystroke elsewhere. Its other fields may be older: read only `fields`.
 */
export function useDraftAsOf(fields: readonly (keyof Draft)[]): Draft {
  return useDraft(
    (draft) => draft,
    (a, b) => fields.every((field) => a[field] === b[field]),
    fields,
  );
}
