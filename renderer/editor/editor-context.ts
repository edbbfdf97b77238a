import { createContext, useContext } from 'react';
import type { Draft } from '../../shared/draft/schema';
import type { RemovalTarget } from './removals';

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

/** What every section and field of the editor works with. */
export interface EditorContextValue {
  draft: Draft;
  /** True when the draft is signed: every field is read-only and `update` does nothing. */
  locked: boolean;
  /** Applies a change (to the latest draft, not a stale copy), records it for undo and schedules the autosave. */
  update(change: DraftUpdate, options?: UpdateOptions): void;
  /** Saves now without waiting for the pause; fields call it on blur. Also closes the field's undo step. */
  commit(): void;
  /** Saves now and resolves to whether the draft as it is now is stored (before the Node side reads it). */
  flush(): Promise<boolean>;
  /** Focuses the element with this id after the next render (e.g. a just-added activity). */
  requestFocus(elementId: string, options?: FocusOptions): void;
  /** Removes an item and offers to restore it ("Aktiviteten togs bort. Ångra"). */
  remove(target: RemovalTarget): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor() outside an EditorContext provider');
  return value;
}
