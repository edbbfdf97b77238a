import { createContext, useContext } from 'react';
import type { Draft } from '../../shared/draft/schema';

/** A change to the draft: a pure function from the current draft to the next. */
export type DraftUpdate = (draft: Draft) => Draft;

/** What every section and field of the editor works with. */
export interface EditorContextValue {
  draft: Draft;
  /** Applies a change (to the latest draft, not a stale copy) and schedules the autosave. */
  update(change: DraftUpdate): void;
  /** Saves now without waiting for the pause; fields call it on blur. */
  commit(): void;
  /** Focuses the element with this id after the next render (e.g. a just-added activity). */
  requestFocus(elementId: string): void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (!value) throw new Error('useEditor() outside an EditorContext provider');
  return value;
}
