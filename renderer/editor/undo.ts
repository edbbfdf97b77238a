/**
 * The editor's undo and redo: a pure reducer over whole draft states, free of
 * React so it is tested alone. A draft is immutable and changes copy only
 * what they touch, so keeping earlier states costs little.
 *
 * Typing is gathered into one step per field: consecutive changes with the
 * same `key` (the field's id) replace the present state instead of adding a
 * step, until something else happens — a change to another field, a
 * structural change (no key), an undo or redo, or a `seal` (the field lost
 * focus). A field's own, character-by-character undo stays the browser's.
 */

export interface UndoStack<T> {
  /** Earlier states, oldest first. */
  past: T[];
  present: T;
  /** States undone, the next one to redo last. */
  future: T[];
  /** The field whose typing the present step is gathering; null: the next change starts a new step. */
  openKey: string | null;
}

export type UndoAction<T> =
  /** A new state; `key` names the field typed into, for coalescing. */
  | { type: 'change'; next: T; key?: string | null }
  /** Ends the gathering of typing: the next change is a step of its own. */
  | { type: 'seal' }
  | { type: 'undo' }
  | { type: 'redo' }
  /** Replaces the present without a step (changes that are not undone, such as the status). */
  | { type: 'replace'; present: T }
  /** Starts over from a state, forgetting the past (another draft was opened). */
  | { type: 'reset'; present: T };

/** How many steps are kept; the oldest are forgotten first. */
export const UNDO_LIMIT = 200;

export function createUndoStack<T>(present: T): UndoStack<T> {
  return { past: [], present, future: [], openKey: null };
}

export const canUndo = (stack: UndoStack<unknown>) => stack.past.length > 0;
export const canRedo = (stack: UndoStack<unknown>) => stack.future.length > 0;

export function undoReducer<T>(stack: UndoStack<T>, action: UndoAction<T>, limit: number = UNDO_LIMIT): UndoStack<T> {
  switch (action.type) {
    case 'change': {
      if (Object.is(action.next, stack.present)) return stack;
      const key = action.key ?? null;
      if (key !== null && key === stack.openKey) {
        // Still typing in the same field: the present step grows, the redo branch is gone.
        return { ...stack, present: action.next, future: [] };
      }
      const past = [...stack.past, stack.present];
      return {
        past: past.length > limit ? past.slice(past.length - limit) : past,
        present: action.next,
        future: [],
        openKey: key,
      };
    }
    case 'seal':
      return stack.openKey === null ? stack : { ...stack, openKey: null };
    case 'undo': {
      if (stack.past.length === 0) return stack;
      return {
        past: stack.past.slice(0, -1),
        present: stack.past[stack.past.length - 1],
        future: [...stack.future, stack.present],
        openKey: null,
      };
    }
    case 'redo': {
      if (stack.future.length === 0) return stack;
      return {
        past: [...stack.past, stack.present],
        present: stack.future[stack.future.length - 1],
        future: stack.future.slice(0, -1),
        openKey: null,
      };
    }
    case 'replace':
      return Object.is(action.present, stack.present) ? stack : { ...stack, present: action.present };
    case 'reset':
      return createUndoStack(action.present);
  }
}
